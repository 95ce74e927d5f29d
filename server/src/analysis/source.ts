/**
 * The text of a document split into lines, with the bookkeeping every later stage needs:
 * offsets <-> positions, and where each line's *content* starts once indentation (ASCII or
 * ideographic spaces), HTML tags and Markdown decoration are stepped over.
 *
 * The text is never rewritten: every range refers to the text exactly as given. A leading BOM is
 * kept as part of line 0 and skipped as decoration, so positions stay those of the input.
 */
import { MAX_LINE_CHARS } from './limits';
import { LineText } from './lineText';
import { LineSlot, lineCached, recordKey, recordOf } from './memo';
import { Position, Range, rangeOn } from './types';

/**
 * `pageNumber`: a page number a PDF or Word copy leaves between the lines (`— 3 —`, `- 3 -`,
 * `·3·`, `第3页 共12页`), read past like a blank line wherever it falls, even inside a paragraph.
 */
export type LineKind = 'text' | 'blank' | 'frontMatter' | 'markup' | 'pageNumber';

export interface Line {
  /** 0-based line number. */
  index: number;
  /**
   * The line without its end-of-line characters: its cache record's key, a string of its own (a
   * detached copy, or a LineText's line), so a Line never holds on to the text of the document
   * version it was made for.
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

// Zero-width spaces and joiners (U+200B–U+200D, U+2060) come with text pasted from web pages.
const INDENT = /^[\s\u3000\u00a0\ufeff\u200b-\u200d\u2060]*/;
// Markdown bold around a heading (`**（一）强化理论武装。**`) is decoration too.
const LEADING_DECORATION = /^(?:(?:<[A-Za-z][^<>]*>|&nbsp;|\*\*(?=\S)|[\s\u3000\u00a0\ufeff\u200b-\u200d\u2060])+|(?:#{1,6}|>)\s+)/;
const TRAILING_DECORATION = /(?:<\/?[A-Za-z][^<>]*>|&nbsp;|(?<=\S)\*\*|[\s\u3000\u00a0\u200b-\u200d\u2060])+$/;
// A page number between dashes (GB/T 9704 7.5: `— 1 —`; copies give `- 1 -`, `－1－`) or between
// middle dots (`·1·`, `• 1 •`, as some offices set their page numbers), or `第1页（共12页）`.
// A bare number is not one: it is a table's 序号 cell written one cell a line.
const PAGE_NUMBER = /^(?:[—－\-–─]{1,2}[\s\u3000]*[0-9０-９]{1,4}[\s\u3000]*[—－\-–─]{1,2}|[·•・‧][\s\u3000]*[0-9０-９]{1,4}[\s\u3000]*[·•・‧]|第[\s\u3000]*[0-9０-９]{1,4}[\s\u3000]*页(?:[\s\u3000]*[，,/／（(]?[\s\u3000]*共[\s\u3000]*[0-9０-９]{1,4}[\s\u3000]*页[）)]?)?)$/;

/** SourceText versions made so far. */
let versions = 0;

export class SourceText {
  readonly lines: Line[];
  /** Length of the text in UTF-16 units. */
  readonly length: number;
  /** The text as given, when it was given as one string. */
  readonly #text: string | undefined;
  /** The text as given, when it was given as lines (lineText.ts: the server's open documents). */
  readonly #lineText: LineText | undefined;
  #offsets: readonly number[] | undefined;
  /**
   * Where this version's lines stop being the previous version's Line objects (same index, same
   * text): every line before `firstNew` and from `endNew` on is one. Without a previous version,
   * every line is new.
   */
  private readonly firstNew: number;
  private readonly endNew: number;
  /**
   * This version's number, unique in the process, and that of the version it was built from (-1
   * without one): a pass that keeps what it found on a version (rules/words.ts amendedAcrossLines)
   * knows by them that `changedLines` tells what changed since, without holding either version.
   */
  readonly version: number = ++versions;
  readonly previousVersion: number;

  /**
   * `previous` is the source of the document's previous version, if there is one. A line with the
   * same index and text as one of its lines is that Line object itself (with everything cached on
   * it, see memo.ts placedCached); a line with the same text one place up or down (after lines were
   * added or removed) takes over its cache record. Given as lines (LineText), a line that is the
   * previous version's string itself is known to be the same without comparing it, so a keystroke
   * costs no more than a look at each line, and leaves the model of every other line as it was.
   */
  constructor(text: string | LineText, previous?: SourceText) {
    this.length = text.length;
    if (typeof text === 'string') {
      this.#text = text;
      this.#offsets = lineOffsets(text);
      this.lines = splitLines(text, this.#offsets, previous?.lines);
    } else {
      this.#lineText = text;
      this.lines = linesOf(text, previous?.lines);
    }
    markFrontMatter(this.lines);
    this.previousVersion = previous ? previous.version : -1;
    const was = previous?.lines ?? [];
    const n = this.lines.length;
    let first = 0;
    while (first < n && this.lines[first] === was[first]) first++;
    let end = n;
    while (end > first && this.lines[end - 1] === was[end - 1]) end--;
    this.firstNew = first;
    this.endNew = end;
    this.moved = previous && n !== was.length ? LineShift.between(this.lines, was, first) : undefined;
  }

  /**
   * Where the previous version's lines are in this one when the edit added or removed lines (a
   * line break typed or deleted, a paste of several lines); undefined when it did not, or there is
   * no previous version. The lines below such an edit are new Line objects (they carry their
   * index), with the records of the previous version's lines of the same text.
   */
  readonly moved: LineShift | undefined;

  /** The whole text (given as lines, joined on first read). */
  get text(): string {
    return this.#text ?? this.#lineText!.text;
  }

  /** Offset of each line's first character in the text. */
  get offsets(): readonly number[] {
    if (this.#offsets === undefined) this.#offsets = this.#lineText!.offsets;
    return this.#offsets;
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
    return lineCached(CONTENT_SLOT, l, contentOf);
  }

  offsetAt(p: Position): number {
    if (p.line < 0) return 0;
    if (p.line >= this.lines.length) return this.length;
    const l = this.lines[p.line];
    return this.offsets[p.line] + Math.max(0, Math.min(p.character, l.text.length));
  }

  positionAt(offset: number): Position {
    offset = Math.max(0, Math.min(offset, this.length));
    let lo = 0;
    let hi = this.lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.offsets[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: Math.min(offset - this.offsets[lo], this.lines[lo].text.length) };
  }

  /** Text covered by a range (read off its line when it is on one: no need of the whole text). */
  slice(r: Range): string {
    const line = r.start.line;
    if (line === r.end.line && line >= 0 && line < this.lines.length) {
      const t = this.lines[line].text;
      return t.slice(Math.max(0, Math.min(r.start.character, t.length)), Math.max(0, Math.min(r.end.character, t.length)));
    }
    return this.text.slice(this.offsetAt(r.start), this.offsetAt(r.end));
  }

  /** Range of a line's content (decoration excluded). */
  contentRange(line: number): Range {
    const l = this.lines[line];
    return rangeOn(line, l.contentStart, l.contentEnd - l.contentStart);
  }
}

/**
 * How the lines of a document's previous version map onto this version's after an edit that
 * added or removed lines at one place. Lines before `from` are where they were (the previous
 * Line objects); the previous version's lines from `to - delta` on are this version's from `to`
 * on, `delta` lines down (or up, when negative), with the same text and kind. The lines between
 * are the edit's own; of them, the ones with the same text and kind at the same index as before
 * are recorded (a line break typed at the end of a line leaves that line as it was).
 */
export class LineShift {
  private constructor(
    readonly from: number,
    readonly to: number,
    readonly delta: number,
    /** For each line `from + k` before `to`: whether it has the previous version's text and kind at that index. */
    private readonly same: Uint8Array,
  ) {}

  /** Found by comparing records (one per distinct text, memo.ts) from the end of both versions; `first` is where the Line objects stop being the previous ones. */
  static between(lines: readonly Line[], was: readonly Line[], first: number): LineShift {
    const delta = lines.length - was.length;
    let to = lines.length;
    // A previous line maps onto one line only: not back before `first`, where lines are where they were.
    while (to > first && to - 1 - delta >= first && to - 1 - delta < was.length && sameText(lines[to - 1], was[to - 1 - delta])) to--;
    const same = new Uint8Array(to - first);
    for (let i = first; i < to; i++) same[i - first] = i < was.length && sameText(lines[i], was[i]) ? 1 : 0;
    return new LineShift(first, to, delta, same);
  }

  /** The line a line of the previous version is now; undefined for a line the edit changed or removed. */
  line(old: number): number | undefined {
    if (old < this.from) return old;
    if (old >= this.to - this.delta) return old + this.delta;
    return old < this.to && this.same[old - this.from] === 1 ? old : undefined;
  }

  /** Whether a line of the previous version is among the lines the edit changed or removed. */
  changed(old: number): boolean {
    return old >= this.from && old < this.to - this.delta;
  }
}

/** The same text (their records are one, memo.ts recordOf) and the same kind (front matter is a matter of place). */
function sameText(a: Line, b: Line): boolean {
  return a.record === b.record && a.kind === b.kind;
}

/** Where each line starts: a scan for CR/LF by char code (no match objects, no slices). */
function lineOffsets(text: string): number[] {
  const offsets = [0];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    if (c === 13 && i + 1 < n && text.charCodeAt(i + 1) === 10) i++;
    offsets.push(i + 1);
  }
  return offsets;
}

function splitLines(text: string, offsets: readonly number[], previous?: readonly Line[]): Line[] {
  const count = offsets.length;
  // Lines before an edit keep their index; lines after it keep their distance from the end.
  const shift = previous ? previous.length - count : 0;
  const lines: Line[] = [];
  for (let i = 0; i < count; i++) {
    const start = offsets[i];
    let end = i + 1 < count ? offsets[i + 1] - 1 : text.length;
    if (end > start && text.charCodeAt(end) === 10 && text.charCodeAt(end - 1) === 13) end--;
    if (previous) {
      // Compared in place (startsWith at an offset allocates nothing).
      const same = previous[i];
      if (same !== undefined && same.kind !== 'frontMatter' && same.text.length === end - start && text.startsWith(same.text, start)) {
        lines.push(same);
        continue;
      }
      const moved = previous[i + shift];
      if (moved !== undefined && moved.text.length === end - start && text.startsWith(moved.text, start)) {
        lines.push(measure(i, moved.record));
        continue;
      }
    }
    lines.push(measure(i, recordOf(text.slice(start, end))));
  }
  return remeasureFrontMatter(lines);
}

/**
 * splitLines for a text given as lines. A line an edit did not touch is the previous version's
 * string (lineText.ts), which is its Line's text too (the record's key), so comparing them is a
 * pointer comparison; other lines are compared by text.
 */
function linesOf(text: LineText, previous?: readonly Line[]): Line[] {
  const raw = text.lines;
  const count = raw.length;
  const shift = previous ? previous.length - count : 0;
  // Its final size at once (pushing would copy it as it grows: every keystroke makes this list).
  const lines: Line[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const r = raw[i];
    if (previous) {
      const same = previous[i];
      if (same !== undefined && same.kind !== 'frontMatter' && same.text === r) {
        lines[i] = same;
        continue;
      }
      const moved = previous[i + shift];
      if (moved !== undefined && moved.text === r) {
        lines[i] = measure(i, moved.record);
        continue;
      }
    }
    // The line's own string is the record's key (LineText lines are copies, not views).
    lines[i] = measure(i, recordOf(r, true));
  }
  return remeasureFrontMatter(lines);
}

/**
 * Front matter lines are copies (markFrontMatter), at the top after blank lines: the lines
 * themselves are measured afresh (markFrontMatter marks them again if they still are).
 */
function remeasureFrontMatter(lines: Line[]): Line[] {
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.kind === 'frontMatter') lines[i] = measure(i, l.record);
    else if (l.kind !== 'blank') break;
  }
  return lines;
}

/** Where a line's content starts and ends, and its kind: a function of its text alone (cached). */
function measure(index: number, record: object): Line {
  const line: Line = { index, text: recordKey(record), contentStart: 0, contentEnd: 0, kind: 'blank', record, placed: undefined };
  const m = lineCached(MEASURE_SLOT, line, measureText);
  if (typeof m === 'number') {
    // Packed (packed): the kind, where the content starts, how far before the line's end it ends.
    line.kind = KINDS[m & 7];
    line.contentStart = (m >>> 3) & 0x1fff;
    line.contentEnd = line.text.length - (m >>> 16);
  } else {
    line.contentStart = m.contentStart;
    line.contentEnd = m.contentEnd;
    line.kind = m.kind;
  }
  return line;
}

/**
 * A line's measure as it is kept: one small integer where it fits (nearly every line: content
 * starting within 8191 characters and ending within 16383 of the line's end), the object for the
 * rest. An object a line was 48 bytes of every distinct line's record (~1 MB of the
 * 1M-character plan's caches); a small integer is none.
 */
const MEASURE_SLOT = new LineSlot<Measure | number>('measure');
const KINDS: readonly LineKind[] = ['text', 'blank', 'frontMatter', 'markup', 'pageNumber'];

function packed(t: string, m: Measure): Measure | number {
  const kind = KINDS.indexOf(m.kind);
  const trail = t.length - m.contentEnd;
  if (kind < 0 || m.contentStart > 0x1fff || trail < 0 || trail > 0x3fff) return m;
  return kind | (m.contentStart << 3) | (trail << 16);
}
const CONTENT_SLOT = new LineSlot<string>('content');
const contentOf = (own: string, l: Line): string => own.slice(l.contentStart, l.contentEnd);

interface Measure {
  contentStart: number;
  contentEnd: number;
  kind: LineKind;
}

function measureText(t: string): Measure | number {
  return packed(t, measured(t));
}

function measured(t: string): Measure {
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
  const content = contentEnd > contentStart ? t.slice(contentStart, contentEnd) : '';
  const kind: LineKind =
    contentEnd <= contentStart ? (/<[A-Za-z/]/.test(t) ? 'markup' : 'blank') : PAGE_NUMBER.test(content) ? 'pageNumber' : isWebMeta(content) ? 'markup' : 'text';
  return { contentStart, contentEnd: Math.max(contentStart, contentEnd), kind };
}

/** A web page's labels around a copied document (`来源：…　发布时间：2025-03-12 09:30　浏览次数：…`). */
const WEB_LABEL = /(?:^|[\s\u3000|｜])(?:信息来源|来源|发布时间|发布日期|浏览次数|点击数|阅读次数|访问量|索引号|主题分类|发布机构|作者|责任编辑|字号)[：:]/g;
const WEB_LABEL_FIRST = /^(?:发布时间|发布日期|浏览次数|点击数|阅读次数|索引号|责任编辑)[：:]/;

/** A line of a web page's labels, not the document's words: two labels, or one that only a web page writes first. */
function isWebMeta(content: string): boolean {
  if (content.length > 160 || content.indexOf('：') < 0 && content.indexOf(':') < 0) return false;
  if (WEB_LABEL_FIRST.test(content)) return true;
  WEB_LABEL.lastIndex = 0;
  let n = 0;
  while (WEB_LABEL.exec(content) !== null) if (++n >= 2) return true;
  return false;
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
