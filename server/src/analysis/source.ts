/**
 * The text of a document split into lines, with the bookkeeping every later stage needs:
 * offsets <-> positions, and where each line's *content* starts once indentation (ASCII or
 * ideographic spaces), HTML tags and Markdown decoration are stepped over.
 *
 * The text is never rewritten: every range refers to the text exactly as given. A leading BOM is
 * kept as part of line 0 and skipped as decoration, so positions stay those of the input.
 */
import { MAX_LINE_CHARS } from './limits';
import { LineSlot, lineCached, recordOf, TEXT_ONLY } from './memo';
import { Position, Range, rangeOn } from './types';

export type LineKind = 'text' | 'blank' | 'frontMatter' | 'markup';

export interface Line {
  /** 0-based line number. */
  index: number;
  /**
   * The line without its end-of-line characters: the detached copy its cache record keeps, so a
   * Line never holds on to the text of the document version it was made for.
   */
  text: string;
  /** Column (UTF-16) where content starts after indentation, BOM, HTML tags and `#`/`>` decoration. */
  contentStart: number;
  /** Column where content ends before trailing whitespace and closing HTML tags. */
  contentEnd: number;
  kind: LineKind;
  /** The line's entry in the per-line caches (memo.ts), keyed by its text. */
  record: object;
  /** Values that depend on the line's position too (memo.ts placedCached). */
  placed?: unknown[];
}

/** A line the recognisers read: text (not blank, markup or front matter) no longer than MAX_LINE_CHARS. */
export function isAnalysedText(l: Line): boolean {
  return l.kind === 'text' && l.contentEnd - l.contentStart <= MAX_LINE_CHARS;
}

/**
 * Lines an editor reports an edit left alone: the first `head` and the last `tail` lines are
 * those of the previous version (in the server, from the LSP change events; see documents.ts).
 */
export interface UnchangedLines {
  head: number;
  tail: number;
}

