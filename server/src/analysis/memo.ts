/**
 * Content-keyed caches for per-line work, so re-analysing a document after an edit redoes only
 * the lines that changed (a keystroke touches one line; inserting a line shifts the others but
 * leaves their text, and so their cached results, intact).
 *
 * A cached value is a pure function of the line's text and of the configuration it was computed
 * under: each cache belongs to one `Config` object (a changed setting makes a new Config, hence a
 * fresh cache) and holds columns only, never line numbers. Values are shared between analyses,
 * so they must never be mutated. Caches are bounded: when one outgrows its limit it starts over.
 */
let byOwner = new WeakMap<object, Map<string, LineMemo<unknown>>>();
/** Caches whose value does not depend on the configuration. */
const GLOBAL = {};

export class LineMemo<T> {
  private map = new Map<string, T>();
  constructor(private readonly limit: number) {}

  get(key: string): T | undefined {
    return this.map.get(key);
  }

  set(key: string, value: T): void {
    if (this.map.size >= this.limit) this.map.clear();
    this.map.set(key, value);
  }

  get size(): number {
    return this.map.size;
  }
}

/** The cache named `slot` of `owner` (a Config, or none for configuration-free work). */
export function lineMemo<T>(slot: string, owner: object = GLOBAL, limit = 100_000): LineMemo<T> {
  let slots = byOwner.get(owner);
  if (!slots) byOwner.set(owner, (slots = new Map()));
  let memo = slots.get(slot) as LineMemo<T> | undefined;
  if (!memo) slots.set(slot, (memo = new LineMemo<T>(limit)));
  return memo;
}

/** Look `key` up in `memo`, computing and keeping it on a miss. */
export function memoized<T>(memo: LineMemo<T>, key: string, compute: () => T): T {
  let value = memo.get(key);
  if (value === undefined) memo.set(key, (value = compute()));
  return value;
}

/** Forget every cached line result (a cold start, for measurements and tests). */
export function clearLineCaches(): void {
  byOwner = new WeakMap();
}
