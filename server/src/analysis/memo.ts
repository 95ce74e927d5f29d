/**
 * Content-keyed caches for per-line work, so re-analysing a document after an edit redoes only
 * the lines that changed (a keystroke touches one line; inserting a line shifts the others but
 * leaves their text, and so their cached results, intact).
 *
 * One record per distinct line text holds a slot per kind of work (markers, enumeration items,
 * annotation candidates, word hits). A slot's value is a pure function of the line's text and of
 * its *owner*: the `Config` it was computed under, the segmenter's vocabulary (segmenterEpoch),
 * or nothing. A slot computed under another owner is recomputed. Values hold columns only, never
 * line numbers, and are shared between analyses, so they must never be mutated. The records are
 * bounded (see LineMemo) and their keys are strings of their own, never views into a document
 * text (see detach, and recordOf).
 *
 * Work whose result carries the line number (model pieces with ranges) is kept on the Line object
 * instead, by `placedCached`: source.ts hands a Line to the next version only while both its index
 * and its text are unchanged.
 */

import { fitted } from './young';

/** The owner of work that depends on the line's text alone. */
export const TEXT_ONLY = Object.freeze({});

/**
 * A kind of per-line work whose value depends on the line's text alone. Slots are given their
 * cells when their module loads: a record keeps, for each slot, only its value (undefined: not
 * computed yet), for each owned slot (OwnedLineSlot) the owner and the value side by side, all
 * in one array with the line's text (no object per record or per slot: a cold analysis of a long
 * plan creates one record per line, and every allocation there is paid again in GC).
 */
export class LineSlot<T> {
  /** How many cells the loaded modules' slots take in a record, after its key at 0. */
  static cells = 1;
  /** Where the slot's value is in a record (an owned slot's owner is just before it). */
  readonly at: number;
  /** Type-only: ties the slot to the type of its values. */
  declare readonly _value?: T;
  constructor(readonly name: string, owned = false) {
    if (owned) LineSlot.cells++;
    this.at = LineSlot.cells++;
  }
}

/**
 * A kind of per-line work whose value depends on the line's text and on an owner: the `Config`
 * it was computed under, or the segmenter's vocabulary (segmenterEpoch). A value computed under
 * another owner is recomputed.
 */
export class OwnedLineSlot<T> extends LineSlot<T> {
  constructor(name: string) {
    super(name, true);
  }
}

/**
 * A line text's record: the text (its key) at 0, then the cells of every slot (LineSlot.cells),
 * sized once (grown by assignment, V8 would over-allocate it by half).
 */
type LineRecord = unknown[];

function newRecord(key: string): LineRecord {
  const record = new Array(LineSlot.cells).fill(undefined);
  record[0] = key;
  return record;
}

/** The text of a record, as recordOf keeps it. */
export function recordKey(record: object): string {
  return (record as LineRecord)[0] as string;
}

/**
 * A bounded set of values found by their `key`, with a two-generation eviction: when the current
 * generation fills up it becomes the old one (and the older one is dropped); a hit in the old
 * generation moves back into the current one. So the lines of the documents being edited stay
 * cached while lines of texts long gone fall out, in O(1) per operation and at most twice `limit`
 * entries. A value is stored under its own key (a detached copy), never under the caller's key (a
 * view into a document text), and needs no entry object around it.
 */
export class LineMemo<T> {
  private current = new Map<string, T>();
  private old = new Map<string, T>();
  constructor(
    private readonly limit: number,
    private readonly keyOf: (value: T) => string,
  ) {}

  get(key: string): T | undefined {
    const hit = this.current.get(key);
    if (hit !== undefined) return hit;
    const aged = this.old.get(key);
    if (aged === undefined) return undefined;
    this.add(aged);
    return aged;
  }

  /** Keep `value` under its key, which must not be a view into a larger string (see detach). */
  add(value: T): void {
    if (this.current.size >= this.limit) {
      this.old = this.current;
      this.current = new Map();
    }
    this.current.set(this.keyOf(value), value);
  }

  get size(): number {
    return this.current.size + this.old.size;
  }
}

