/**
 * A document's text kept as its lines, for a document an editor changes a few characters at a
 * time (the server's open documents).
 *
 * Held as one string, a document is a new string on every keystroke: V8 copies it flat on first
 * read, and a string of over 64k UTF-16 units gets a large-object chunk of its own, mapped fresh
 * each time, so a keystroke in a 100k-character plan cost ~1 ms of page faults before any
 * analysis ran, and left a dead copy of the document in the old generation until the next full
 * collection (docs/performance-history.md). Kept as lines, an edit makes only the lines it touches; every
 * other line is the previous version's string itself, so the analysis knows it unchanged by
 * identity (source.ts), without comparing text or trusting the editor's account of the edit.
 *
 * Versions share their line strings and are never changed. The whole text is joined only when a
 * caller asks for it (a formatter, a fix), and kept. Lines are copies, not views into the text
 * they were cut from (V8 makes a slice of 13 or more characters a view that keeps its whole
 * parent alive), and the same strings are the keys of the per-line caches: a line's text is held
 * once, and no version of the document is held whole.
 */
import { detach } from './memo';
import { Position, Range } from './types';

/** An edit as LSP reports it (`TextDocumentContentChangeEvent`): `range` replaced by `text`, or the whole text when there is no range. */
export interface TextChange {
  range?: Range;
  text: string;
}

export class LineText {
  /**
   * Each line without its line break: a string of its own (not a view into the text it was cut
   * from), which the per-line caches take as their key as it is (memo.ts recordOf), so a line's
   * text is held once.
   */
  readonly lines: readonly string[];
  /** Each line's line break: `'\n'`, `'\r\n'` or `'\r'`; `''` for the last line. */
  readonly breaks: readonly string[];
  /** Length of the whole text in UTF-16 units. */
  readonly length: number;
  #text: string | undefined;
  #offsets: number[] | undefined;

  private constructor(lines: readonly string[], breaks: readonly string[], length: number) {
    this.lines = lines;
    this.breaks = breaks;
    this.length = length;
  }

  /** The lines of `text`, split where source.ts splits them (`\r\n`, `\r`, `\n`). */
  static of(text: string): LineText {
    const lines: string[] = [];
    const breaks: string[] = [];
    split(text, lines, breaks);
    return new LineText(lines, breaks, text.length);
  }

  get lineCount(): number {
    return this.lines.length;
  }

  /** The whole text (joined on first read, then kept). */
  get text(): string {
    if (this.#text === undefined) {
      let text = '';
      for (let i = 0; i < this.lines.length; i++) text += this.lines[i] + this.breaks[i];
      this.#text = text;
    }
    return this.#text;
  }

  /** Where each line starts in the text (worked out on first read, then kept). */
  get offsets(): readonly number[] {
    if (this.#offsets === undefined) {
      const offsets = new Array<number>(this.lines.length);
      let at = 0;
      for (let i = 0; i < this.lines.length; i++) {
        offsets[i] = at;
        at += this.lines[i].length + this.breaks[i].length;
      }
      this.#offsets = offsets;
    }
    return this.#offsets;
  }

  /** Offset of a position, as an LSP text document has it: clamped to the text, and to the end of its line before the line break. */
  offsetAt(p: Position): number {
    if (p.line >= this.lines.length) return this.length;
    if (p.line < 0) return 0;
    return this.offsets[p.line] + Math.max(0, Math.min(p.character, this.lines[p.line].length));
  }

