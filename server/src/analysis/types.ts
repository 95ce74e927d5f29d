/**
 * Basic value types shared by the whole analysis core.
 *
 * Positions follow the LSP convention (0-based line, 0-based UTF-16 character), so the server can
 * hand ranges to the client unchanged; the CLI adds 1 when it prints them.
 */

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

/** Language of user-facing text. Chinese first; English when the editor runs in English. */
export type Locale = 'zh-cn' | 'en';

/** A message in both languages; `ctx.msg(...)`/`localize(...)` picks one. */
export interface Msg {
  zh: string;
  en: string;
}

export interface TextEdit {
  range: Range;
  newText: string;
}

export interface Fix {
  /** Title shown in the quick-fix menu (already localised). */
  title: string;
  edits: TextEdit[];
  /**
   * Safe fixes only touch markers, punctuation or whitespace and never change words; they are
   * applied by `gongwen fix` and by `source.fixAll.gongwen`.
   */
  safe: boolean;
  /** Marks the fix VS Code should offer first (`isPreferred`). */
  preferred?: boolean;
  /** A snippet-style alternative (`${1:placeholder}`) the editor may offer instead of plain edits. */
  snippet?: boolean;
  /** A command the editor runs instead of (or after) the edits, e.g. adding a unit to the registry. */
  command?: { id: string; args: unknown[] };
  /**
   * The fix renumbers the run of the finding's heading from it on (GW101), and `edits` are one pass
   * of that: fix-all repeats its passes, but an editor applying this fix alone gives the edits of
   * renumber.ts `quickFixEdits` at the finding's line, which repeat passes until the run reads as
   * written (a renumbered marker may make the one after it read as another level's item).
   */
  renumbers?: boolean;
}

export interface Finding {
  /** Rule id, e.g. `GW101`. */
  rule: string;
  /** Rule alias in kebab-case, e.g. `numbering-sequence`. */
  name: string;
  severity: Severity;
  range: Range;
  message: string;
  /** The quick-fixes (for deferred ones, computed on first read and kept). */
  readonly fixes: Fix[];
  /** True when `fixes` is computed on demand; such fixes are never safe. */
  deferredFixes?: boolean;
}

/**
 * A range of the model, stored as four numbers. The model of a long plan holds about five ranges
 * per line (a heading's marker and title, an annotation, its inner text, each unit). As
 * `{start: {line, character}, end: {line, character}}` each was three objects (120 bytes), and
 * together they were a fifth of the server's live heap; this is one object of 56 bytes. `start`
 * and `end` are made when read, as fresh objects, so a reader may keep or change them without
 * touching the model. Serialised as a plain Range (`toJSON`): what the LSP connection and the
 * CLI's JSON output carry is unchanged.
 */
class StoredRange implements Range {
  constructor(
    private readonly startLine: number,
    private readonly from: number,
    private readonly endLine: number,
    private readonly to: number,
  ) {}

  get start(): Position {
    return { line: this.startLine, character: this.from };
  }

  get end(): Position {
    return { line: this.endLine, character: this.to };
  }

  toJSON(): Range {
    return { start: this.start, end: this.end };
  }

  /** This range on other lines (`where` each of its lines is now); undefined where one has none. */
  mapped(where: (line: number) => number | undefined): Range | undefined {
    const start = where(this.startLine);
    const end = this.endLine === this.startLine ? start : where(this.endLine);
    if (start === undefined || end === undefined) return undefined;
    return start === this.startLine && end === this.endLine ? this : new StoredRange(start, this.from, end, this.to);
  }
}

/**
 * `r` on the lines `where` its lines are now (an edit added or removed lines above it), made the
 * way it was (stored, or plain); `r` itself when its lines did not move; undefined when one of
 * them has no place now.
 */
export function mappedRange(r: Range, where: (line: number) => number | undefined): Range | undefined {
  if (r instanceof StoredRange) return r.mapped(where);
  const start = where(r.start.line);
  const end = r.end.line === r.start.line ? start : where(r.end.line);
  if (start === undefined || end === undefined) return undefined;
  if (start === r.start.line && end === r.end.line) return r;
  return { start: { line: start, character: r.start.character }, end: { line: end, character: r.end.character } };
}

/** Range of `length` characters starting at `character` on `line`. */
export function rangeOn(line: number, character: number, length: number): Range {
  return new StoredRange(line, character, line, character + length);
}

/** Range from `character` on `line` to `endCharacter` on `endLine`. */
export function rangeFromTo(line: number, character: number, endLine: number, endCharacter: number): Range {
  return new StoredRange(line, character, endLine, endCharacter);
}

/**
 * Order of plain ASCII identifiers such as rule ids, by code point. Not `localeCompare`: its first
 * call loads ICU's collation data (~8 ms at server start) for an order that is the same here.
 */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The first index of `list` (in line order) whose line is at least `line` (a binary search). */
export function firstAt(list: ReadonlyArray<{ line: number }>, line: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].line < line) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether `pos` lies in `r` (its ends included or not); ranges may span lines (a table row, a wrapped bracket). */
export function inside(r: Range, pos: Position, ends: boolean): boolean {
  const from = comparePositions(r.start, pos);
  const to = comparePositions(pos, r.end);
  return ends ? from <= 0 && to <= 0 : from < 0 && to < 0;
}

export function comparePositions(a: Position, b: Position): number {
  return a.line !== b.line ? a.line - b.line : a.character - b.character;
}

export function localize(locale: Locale, m: Msg): string {
  return locale === 'en' ? m.en : m.zh;
}
