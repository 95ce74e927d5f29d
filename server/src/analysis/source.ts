/**
 * The text of a document split into lines, with the bookkeeping every later stage needs:
 * offsets <-> positions, and where each line's *content* starts once indentation (ASCII or
 * ideographic spaces), HTML tags and Markdown decoration are stepped over.
 *
 * The text is never rewritten: every range refers to the text exactly as given. A leading BOM is
 * kept as part of line 0 and skipped as decoration, so positions stay those of the input.
 */
import { MAX_LINE_CHARS } from './limits';
import { LineSlot, lineCached, TEXT_ONLY } from './memo';
import { Position, Range } from './types';

export type LineKind = 'text' | 'blank' | 'frontMatter' | 'markup';

export interface Line {
  /** 0-based line number. */
  index: number;
  /** The line without its end-of-line characters. */
  text: string;
  /** Offset of the line's first character in the document. */
  offset: number;
  /** Column (UTF-16) where content starts after indentation, BOM, HTML tags and `#`/`>` decoration. */
  contentStart: number;
  /** Column where content ends before trailing whitespace and closing HTML tags. */
  contentEnd: number;
  kind: LineKind;
  /** The line's entry in the per-line caches (memo.ts), found on first use. */
  record?: object;
}

/** A line the recognisers read: text (not blank, markup or front matter) no longer than MAX_LINE_CHARS. */
export function isAnalysedText(l: Line): boolean {
  return l.kind === 'text' && l.contentEnd - l.contentStart <= MAX_LINE_CHARS;
}

const INDENT = /^[\s\u3000\u00a0\ufeff]*/;
const LEADING_DECORATION = /^(?:(?:<[A-Za-z][^<>]*>|&nbsp;|[\s\u3000\u00a0\ufeff])+|(?:#{1,6}|>)\s+)/;
const TRAILING_DECORATION = /(?:<\/?[A-Za-z][^<>]*>|&nbsp;|[\s\u3000\u00a0])+$/;

export class SourceText {
  readonly text: string;
  readonly lines: Line[];

  /**
   * `previous` is the source of the document's previous version, if there is one: its unchanged
   * lines (aligned from the start and from the end) hand over their cache records, so a keystroke
   * costs string comparisons rather than hashing every line of the document again.
   */
  constructor(text: string, previous?: SourceText) {
    this.text = text;
    this.lines = splitLines(text, previous?.lines);
    markFrontMatter(this.lines);
  }

  get lineCount(): number {
    return this.lines.length;
  }

  /** Content of a line (decoration stripped). */
  content(line: number): string {
    const l = this.lines[line];
    return l.text.slice(l.contentStart, l.contentEnd);
  }

  offsetAt(p: Position): number {
    if (p.line < 0) return 0;
    if (p.line >= this.lines.length) return this.text.length;
    const l = this.lines[p.line];
    return l.offset + Math.max(0, Math.min(p.character, l.text.length));
  }

  positionAt(offset: number): Position {
    offset = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lines[mid].offset <= offset) lo = mid;
      else hi = mid - 1;
    }
    const l = this.lines[lo];
    return { line: lo, character: Math.min(offset - l.offset, l.text.length) };
  }

  /** Text covered by a range. */
  slice(r: Range): string {
    return this.text.slice(this.offsetAt(r.start), this.offsetAt(r.end));
  }

  /** Range of `length` characters starting at `character` on `line`. */
  rangeOn(line: number, character: number, length: number): Range {
    return { start: { line, character }, end: { line, character: character + length } };
  }

  /** Range of a line's content (decoration excluded). */
  contentRange(line: number): Range {
    const l = this.lines[line];
    return this.rangeOn(line, l.contentStart, l.contentEnd - l.contentStart);
  }
}

function splitLines(text: string, previous?: readonly Line[]): Line[] {
  const texts: string[] = [];
  const offsets: number[] = [];
  const n = text.length;
  let start = 0;
  // A scan for CR/LF by char code: no match objects for a document's worth of lines.
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    texts.push(text.slice(start, i));
    offsets.push(start);
    if (c === 13 && i + 1 < n && text.charCodeAt(i + 1) === 10) i++;
    start = i + 1;
  }
  texts.push(text.slice(start));
  offsets.push(start);
  // Lines before an edit keep their index; lines after it keep their distance from the end.
  const shift = previous ? previous.length - texts.length : 0;
  const lines: Line[] = new Array(texts.length);
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i];
    let record: object | undefined;
    if (previous) {
      const same = previous[i];
      const shifted = previous[i + shift];
      if (same !== undefined && same.text === t) record = same.record;
      else if (shifted !== undefined && shifted.text === t) record = shifted.record;
    }
    lines[i] = measure(i, t, offsets[i], record);
  }
  return lines;
}

/** Where a line's content starts and ends, and its kind: a function of its text alone (cached). */
function measure(index: number, t: string, offset: number, record: object | undefined): Line {
  const line: Line = { index, text: t, offset, contentStart: 0, contentEnd: 0, kind: 'blank', record };
  const m = lineCached(MEASURE_SLOT, line, TEXT_ONLY, measureText);
  line.contentStart = m.contentStart;
  line.contentEnd = m.contentEnd;
  line.kind = m.kind;
  return line;
}

const MEASURE_SLOT = new LineSlot<Measure>('measure');

interface Measure {
  contentStart: number;
  contentEnd: number;
  kind: LineKind;
}

function measureText(t: string): Measure {
  let contentStart = INDENT.exec(t)![0].length;
  // Step over any run of HTML tags / Markdown heading or quote marks before the words.
  for (;;) {
    const rest = t.slice(contentStart);
    const m = LEADING_DECORATION.exec(rest);
    if (!m || m[0].length === 0) break;
    contentStart += m[0].length;
  }
  let contentEnd = t.length;
  const tail = TRAILING_DECORATION.exec(t.slice(contentStart));
  if (tail) contentEnd = contentStart + tail.index;
  const kind: LineKind = contentEnd <= contentStart ? (/<[A-Za-z/]/.test(t) ? 'markup' : 'blank') : 'text';
  return { contentStart, contentEnd: Math.max(contentStart, contentEnd), kind };
}

/** YAML front matter (`---` … `---` at the top, after blank lines) is not part of the document. */
function markFrontMatter(lines: Line[]): void {
  let i = 0;
  while (i < lines.length && lines[i].kind === 'blank') i++;
  if (i >= lines.length || lines[i].text.replace(/^\ufeff/, '').trim() !== '---') return;
  for (let j = i + 1; j < lines.length && j < i + 200; j++) {
    if (lines[j].text.trim() === '---') {
      for (let k = i; k <= j; k++) lines[k].kind = 'frontMatter';
      return;
    }
  }
}