/**
 * Records of the lines of open documents are reached through their Line objects (source.ts hands
 * them from version to version), so the memo only has to remember lines that may come back:
 * undo, a paste, a reopened file, the next file of a CLI run. Every keystroke makes a record for
 * the edited line's new text; the bound keeps a day of typing from keeping all of them (a record
 * is ~1.4 KB with its slots; two generations of 8192 stay under ~25 MB).
 */
const LIMIT = 8192;
/** The one empty result: frozen, shared by every line and slot with no hits (and by tasks.ts). */
export const NONE: readonly never[] = Object.freeze([]);
let records = new LineMemo<LineRecord>(LIMIT, recordKey);

/**
 * The record of a line text (found or created): its key is a detached copy of the text, or the
 * text itself when the caller says it is `own` (a string of its own, not a view into a larger one:
 * lineText.ts makes its lines so).
 */
export function recordOf(text: string, own = false): object {
  let record = records.get(text);
  if (record === undefined) {
    record = newRecord(own ? text : detach(text));
    records.add(record);
  }
  return record;
}

/** What `lineCached` needs of a line (source.ts's Line, which gets its record when it is made). */
export interface CachedLine {
  text: string;
  contentStart: number;
  contentEnd: number;
  record: object;
}

/**
 * The result of `compute` for this line text and slot, cached. `compute` gets a detached copy of
 * the text and must derive everything it keeps from that copy, never from the document text. It
 * also gets the line (for its columns) and `arg`, so callers pass a plain function, not a closure
 * allocated on every call: this runs for every line of every analysis. `compute` never returns
 * undefined (it would be computed again on every call).
 */
export function lineCached<T, L extends CachedLine, A = undefined>(slot: LineSlot<T>, line: L, compute: (own: string, line: L, arg: A) => T, arg?: A): T {
  // The line carries its record (recordOf, when source.ts made it): no lookup per kind of work.
  const record = line.record as LineRecord;
  const at = slot.at;
  const hit = record[at];
  if (hit !== undefined) return hit as T;
  const value = kept(compute(record[0] as string, line, arg as A));
  record[at] = value;
  return value;
}

/** lineCached for work that also depends on `owner` (see OwnedLineSlot). */
export function ownedCached<T, L extends CachedLine, A = undefined>(
  slot: OwnedLineSlot<T>,
  line: L,
  owner: object,
  compute: (own: string, line: L, arg: A) => T,
  arg?: A,
): T {
  const record = line.record as LineRecord;
  return cached(record, slot.at - 1, owner, compute, record[0] as string, line, arg as A);
}

function cached<T, L, A>(cells: unknown[], at: number, owner: object, compute: (own: string, line: L, arg: A) => T, own: string, line: L, arg: A): T {
  if (cells[at] === owner) return cells[at + 1] as T;
  const value = kept(compute(own, line, arg));
  cells[at] = owner;
  cells[at + 1] = value;
  return value;
}

/**
 * A value as it is kept. Most lines have no hits of most kinds: one shared empty array instead of
 * one per line and slot (a sixth of the heap of a long plan was empty arrays). Frozen: values are
 * never mutated. The others are kept without the spare room pushing left in them (young.ts fitted).
 */
function kept<T>(value: T): T {
  return Array.isArray(value) ? ((value.length === 0 ? NONE : fitted(value)) as T) : value;
}

/**
 * A kind of per-line work whose value depends on where the line is, not only on its text: model
 * pieces that carry line numbers (a heading's marker and ranges, a line's annotations). Such
 * values are kept on the Line object itself, and source.ts hands a Line object to the next
 * version only when the line's index and text are both unchanged — so after a keystroke the
 * model of every other line is the previous version's objects, not fresh copies of them (fresh
 * copies are what made every garbage collection copy the whole model).
 */
export class PlacedSlot<T> {
  /** How many slots the loaded modules declared (a line's cells are sized by it). */
  static count = 0;
  readonly index = PlacedSlot.count++;
  declare readonly _value?: T;
  constructor(readonly name: string) {}
}

/** What `placedCached` needs of a line: its position-dependent cells (source.ts's Line). */
export interface PlacedLine extends CachedLine {
  index: number;
  placed?: unknown[];
}

