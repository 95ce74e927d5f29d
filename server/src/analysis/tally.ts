/**
 * Sums over a document's lines of a per-line count (the lines holding a date in figures, the
 * traditional characters), moved on from version to version as the line widths are (wrapping.ts):
 * a rule that reads such a sum on every edit would otherwise look at every line of the document.
 * The parse moves every sum the previous version had on to the new one, correcting it for the
 * lines the edit changed (`moveTallies`); a sum the previous version never had is counted whole
 * when first asked. Each count must depend on its line's text alone (rules keep it per line text,
 * memo.ts).
 */
import { Line, SourceText } from './source';

const tallies: LineTally[] = [];

export class LineTally {
  /** Per version (a WeakMap, as wrapping.ts keeps its tallies: a version's sum dies with it). */
  readonly #sums = new WeakMap<SourceText, number>();

  constructor(private readonly count: (l: Line) => number) {
    tallies.push(this);
  }

  /** The sum of the count over `source`'s lines. */
  of(source: SourceText): number {
    let sum = this.#sums.get(source);
    if (sum === undefined) {
      sum = 0;
      const lines = source.lines;
      for (let i = 0; i < lines.length; i++) sum += this.count(lines[i]);
      this.#sums.set(source, sum);
    }
    return sum;
  }

  /** `previous`'s sum, if it has one, corrected for the lines the edit changed, as `source`'s. */
  moveOn(source: SourceText, previous: SourceText): void {
    const before = this.#sums.get(previous);
    if (before === undefined || this.#sums.has(source)) return;
    const moved = source.moved;
    const { from, to } = moved ? { from: moved.from, to: moved.to } : source.changedLines;
    const wasTo = moved ? to - moved.delta : to;
    let sum = before;
    for (let i = from; i < wasTo; i++) sum -= this.count(previous.lines[i]);
    for (let i = from; i < to; i++) sum += this.count(source.lines[i]);
    this.#sums.set(source, sum);
  }
}

/** Every tally `previous` has, moved on to `source` (built from it: SourceText's `previous`). */
export function moveTallies(source: SourceText, previous: SourceText): void {
  for (const t of tallies) t.moveOn(source, previous);
}