  /** Position of an offset (clamped to the text; an offset inside a line break is the end of its line). */
  positionAt(offset: number): Position {
    offset = Math.max(0, Math.min(offset, this.length));
    const offsets = this.offsets;
    let lo = 0;
    let hi = offsets.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (offsets[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: Math.min(offset - offsets[lo], this.lines[lo].length) };
  }

  /** The range of line `line` without its line break (past the last line: the last line; before the first: an empty range at the start). */
  getLineRange(line: number): Range {
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const i = Math.min(line, this.lines.length - 1);
    return { start: { line: i, character: 0 }, end: { line: i, character: this.lines[i].length } };
  }

  /** The line break that ends line `line` (`''` for the last line and past the text). */
  getEOLCharacters(line: number): string {
    return line < 0 || line >= this.lines.length ? '' : this.breaks[line];
  }

  /** The text of a range (the whole text without one), as an LSP text document reads it. A range inside one line is read off that line. */
  getText(range?: Range): string {
    if (!range) return this.text;
    const from = this.offsetAt(range.start);
    const to = this.offsetAt(range.end);
    const line = range.start.line;
    if (line >= 0 && line < this.lines.length && range.end.line === line) {
      const start = this.offsets[line];
      return this.lines[line].substring(from - start, to - start);
    }
    return this.text.substring(from, to);
  }

  /**
   * This text with `changes` applied in order, as an LSP text document applies them (a reversed
   * range is read forwards; positions are clamped as offsetAt clamps them). Lines the changes do
   * not touch are this version's strings.
   */
  applied(changes: readonly TextChange[]): LineText {
    let text: LineText = this;
    for (const change of changes) text = change.range ? text.replaced(change.range, change.text) : LineText.of(change.text);
    return text;
  }

  private replaced(range: Range, insert: string): LineText {
    const reversed = range.start.line > range.end.line || (range.start.line === range.end.line && range.start.character > range.end.character);
    const [start, end] = reversed ? [range.end, range.start] : [range.start, range.end];
    const [startLine, startChar] = this.clamped(start);
    const [endLine, endChar] = this.clamped(end);
    if (startLine === endLine && !hasLineBreak(insert)) {
      // Typing: a change inside one line that brings no line break. Only that line is new, and
      // the line breaks are this version's (never changed, so shared). Unless the line becomes
      // empty between a `\r` and its own `\n`: those two are then one line break (below).
      const old = this.lines[startLine];
      const line = old.slice(0, startChar) + insert + old.slice(endChar);
      if (line !== '' || startLine === 0 || this.breaks[startLine] !== '\n' || this.breaks[startLine - 1] !== '\r') {
        const lines = this.lines.slice();
        lines[startLine] = detach(line);
        return new LineText(lines, this.breaks, this.length - (endChar - startChar) + insert.length);
      }
    }
    let from = startLine;
    let middle = this.lines[startLine].slice(0, startChar) + insert + this.lines[endLine].slice(endChar) + this.breaks[endLine];
    // A `\r` ending the line before and a `\n` starting the new text are one line break.
    if (from > 0 && middle.charCodeAt(0) === 10 && this.breaks[from - 1] === '\r') {
      from--;
      middle = this.lines[from] + '\r' + middle;
    }
    let removed = 0;
    for (let i = from; i <= endLine; i++) removed += this.lines[i].length + this.breaks[i].length;
    const lines = this.lines.slice(0, from);
    const breaks = this.breaks.slice(0, from);
    split(middle, lines, breaks);
    // Unless it reaches the last line, the new text ends with the line break of the last line it
    // replaces: the empty line after that break is not a line.
    if (endLine < this.lines.length - 1) {
      lines.pop();
      breaks.pop();
    }
    for (let i = endLine + 1; i < this.lines.length; i++) {
      lines.push(this.lines[i]);
      breaks.push(this.breaks[i]);
    }
    return new LineText(lines, breaks, this.length - removed + middle.length);
  }

  /** A position as [line, character] inside the text, clamped as offsetAt clamps it. */
  private clamped(p: Position): [number, number] {
    const last = this.lines.length - 1;
    if (p.line > last) return [last, this.lines[last].length];
    if (p.line < 0) return [0, 0];
    return [p.line, Math.max(0, Math.min(p.character, this.lines[p.line].length))];
  }
}

function hasLineBreak(text: string): boolean {
  return text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
}

/**
 * `text` cut into lines (each a string of its own, see detach) and their line breaks, pushed onto
 * `lines` and `breaks`; the last line has no break (and is empty when the text ends with one).
 */
function split(text: string, lines: string[], breaks: string[]): void {
  const n = text.length;
  let start = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    const crlf = c === 13 && i + 1 < n && text.charCodeAt(i + 1) === 10;
    lines.push(detach(text.slice(start, i)));
    breaks.push(crlf ? '\r\n' : c === 13 ? '\r' : '\n');
    if (crlf) i++;
    start = i + 1;
  }
  lines.push(detach(text.slice(start)));
  breaks.push('');
}
