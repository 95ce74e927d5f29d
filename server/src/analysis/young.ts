/**
 * Allocating the model an edit rebuilds so that V8 can free it cheaply.
 *
 * V8 decides per allocation site — an object literal `{…}`, an array literal `[]`, `new Array()` —
 * whether to allocate straight into the old generation ("pretenuring"), from how many of the
 * site's objects survived. A cold analysis of a long plan keeps everything it builds, so every
 * literal in the model builders was marked for the old generation; from then on each keystroke's
 * headings, tasks and lists went there too, died there, and only a full mark-compact could
 * reclaim them (the old generation grew ~1.4 MB a keystroke and the collector's marking ran
 * alongside typing). Class instances (`new X()`) and copies of an array (`EMPTY.slice()`) carry
 * no such site: they start young, and what the next keystroke drops dies in the next scavenge.
 * See docs/performance-history.md.
 *
 * So the nodes an analysis builds afresh every time (Heading, Task, Enumeration …) are classes,
 * and their lists start from `list()`. Closures must not end up in a hidden class either: a
 * getter per object (`{ get x() {…} }`, `Object.defineProperty(o, 'x', { get: () => … })`) gives
 * each object a map of its own, in the old generation, and the map keeps the closure's document
 * alive through young collections. Use a class getter or one shared function. Nor inside a hot
 * getter: an arrow function there that captures `this` makes every call allocate a context, even
 * a call that never makes the arrow (`units ??= list.map((u) => …this…)` cost ~150 KB an edit
 * until the map moved into a function of its own, annotations.ts lineUnits).
 *
 * Values cached across versions (memo.ts) may stay literals: they are built once and meant to live.
 */

/**
 * Copied, never written. An array of objects emptied, rather than a frozen `[]`: a copy keeps the
 * elements kind of its source, and lists of objects that start as lists of small integers change
 * kind on their first push (optimised code was deoptimised there in the first edits).
 */
const EMPTY: unknown[] = [null];
EMPTY.length = 0;

/** A new empty array without an allocation site of its own (see above); as fast as `[]`. */
export function list<T>(): T[] {
  return EMPTY.slice() as T[];
}

const ONE: unknown[] = [null];

/** A new array of exactly one element, without an allocation site (a pushed-to `list()` reserves 17). */
export function one<T>(x: T): T[] {
  const out = ONE.slice() as T[];
  out[0] = x;
  return out;
}

/**
 * `a` without spare capacity, for arrays built by `push` that then live on in the model or the
 * caches. V8 grows an array from empty to room for 17 elements on its first push, and most of
 * the model's lists hold one to three: on a 1M-character plan, lists that were mostly spare room
 * were a sixth of the live heap. `slice()` copies exactly the elements (and has no allocation site).
 */
export function fitted<T>(a: T[]): T[] {
  return a.slice();
}
