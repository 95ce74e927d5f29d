/**
 * Size limits that keep every request bounded on pathological input. Beyond them the analysis
 * stops early and says so (rule GW399) rather than making the editor wait.
 */

/** Characters analysed at most; the rest of a larger document is not checked. */
export const MAX_ANALYSED_CHARS = 2_000_000;

/** Lines longer than this are body text: no markers, frame lines, annotations or word checks. */
export const MAX_LINE_CHARS = 20_000;

/** Where to cut an oversized text: at a line break at or before the limit. */
export function analysedLength(text: string): number {
  if (text.length <= MAX_ANALYSED_CHARS) return text.length;
  const cut = text.lastIndexOf('\n', MAX_ANALYSED_CHARS);
  return cut > 0 ? cut : MAX_ANALYSED_CHARS;
}
