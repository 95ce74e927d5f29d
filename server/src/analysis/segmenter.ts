/**
 * Chinese word segmentation, behind one small interface. The only module that touches jieba
 * (`@node-rs/jieba`, pinned to 2.0.2: N-API binaries for every VS Code platform).
 *
 * - Loaded lazily on first need (the server's start does not pay for it), from files beside the
 *   bundle (`dist/native/jieba.<triple>.node`, `dist/jieba/dict.txt`, put there by
 *   scripts/copy-native.mjs, the dictionary already without its rare words: dictionary.ts) or,
 *   unbundled, from node_modules, trimming jieba's full dictionary as it loads.
 * - Word checks segment only the sentence around a candidate; tokens are cached per sentence
 *   (bounded), so an edit re-segments only what it touches.
 * - If the binary cannot load (an unknown platform), `segment` returns null: word checks are
 *   skipped with one message, everything else works.
 */
import * as fs from 'fs';
import * as path from 'path';
import { trimDictionary } from './dictionary';

export { MIN_WORD_FREQ, trimDictionary } from './dictionary';

interface JiebaInstance {
  cut(sentence: string, hmm?: boolean | null): string[];
  loadDict(dict: Uint8Array): void;
}
interface JiebaBinding {
  Jieba: { withDict(dict: Uint8Array): JiebaInstance };
}

/** Counters for the benchmark: how much text was actually segmented. */
export const segmenterStats = { loads: 0, loadMs: 0, sentences: 0, characters: 0, cacheHits: 0 };

let jieba: JiebaInstance | null | undefined;
const userWords = new Set<string>();
const cache = new Map<string, string[]>();
/** Dictionary-only cuts (dictionaryWords): short stems of unit names, a few per document. */
const plainCache = new Map<string, string[]>();
/** Replaced whenever the user words change: results derived from tokens are keyed by it. */
let epoch: object = {};
const CACHE_LIMIT = 20_000;
/** A high surrogate not followed by a low one, or a low one not after a high one. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
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
    let dict: Uint8Array;
    if (fs.existsSync(bundled)) {
      binding = require(bundled) as JiebaBinding;
      // Trimmed by the build: the server's memory after loading is ~6 MB lower than when it read
      // and trimmed the full 5 MB file itself (two 5 MB buffers, dead but kept until a full GC).
      dict = fs.readFileSync(path.join(__dirname, 'jieba', 'dict.txt'));
    } else {
      // Unbundled (tests from out/): the package and its platform binary from node_modules.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      binding = require('@node-rs/jieba') as JiebaBinding;
      dict = trimDictionary(fs.readFileSync(path.join(path.dirname(require.resolve('@node-rs/jieba')), 'dict.txt')));
    }
    jieba = binding.Jieba.withDict(dict);
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
  // No whitespace (the dictionary's line parts a word from its frequency by it), and no control
  // character: a word holding a NUL (a unit's name typed or pasted with one) corrupts jieba's
  // trie, and the next cut aborts the process (a Rust panic, not an exception).
  const fresh = [...words].filter((w) => w.length >= 2 && !userWords.has(w) && !/[\s\u0000-\u001f\u007f]/.test(w));
  if (!fresh.length) return;
  for (const w of fresh) userWords.add(w);
  cache.clear();
  plainCache.clear();
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
  // jieba reads UTF-8: a lone surrogate (a copy cut inside an emoji) comes back as U+FFFD, one
  // code unit as well; the tokens are cut from the sentence itself by their lengths.
  const cut = j.cut(sentence.replace(LONE_SURROGATE, '\ufffd'), true);
  segmenterStats.sentences++;
  segmenterStats.characters += sentence.length;
  let at = 0;
  let tokens = cut.map((t) => sentence.slice(at, (at += t.length)));
  // Never trust offsets that do not re-join: the sentence is then one token (no word boundaries
  // inside it), not a missing segmenter, which would skip the word checks of the whole document.
  if (at !== sentence.length) tokens = [sentence];
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(sentence, tokens);
  return tokens;
}

/**
 * A short text cut into the dictionary's words only, without guessing new words from unknown
 * characters (jieba's HMM joins `财正` into one): `卫建` → `卫` `建`, `财税` → `财税`. Tells whether
 * a character stands alone or inside a word. Null without a segmenter.
 */
export function dictionaryWords(text: string): string[] | null {
  const hit = plainCache.get(text);
  if (hit) return hit;
  const j = load();
  if (!j) return null;
  let at = 0;
  let tokens = j.cut(text.replace(LONE_SURROGATE, '\ufffd'), false).map((t) => text.slice(at, (at += t.length)));
  if (at !== text.length) tokens = [text];
  if (plainCache.size >= 4096) plainCache.clear();
  plainCache.set(text, tokens);
  return tokens;
}

/** Token boundaries (UTF-16 offsets within the sentence), including 0 and the length. */
export function boundaries(tokens: string[]): Set<number> {
  const b = new Set<number>([0]);
  let at = 0;
  for (const t of tokens) b.add((at += t.length));
  return b;
}
