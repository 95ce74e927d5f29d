/**
 * Chinese word segmentation, behind one small interface. The only module that touches jieba
 * (`@node-rs/jieba`, pinned to 2.0.2: N-API binaries for every VS Code platform).
 *
 * - Loaded lazily on first need (the server's start does not pay for it), from files beside the
 *   bundle (`dist/native/jieba.<triple>.node`, `dist/jieba/dict.txt`, copied there by
 *   scripts/copy-native.mjs) or, unbundled, from node_modules; the dictionary without its rare
 *   words (trimDictionary).
 * - Word checks segment only the sentence around a candidate; tokens are cached per sentence
 *   (bounded), so an edit re-segments only what it touches.
 * - If the binary cannot load (an unknown platform), `segment` returns null: word checks are
 *   skipped with one message, everything else works.
 */
import * as fs from 'fs';
import * as path from 'path';

interface JiebaInstance {
  cut(sentence: string, hmm?: boolean | null): string[];
  loadDict(dict: Uint8Array): void;
}
interface JiebaBinding {
  Jieba: { withDict(dict: Uint8Array): JiebaInstance };
}

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

/** Counters for the benchmark: how much text was actually segmented. */
export const segmenterStats = { loads: 0, loadMs: 0, sentences: 0, characters: 0, cacheHits: 0 };

let jieba: JiebaInstance | null | undefined;
const userWords = new Set<string>();
const cache = new Map<string, string[]>();
/** Replaced whenever the user words change: results derived from tokens are keyed by it. */
let epoch: object = {};
const CACHE_LIMIT = 20_000;
/** High enough to keep a unit name whole, low enough not to override ordinary words around it. */
const USER_WORD_FREQ = 3000;

function nativeTriple(): string {
  const { platform, arch } = process;
  if (platform === 'win32') return `win32-${arch}-msvc`;
  if (platform === 'darwin') return `darwin-${arch}`;
  if (platform === 'linux') {
    const musl = !(process.report?.getReport() as { header?: { glibcVersionRuntime?: string } } | undefined)?.header?.glibcVersionRuntime;
    return `linux-${arch}-${musl ? 'musl' : 'gnu'}`;
  }
  return `${platform}-${arch}`;
}

function load(): JiebaInstance | null {
  if (jieba !== undefined) return jieba;
  const started = Date.now();
  try {
    const triple = nativeTriple();
    const bundled = path.join(__dirname, 'native', `jieba.${triple}.node`);
    let binding: JiebaBinding;
    let dictPath: string;
    if (fs.existsSync(bundled)) {
      binding = require(bundled) as JiebaBinding;
      dictPath = path.join(__dirname, 'jieba', 'dict.txt');
    } else {
      // Unbundled (tests from out/): the package and its platform binary from node_modules.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      binding = require('@node-rs/jieba') as JiebaBinding;
      dictPath = path.join(path.dirname(require.resolve('@node-rs/jieba')), 'dict.txt');
    }
    jieba = binding.Jieba.withDict(trimDictionary(fs.readFileSync(dictPath)));
    if (userWords.size) jieba.loadDict(Buffer.from([...userWords].map((w) => `${w} ${USER_WORD_FREQ} n`).join('\n') + '\n'));
  } catch (e) {
    jieba = null;
    // Said once; word checks are skipped, every other check still runs.
    process.stderr.write(`gongwen: 分词组件无法加载，已跳过字词检查 / word segmentation unavailable, word checks skipped: ${(e as Error).message}\n`);
  }
  segmenterStats.loads++;
  segmenterStats.loadMs = Date.now() - started;
  return jieba;
}

/**
 * Teach the segmenter words it must keep whole (unit names, institution names). Words need a
 * high frequency or jieba ignores them. Adding new words clears the sentence cache.
 */
export function addUserWords(words: Iterable<string>): void {
  const fresh = [...words].filter((w) => w.length >= 2 && !userWords.has(w) && !/\s/.test(w));
  if (!fresh.length) return;
  for (const w of fresh) userWords.add(w);
  cache.clear();
  epoch = {};
  if (jieba) jieba.loadDict(Buffer.from(fresh.map((w) => `${w} ${USER_WORD_FREQ} n`).join('\n') + '\n'));
}

/** Whether `word` has been taught (addUserWords). */
export function isUserWord(word: string): boolean {
  return userWords.has(word);
}

/**
 * An object that stands for the segmenter's current vocabulary: it changes when user words are
 * added, so caches of results that depend on tokens can be keyed by it (see memo.ts).
 */
export function segmenterEpoch(): object {
  return epoch;
}

/** Tokens of one sentence (their concatenation is the sentence), or null without a segmenter. */
export function segment(sentence: string): string[] | null {
  const hit = cache.get(sentence);
  if (hit) {
    segmenterStats.cacheHits++;
    return hit;
  }
  const j = load();
  if (!j) return null;
  const tokens = j.cut(sentence, true);
  segmenterStats.sentences++;
  segmenterStats.characters += sentence.length;
  if (tokens.join('') !== sentence) return null; // never trust offsets that do not re-join
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(sentence, tokens);
  return tokens;
}

/** Token boundaries (UTF-16 offsets within the sentence), including 0 and the length. */
export function boundaries(tokens: string[]): Set<number> {
  const b = new Set<number>([0]);
  let at = 0;
  for (const t of tokens) b.add((at += t.length));
  return b;
}
