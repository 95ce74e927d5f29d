/**
 * The sentence around a position of a line: what the segmenter is asked about. Bounded so a
 * pathological line without punctuation never costs more than a window.
 */
const STOP = /[。！？；!?;\n]/;
const WINDOW = 120;

export interface Sentence {
  text: string;
  /** Offset of the sentence within the line. */
  start: number;
}

export function sentenceAround(line: string, from: number, to: number): Sentence {
  let start = from;
  while (start > 0 && from - start < WINDOW && !STOP.test(line[start - 1])) start--;
  let end = to;
  while (end < line.length && end - to < WINDOW && !STOP.test(line[end])) end++;
  return { text: line.slice(start, end), start };
}

/** Whether [from, to) of the line starts and ends on word boundaries. */
export function onWordBoundaries(tokensBoundaries: Set<number>, sentence: Sentence, from: number, to: number): boolean {
  return tokensBoundaries.has(from - sentence.start) && tokensBoundaries.has(to - sentence.start);
}
