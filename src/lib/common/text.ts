/** Text as files arrive from editors' machines: Windows Notepad and Word put a byte order mark in front. */

/** The text without a leading UTF-8 byte order mark. */
export function stripBom(text: string): string {
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}
