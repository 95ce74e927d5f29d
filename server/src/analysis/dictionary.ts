/**
 * The segmenter's dictionary: jieba's own, without its rare words. No imports, so that the build
 * (scripts/copy-native.mjs) can run it too: the bundle ships the dictionary already trimmed, and
 * the server reads it as it is (1.2 MB instead of 5 MB to read, and no 5 MB copy to trim).
 */

/**
 * Words rarer than this in jieba's dictionary are left out of it (see trimDictionary). jieba's
 * own frequencies: 349 045 words, 269 299 of them seen fewer than 20 times; 83 776 are kept (with
 * the rare words that repeat a character).
 */
export const MIN_WORD_FREQ = 20;

/**
 * jieba's dictionary without its rare words, except rare words that repeat a character.
 *
 * Loaded, the full dictionary costs ~43 MB of the server's memory, words seen 6 times or more
 * (130 961) ~15 MB, words seen 20 times or more ~10.5 MB. What segmentation is for here, and what
 * the rare words did to it (measured on the 75 seed and corpus documents and generated plans,
 * docs/performance-history.md):
 * - word checks (GW401–GW403; GW404 needs no words) ask whether a candidate stands on word boundaries. The rare words
 *   include misspellings (`震憾力`, `录相带`, `贪脏枉法`), which hid the misspelling inside them;
 *   they are gone. Rare words that repeat a character (`和和美美`, `了了可见`) are kept: split,
 *   they would look like a doubled word to GW401. No institution name GW402 knows occurs inside
 *   a rare word. Every finding on every seed and corpus document is the same with the full
 *   dictionary, with words seen 6 times or more, and with words seen 20 times or more. (From 50
 *   times up, GW401 stops seeing `进一步进一步`.)
 * - GW201's suggested lead units rank candidates by TF-IDF over segmented task texts. Left-out
 *   tasks of the real documents (remove a task's annotation, see whether the top suggestion is
 *   the unit that led it): 74 of 226 with the full dictionary, 72 from 6 times up, 75 from 20
 *   times up (top three: 130 and 133 of 226). On generated plans the order of some suggestions
 *   changes.
 * One pass over the bytes: a line is `word frequency [tag]`.
 */
export function trimDictionary(full: Uint8Array, minFreq = MIN_WORD_FREQ): Buffer {
  const out = Buffer.allocUnsafe(full.length);
  let o = 0;
  const n = full.length;
  for (let s = 0; s < n; ) {
    let e = full.indexOf(10, s);
    if (e < 0) e = n;
    const end = Math.min(e + 1, n);
    const space = full.indexOf(32, s);
    let keep = true;
    if (space > s && space < e) {
      let freq = 0;
      for (let i = space + 1; i < e; i++) {
        const c = full[i];
        if (c < 48 || c > 57) break;
        freq = freq * 10 + (c - 48);
      }
      if (freq < minFreq) keep = repeatsACharacter(full, s, space);
    }
    if (keep) {
      out.set(full.subarray(s, end), o);
      o += end - s;
    }
    s = end;
  }
  return out.subarray(0, o);
}

/** Whether the UTF-8 text in bytes [start, end) has the same character twice in a row. */
function repeatsACharacter(b: Uint8Array, start: number, end: number): boolean {
  let prev = -1;
  let prevLength = 0;
  for (let i = start; i < end; ) {
    const c = b[i];
    const length = c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
    if (length === prevLength) {
      let k = 0;
      while (k < length && b[i + k] === b[prev + k]) k++;
      if (k === length) return true;
    }
    prev = i;
    prevLength = length;
    i += length;
  }
  return false;
}