const INDENT = /^[\s\u3000\u00a0\ufeff]*/;
const LEADING_DECORATION = /^(?:(?:<[A-Za-z][^<>]*>|&nbsp;|[\s\u3000\u00a0\ufeff])+|(?:#{1,6}|>)\s+)/;
const TRAILING_DECORATION = /(?:<\/?[A-Za-z][^<>]*>|&nbsp;|[\s\u3000\u00a0])+$/;

export class SourceText {
  readonly text: string;
  readonly lines: Line[];
  /** Offset of each line's first character in the text. */
  readonly offsets: readonly number[];
  /**
   * Where this version's lines stop being the previous version's Line objects (same index, same
   * text): every line before `firstNew` and from `endNew` on is one. Without a previous version,
   * every line is new.
   */
  private readonly firstNew: number;
  private readonly endNew: number;

  /**
   * `previous` is the source of the document's previous version, if there is one. Its lines are
   * aligned with these from the start and from the end: a line with the same index and text is
   * the previous Line object itself (with everything cached on it, see memo.ts placedCached); a
   * line with the same text elsewhere takes over its cache record. A keystroke so costs string
   * comparisons, not hashing every line of the document again, and leaves the model of every
   * other line as it was. With `unchanged` (what the editor says the edit left alone) the lines
   * it names are taken over without comparing them, and only the edited stretch is scanned for
   * line breaks.
   */
  constructor(text: string, previous?: SourceText, unchanged?: UnchangedLines) {
    this.text = text;
    const known = previous && unchanged ? knownLines(text, previous, unchanged) : undefined;
    this.offsets = known ? known.offsets : lineOffsets(text);
    this.lines = splitLines(text, this.offsets, previous?.lines, known);
    markFrontMatter(this.lines);
    const was = previous?.lines ?? [];
    const n = this.lines.length;
    let first = 0;
    while (first < n && this.lines[first] === was[first]) first++;
    let end = n;
    while (end > first && this.lines[end - 1] === was[end - 1]) end--;
    this.firstNew = first;
    this.endNew = end;
  }

  /**
   * The lines that are not the previous version's Line objects, `from` to `to - 1` (all of them
   * without a previous version; `from === to` when nothing changed).
   */
  get changedLines(): { from: number; to: number } {
    return { from: this.firstNew, to: this.endNew };
  }

  /**
   * Whether lines `from` to `to - 1` are the previous version's Line objects (the version this
   * source was built from): the same text on the same lines, with everything kept on them.
   */
  unchangedBetween(from: number, to: number): boolean {
    return to <= from || to <= this.firstNew || from >= this.endNew;
  }

  get lineCount(): number {
    return this.lines.length;
  }

  /** Content of a line (decoration stripped). */
  content(line: number): string {
    const l = this.lines[line];
    if (l.contentStart === 0 && l.contentEnd === l.text.length) return l.text;
    return lineCached(CONTENT_SLOT, l, TEXT_ONLY, contentOf);
  }

  offsetAt(p: Position): number {
    if (p.line < 0) return 0;
    if (p.line >= this.lines.length) return this.text.length;
    const l = this.lines[p.line];
    return this.offsets[p.line] + Math.max(0, Math.min(p.character, l.text.length));
  }

  positionAt(offset: number): Position {
    offset = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.offsets[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: Math.min(offset - this.offsets[lo], this.lines[lo].text.length) };
  }

  /** Text covered by a range. */
  slice(r: Range): string {
    return this.text.slice(this.offsetAt(r.start), this.offsetAt(r.end));
  }

  /** Range of a line's content (decoration excluded). */
  contentRange(line: number): Range {
    const l = this.lines[line];
    return rangeOn(line, l.contentStart, l.contentEnd - l.contentStart);
  }
}

/** Where each line starts: a scan for CR/LF by char code (no match objects, no slices). */
function lineOffsets(text: string, from = 0, to = text.length, offsets = [0]): number[] {
  const n = text.length;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    if (c === 13 && i + 1 < n && text.charCodeAt(i + 1) === 10) i++;
    offsets.push(i + 1);
  }
  return offsets;
}

/** An edit's untouched lines, checked against the new text: how many at each end, and every line's offset. */
interface KnownLines {
  head: number;
  tail: number;
  offsets: number[];
}

/**
 * The line offsets of `text` given that its first `head` and last `tail` lines are those of
 * `previous`: the head's offsets are the previous ones, the tail's are shifted by the change in
 * length, and only the text between them is scanned. Undefined when the claim does not fit the
 * text (the lines are then compared one by one, as without it).
 */
function knownLines(text: string, previous: SourceText, unchanged: UnchangedLines): KnownLines | undefined {
  const before = previous.lines.length;
  const prevOffsets = previous.offsets;
  // At least the last previous line is left to the scan, so the head always ends at a line start.
  const head = Math.min(Math.max(0, Math.floor(unchanged.head) || 0), before - 1);
  const tail = Math.min(Math.max(0, Math.floor(unchanged.tail) || 0), before - head);
  // The head ends where the previous version's line `head` started; the tail starts where its
  // line `before - tail` started, moved by the change in length.
  const delta = text.length - previous.text.length;
  const headEnd = prevOffsets[head];
  const tailStart = tail ? prevOffsets[before - tail] + delta : text.length;
  if (headEnd > tailStart || tailStart > text.length) return undefined;
  const offsets = prevOffsets.slice(0, head + 1);
  lineOffsets(text, headEnd, tailStart, offsets);
  // The scan must end with the break before the tail's first line, exactly where it starts.
  if (tail && offsets[offsets.length - 1] !== tailStart) return undefined;
  for (let i = before - tail + 1; i < before; i++) offsets.push(prevOffsets[i] + delta);
  return { head, tail, offsets };
}

function splitLines(text: string, offsets: readonly number[], previous?: readonly Line[], known?: KnownLines): Line[] {
  const count = offsets.length;
  // Lines before an edit keep their index; lines after it keep their distance from the end.
  const shift = previous ? previous.length - count : 0;
  const headEnd = previous && known ? known.head : 0;
  const tailStart = previous && known ? count - known.tail : count;
  // What the editor says is unchanged (its claim checked where it ends, knownLines) is taken over
  // whole: the previous Lines before the edit, and after it too when no line was added or removed.
  const head = headEnd ? previous!.slice(0, headEnd) : [];
  const tail = tailStart < count && shift === 0 ? previous!.slice(tailStart, count) : null;
  const middle: Line[] = [];
  for (let i = headEnd; i < (tail ? tailStart : count); i++) {
    const start = offsets[i];
    let end = i + 1 < count ? offsets[i + 1] - 1 : text.length;
    if (end > start && text.charCodeAt(end) === 10 && text.charCodeAt(end - 1) === 13) end--;
    if (previous && i >= tailStart) {
      // Known to be unchanged, one line further down or up: its text, at its new index.
      const was = previous[i + shift];
      if (was.text.length === end - start) {
        middle.push(measure(i, was.record as { key: string }));
        continue;
      }
    }
    if (previous) {
      // Compared in place (startsWith at an offset allocates nothing).
      const same = previous[i];
      if (same !== undefined && same.kind !== 'frontMatter' && same.text.length === end - start && text.startsWith(same.text, start)) {
        middle.push(same);
        continue;
      }
      const shifted = previous[i + shift];
      if (shifted !== undefined && shifted.text.length === end - start && text.startsWith(shifted.text, start)) {
        middle.push(measure(i, shifted.record as { key: string }));
        continue;
      }
    }
    middle.push(measure(i, recordOf(text.slice(start, end))));
  }
  const lines = tail ? head.concat(middle, tail) : head.concat(middle);
  // Front matter lines are copies (markFrontMatter), at the top after blank lines: the lines
  // themselves are measured afresh (markFrontMatter marks them again if they still are).
  for (let i = 0; i < count; i++) {
    const l = lines[i];
    if (l.kind === 'frontMatter') lines[i] = measure(i, l.record as { key: string });
    else if (l.kind !== 'blank') break;
  }
  return lines;
}

/** Where a line's content starts and ends, and its kind: a function of its text alone (cached). */
function measure(index: number, record: { readonly key: string }): Line {
  const line: Line = { index, text: record.key, contentStart: 0, contentEnd: 0, kind: 'blank', record, placed: undefined };
  const m = lineCached(MEASURE_SLOT, line, TEXT_ONLY, measureText);
  line.contentStart = m.contentStart;
  line.contentEnd = m.contentEnd;
  line.kind = m.kind;
  return line;
}

const MEASURE_SLOT = new LineSlot<Measure>('measure');
const CONTENT_SLOT = new LineSlot<string>('content');
const contentOf = (own: string, l: Line): string => own.slice(l.contentStart, l.contentEnd);

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
      // Copies: a Line may be shared with the previous version, and is never changed.
      for (let k = i; k <= j; k++) lines[k] = { ...lines[k], kind: 'frontMatter', placed: undefined };
      return;
    }
  }
}
