/**
 * A document's text kept as its lines, for a document an editor changes a few characters at a
 * time (the server's open documents).
 *
 * Held as one string, a document is a new string on every keystroke: V8 copies it flat on first
 * read, and a string of over 64k UTF-16 units gets a large-object chunk of its own, mapped fresh
 * each time, so a keystroke in a 100k-character plan cost ~1 ms of page faults before any
 * analysis ran, and left a dead copy of the document in the old generation until the next full
 * collection (docs/PERFORMANCE.md). Kept as lines, an edit makes only the lines it touches; every
 * other line is the previous version's string itself, so the analysis knows it unchanged by
 * identity (source.ts), without comparing text or trusting the editor's account of the edit.
 *
 * Versions share their line strings and are never changed. The whole text is joined only when a
 * caller asks for it (a formatter, a fix), and kept. The lines `of` splits a text into are V8
 * slices of it, so that text lives as long as any of its lines does: at most one more copy of the
 * document, for no copy of each line.
 */
import { Position, Range } from './types';

/** An edit as LSP reports it (`TextDocumentContentChangeEvent`): `range` replaced by `text`, or the whole text when there is no range. */
export interface TextChange {
  range?: Range;
  text: string;
}

export class LineText {
  /** Each line with its line break (`\n`, `\r\n` or `\r`); the last line has none, and may be empty. */
  readonly lines: readonly string[];
  /** Length of the whole text in UTF-16 units. */
  readonly length: number;
  #text: string | undefined;
  #offsets: number[] | undefined;

  private constructor(lines: readonly string[], length: number, text?: string) {
    this.lines = lines;
    this.length = length;
    this.#text = text;
  }

  /** The lines of `text`, split where source.ts splits them (`\r\n`, `\r`, `\n`). */
  static of(text: string): LineText {
    return new LineText(splitKeepingBreaks(text), text.length, text);
  }

  get lineCount(): number {
    return this.lines.length;
  }

  /** The whole text (joined on first read, then kept). */
  get text(): string {
    if (this.#text === undefined) this.#text = this.lines.join('');
    return this.#text;
  }

  /** Where each line starts in the text (worked out on first read, then kept). */
  get offsets(): readonly number[] {
    if (this.#offsets === undefined) {
      const offsets = new Array<number>(this.lines.length);
      let at = 0;
      for (let i = 0; i < this.lines.length; i++) {
        offsets[i] = at;
        at += this.lines[i].length;
      }
      this.#offsets = offsets;
    }
    return this.#offsets;
  }

  /** Length of line `i` without its line break. */
  contentLength(i: number): number {
    const line = this.lines[i];
    return line.length - breakLength(line);
  }

  /** Offset of a position, as an LSP text document has it: clamped to the text, and to the end of its line before the line break. */
  offsetAt(p: Position): number {
    if (p.line >= this.lines.length) return this.length;
    if (p.line < 0) return 0;
    return this.offsets[p.line] + Math.max(0, Math.min(p.character, this.contentLength(p.line)));
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
    return { line: lo, character: Math.min(offset - offsets[lo], this.contentLength(lo)) };
  }

  /** The range of line `line` without its line break (past the last line: the last line; before the first: an empty range at the start). */
  getLineRange(line: number): Range {
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const i = Math.min(line, this.lines.length - 1);
    return { start: { line: i, character: 0 }, end: { line: i, character: this.contentLength(i) } };
  }

  /** The line break that ends line `line` (`''` for the last line and past the text). */
  getEOLCharacters(line: number): string {
    if (line < 0 || line >= this.lines.length) return '';
    const text = this.lines[line];
    return text.slice(text.length - breakLength(text));
  }

  /** The text of a range (the whole text without one), as an LSP text document reads it. A range on one line is read off that line. */
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
    let from = startLine;
    let middle = this.lines[startLine].slice(0, startChar) + insert + this.lines[endLine].slice(endChar);
    // A `\r` ending the line before and a `\n` starting the new text are one line break.
    if (from > 0 && middle.charCodeAt(0) === 10 && breakLength(this.lines[from - 1]) === 1 && this.lines[from - 1].endsWith('\r')) {
      from--;
      middle = this.lines[from] + middle;
    }
    const pieces = splitKeepingBreaks(middle);
    // Unless it reaches the last line, the new text ends with the line break of the last line it
    // replaces: the empty piece after that break is not a line.
    if (endLine < this.lines.length - 1) pieces.pop();
    let removed = 0;
    for (let i = from; i <= endLine; i++) removed += this.lines[i].length;
    const lines = this.lines.slice(0, from).concat(pieces, this.lines.slice(endLine + 1));
    return new LineText(lines, this.length - removed + middle.length);
  }

  /** A position as [line, character] inside the text, clamped as offsetAt clamps it. */
  private clamped(p: Position): [number, number] {
    if (p.line >= this.lines.length) return [this.lines.length - 1, this.contentLength(this.lines.length - 1)];
    if (p.line < 0) return [0, 0];
    return [p.line, Math.max(0, Math.min(p.character, this.contentLength(p.line)))];
  }
}

/** How many characters of `line` are its line break (0, 1 or 2). */
export function breakLength(line: string): number {
  const n = line.length;
  if (n === 0) return 0;
  const last = line.charCodeAt(n - 1);
  if (last === 10) return n > 1 && line.charCodeAt(n - 2) === 13 ? 2 : 1;
  return last === 13 ? 1 : 0;
}

/** `text` cut after each line break; the last piece has none (and is empty when the text ends with one). */
function splitKeepingBreaks(text: string): string[] {
  const pieces: string[] = [];
  const n = text.length;
  let start = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    if (c === 13 && i + 1 < n && text.charCodeAt(i + 1) === 10) i++;
    pieces.push(text.slice(start, i + 1));
    start = i + 1;
  }
  pieces.push(text.slice(start));
  return pieces;
}
