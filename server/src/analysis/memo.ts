/**
 * Content-keyed caches for per-line work, so re-analysing a document after an edit redoes only
 * the lines that changed (a keystroke touches one line; inserting a line shifts the others but
 * leaves their text, and so their cached results, intact).
 *
 * A cached value is a pure function of the line's text and of the configuration it was computed
 * under: each cache belongs to one `Config` object (a changed setting makes a new Config, hence a
 * fresh cache) and holds columns only, never line numbers. Values are shared between analyses,
 * so they must never be mutated. Caches are bounded (see LineMemo).
 */
let byOwner = new WeakMap<object, Map<string, LineMemo<unknown>>>();
/** Caches whose value does not depend on the configuration. */
const GLOBAL = {};

/**
 * A bounded map with a two-generation eviction: when the current generation fills up it becomes
 * the old one (and the older one is dropped); a hit in the old generation moves back into the
 * current one. So the lines of the documents being edited stay cached while lines of texts long
 * gone fall out, in O(1) per operation and at most twice `limit` entries.
 */
export class LineMemo<T> {
  // Entries keep their own key: a hit in the old generation is moved with the key it was stored
  // under (a detached copy), never with the caller's key (a view into a document text).
  private current = new Map<string, { key: string; value: T }>();
  private old = new Map<string, { key: string; value: T }>();
  constructor(private readonly limit: number) {}

  get(key: string): T | undefined {
    const hit = this.current.get(key);
    if (hit !== undefined) return hit.value;
    const aged = this.old.get(key);
    if (aged === undefined) return undefined;
    this.put(aged);
    return aged.value;
  }

  /** Keep `value` under `key`; the key must not be a view into a larger string (see detach). */
  set(key: string, value: T): void {
    this.put({ key, value });
  }

  private put(entry: { key: string; value: T }): void {
    if (this.current.size >= this.limit) {
      this.old = this.current;
      this.current = new Map();
    }
    this.current.set(entry.key, entry);
  }

  get size(): number {
    return this.current.size + this.old.size;
  }
}

/** The cache named `slot` of `owner` (a Config, or none for configuration-free work). */
export function lineMemo<T>(slot: string, owner: object = GLOBAL, limit = 50_000): LineMemo<T> {
  let slots = byOwner.get(owner);
  if (!slots) byOwner.set(owner, (slots = new Map()));
  let memo = slots.get(slot) as LineMemo<T> | undefined;
  if (!memo) slots.set(slot, (memo = new LineMemo<T>(limit)));
  return memo;
}

/**
 * Look `key` up in `memo`, computing and keeping it on a miss. `compute` gets a detached copy of
 * the key and must derive everything it keeps from that copy, never from the document text.
 */
export function memoized<T>(memo: LineMemo<T>, key: string, compute: (key: string) => T): T {
  let value = memo.get(key);
  if (value === undefined) {
    const own = detach(key);
    memo.set(own, (value = compute(own)));
  }
  return value;
}

/**
 * A copy of `s` that does not share memory with the string it was sliced from. V8 represents a
 * slice of 13 or more characters as a view into its parent, so a cached line would otherwise keep
 * the whole document text of its version alive. Concatenation then slicing forces a flat copy.
 */
export function detach(s: string): string {
  return (' ' + s).slice(1);
}

/** Forget every cached line result (a cold start, for measurements and tests). */
export function clearLineCaches(): void {
  byOwner = new WeakMap();
}
