/**
 * Where a list of the model differs from the previous version's, comparing elements by identity:
 * most edits leave every element but a few the previous version's object, so the passes that redo
 * only what changed (annotations.ts `sayingsOf`, GW208's unit counts, `teachSegmenter`) look at
 * the elements between the two lists' common head and tail.
 */

/** How many elements `now` and `was` share at their start. */
export function commonHead(now: readonly unknown[], was: readonly unknown[]): number {
  const n = Math.min(now.length, was.length);
  let from = 0;
  while (from < n && now[from] === was[from]) from++;
  return from;
}

/** How many elements `now` and `was` share at their end, within what follows their first `head`. */
export function commonTail(now: readonly unknown[], was: readonly unknown[], head: number): number {
  const n = now.length;
  const m = was.length;
  let tail = 0;
  while (tail < n - head && tail < m - head && now[n - 1 - tail] === was[m - 1 - tail]) tail++;
  return tail;
}
