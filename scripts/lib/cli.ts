/**
 * What the editors' commands (`npm run new-issue`, `npm run import`) share: usage and failure in Chinese,
 * arguments, the content root and how to name it, writing a new issue folder without overwriting, and
 * checking the new folder with the validator.
 */
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { type ContentProblem } from '../../src/lib/content/problem.ts';
import { contentRoot } from '../../src/lib/content/root.ts';
import type { ContentFile } from '../../src/lib/content/snapshot.ts';
import { validateContent } from '../../src/lib/validation/validate-archive.ts';
import { alreadyExists, writeFailureMessage, writeIssueFolder } from './write-issue.ts';

export interface EditorCommand {
  /** Prints “没有<verb>：message” (with the usage if asked) and exits 1. */
  fail(message: string, showUsage?: boolean): never;
  /** node:util parseArgs, strict; `--help` prints the usage and exits 0, a bad argument fails with the usage. */
  parse<T extends NonNullable<ParseArgsConfig['options']>>(
    options: T,
    allowPositionals: boolean,
  ): ReturnType<typeof parseArgs<{ options: T; strict: true; allowPositionals: boolean }>>;
}

/** A command whose failures read “没有新建：…” or “没有导入：…”. */
export function editorCommand(verb: string, usage: string): EditorCommand {
  const fail: EditorCommand['fail'] = (message, showUsage = false) => {
    console.error(`\n没有${verb}：${message}\n${showUsage ? `\n${usage}\n` : ''}`);
    process.exit(1);
  };
  return {
    fail,
    parse(options, allowPositionals) {
      let parsed;
      try {
        parsed = parseArgs({
          options: { ...options, help: { type: 'boolean', short: 'h' } },
          strict: true,
          allowPositionals,
        });
      } catch (error) {
        fail(`参数有误（${error instanceof Error ? error.message : String(error)}）`, true);
      }
      if ((parsed.values as { help?: boolean }).help) {
        console.log(usage);
        process.exit(0);
      }
      return parsed as never;
    },
  };
}

/** The content root (content/ or ARCHIVE_CONTENT_DIR) and its name in messages, relative to where npm runs. */
export function contentRootWithLabel(): { root: string; rootLabel: string } {
  const root = contentRoot();
  return { root, rootLabel: relative(process.cwd(), root).split('\\').join('/') || '.' };
}

/**
 * Writes a new issue folder under the root, never over an existing one; on failure says why in Chinese
 * and whether anything was left behind, then exits. Returns the folder's label (`content/issues/2020-04/`).
 */
export function writeNewIssueFolder(
  command: Pick<EditorCommand, 'fail'>,
  target: { root: string; rootLabel: string },
  folder: string,
  files: readonly ContentFile[],
  emptyFolders: readonly string[] = [],
): string {
  const folderLabel = `${target.rootLabel}/issues/${folder}/`;
  try {
    writeIssueFolder(target.root, folder, files, emptyFolders);
  } catch (error) {
    if (alreadyExists(error)) command.fail(`${folderLabel} 已经存在，不会覆盖`);
    command.fail(writeFailureMessage(error, join(target.root, 'issues', folder), folderLabel));
  }
  return folderLabel;
}

/** What `npm run validate` would say about one issue folder, given the archive's files with that folder in them. */
export function problemsInFolder(rootLabel: string, files: ContentFile[], folderLabel: string): ContentProblem[] {
  return validateContent({ rootLabel, files }).errors.filter((problem) => problem.file.startsWith(folderLabel));
}

/** Reasons a command refused, one per line, for `fail`. */
export function refusalList(reasons: readonly string[]): string {
  return `\n${reasons.map((reason) => `  ✗ ${reason}`).join('\n')}`;
}

/**
 * Reads the file an editor named on the command line. npm runs scripts from the project root, so a
 * relative path is taken from where the editor typed it (INIT_CWD).
 */
export function readInputFile(command: Pick<EditorCommand, 'fail'>, given: string): { path: string; bytes: Buffer } {
  const path = resolve(process.env.INIT_CWD ?? process.cwd(), given);
  try {
    return { path, bytes: readFileSync(path) };
  } catch {
    return command.fail(`读不到文件 ${path}：请检查路径`);
  }
}
