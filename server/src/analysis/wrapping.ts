/**
 * Hard line breaks: a text copied from a PDF (or a narrow Word column) breaks every paragraph
 * into lines of one width, where a text from a web page or a word processor keeps a paragraph on
 * one line. What reads paragraphs (enumerations, the punctuation at a heading's end) asks here
 * whether a line goes on from the line above.
 *
 * The width is found from the lines themselves: in a hard-wrapped text most lines are about as
 * wide as the widest; in a text of paragraphs the widths spread out. Widths are measured both in
 * characters and in columns (a CJK character two, a digit one), as copies break by either.
 */
import { LineSlot, lineCached } from './memo';
import { isAnalysedText, Line, SourceText } from './source';

export interface Wrapping {
  /** Whether the width is in columns (else in characters). */
  columns: boolean;
  /** The width the lines are broken at. */
  width: number;
}

/** A line this much narrower than the width is still full (punctuation squeezed or hung, a word kept whole). */
const SLACK = 4;
/** Lines narrower than this are never counted: headings, dates, signatures. */
const MIN_WIDTH = 16;
/** At least this many full lines, and this share of the lines counted, make a hard-wrapped text. */
const MIN_FULL_LINES = 6;
const MIN_FULL_SHARE = 0.15;
/** At most this share of the lines may be wider than the width (a table row, a line pasted whole). */
const MAX_WIDER_SHARE = 0.02;
/** No copy breaks its lines narrower than this many characters (a 公文's page holds 28). */
const MIN_WRAP = 20;

const WIDTH_SLOT = new LineSlot<number>('widths');

/** How many of a text's lines are of each width, in characters and in columns: what the wrapping is found from. */
interface Tally {
  chars: Map<number, number>;
  cols: Map<number, number>;
  /** Lines counted (analysed text at least MIN_WIDTH characters wide). */
  counted: number;
  wrapping: Wrapping | null;
  /** Its counts went on to the next version's tally (no copy per keystroke): only `wrapping` still holds. */
  spent: boolean;
}
const byText = new WeakMap<SourceText, Tally>();

/**
 * The wrapping of `source`, or null when its lines are paragraphs. Given the version it was made
 * from (`previous`, source.ts), the first call counts only the lines the edit changed, from the
 * previous version's tally: every analysis asks, and a count of every line was ~4 % of a keystroke.
 */
export function wrappingOf(source: SourceText, previous?: SourceText): Wrapping | null {
  let t = byText.get(source);
  if (t === undefined) byText.set(source, (t = tallyOf(source, previous)));
  return t.wrapping;
}

/** Whether line `l` is full: as wide as the text is broken at, so that its paragraph goes on below. */
export function isFull(w: Wrapping, l: Line): boolean {
  return isAnalysedText(l) && widthOf(w.columns, l) >= w.width - (w.columns ? 2 * SLACK : SLACK);
}

/**
 * Whether text line `i` goes on from the text line above it (`prev`, with only blank lines or a
 * page number between when a page breaks there): `prev` is full.
 */
export function continues(source: SourceText, w: Wrapping | null, prev: number, i: number): boolean {
  return w !== null && prev >= 0 && isFull(w, source.lines[prev]) && nothingBetween(source, prev, i);
}

/**
 * Whether a paragraph may go on from line `prev` to line `i`: nothing lies between them, or only
 * blank lines with a page number among them (a page break). Blank lines alone part paragraphs.
 */
export function nothingBetween(source: SourceText, prev: number, i: number): boolean {
  const lines = source.lines;
  let pageBreak = false;
  for (let k = prev + 1; k < i; k++) {
    if (lines[k].kind === 'pageNumber') pageBreak = true;
    else if (lines[k].kind !== 'blank') return false;
  }
  return i === prev + 1 || pageBreak;
}

