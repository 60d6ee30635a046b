import type { Root } from 'mdast';
import { refuseImage, refuseLink, resolvedContentPath } from './link-policy.ts';
import type { ContentProblem } from './problem.ts';

/** A problem of an article body, before the file is named. */
export type BodyProblem = Omit<ContentProblem, 'file'>;

interface AnyNode {
  type: string;
  children?: AnyNode[];
  position?: { start: { line: number; column: number } };
  url?: string;
  alt?: string | null;
  value?: string;
  name?: string | null;
  identifier?: string;
}

/** MDX node types that are code: an ES module import or export, a JSX element, a `{…}` expression. */
const CODE_NODES: Record<string, { what: string; detail: string }> = {
  mdxjsEsm: { what: '导入或导出语句（import / export）', detail: 'ES module import/export' },
  mdxJsxFlowElement: { what: '标签（<…>）', detail: 'JSX element' },
  mdxJsxTextElement: { what: '标签（<…>）', detail: 'JSX element' },
  mdxFlowExpression: { what: '表达式（{…}）', detail: 'MDX expression' },
  mdxTextExpression: { what: '表达式（{…}）', detail: 'MDX expression' },
  // Plain Markdown (.md) keeps raw HTML as `html` nodes; MDX has none, but the rule covers both.
  html: { what: 'HTML 标签', detail: 'raw HTML' },
};

/**
 * Characters and words without which a body's tree holds no node `findUnsafeContent` looks at and MDX
 * cannot fail to read it: `<` (JSX), `{` `}` (expressions), `[` (every link, image, reference definition
 * and footnote), `@`, `://` and `www.` (GFM's autolink literals: e-mail, http(s) and www addresses), and a
 * line starting with `import` or `export` (ES modules, which MDX reads only at the start of a line).
 */
const TREE_TRIGGER = /[<{}[@]|:\/\/|www\.|^(?:import|export)/im;

/**
 * Whether a body may hold anything `findUnsafeContent` would look at, or anything MDX could fail on; when
 * not, its tree is plain text, paragraphs, headings, lists and emphasis, and parsing it (the slowest part
 * of validating an article) can be skipped with the same result. Deliberately broad: a body it passes is
 * simply parsed.
 */
export function mayHoldUnsafeContent(body: string): boolean {
  return TREE_TRIGGER.test(body);
}

/**
 * Everything in an article body's syntax tree that must not reach a page: MDX code (imports, exports,
 * JSX, expressions), which `npm run dev` and the build would otherwise run, links that are not http(s),
 * mailto or a site path, and images that are not alt-texted files inside the issue's folder.
 * `contentPath` is the file's path from the content root (`issues/2020-03/articles/01-x.mdx`);
 * `lineOffset` is added to the tree's lines when the tree was parsed from the body alone; `exists`, when
 * given, says whether an image's file (a content-root path) is there.
 * The remark step of the build (src/integrations/remark/content-safety.ts) and validation both call it.
 */
export function findUnsafeContent(
  tree: Root,
  contentPath: string,
  lineOffset = 0,
  exists?: (contentPath: string) => boolean,
): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const folder = contentPath.split('/').slice(0, -1).join('/');
  const issueFolder = /^issues\/[^/]+/.exec(contentPath)?.[0] ?? '\0';
  const at = (node: AnyNode) =>
    node.position ? { line: node.position.start.line + lineOffset, column: node.position.start.column } : {};
  // An image may name its source through a reference definition: `![照片][1]` … `[1]: https://…`.
  const definitions = new Map<string, string>();
  const collect = (node: AnyNode): void => {
    if (node.type === 'definition' && node.identifier && typeof node.url === 'string')
      definitions.set(node.identifier, node.url);
    node.children?.forEach(collect);
  };
  collect(tree as unknown as AnyNode);
  const walk = (node: AnyNode): void => {
    const code = CODE_NODES[node.type];
    if (code) {
      problems.push({
        ...at(node),
        message: `正文里有 MDX 程序代码：${code.what}。本档案的正文只能是文字，网站不会运行其中的程序；如这是正文，请在符号前加反斜杠 \\ 或改用全角符号`,
        found: `“${(node.value ?? node.name ?? '').slice(0, 40)}”`,
        detail: `${code.detail} in article body (${node.type})`,
      });
      return; // Its children are code too: one message is enough.
    }
    if ((node.type === 'link' || node.type === 'definition') && typeof node.url === 'string') {
      const refusal = refuseLink(node.url);
      if (refusal) problems.push({ ...at(node), ...refusal, found: `“${node.url.slice(0, 60)}”` });
    }
    const source =
      node.type === 'image'
        ? node.url
        : node.type === 'imageReference'
          ? definitions.get(node.identifier ?? '')
          : undefined;
    if (typeof source === 'string') {
      const refusal = refuseImage(source, node.alt, folder, issueFolder);
      const path = refusal ? null : resolvedContentPath(source, folder);
      if (refusal) problems.push({ ...at(node), ...refusal, found: `“${source.slice(0, 60)}”` });
      else if (exists && path && !exists(path))
        problems.push({
          ...at(node),
          message: `找不到图片文件 ${path}：请把照片放进本期的 images/ 文件夹，并检查文件名`,
          found: `“${source.slice(0, 60)}”`,
          detail: 'image file not found',
        });
    }
    node.children?.forEach(walk);
  };
  walk(tree as unknown as AnyNode);
  return problems;
}
