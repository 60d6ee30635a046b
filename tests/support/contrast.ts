/**
 * WCAG 2.2 contrast between two sRGB colours (https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio):
 * (L1 + 0.05) / (L2 + 0.05) of their relative luminances, the lighter over the darker.
 */

/** `#rgb` or `#rrggbb` → [r, g, b] in 0…255. */
export function parseHexColour(colour: string): [number, number, number] {
  const hex = colour.trim().toLowerCase();
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(hex);
  if (!match) throw new Error(`not a #rgb or #rrggbb colour: ${JSON.stringify(colour)}`);
  const digits = match[1]!.length === 3 ? [...match[1]!].map((d) => d + d).join('') : match[1]!;
  return [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16)) as [number, number, number];
}

/** Relative luminance of an sRGB colour, 0 (black) … 1 (white). */
export function relativeLuminance(colour: string): number {
  const [r, g, b] = parseHexColour(colour).map((channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio of two colours, 1 … 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