/** Characters (low 16 bits) and columns (high bits) of a line's content, cached by its text. */
function widths(own: string, l: Line): number {
  let columns = 0;
  for (let k = l.contentStart; k < l.contentEnd; k++) columns += own.charCodeAt(k) >= 0x1100 ? 2 : 1;
  return (columns << 16) | Math.min(0xffff, l.contentEnd - l.contentStart);
}

function widthOf(columns: boolean, l: Line): number {
  const packed = lineCached(WIDTH_SLOT, l, widths);
  return columns ? packed >>> 16 : packed & 0xffff;
}

function tallyOf(source: SourceText, previous?: SourceText): Tally {
  const before = previous && byText.get(previous);
  const lines = source.lines;
  if (!before || before.spent) {
    const t: Tally = { chars: new Map(), cols: new Map(), counted: 0, wrapping: null, spent: false };
    // An index, not an iterator: an iterator's results are objects wherever V8 does not optimise
    // them away (84 KB an edit of the 100k plan when it did not).
    for (let i = 0; i < lines.length; i++) count(t, lines[i], 1);
    t.wrapping = findWrapping(t.chars, t.cols, t.counted);
    return t;
  }
  // The lines the edit changed, in this version and in the previous one (source.ts): before them
  // the same Line objects, after them the previous lines (moved, when lines were added or removed).
  const moved = source.moved;
  const { from, to } = moved ? { from: moved.from, to: moved.to } : source.changedLines;
  const wasTo = moved ? to - moved.delta : to;
  if (from >= to && from >= wasTo) return before;
  // The counts move on: the previous version keeps its wrapping, and a second version made from it
  // (not what the server does) counts every line again.
  const t: Tally = { chars: before.chars, cols: before.cols, counted: before.counted, wrapping: null, spent: false };
  before.spent = true;
  for (let i = from; i < wasTo; i++) count(t, previous!.lines[i], -1);
  for (let i = from; i < to; i++) count(t, lines[i], 1);
  t.wrapping = findWrapping(t.chars, t.cols, t.counted);
  return t;
}

/** Counts line `l` into the tally (`by` 1), or out of it (-1). */
function count(t: Tally, l: Line, by: number): void {
  if (!isAnalysedText(l) || l.contentEnd - l.contentStart < MIN_WIDTH) return;
  t.counted += by;
  add(t.chars, widthOf(false, l), by);
  add(t.cols, widthOf(true, l), by);
}

function add(counts: Map<number, number>, width: number, by: number): void {
  const n = (counts.get(width) ?? 0) + by;
  if (n === 0) counts.delete(width);
  else counts.set(width, n);
}

function findWrapping(chars: Map<number, number>, cols: Map<number, number>, counted: number): Wrapping | null {
  if (counted < MIN_FULL_LINES) return null;
  // The width nearly no line goes beyond, that many lines reach (within `slack` below it): in a
  // text of paragraphs the widest lines are few and far apart.
  const widest = (counts: Map<number, number>, slack: number, min: number): { width: number; full: number } | null => {
    const widths = [...counts.keys()].sort((a, b) => b - a);
    const allowed = Math.max(1, Math.floor(MAX_WIDER_SHARE * counted));
    let wider = 0;
    for (const w of widths) {
      if (w < min) break;
      let full = 0;
      for (const v of widths) if (v <= w && v >= w - slack) full += counts.get(v)!;
      if (full >= MIN_FULL_LINES && full >= MIN_FULL_SHARE * counted) return { width: w, full };
      wider += counts.get(w)!;
      if (wider > allowed) return null;
    }
    return null;
  };
  // Found with little slack (a copy's full lines are as wide within a character), used with more (isFull).
  const byChars = widest(chars, 1, MIN_WRAP);
  const byCols = widest(cols, 2, 2 * MIN_WRAP);
  if (!byChars && !byCols) return null;
  return byCols && (!byChars || byCols.full >= byChars.full) ? { columns: true, width: byCols.width } : { columns: false, width: byChars!.width };
}
