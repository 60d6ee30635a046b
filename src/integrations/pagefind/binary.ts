import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { arch, platform } from 'node:process';

/**
 * Pagefind ships two binaries: `pagefind` and `pagefind_extended`. Only the extended one segments
 * Chinese into words when indexing; without it a whole run of Chinese text between punctuation is one
 * "word" and a search for 修复 finds nothing. The Node API looks for an override in
 * `PAGEFIND_EXTENDED_BINARY_PATH` before `PAGEFIND_BINARY_PATH`, so pointing the first at the extended
 * binary makes sure it is the one that runs, whatever else is set.
 */
export const EXTENDED_BINARY_ENV = 'PAGEFIND_EXTENDED_BINARY_PATH';

const require = createRequire(import.meta.url);

/** The npm package name and executable of the extended binary for a platform, as Pagefind names them. */
export function extendedBinarySpecifier(os: string = platform, cpu: string = arch): string {
  const system = os === 'win32' ? 'windows' : os;
  const executable = system === 'windows' ? 'pagefind_extended.exe' : 'pagefind_extended';
  return `@pagefind/${system}-${cpu}/bin/${executable}`;
}

/**
 * Where the extended binary is: the path in PAGEFIND_EXTENDED_BINARY_PATH if set, otherwise the one
 * installed with the `pagefind` package for this platform. Throws, in Chinese and English, if neither exists.
 */
export function extendedBinaryPath(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env[EXTENDED_BINARY_ENV];
  if (configured) {
    if (!existsSync(configured)) {
      throw new Error(
        `${EXTENDED_BINARY_ENV} 指向的 Pagefind 扩展版程序不存在：${configured} / ${EXTENDED_BINARY_ENV} points to a missing file`,
      );
    }
    return configured;
  }
  const specifier = extendedBinarySpecifier();
  try {
    return require.resolve(specifier);
  } catch {
    throw new Error(
      `找不到 Pagefind 扩展版程序（${specifier}），无法为中文分词建立搜索索引。请运行 npm ci 重新安装依赖。` +
        ` / The extended Pagefind binary ${specifier} is not installed; it is needed to segment Chinese.`,
    );
  }
}

/** Points the Pagefind Node API at the extended binary; returns the path it will run. */
export function useExtendedBinary(env: NodeJS.ProcessEnv = process.env): string {
  const path = extendedBinaryPath(env);
  env[EXTENDED_BINARY_ENV] = path;
  return path;
}
