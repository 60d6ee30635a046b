// decap-cms-locales ships no types; the editor uses only the Simplified Chinese phrases.
declare module 'decap-cms-locales' {
  export const zh_Hans: Record<string, unknown>;
}