/**
 * The result of `compute` for this line (its text *and* index) and slot under `owner`, kept on
 * the line. Values may hold line numbers and ranges; like all cached values they are shared
 * between versions and never mutated.
 */
export function placedCached<T, L extends PlacedLine, A = undefined>(
  slot: PlacedSlot<T>,
  line: L,
  owner: object,
  compute: (own: string, line: L, arg: A) => T,
  arg?: A,
): T {
  let cells = line.placed;
  if (cells === undefined) line.placed = cells = new Array(2 * PlacedSlot.count).fill(undefined);
  return cached(cells, 2 * slot.index, owner, compute, line.text, line, arg as A);
}

/** Forget every cached line result (a cold start, for measurements and tests). */
export function clearLineCaches(): void {
  records = new LineMemo<LineRecord>(LIMIT, recordKey);
  words = new LineMemo<string>(WORDS_LIMIT, same);
  lists.clear();
}

/**
 * One string for each of the short words the per-line work keeps over and over: a unit's name, a
 * deadline clause. Each line's record computes its own, a slice of the line (V8 copies a slice
 * shorter than 13 characters), so a plan that names `市财政局` in a thousand annotations kept a
 * thousand copies of it (and of `2025年底前`): ~0.8 MB of the 1M-character plan's model. Bounded as
 * the records are; a word that fell out is kept again on its next use (values equal either way).
 */
const WORDS_LIMIT = 4096;
const same = (s: string): string => s;
let words = new LineMemo<string>(WORDS_LIMIT, same);

/**
 * `s`, or the equal string kept before (see words). Only strings under 13 characters are kept: V8
 * copies those when it slices or joins them, so they never hold on to a longer text (see detach).
 */
export function shared(s: string): string {
  if (s.length >= 13) return s;
  const hit = words.get(s);
  if (hit !== undefined) return hit;
  words.add(s);
  return s;
}

/**
 * `list`, or an equal list of strings kept before: the units a task's annotation names for each
 * role (`['市财政局']`) and the separators it writes (`['、']`) come from a small vocabulary, and
 * each parse kept lists of its own (~1.7 MB of the 1M-character plan's model). Never mutated, as
 * every cached value; bounded as the records are.
 */
export function sharedList(list: string[]): string[] {
  // Found by its first string, then compared string by string: no key made.
  const same = lists.get(list[0]);
  if (same !== undefined) {
    for (let k = 0; k < same.length; k++) if (sameStrings(same[k], list)) return same[k];
    if (same.length >= 64) return fitted(list);
  }
  const own = fitted(list);
  if (same !== undefined) same.push(own);
  else {
    if (lists.size >= WORDS_LIMIT) lists.clear();
    lists.set(own[0], [own]);
  }
  return own;
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

/** The lists sharedList keeps, by their first string. */
const lists = new Map<string, string[][]>();

/** One string per character code, for the punctuation the model keeps (`。` `、` `；`): see char. */
const CHARS = new Map<number, string>();

/**
 * The character at `i` of `s` (`s.charAt(i)`) as one shared string: V8 shares one-character strings
 * only for codes under 256, so every `。` a heading ends with and every `、` an annotation's units
 * are parted by was a 24-byte string of its own (~0.8 MB of the 1M-character plan's model).
 */
export function char(s: string, i: number): string {
  const c = s.charCodeAt(i);
  if (c !== c) return '';
  let ch = CHARS.get(c);
  if (ch === undefined) {
    ch = String.fromCharCode(c);
    if (CHARS.size < 4096) CHARS.set(c, ch);
  }
  return ch;
}

/**
 * A copy of `s` that does not share memory with the string it was sliced from. V8 represents a
 * slice of 13 or more characters as a view into its parent, so a cached line would otherwise keep
 * the whole document text of its version alive. JSON's reader makes a string of its own, flat: a
 * copy made by concatenation then slicing (`(' ' + s).slice(1)`, as before) was itself a view, 32
 * bytes more per line on top of its parent (~0.7 MB of the 1M-character plan's lines), at the
 * same speed.
 */
export function detach(s: string): string {
  return JSON.parse(JSON.stringify(s)) as string;
}

