/**
 * Word-level rules (GW4xx): repeated words, outdated institution names, commonly miswritten
 * words, traditional characters in a simplified text. Each finds candidates cheaply (one scan
 * or one combined pattern); the first three ask the segmenter only about the sentence around a
 * candidate, to confirm it is a whole word.
 */
import reformsData from '../data/reforms.json';
import miswrittenData from '../data/miswritten.json';
import { sayingsOf, spansLines } from '../annotations';
import { GongwenDocument } from '../model';
import { Range, TextEdit } from '../types';
import { Config } from '../config';
import { isAnalysedText, Line } from '../source';
import { Rule, RuleContext } from '../rule';
import { addUserWords, boundaries, dictionaryWords, isUserWord, segment, segmenterEpoch } from '../segmenter';
import { LineSlot, lineCached, OwnedLineSlot, ownedCached } from '../memo';
import { onWordBoundaries, sentenceAround } from '../words/sentences';
import { HAN, isTraditionalOnly, scriptCounts, simplified } from '../script';
import { wrappingOf } from '../wrapping';
import { LineTally } from '../tally';
import { fitted } from '../young';
import { commonHead, commonTail } from '../changed';

interface Reform {
  names: string[];
  successors: string[];
  date: string;
  source: string;
  /**
   * A local body's name without its place (`环保局` in `某某市环保局`): found where a unit name
   * starts (institutionsOn), not by the segmenter, which splits such abbreviations unpredictably
   * (`县安监局` one word, `市食|药监局`) and knows the document's own unit names whole.
   */
  local?: boolean;
  /** A local body whose place may be named without 省/市 (`浙江银保监局`, `温州银保监分局`). */
  anyPlace?: boolean;
  /** A body of a place's party committee, named after it (`市委两新工委`, `区委两新工委`). */
  partyBody?: boolean;
  /** The names as a pattern, where they hold the place (`人民银行温州市中心支行`). */
  pattern?: string;
  /**
   * Kept in some places (as a second name of its successor, or not yet merged): left alone on a
   * line that names a successor beside it (`县农业农村局、县乡村振兴局`), elsewhere only noted (info).
   */
  mayRemain?: boolean;
  /** Said after the successors, or instead of them where there are none (各地调整时间不一). */
  note?: { zh: string; en: string };
  /** A local bureau with branches in the districts (`区国土分局`, `区环保分局`): their names went with it. */
  branches?: boolean;
}

const BUREAU = /局$/;
/** A bureau's name as its branch's (`国土资源局` → `国土资源分局`). */
const branchName = (name: string): string => name.replace(BUREAU, '分局');
/** The reforms of the bureaus' branches, read as the bureaus' own: their 局 names written 分局. */
function withBranches(reforms: Reform[]): Reform[] {
  const out = [...reforms];
  for (const r of reforms) {
    if (!r.branches) continue;
    const { branches: _, ...rest } = r;
    out.push({ ...rest, names: r.names.filter((n) => BUREAU.test(n)).map(branchName), successors: r.successors.filter((n) => BUREAU.test(n)).map(branchName) });
  }
  return out;
}

const REFORMS: Reform[] = withBranches(reformsData.reforms);
/**
 * A miswritten word and its right form; `except`: right contexts of the wrong form; `followedBy`:
 * what must follow for it to be wrong (`截止` before a time point); `since`: from when it is
 * wrong (`帐户` in a 1997 document was written as the dictionaries then had it).
 */
interface Miswritten {
  wrong: string;
  right: string;
  except?: string[];
  followedBy?: string;
  since?: string;
}
const MISWRITTEN: Miswritten[] = miswrittenData.pairs;

/**
 * One alternation of literal words, longest first, so the longest name wins at a position. Only
 * literals: a lookahead in one alternative would cost every line the regex engine's fast scan.
 */
function literalPattern(words: string[]): RegExp {
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length);
  return new RegExp(sorted.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
}

const REFORM_BY_NAME = new Map<string, Reform>();
for (const r of REFORMS) for (const n of r.names) REFORM_BY_NAME.set(n, r);
// Every current and former name, so `中国银保监会` is matched whole rather than as `保监会`.
const INSTITUTIONS = [...REFORM_BY_NAME.keys(), ...REFORMS.flatMap((r) => r.successors)];
const INSTITUTION_PATTERN = literalPattern(INSTITUTIONS);
/** Reforms whose names are a pattern: each scanned on its own, and told by a whole match. */
const PATTERN_REFORMS = REFORMS.filter((r) => r.pattern).map((r) => ({ reform: r, scan: new RegExp(r.pattern!, 'g'), whole: new RegExp(`^(?:${r.pattern})$`) }));

function reformOf(word: string): Reform | undefined {
  return REFORM_BY_NAME.get(word) ?? PATTERN_REFORMS.find((p) => p.whole.test(word))?.reform;
}
/** Names that end a longer name (`保监会` of `银保监会`, `中国保监会`): a broken-off tail at a wrapped line's start. */
const TAILS_OF_LONGER = new Set(INSTITUTIONS.filter((w) => INSTITUTIONS.some((n) => n.length > w.length && n.endsWith(w))));
/**
 * A ministry's short name (`文化部`, `监察部`, `环保部`, `农业部`) also ends departments of
 * enterprises and universities (`企业文化部`, `纪检监察部`, `安全环保部`, `现代农业部`): there it
 * is the ministry only at a name's start, or after a word that governs it (`由文化部`, `会同监察部`).
 */
const BARE_MINISTRIES = new Set(REFORMS.filter((r) => !r.local).flatMap((r) => r.names).filter((n) => n.endsWith('部') && !/^(国家|中国|国务院|中华)/.test(n)));
const BEFORE_MINISTRY = new Set('由经报向与和及同对将在按请从为被给据至商或并跟合调的是家'.split(''));
const WRONG_BY_TEXT = new Map(MISWRITTEN.map((p) => [p.wrong, p.right]));
const SINCE_BY_TEXT = new Map(MISWRITTEN.filter((p) => p.since).map((p) => [p.wrong, p.since!]));
/** Where a wrong form's characters belong to right words (`按排名`: 按 + 排名), by wrong form. */
const EXCEPT_BY_TEXT = new Map(MISWRITTEN.filter((p) => p.except).map((p) => [p.wrong, p.except!]));
const MISWRITTEN_PATTERN = literalPattern(MISWRITTEN.map((p) => p.wrong));
/** What must follow a wrong form for it to be wrong (`截止` before a time point), tried where it ends. */
const FOLLOWED_BY = new Map(MISWRITTEN.filter((p) => p.followedBy).map((p) => [p.wrong, new RegExp(p.followedBy!, 'y')]));

/**
 * The document's units and the registry are words the segmenter must keep whole. Taught once per
 * lint, not once per rule: `ctx.derived(teachSegmenter)`.
 */
export function teachSegmenter(doc: GongwenDocument, config: Config): true {
  const registry = config.units;
  const sayings = sayingsOf(doc.annotations);
  const last = taught;
  // Usually every name is known from the previous version: look before building anything, and
  // only at what was not taught already. Taught words are never forgotten (segmenter.ts), so a
  // registry or a saying taught once needs no second look.
  const fresh: string[] = [];
  if (registry !== last.registry) for (const w of registry) if (!isUserWord(w)) fresh.push(w);
  if (sayings !== last.sayings) {
    const from = commonHead(sayings, last.sayings);
    const to = sayings.length - commonTail(sayings, last.sayings, from);
    for (let k = from; k < to; k++) for (const u of (sayings[k] as Said).units) if (!isUserWord(u.name)) fresh.push(u.name);
  }
  if (fresh.length) addUserWords(fresh);
  taught = { registry, sayings };
  return true;
}

/** A saying (annotations.ts sayingOf) lists the names of its units. */
type Said = { units: ReadonlyArray<{ readonly name: string }> };

/**
 * The registry and the sayings (annotations.ts sayingsOf) whose names the segmenter was last
 * taught: what teachSegmenter need not look at again.
 */
let taught: { registry: readonly string[] | null; sayings: readonly object[] } = { registry: null, sayings: [] };


/**
 * What a word rule's findings on a line depend on besides the line's text: the segmenter's
 * vocabulary once the document's unit names are taught (segmenterEpoch changes when words are
 * added). The context of these `inputs: 'lines'` rules (rule.ts).
 */
function vocabulary(doc: GongwenDocument, ctx: RuleContext): readonly unknown[] {
  ctx.derived(teachSegmenter);
  return [segmenterEpoch()];
}

/** A confirmed word-level hit on one line: columns only, so it can be cached by the line's text. */
interface Hit {
  at: number;
  length: number;
  word: string;
  /** Found where the right word would be a word, not by the segmenter (miswrittenOn). */
  guessed?: boolean;
  /** The right form, where it is not the dictionary's (a year's 零 written for 〇). */
  right?: string;
  /** Two different marks in a row (`，。`), `word` holding both: either may be the slip (doubledMarks). */
  pair?: true;
}

/** A scan of one line's content [from, to) for hits. */
type LineScan = (text: string, from: number, to: number) => Hit[];

const REPEATS_SLOT = new OwnedLineSlot<Hit[]>('GW401');
const INSTITUTIONS_SLOT = new OwnedLineSlot<Hit[]>('GW402');
const MISWRITTEN_SLOT = new OwnedLineSlot<Hit[]>('GW403');

/** Thrown out of a line scan when the segmenter is unavailable: the rule then reports nothing. */
const NO_SEGMENTER = Symbol('no segmenter');

/**
 * The hits of `scan` on the text lines of `lines`, each line's hits cached by its text for the
 * current segmenter vocabulary (so an edit rescans only the lines it changed). Null without a
 * segmenter.
 */
function lineHits(doc: GongwenDocument, slot: OwnedLineSlot<Hit[]>, scan: LineScan, lines: RuleContext['lines']): Array<{ line: Line; hits: Hit[] }> | null {
  const epoch = segmenterEpoch();
  const out: Array<{ line: Line; hits: Hit[] }> = [];
  const all = doc.source.lines;
  try {
    for (let i = lines.from; i < lines.to; i++) {
      const l = all[i];
      if (!isAnalysedText(l)) continue;
      const hits = ownedCached(slot, l, epoch, runScan, scan);
      if (hits.length) out.push({ line: l, hits });
    }
  } catch (e) {
    if (e === NO_SEGMENTER) return null;
    throw e;
  }
  return out;
}

const runScan = (own: string, l: Line, scan: LineScan) => scan(own, l.contentStart, l.contentEnd);

/** Tokens of a sentence, or out of the scan when there is no segmenter. */
function tokensOf(sentence: string): string[] {
  const tokens = segment(sentence);
  if (!tokens) throw NO_SEGMENTER;
  return tokens;
}

/** Confirm with the segmenter that [from, to) of a line is a whole word (or run of words). */
function isWholeWord(line: string, from: number, to: number): boolean {
  const s = sentenceAround(line, from, to);
  return onWordBoundaries(boundaries(tokensOf(s.text)), s, from, to);
}

function insideBookTitle(line: string, at: number): boolean {
  const open = line.lastIndexOf('《', at);
  return open >= 0 && line.lastIndexOf('》', at) < open;
}

/* ---------------------------------------------------------------- GW401 */

/** Single characters that are never doubled on purpose (的的, 了了 …). */
const NEVER_DOUBLED = new Set('的了是在和与及对把被将并也就都而或为以于之其等从向按由该此'.split(''));
/**
 * Measure words, doubled after a number only by a slip (`500顶顶帐篷`, `3次次`): after 一 they are
 * reduplication (`一顶顶帐篷`, `一个个`), and before a word they start they are no double at all
 * (`5个|个人账户`, `3台|台式机`, `10家|家庭农场`: the segmenter's boundaries tell).
 */
const MEASURE_WORDS = new Set('个项条件顶台辆名家所座次批种套张份本处块户位元只头吨亩人天年月'.split(''));
/** A number's last character before a measure word: a digit, or a numeral other than 一 (`十一个个` is left alone). */
const NUMBER_END = /[0-9０-９两二三四五六七八九十百千]/;

const repeated: Rule = {
  id: 'GW401',
  name: 'repeated-word',
  family: 'words',
  defaultSeverity: 'warning',
  description: {
    zh: '同一个词接连写了两遍（“新余市新余市”“的的”“进一步进一步”“会议会议议程”）；数字后的量词重叠（“500顶顶帐篷”）和重复的标点（“。。”“，，”“、、”“；；”“：：”）或连用的两个不同标点（“，。”“。，”，修改时漏删的）也提示（三个以上连写的不算）；叠词（“常常”“看看”“研究研究”“一个个”）、“一个……一个……”式的强调、讲话中的反复（“落实落实再落实”“干部干部，干字当头”）和引号内的叠用不受影响。',
    en: 'A word written twice in a row (also 会议会议议程); also a measure word doubled after a number (500顶顶帐篷) and a punctuation mark doubled (。。, ，，, 、、, ；；, ：：) or two different ones in a row (，。, 。，, left by an edit; not a run of three or more); reduplication (常常, 看看, 研究研究, 一个个), emphatic 一个X一个X, a speech’s repetition (落实落实再落实, 干部干部，干字当头) and doubled words in quotation marks are fine.',
  },
  fixable: true,
  inputs: 'lines',
  context: vocabulary,
  check(doc, ctx) {
    ctx.derived(teachSegmenter);
    for (const { line: l, hits } of lineHits(doc, REPEATS_SLOT, repeatsOn, ctx.lines) ?? []) {
      for (const { at, length, word, pair } of hits) {
        if (pair) {
          const [first, second] = word;
          const mark = (k: number) => ({ start: { line: l.index, character: at + k }, end: { line: l.index, character: at + k + 1 } });
          ctx.report({
            range: { start: mark(0).start, end: mark(1).end },
            message: ctx.msg(`标点“${first}”“${second}”连用，疑为多写了一个。`, `Two marks in a row (${word}): one of them is likely a slip.`),
            fixes: [0, 1].map((k) => ({ title: ctx.msg(`删去“${word[k]}”`, `Remove "${word[k]}"`), edits: [{ range: mark(k), newText: '' }], safe: false })),
          });
          continue;
        }
        const range = { start: { line: l.index, character: at + length }, end: { line: l.index, character: at + 2 * length } };
        ctx.report({
          range: { start: { line: l.index, character: at }, end: range.end },
          message: ctx.msg(`“${word}”重复，疑为多写。`, `"${word}" is written twice.`),
          fixes: [{ title: ctx.msg(`删去重复的“${word}”`, `Remove the repeated "${word}"`), edits: [{ range, newText: '' }], safe: false, preferred: true }],
        });
      }
    }
  },
};

/*
 * Where a repeat can start: a Chinese character written again at most MAX_REPEAT places later.
 * One pass remembers, per character, where it was last seen (positions are numbered on from line
 * to line, so the table is never cleared) and marks the earlier place when it is near; only marked
 * places are then tried at every length. A place with a later copy of its character within six is
 * always marked: the copy nearest after it sees it as "last seen". Shared buffers: a scan is
 * synchronous and never re-entered.
 */
const MAX_REPEAT = 6;
const lastSeen = new Float64Array(0x10000);
let numbering = 1;
let marks = new Uint8Array(1024);

function markRepeatStarts(t: string, from: number, to: number): boolean {
  if (marks.length < to) marks = new Uint8Array(2 * to);
  const base = numbering;
  numbering += to + 2 * MAX_REPEAT;
  let any = false;
  for (let j = from; j < to; j++) {
    const c = t.charCodeAt(j);
    if (c < 0x4e00 || c > 0x9fff) continue;
    const p = lastSeen[c] - base;
    if (p >= from && j - p <= MAX_REPEAT) {
      marks[p] = 1;
      any = true;
    }
    lastSeen[c] = base + j;
  }
  return any;
}

/** Words written twice in a row on one line (`at` is the first copy, `length` one copy's length). */
function repeatsOn(t: string, from: number, to: number): Hit[] {
  const hits: Hit[] = doubledMarks(t, from, to);
  if (!markRepeatStarts(t, from, to)) return hits;
  try {
    scanMarked(t, from, to, hits);
  } finally {
    marks.fill(0, from, to); // also when the segmenter is missing (NO_SEGMENTER)
  }
  return hits;
}

/** Sentence marks that a slip of the key doubles (`。。`, `，，`) or an edit leaves beside another (`，。`). */
const DOUBLED_MARKS = '。，、；：';

/** The numeral of a `一、` at a line's start. */
const MARKER_NUMERAL = /^[\s\u3000]*[一二三四五六七八九十]{1,3}$/;

/**
 * A sentence mark written twice in a row (`工作。。`, `加强，，推进`), at the first copy; or two
 * different ones (`加强管理，。`, `工作。，各单位`), a mark left behind by an edit. Runs of three or
 * more marks are left alone.
 */
function doubledMarks(t: string, from: number, to: number): Hit[] {
  const hits: Hit[] = [];
  for (let i = from; i < to - 1; i++) {
    if (DOUBLED_MARKS.indexOf(t.charAt(i)) < 0) continue;
    let end = i + 1;
    while (end < to && DOUBLED_MARKS.indexOf(t.charAt(end)) >= 0) end++;
    if (end - i === 2) {
      const c = t.charAt(i);
      // `二、、`: a marker's 顿号 typed twice is the marker's punctuation (GW102).
      if (t.charAt(i + 1) === c) {
        if (c !== '、' || !MARKER_NUMERAL.test(t.slice(from, i))) hits.push({ at: i, length: 1, word: c });
      }
      else hits.push({ at: i, length: 1, word: t.slice(i, i + 2), pair: true });
    }
    i = end - 1;
  }
  return hits;
}

function scanMarked(t: string, from: number, to: number, hits: Hit[]): void {
  for (let i = from; i < to - 1; i++) {
    if (marks[i] === 0) continue;
    const code = t.charCodeAt(i);
    for (let len = 1; len <= MAX_REPEAT && i + 2 * len <= to; len++) {
      if (code !== t.charCodeAt(i + len) || !repeatsAt(t, i, len)) continue;
      const unit = t.slice(i, i + len);
      const measure = len === 1 && MEASURE_WORDS.has(unit) && i > 0 && NUMBER_END.test(t.charAt(i - 1));
      if (len === 1 && !NEVER_DOUBLED.has(unit) && !measure) continue; // 常常, 人人, 天天
      if (/^[一二三四五六七八九十两几每]/.test(unit)) continue; // 一个时间节点一个时间节点
      if (t[i - 1] === unit[unit.length - 1] && len === 1) continue; // 的的的: reported once at its start
      const s = sentenceAround(t, i, i + 2 * len);
      const tokens = tokensOf(s.text);
      const b = boundaries(tokens);
      // A measure word doubled is one word to the segmenter (`顶顶`, `个个`): the pair's ends are what tell.
      if (measure) {
        if (!b.has(i - s.start) || !b.has(i + 2 - s.start)) continue;
        hits.push({ at: i, length: 1, word: unit });
        i += 1;
        break;
      }
      // A function word doubled (的的) that jieba's guess glued to the word before (`协调委的|的`):
      // the dictionary's words alone tell (`目的|的` stays a word and its 的).
      if (!b.has(i - s.start) || !b.has(i + len - s.start)) {
        if (len !== 1 || !NEVER_DOUBLED.has(unit) || !(dictionaryDouble(s.text, i - s.start) || afterWordGlued(s.text, i - s.start))) continue;
        hits.push({ at: i, length: 1, word: unit });
        i += 1;
        break;
      }
      // The second copy may be glued to the word after it (`会议|会议议程`): a compound of the
      // word and another word, not of the word and a suffix (`学习|学习型`, `研究|研究生`).
      if (!b.has(i + 2 * len - s.start) && !(len >= 2 && (gluedToNext(tokens, s.start, i + len, unit) || splitAcrossEnd(tokens, s.start, i + len, i + 2 * len)))) continue;
      // A two-character verb or adjective doubled (研究研究, 讨论讨论) is reduplication.
      if (len === 2 && tokens.includes(unit) && REDUPLICATED_VERBS.test(unit)) continue;
      if (len >= 2 && rhetorical(t, i, len, unit)) continue;
      hits.push({ at: i, length: len, word: unit });
      i += 2 * len - 1;
      break;
    }
  }
}

/** Whether the dictionary's words alone read the characters at `at` and `at + 1` of `text` as two words of one character each. */
function dictionaryDouble(text: string, at: number): boolean {
  const tokens = dictionaryWords(text);
  if (!tokens) return false;
  let start = 0;
  for (let k = 0; k < tokens.length; k++) {
    if (start === at) return tokens[k].length === 1 && tokens[k + 1]?.length === 1;
    if (start > at) return false;
    start += tokens[k].length;
  }
  return false;
}

/**
 * Whether a function word doubled at `at` of `text`, its first copy glued to the word before by
 * the segmenter's guess (`该项|目的|的`), follows a word of two characters or more that ends right
 * before it (`该|项目`) and is itself cut after the second copy: `项目的的前期` is a slip, while
 * `达到目的的手段` (`达到|目`: no word ends there) and `项目的的确确` (`的确确`) are left alone.
 */
function afterWordGlued(text: string, at: number): boolean {
  const tokens = dictionaryWords(text);
  if (!tokens) return false;
  // The dictionary's cut: a word of two characters ending with the first copy (`目的`), the second alone.
  let start = 0;
  let k = 0;
  while (k < tokens.length && start + tokens[k].length <= at) start += tokens[k++].length;
  if (k + 1 >= tokens.length || start !== at - 1 || tokens[k].length !== 2 || tokens[k + 1].length !== 1) return false;
  const before = dictionaryWords(text.slice(0, at));
  const last = before?.[before.length - 1];
  return last !== undefined && last.length >= 2;
}

/**
 * Whether the second copy of a doubled word (`[copy, end)`) starts a token and the token running
 * over its end starts inside it: `落实|落|实习|近平`, the segmenter's guess at a name it does not
 * know (`习近平`) splitting the copy, not the copy starting a longer word (`研究|研究生`).
 */
function splitAcrossEnd(tokens: string[], start: number, copy: number, end: number): boolean {
  let k = start;
  let copyStarts = false;
  for (const token of tokens) {
    if (k === copy) copyStarts = true;
    if (k < end && k + token.length > end) return copyStarts && k > copy;
    if (k >= end) return false;
    k += token.length;
  }
  return false;
}

/** Whether the `len` Chinese characters at `i` are written again right after (no slicing: hot). */
function repeatsAt(t: string, i: number, len: number): boolean {
  for (let k = 0; k < len; k++) {
    const c = t.charCodeAt(i + k);
    if (c < 0x4e00 || c > 0x9fff || c !== t.charCodeAt(i + len + k)) return false;
  }
  return true;
}

/** Whether the token at `at` is `unit` and one more word of two characters or more (`会议议程`). */
function gluedToNext(tokens: string[], start: number, at: number, unit: string): boolean {
  let k = start;
  for (const token of tokens) {
    if (k === at) {
      const rest = token.slice(unit.length);
      return token.startsWith(unit) && rest.length >= 2 && tokensOf(rest).length === 1;
    }
    if (k > at) return false;
    k += token.length;
  }
  return false;
}

/**
 * A word doubled on purpose, as speeches do: `落实落实再落实` (and the word again after 再), a
 * saying at a clause's start that the next clause takes up (`干部干部，干字当头`, `党建党建，重在建设`,
 * `冬训冬训，重在训`), or a doubled word in quotation marks (quoted, not written here).
 */
function rhetorical(t: string, i: number, len: number, unit: string): boolean {
  const end = i + 2 * len;
  if (t.startsWith('再' + unit, end)) return true;
  // Quoted: the doubled word is what the quotation says (`“落实落实”`, `“干部干部，干字当头”`), not
  // the start of a longer quotation written with a slip (`提出的“加强加强灾害性天气……”`).
  const open = t.lastIndexOf('“', i);
  if (open >= 0 && t.lastIndexOf('”', i) < open && t.indexOf('”', end) >= end && (t.charAt(end) === '”' || CLAUSE_BREAK.test(t.charAt(end)))) return true;
  if (!CLAUSE_BREAK.test(t.charAt(end)) || (i > 0 && !SAYING_START.test(t.charAt(i - 1)))) return false;
  let k = end + 1;
  while (k < t.length && k - end <= 12 && !CLAUSE_BREAK.test(t.charAt(k)) && !SENTENCE_END.test(t.charAt(k))) {
    if (unit.includes(t.charAt(k))) return true;
    k++;
  }
  return false;
}

/** What a saying's doubled word is followed by, and what may come before it (a clause's start). */
const CLAUSE_BREAK = /[，,！!]/;
const SAYING_START = /[\s，,。；;：:！!？?“‘（(、]/;

/**
 * Two-character verbs a speaker doubles for a light, tentative "do a bit of" (ABAB: 总结总结, 梳理梳理):
 * activities one chooses to do, as 讲话稿 say them. A verb of policy (加强, 落实, 推进) doubled is a slip.
 */
const REDUPLICATED_VERBS =
  /^(研究|讨论|学习|考虑|商量|休息|活动|打听|收拾|琢磨|了解|交流|沟通|锻炼|整理|清理|检查|比较|总结|梳理|盘点|分析|思考|反思|回顾|调查|熟悉|体会|体验|感受|议论|合计|核对|对照|走访|看望|放松|准备|练习|复习|介绍|说明|解释|考察|请教|打扫|动员)$/;

/* ---------------------------------------------------------------- GW402 */

/**
 * When the document was written, as far as it says: its own date (成文日期); without one, the
 * end of the latest year it mentions (`2012年起5年内`: a copy of a 2012 plan is not read as
 * today's), unless that is later than today; '' when it says neither. Read once per analysis
 * (ctx.derived).
 */
function documentDate(doc: GongwenDocument, config: Config): string {
  const d = doc.frame.date;
  if (d) return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
  let latest = 0;
  for (const l of doc.source.lines) if (isAnalysedText(l)) latest = Math.max(latest, lineCached(YEAR_SLOT, l, latestYear));
  if (latest === 0) return '';
  const end = `${latest}-12-31`;
  const now = today(config);
  return end < now ? end : now;
}

const today = (config: Config): string => config.today ?? new Date().toISOString().slice(0, 10);

/** The latest year a line mentions (`2025年`), 0 for none; cached by the line's text. */
const YEAR_SLOT = new LineSlot<number>('latest year');
const YEAR = /(?:19|20)\d\d(?=年)/g;

function latestYear(text: string, l: Line): number {
  let latest = 0;
  YEAR.lastIndex = l.contentStart;
  let m: RegExpExecArray | null;
  while ((m = YEAR.exec(text)) !== null && m.index < l.contentEnd) {
    // Not a digit run's tail: `12025年` is no year.
    if (m.index > 0 && /\d/.test(text.charAt(m.index - 1))) continue;
    latest = Math.max(latest, Number(m[0]));
  }
  return latest;
}

const outdated: Rule = {
  id: 'GW402',
  name: 'outdated-institution',
  family: 'words',
  defaultSeverity: 'warning',
  description: {
    zh: '机构改革后已更名或撤销的机构名称（如“国家工商行政管理总局”“环境保护部”“中国银保监会”“中央全面深化改革领导小组”“国务院南水北调办”，地方的“市环保局”“县安监局”“区工商局”“市公安消防支队”“市环境监察支队”“人民银行（人行）××中心支行”）；各地调整时间不一的在提示中说明，部分地方仍保留或调整不一的（地方“乡村振兴局”“两新工委”“大数据管理局”）只作提示，与其后继机构写在同一行时不提示；对外保留或加挂牌子的名称（“国家海洋局”“国家外国专家局”“国家宗教事务局”“国务院侨办”“国家乡村振兴局”“国务院港澳办”“国家公务员局”）仍是现行名称，不提示。以文档自身的成文日期判断；没有成文日期时以文中提到的最晚年份判断（也未提到年份时，全国性机构以今天判断，地方机构不判断）；《》内的文件名和历史表述不受影响：“原……”（及其后列举的各机构）、“曾任/时任……”、注明改革前年份或“机构改革前”的句子、名称后注明“（现……）”、“将……更名为……”；修改决定、修正案中引号内被修改或删去的原文（“将第五条中的‘环境保护部’修改为‘生态环境部’”“将‘市环保局’改为……”“……分别修改为……”“删去‘……’”“删去以下内容：‘……’”，也包括跨行断开的修改句）也不提示，同一文档中不加引号的使用照常提示。责任单位名称跨行断开时（“（市环境保护”｜“局牵头）”）整体识别，提示从名称起点开始，修复把新名称写在换行之后。',
    en: 'An institution renamed or abolished by a reform (national, such as 中央全面深化改革领导小组 or 国务院南水北调办, or local such as 市环保局, 市公安消防支队, 市环境监察支队, 人民银行 (人行)…中心支行; where local timing varied the message says so, and a body kept in places, the local 乡村振兴局, 两新工委 or 大数据管理局, is only noted, and not beside its successor; a name kept as a second name of its successor, 国家海洋局, 国家外国专家局, 国家宗教事务局, 国务院侨办, 国家乡村振兴局, 国务院港澳办 or 国家公务员局, is current and never flagged) before the document’s own date (else the latest year it mentions; else today, for national bodies only); titles in 《》 and historical mentions are fine: “原…” (and the list it opens), 曾任/时任…, a clause dated before the reform or a sentence about before it, a “（现…）” note after the name, 将…更名为…; so are the old words an amendment (修改决定, 修正案) quotes to change or strike out (将第五条中的“环境保护部”修改为“生态环境部”, 将“市环保局”改为…, …分别修改为…, 删去“…”, 删去以下内容：“…”, also broken over a line’s end), while an unquoted use in the same document is still flagged. A unit’s name broken over a line’s end (（市环境保护 | 局牵头）) is read whole: the finding starts where the name starts, and the fix writes the successor after the line break.',
  },
  fixable: true,
  inputs: 'lines',
  context: (doc, ctx) => [...vocabulary(doc, ctx), ctx.derived(documentDate), wrappingOf(doc.source) !== null, ctx.derived(brokenUnits), ctx.derived(amendedAcrossLines)],
  check(doc, ctx) {
    // A text that says nothing of when it was written is read as today's for the national bodies,
    // whose renaming everyone knows; a local body's old name there may be an old copy's.
    const dated = ctx.derived(documentDate);
    // In a hard-wrapped copy a line may start inside a name broken over the line before (`银` | `保监会`).
    const wrapped = wrappingOf(doc.source) !== null;
    // A unit broken over a line's end where the wrapping is not recognised (`（市自然资源` | `规划局牵头）`): the annotations read it whole.
    const broken = brokenUnitTails(ctx.derived(brokenUnits));
    // The old words an amendment quotes over a line's end (`将第五条中的“市环保局”修改` | `为……`).
    const amendedAcross = amendedSpansByLine(ctx.derived(amendedAcrossLines));
    const date = dated || today(ctx.config);
    // Institution names are not taught to the segmenter: a heavy user word would split
    // `文化部门` as `文化部|门`. The default dictionary keeps the boundaries honest.
    ctx.derived(teachSegmenter);
    const report = (word: string, range: Range, edits: (newText: string) => TextEdit[]) => {
      const reform = reformOf(word)!;
      if (reform.date > date || (reform.local && !dated)) return;
      const now = successorsAt(reform, date);
        const successors = now.join('、');
        const year = reform.date.slice(0, 4);
        // The note of the reform the successors come from (乡村振兴局's, for a 扶贫办 of 2025).
        const note = noteAt(reform, date);
        ctx.report({
          range,
          severity: reform.mayRemain ? 'info' : undefined,
          message: !now.length
            ? ctx.msg(`“${word}”已于${year}年机构改革中调整：${note?.zh}。`, `"${word}" was reorganised in ${year}: ${note?.en}.`)
            : note
              ? ctx.msg(`“${word}”已于${year}年机构改革中调整，现为“${successors}”（${note.zh}）。`, `"${word}" was reorganised in ${year}; now "${successors}" (${note.en}).`)
              : ctx.msg(`“${word}”已于${year}年机构改革中调整，现为“${successors}”。`, `"${word}" was reorganised in ${year}; now "${successors}".`),
          fixes:
            now.length === 1
              ? [{ title: ctx.msg(`改为“${successors}”`, `Change to "${successors}"`), edits: edits(successors), safe: false, preferred: true }]
              : [],
        });
    };
    for (const { line: l, hits } of lineHits(doc, INSTITUTIONS_SLOT, institutionsOn, ctx.lines) ?? []) {
      for (const { at, word } of hits) {
        if (wrapped && at === l.contentStart && TAILS_OF_LONGER.has(word)) continue;
        if (broken && isTailOfBrokenUnit(broken.tails.get(l.index), at, word)) continue;
        if (amendedAcross && within(amendedAcross.get(l.index), at, at + word.length)) continue;
        const range = { start: { line: l.index, character: at }, end: { line: l.index, character: at + word.length } };
        report(word, range, (newText) => [{ range, newText }]);
      }
    }
    // The names broken over a line's end, read whole from the line where they start: the finding
    // covers the name from its start (`（市国土资源` | `局牵头）`); the fix writes the successor's name
    // on the second line, after the line break, and takes the first line's part of the old one away.
    if (broken) {
      for (const u of broken.units) {
        if (u.line < ctx.lines.from || u.line >= ctx.lines.to) continue;
        const head = doc.source.lines[u.line];
        const tail = doc.source.lines[u.line + 1];
        const joined = head.text.slice(0, head.contentEnd) + tail.text.slice(tail.contentStart, tail.contentEnd);
        const cut = head.contentEnd;
        const unitEnd = cut + u.end - tail.contentStart;
        if (joined.slice(u.start, unitEnd) !== u.name) continue;
        let hits: Hit[];
        try {
          hits = institutionsOn(joined, head.contentStart, joined.length);
        } catch (e) {
          if (e === NO_SEGMENTER) break;
          throw e;
        }
        for (const { at, length, word } of hits) {
          // Only a name that goes on past the line's end, inside the unit.
          if (at < u.start || at + length > unitEnd || at + length <= cut) continue;
          const end = { line: tail.index, character: tail.contentStart + at + length - cut };
          const range = { start: { line: head.index, character: u.start }, end };
          const onTail = { start: { line: tail.index, character: at < cut ? tail.contentStart : tail.contentStart + at - cut }, end };
          report(word, range, (newText) =>
            at < cut
              ? [{ range: { start: { line: head.index, character: at }, end: { line: head.index, character: cut } }, newText: '' }, { range: onTail, newText }]
              : [{ range: onTail, newText }],
          );
        }
      }
    }
  },
};

/**
 * The units of annotations that a line's end breaks in two (a bracket wrapped onto the next line,
 * annotations.ts wrappedAnnotation), as where each starts and ends, its name and the text of the
 * line it ends on, parted by NUL, each closed by U+0001 ('' for none): a
 * string, so that GW402's context is unchanged while they are. Only the annotations are read,
 * and only those over more than one line are looked into.
 */
function brokenUnits(doc: GongwenDocument): string {
  let key = '';
  for (const a of doc.annotations) {
    if (!spansLines(a)) continue;
    for (const u of a.units) {
      const { start, end } = u.range;
      // The second line's text too: GW402 reads the name with the line it goes on in (what follows
      // it, a successor named there), from the first line, which an edit of the second leaves alone.
      if (start.line !== end.line) key += `${start.line}\0${start.character}\0${end.line}\0${end.character}\0${u.name}\0${doc.source.lines[end.line].text}\x01`;
    }
  }
  return key;
}

/** The last characters of a line that may leave an amendment's verb to the next (`“市环保局”修改` | `为`). */
const VERB_HEAD = new Set(Array.from('”’修改删调整替换更分别统一律均都全部并相应一词字样的表述等', (c) => c.charCodeAt(0)));
const OPENING_QUOTE = (c: number) => c === 0x201c || c === 0x2018;

/**
 * The spans an amendment quotes to change or strike out (amendedWords) that only the line before
 * or after shows to be such, in a hard-wrapped copy: the verb on the next line (`将第五条中的
 * “市环保局”修改` | `为“市生态环境局”`, `……“市环保局”` | `修改为……`), or 删去 on the line before
 * (`删去第九条中的` | `“市环保局”`). As `line:from:to;` for each, in the text of the line the span is
 * on: a string, so that GW402's context is unchanged while they are. A line costs a look at its
 * last and first characters; only a line that ends with a quotation mark or a verb's start is read.
 */
function amendedAcrossLines(doc: GongwenDocument): string {
  const source = doc.source;
  const lines = source.lines;
  const n = lines.length;
  const last = lastAmended;
  // A pair of lines gives what it gave while both are the Line objects they were (same text, same
  // place): on the version after the one last read, only the pairs the edit touched are read.
  let lo = 0;
  let hi = n - 1;
  const pairs: number[] = [];
  const pieces: string[] = [];
  const after = last.version >= 0 && source.previousVersion === last.version;
  if (after) {
    const changed = source.changedLines;
    lo = Math.max(0, changed.from - 1);
    hi = Math.min(changed.to, n - 1);
    for (let j = 0; j < last.pairs.length && last.pairs[j] < lo; j++) {
      pairs.push(last.pairs[j]);
      pieces.push(last.pieces[j]);
    }
  }
  for (let k = lo; k < hi; k++) {
    const piece = amendedAcrossPair(lines[k], lines[k + 1], k);
    if (piece) {
      pairs.push(k);
      pieces.push(piece);
    }
  }
  if (after) {
    const to = source.changedLines.to;
    for (let j = 0; j < last.pairs.length; j++) {
      const k = last.pairs[j];
      if (k >= to && k + 1 < n) {
        pairs.push(k);
        pieces.push(last.pieces[j]);
      }
    }
  }
  const key = pieces.length === 0 ? '' : pieces.join('');
  lastAmended = { version: source.version, pairs: fitted(pairs), pieces: fitted(pieces) };
  return key;
}

/** The version of a document amendedAcrossLines last read, and by pair of lines (the first line's index) what it found. */
let lastAmended: { version: number; pairs: readonly number[]; pieces: readonly string[] } = { version: -1, pairs: [], pieces: [] };

/** What amendedAcrossLines finds on line `k` (`l`) and the next (`next`): its part of the key, '' for none. */
function amendedAcrossPair(l: Line, next: Line, k: number): string {
  if (l.contentEnd <= l.contentStart || next.contentEnd <= next.contentStart) return '';
  // Codes, not characters: this ran over every line on every edit, and charAt makes a string.
  const last = l.text.charCodeAt(l.contentEnd - 1);
  const opens = OPENING_QUOTE(next.text.charCodeAt(next.contentStart));
  if (!opens && !VERB_HEAD.has(last)) return '';
  if (!isAnalysedText(l) || !isAnalysedText(next)) return '';
  let key = '';
  const own = l.text.slice(0, l.contentEnd);
  const below = next.text.slice(next.contentStart, next.contentEnd);
  // Quoted words on this line, the verb on the next.
  const close = Math.max(own.lastIndexOf('”'), own.lastIndexOf('’'));
  if (close >= 0 && l.contentEnd - close <= 9) {
    const spans = amendedWords(own + below.slice(0, 16));
    for (let j = 0; j < spans.length; j += 2) if (spans[j + 1] <= close) key += `${k}:${spans[j]}:${spans[j + 1]};`;
  }
  // 删去 on this line, the quoted words on the next.
  if (opens && /[删除去的：:内容]/.test(String.fromCharCode(last))) {
    const tail = own.slice(Math.max(l.contentStart, l.contentEnd - 24));
    const spans = amendedWords(tail + below);
    const shift = next.contentStart - tail.length;
    for (let j = 0; j < spans.length; j += 2) if (spans[j] >= tail.length) key += `${k + 1}:${spans[j] + shift}:${spans[j + 1] + shift};`;
  }
  return key;
}

/** amendedAcrossLines' key read back: by line, its amended spans as flat [from, to) pairs; null for none. */
function amendedSpansByLine(key: string): Map<number, number[]> | null {
  if (!key) return null;
  const out = new Map<number, number[]>();
  for (const item of key.split(';')) {
    if (!item) continue;
    const [line, from, to] = item.split(':').map(Number);
    let spans = out.get(line);
    if (!spans) out.set(line, (spans = []));
    spans.push(from, to);
  }
  return out;
}

/** Whether [from, to) lies in one of `spans` (flat [from, to) pairs). */
function within(spans: number[] | undefined, from: number, to: number): boolean {
  if (!spans) return false;
  for (let k = 0; k < spans.length; k += 2) if (from >= spans[k] && to <= spans[k + 1]) return true;
  return false;
}

/** A unit broken over one line's end: where it starts on `line`, where it ends on the next, its whole name. */
interface BrokenUnit {
  line: number;
  start: number;
  end: number;
  name: string;
}

/**
 * brokenUnits' key read back: the units broken over one line's end, and by line where each unit
 * that goes on at the line's start ends there, and its whole name. Null for none.
 */
function brokenUnitTails(key: string): { tails: Map<number, Array<{ end: number; name: string; read: boolean }>>; units: BrokenUnit[] } | null {
  if (!key) return null;
  const tails = new Map<number, Array<{ end: number; name: string; read: boolean }>>();
  const units: BrokenUnit[] = [];
  for (const item of key.split('\x01')) {
    if (!item) continue;
    const [startLine, start, line, end, name] = item.split('\0');
    const at = Number(line);
    let list = tails.get(at);
    if (!list) tails.set(at, (list = []));
    const read = at === Number(startLine) + 1;
    list.push({ end: Number(end), name, read });
    if (read) units.push({ line: Number(startLine), start: Number(start), end: Number(end), name });
  }
  return { tails, units };
}

/**
 * Whether a hit of `word` at `at` lies in the part of a broken unit that goes on at the line's
 * start (`（市自然资源` | `规划局牵头`): the tail of a longer name, not the outdated body, unless the
 * whole name is itself outdated (`（市` | `规划局牵头`: 市规划局).
 */
function isTailOfBrokenUnit(tails: Array<{ end: number; name: string; read: boolean }> | undefined, at: number, word: string): boolean {
  if (!tails) return false;
  for (const t of tails) {
    if (at + word.length > t.end) continue;
    // A name broken over one line's end is read whole from its first line (GW402's check).
    if (t.read) return true;
    return !institutionsOn(t.name, 0, t.name.length).some((h) => h.at + h.length === t.name.length);
  }
  return false;
}

/**
 * The bodies `reform`'s successors have become by `date`: `银监会` → `中国银行保险监督管理委员会`,
 * which is itself `国家金融监督管理总局` after 2023.
 */
function successorsAt(reform: Reform, date: string, depth = 0): string[] {
  const out: string[] = [];
  for (const s of reform.successors) {
    const next = REFORM_BY_NAME.get(s);
    const now = next && next !== reform && next.date <= date && depth < 4 ? successorsAt(next, date, depth + 1) : [s];
    for (const n of now) if (!out.includes(n)) out.push(n);
  }
  return out;
}

/** The note of the last reform in `reform`'s chain that has happened by `date`. */
function noteAt(reform: Reform, date: string, depth = 0): Reform['note'] {
  for (const s of reform.successors) {
    const next = REFORM_BY_NAME.get(s);
    if (next && next !== reform && next.date <= date && depth < 4) return noteAt(next, date, depth + 1) ?? reform.note;
  }
  return reform.note;
}

/**
 * Whole-word matches of a dictionary pattern in [from, to) of a line that `accept` keeps (or
 * keeps as `'bounded'`: a whole word by its own test, not the segmenter's). The patterns are
 * shared global regexps; a scan is synchronous and never re-entered.
 */
function dictionaryHits(line: string, from: number, to: number, re: RegExp, accept: (t: string, at: number, word: string) => boolean | 'bounded' | 'guessed'): Hit[] {
  const hits: Hit[] = [];
  const t = line.slice(0, to);
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(t)) !== null) {
    const at = m.index;
    const kept = accept(t, at, m[0]);
    if (kept === 'guessed') hits.push({ at, length: m[0].length, word: m[0], guessed: true });
    else if (kept === 'bounded' || (kept && isWholeWord(t, at, at + m[0].length))) hits.push({ at, length: m[0].length, word: m[0] });
  }
  return hits;
}

/** Former institution names used as whole words, outside 《》 titles and `原…` references. */
function institutionsOn(line: string, from: number, to: number): Hit[] {
  // The spans an amendment quotes to change or strike out, found once per line and only where a hit asks.
  let amended: number[] | undefined;
  const isAmended = (t: string, at: number, length: number): boolean => {
    // `将市环保局更名为市生态环境局`: the name it had, quoted or not.
    RENAMED.lastIndex = at + length;
    if (RENAMED.test(t)) return true;
    amended ??= amendedWords(t);
    for (let k = 0; k < amended.length; k += 2) if (at >= amended[k] && at + length <= amended[k + 1]) return true;
    return false;
  };
  // Current names are in the pattern too, so that they are not read as a former name inside them.
  const hits = dictionaryHits(line, from, to, INSTITUTION_PATTERN, (t, at, word) => {
    const reform = REFORM_BY_NAME.get(word);
    if (!reform || !currentlyNamed(t, at, word, reform) || isAmended(t, at, word.length)) return false;
    if (reform.mayRemain && namesSuccessor(t, reform)) return false;
    if (!reform.local) return !BARE_MINISTRIES.has(word) || at === 0 || !HAN.test(t.charAt(at - 1)) || BEFORE_MINISTRY.has(t.charAt(at - 1));
    // `（扶贫办法另行制定）`: a word that goes on is not the name.
    if (/[法理]/.test(t.charAt(at + word.length))) return false;
    // `对照原市环保局出台的规定`: the former body of a place, named as such.
    if (FORMER_PLACE.test(t.slice(Math.max(0, at - 9), at))) return false;
    // `做好原江城银保监分局档案移交`: a place without its level after 原 (not the 原 of 太原, 中原 …).
    if (reform.anyPlace && FORMER_ANY_PLACE.test(t.slice(Math.max(0, at - 8), at))) return false;
    return startsLocalName(t, at, reform.anyPlace, reform.partyBody) ? 'bounded' : false;
  });
  if (!PATTERN_REFORMS.length) return hits;
  // Names that hold their place (`人民银行温州市中心支行`) are specific enough to need no segmenter.
  const t = line.slice(0, to);
  let more = false;
  for (const { reform, scan } of PATTERN_REFORMS) {
    scan.lastIndex = from;
    let m: RegExpExecArray | null;
    while ((m = scan.exec(t)) !== null) {
      if (!currentlyNamed(t, m.index, m[0], reform) || isAmended(t, m.index, m[0].length)) continue;
      hits.push({ at: m.index, length: m[0].length, word: m[0] });
      more = true;
    }
  }
  if (more) hits.sort((a, b) => a.at - b.at);
  return hits;
}

/**
 * An amendment (修改决定, 修正案, 关于修改《…》的决定) quotes the words it changes or strikes out:
 * `将第五条中的“环境保护部”修改为“生态环境部”`, `将“市环保局”改为“市生态环境局”`,
 * `第七条中的“国家工商行政管理总局”、“国家质量监督检验检疫总局”分别修改为……`, `删去第九条中的
 * “国家安全生产监督管理总局”`, `将第十条中的“市环保局”删去`. A former name there is the old text
 * being replaced, not a use of it.
 */
const AMEND_VERB = /[\s\u3000]*(?:一词|字样|的表述|等表述|表述)?(?:分别|统一|一律|均|都|全部|一并|相应)?(?:修改为|修改成|改为|改成|调整为|替换为|更改为|更名为|删去|删除)/y;
/** Right after a name: what it was renamed to follows (`更名为`, `改名为`). */
const RENAMED = /[”’]?[\s\u3000]*(?:更名为|改名为)/y;
/** `删去第九条第二款中的`, `删去以下内容：`, right before the first quoted words struck out. */
const STRUCK_BEFORE = /(?:删去|删除)[^“”‘’，,。；;！？：:]{0,20}[：:]?$/;
/** What joins the quoted words of one list (`“甲”、“乙”`, `“甲”和“乙”`). */
const QUOTE_LIST_JOIN = /^(?:、|和|及|与|以及|或)$/;
const CLOSING_QUOTE: Record<string, string> = { '“': '”', '‘': '’' };

/**
 * The quoted spans of a line that an amendment changes or strikes out, as flat [from, to)
 * pairs (inside the quotation marks): each list of quoted words right before 修改为 / 改为 /
 * 修改成 / 调整为 / 替换为 / 更名为 / 删去, or right after 删去 / 删除. A line with no quotation
 * mark costs one search.
 */
function amendedWords(t: string): number[] {
  const out: number[] = [];
  if (t.indexOf('“') < 0 && t.indexOf('‘') < 0) return out;
  // The quoted spans in order, as open and close positions (a quotation mark unclosed ends the scan).
  const spans: number[] = [];
  for (let k = 0; k < t.length; k++) {
    const close = CLOSING_QUOTE[t.charAt(k)];
    if (!close) continue;
    const end = t.indexOf(close, k + 1);
    if (end < 0) break;
    spans.push(k, end);
    k = end;
  }
  // Each list of quoted words (`“甲”、“乙”`): amended as a whole, by the verb after it or 删去 before it.
  for (let first = 0; first < spans.length; ) {
    let last = first;
    while (last + 2 < spans.length && QUOTE_LIST_JOIN.test(t.slice(spans[last + 1] + 1, spans[last + 2]))) last += 2;
    AMEND_VERB.lastIndex = spans[last + 1] + 1;
    if (AMEND_VERB.test(t) || STRUCK_BEFORE.test(t.slice(Math.max(0, spans[first] - 24), spans[first]))) {
      for (let k = first; k <= last; k += 2) out.push(spans[k] + 1, spans[k + 1]);
    }
    first = last + 2;
  }
  return out;
}

/**
 * Whether a line names one of `reform`'s successors (`县农业农村局、县乡村振兴局`), other than
 * inside one of its former names (`数据局` in `市大数据局`).
 */
function namesSuccessor(t: string, reform: Reform): boolean {
  for (const s of reform.successors) {
    for (let k = t.indexOf(s); k >= 0; k = t.indexOf(s, k + 1)) {
      if (!reform.names.some((n) => formerAround(t, k, s, n))) return true;
    }
  }
  return false;
}

/** Whether the successor `s` at `k` is part of the former name `n` written around it. */
function formerAround(t: string, k: number, s: string, n: string): boolean {
  for (let o = n.indexOf(s); o >= 0; o = n.indexOf(s, o + 1)) if (k >= o && t.startsWith(n, k - o)) return true;
  return false;
}

/**
 * Not a title in 《》, not said to be former (`原…`, namedAsFormer), not kept as a second name of
 * its successor (`县农业农村局（县乡村振兴局）`).
 */
function currentlyNamed(t: string, at: number, word: string, reform: Reform): boolean {
  return !insideBookTitle(t, at) && !/[原前]$/.test(t.slice(0, at)) && !namedAsFormer(t, at, word, reform) && !secondName(t, at, reform);
}

/** `县农业农村局（县乡村振兴局）`: the former name in brackets right after its successor's. */
function secondName(t: string, at: number, reform: Reform): boolean {
  let k = at;
  while (k > 0 && at - k < 8 && HAN.test(t.charAt(k - 1))) k--;
  const open = t.charAt(k - 1);
  if (open !== '（' && open !== '(') return false;
  const before = t.slice(Math.max(0, k - 12), k - 1);
  return successorsAt(reform, '9999-12-31').some((s) => before.endsWith(s)) || reform.successors.some((s) => before.endsWith(s));
}

/** Punctuation that ends a clause, and a sentence. */
const CLAUSE_END = /[，,；;。！!？?：:]/;
const SENTENCE_END = /[；;。！!？?]/;
/** `曾任`, `时任`, `曾在`: a past post or place of work. */
const PAST_POST = /曾任|曾在|曾于|曾担任|时任|历任/;
/** `原市民政局、市|国土资源局`: a list the former (`原`, not `原则`) opened goes on to the name (with its place). */
const FORMER_LIST = /原(?!则|因|创|料|始)[^、（）()“”]+(?:、[^、（）()“”]+)*(?:、|和|及|与)[^、（）()“”]{0,8}$/;
const YEAR_IN = /(?:19|20)\d\d(?=年)/g;
/** `（现县自然资源局）`, `(现为…)` right after the name. */
const NOW_NOTE = /^[（(]现/;

/**
 * Whether a former body's name is named as what it was, not as today's body: after `曾任`/`时任`
 * in its clause, in a clause dated before the reform (`本人2015年至2018年任市安监局副局长`), in a
 * sentence that tells the reform (`机构改革前，本人在县安监局工作`, `不再保留县国土资源局`) or a 大事记's
 * entry (`3月　县工商行政管理局成立`), in a list
 * that `原` opens (`原县工商局、县质监局`), or with its present name noted (`县国土资源局（现县自然资源局）`).
 */
function namedAsFormer(t: string, at: number, word: string, reform: Reform): boolean {
  if (NOW_NOTE.test(t.slice(at + word.length, at + word.length + 2))) return true;
  let c = at;
  while (c > 0 && at - c < 60 && !CLAUSE_END.test(t.charAt(c - 1))) c--;
  const clause = t.slice(c, at);
  if (PAST_POST.test(clause) || FORMER_LIST.test(clause)) return true;
  const year = Number(reform.date.slice(0, 4));
  YEAR_IN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = YEAR_IN.exec(clause)) !== null) {
    if ((m.index === 0 || !/\d/.test(clause.charAt(m.index - 1))) && Number(m[0]) < year && !/至今|以来/.test(clause)) return true;
  }
  let s = c;
  while (s > 0 && at - s < 120 && !SENTENCE_END.test(t.charAt(s - 1))) s--;
  return REFORM_TOLD.test(t.slice(s, at)) || CHRONICLE_ENTRY.test(t);
}

/**
 * A sentence that tells the reform itself (`2018年机构改革后，组建市生态环境局，整合了…市国土资源局的
 * 职责`, `不再保留县国土资源局`): the bodies it names are the ones the reform changed.
 */
const REFORM_TOLD = /改革前|机构改革|不再保留/;
/** A 大事记's entry, dated under its year's line (`3月　县工商行政管理局成立`): a record of the past. */
const CHRONICLE_ENTRY = /^[\s\u3000\ufeff]*(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}日|[一二三四五六七八九十]{1,3}日)?(?:[\u3000\t]| {1,4})\S/;

/** `原市`, `原某某县` right before a local body's name: it is named as the former body (not `原则上市`). */
const FORMER_PLACE = /原(?!则)[\u4e00-\u9fff]{0,6}?[省市县区州盟旗]$/;

/** `原江城`, `原温州` right before a name whose place needs no level; not a place ending in 原 (`太原`, `中原`, `平原`). */
const FORMER_ANY_PLACE = /(?:^|[^太中平固镇五九清高草])原(?!则|因|创|料|始|来|本|先|有)[\u4e00-\u9fff]{2,5}$/;

/** Characters that end the place in a local body's name: `某某市|环保局`, `某某县|安监局`. */
const DIVISION_END = new Set('省市县区州盟旗'.split(''));
/** Characters before a unit name in a list or a sentence: `（环保局、工商局负责）`. */
const NAME_START = new Set('（(、，,；;：:“"　 \t'.split(''));

/**
 * Whether a local body's name at `at` starts a unit name: right after the place it belongs to
 * (`市环保局`), or where a name starts in a list. Not where the place is said to be former
 * (`原某某市环保局`): the run of characters before it up to the last punctuation starts with 原.
 */
function startsLocalName(t: string, at: number, anyPlace = false, partyBody = false): boolean {
  if (at === 0) return true;
  const before = t.charAt(at - 1);
  if (NAME_START.has(before)) return true;
  // `市委两新工委`: a body of the place's party committee.
  if (partyBody && before === '委' && at >= 2 && DIVISION_END.has(t.charAt(at - 2))) return startsLocalName(t, at - 1);
  // `市政府法制办`: a body of the place's government.
  if (t.endsWith('政府', at) && at >= 3) return startsLocalName(t, at - (t.endsWith('人民政府', at) ? 4 : 2));
  if (!DIVISION_END.has(before) && !(anyPlace && HAN.test(before))) return false;
  let k = at - 1;
  // Back to a name's start, a sentence's end, or an item's marker (`6.原江城银保监分局……`).
  while (k > 0 && at - k < 16 && !NAME_START.has(t.charAt(k - 1)) && !/[。！？.．）)]/.test(t.charAt(k - 1))) k--;
  return t.charAt(k) !== '原';
}

/* ---------------------------------------------------------------- GW403 */

const miswritten: Rule = {
  id: 'GW403',
  name: 'miswritten-word',
  family: 'words',
  defaultSeverity: 'warning',
  description: {
    zh: '公文中常见的错别字词（“布署”→“部署”、“贯切”→“贯彻”、“按排”→“安排”、“台帐”→“台账”、“砥励”→“砥砺”、“一愁莫展”→“一筹莫展”等，“截止”后接时间点时→“截至”；汉字年份中的“零”→“〇”：“二零二五年”→“二〇二五年”），按词的边界匹配，不误报更长词语中的字串（正确写法构成的更长词语中的误写照常提示：“竟争力”）；“帐”类写法不检查2005年以前成文的文档。',
    en: 'Commonly miswritten words (布署→部署, 贯切→贯彻, 按排→安排, 台帐→台账, 砥励→砥砺 …; 截止 before a time point → 截至; 零 in a year written in Chinese numerals → 〇: 二零二五年 → 二〇二五年), matched on word boundaries (also inside a longer word the right form makes: 竟争力); 帐 for 账 is left alone in documents written before 2005.',
  },
  fixable: true,
  inputs: 'lines',
  context: (doc, ctx) => [...vocabulary(doc, ctx), wrappingOf(doc.source) !== null, ctx.derived(documentDate)],
  check(doc, ctx) {
    // In a hard-wrapped copy a line may start inside a word broken over the line before (`平` | `安祥和`):
    // there only what the segmenter itself finds whole is kept.
    const wrapped = wrappingOf(doc.source) !== null;
    const date = ctx.derived(documentDate) || today(ctx.config);
    for (const { line: l, hits } of lineHits(doc, MISWRITTEN_SLOT, miswrittenOn, ctx.lines) ?? []) {
      for (const { at, word, guessed, right: own } of hits) {
        if (guessed && wrapped && at === l.contentStart) continue;
        const since = SINCE_BY_TEXT.get(word);
        if (since && since > date) continue;
        const right = own ?? WRONG_BY_TEXT.get(word)!;
        const range = { start: { line: l.index, character: at }, end: { line: l.index, character: at + word.length } };
        ctx.report({
          range,
          message: ctx.msg(`“${word}”应为“${right}”。`, `"${word}" should be "${right}".`),
          fixes: [{ title: ctx.msg(`改为“${right}”`, `Change to "${right}"`), edits: [{ range, newText: right }], safe: false, preferred: true }],
        });
      }
    }
  },
};

/**
 * A year in Chinese numerals with 零 for its zero (`二零二五年`): a year is a number that names, not
 * one that counts, and its zero is written 〇 (GB/T 15835-2011). Four numerals, none before
 * them (`一千零五年` counts years).
 */
const YEAR_WITH_LING = /(?<![〇○零一二三四五六七八九十百千万两])[一二][〇○零一二三四五六七八九]{3}(?=年)/g;

function yearsWithLing(line: string, from: number, to: number): Hit[] {
  if (line.indexOf('零', from) < 0) return [];
  const hits: Hit[] = [];
  YEAR_WITH_LING.lastIndex = from;
  for (let m; (m = YEAR_WITH_LING.exec(line)) && m.index + 5 <= to; ) {
    if (m[0].indexOf('零') >= 0) hits.push({ at: m.index, length: 4, word: m[0], right: m[0].replace(/零/g, '〇') });
  }
  return hits;
}

/** Commonly miswritten words on word boundaries. */
function miswrittenOn(line: string, from: number, to: number): Hit[] {
  const years = yearsWithLing(line, from, to);
  const words = dictionaryHits(line, from, to, MISWRITTEN_PATTERN, (t, at, word) => {
    const after = FOLLOWED_BY.get(word);
    if (after) {
      after.lastIndex = at + word.length;
      if (!after.test(t)) return false;
    }
    if (inRightWords(t, at, word)) return false;
    if (isWholeWord(t, at, at + word.length)) return 'bounded';
    // The segmenter does not know the misspelling and joins its characters to the words around
    // it (`要周密布署` as `要周|密布|署`): it is one where the right word would be a word, unless
    // its characters end one word and start the next (`平安|祥和`, `宣布|署名`).
    if (twoWordsMeet(t, at, word.length)) return false;
    // `服务台|帐`: a word before takes the form's first character and leaves the rest lone characters,
    // as it does the right form (`服务台|账`): the form, which no word there claims.
    if (restLeftAlone(t, at, word.length)) return 'guessed';
    const right = WRONG_BY_TEXT.get(word)!;
    const mended = t.slice(0, at) + right + t.slice(at + word.length);
    if (isWholeWord(mended, at, at + right.length)) return 'guessed';
    // The right form inside a longer word (`竞争力`, `竞争性` for `竟争力`), where no word of the text
    // as written reaches into the form from outside it (`宣布|署名` is two words, no slip).
    return right.length === word.length && insideOneWord(mended, at, at + right.length) && !straddled(t, at, at + word.length) ? 'guessed' : false;
  });
  return years.length ? years.concat(words) : words;
}

/** Whether one word of two or more characters covers [from, to) and more. */
function insideOneWord(t: string, from: number, to: number): boolean {
  const s = sentenceAround(t, from, to);
  let start = s.start;
  for (const token of tokensOf(s.text)) {
    const end = start + token.length;
    if (start <= from && end >= to) return end - start > to - from;
    if (end > from) return false;
    start = end;
  }
  return false;
}

/**
 * Whether a dictionary word of two or more characters crosses either end of [from, to) (the
 * dictionary's words alone: the segmenter's guesses join an unknown misspelling to its neighbours,
 * `竟争力`).
 */
function straddled(t: string, from: number, to: number): boolean {
  return wordAcross(t, from, to, true, true) ?? true;
}

/**
 * Whether a dictionary word of two or more characters crosses the start (`left`) or the end
 * (`right`) of [from, to) in the sentence around it; undefined where the dictionary is not loaded.
 */
function wordAcross(t: string, from: number, to: number, left: boolean, right: boolean): boolean | undefined {
  const s = sentenceAround(t, from, to);
  const tokens = dictionaryWords(s.text);
  if (!tokens) return undefined;
  let start = s.start;
  for (const token of tokens) {
    const end = start + token.length;
    if (token.length >= 2 && ((left && start < from && end > from) || (right && start < to && end > to))) return true;
    if (start >= to) break;
    start = end;
  }
  return false;
}

/**
 * Whether [at, at + length) is the end of one word of two or more characters and the start of the
 * next, both words of the dictionary: jieba's guesses from unknown characters are not (`研究部|暑新`
 * for `研究部暑新一代`, where `暑新` is the misspelling's rest glued to the next character; `研究部|暑期`
 * is two words).
 */
function twoWordsMeet(t: string, at: number, length: number): boolean {
  const s = sentenceAround(t, at, at + length);
  const tokens = tokensOf(s.text);
  let start = s.start;
  for (let k = 0; k < tokens.length; k++) {
    const end = start + tokens[k].length;
    // The word holding the first character reaches back before it and ends inside the form…
    if (start < at && end > at && end < at + length) {
      // …and the next one, holding the last character, goes on after it.
      const next = tokens[k + 1] ?? '';
      return tokens[k].length >= 2 && next.length >= 2 && end + next.length > at + length && isDictionaryWord(tokens[k]) && isDictionaryWord(next);
    }
    start = end;
  }
  return false;
}

/** Whether the dictionary alone (no guessed words) keeps `word` whole. */
function isDictionaryWord(word: string): boolean {
  const tokens = dictionaryWords(word);
  return tokens !== null && tokens.length === 1;
}

/**
 * Whether the word holding the first character of [at, at + length) reaches back before it and
 * the rest of the form is single characters, the last ending where the form does (`服务台|帐`).
 */
function restLeftAlone(t: string, at: number, length: number): boolean {
  const s = sentenceAround(t, at, at + length);
  const tokens = tokensOf(s.text);
  let start = s.start;
  let k = 0;
  while (k < tokens.length && start + tokens[k].length <= at) start += tokens[k++].length;
  if (k === tokens.length || start >= at || start + tokens[k].length >= at + length) return false;
  start += tokens[k++].length;
  while (k < tokens.length && start < at + length) {
    if (tokens[k].length !== 1) return false;
    start += tokens[k++].length;
  }
  return start === at + length;
}

/** Whether the wrong form at `at` is inside one of its listed right contexts (`按排名`, `宣布署名`). */
function inRightWords(t: string, at: number, word: string): boolean {
  const contexts = EXCEPT_BY_TEXT.get(word);
  if (!contexts) return false;
  for (const c of contexts) {
    const k = c.indexOf(word);
    if (k >= 0 && t.startsWith(c, at - k) && !contextCut(t, at - k, at - k + c.length, k > 0, k + word.length < c.length)) return true;
  }
  return false;
}

/**
 * Whether a right context found at [from, to) is not one in the text: a dictionary word reaches
 * into it across an end it adds to the wrong form (`担|当|做为` is no `当做为` where the text reads
 * `担当|做|为`, nor `做为民` where it reads `做|为|民营`). Asked only where a context matched.
 */
function contextCut(t: string, from: number, to: number, left: boolean, right: boolean): boolean {
  return wordAcross(t, from, to, left, right) ?? false;
}

/* ---------------------------------------------------------------- GW404 */

/**
 * A line's traditional-only and simplified-only characters (script.ts), packed in one small
 * integer (traditional × 2^16 + simplified, each capped), cached by the line's text: the vote
 * below reads every line on every edit.
 */
const SCRIPT_COUNTS_SLOT = new LineSlot<number>('script counts');
const TRADITIONAL_SLOT = new LineSlot<Hit[]>('GW404');

function packedCounts(text: string, l: Line): number {
  const { traditional, simplified } = scriptCounts(text, l.contentStart, l.contentEnd);
  return Math.min(traditional, 0x7fff) * 0x10000 + Math.min(simplified, 0xffff);
}

/** Each analysed line's traditional and simplified characters (packedCounts), summed per version (tally.ts). */
const lineScripts = (l: Line): number => (isAnalysedText(l) ? lineCached(SCRIPT_COUNTS_SLOT, l, packedCounts) : 0);
const TRADITIONAL = new LineTally((l) => Math.floor(lineScripts(l) / 0x10000));
const SIMPLIFIED = new LineTally((l) => lineScripts(l) % 0x10000);

/**
 * Whether the document is written in simplified script: at least 8 simplified-only characters
 * and more than four times as many as traditional-only ones. A document in traditional script,
 * or half and half, is left alone.
 */
function writtenSimplified(doc: GongwenDocument): boolean {
  const simplifiedCount = SIMPLIFIED.of(doc.source);
  return simplifiedCount >= 8 && simplifiedCount > 4 * TRADITIONAL.of(doc.source);
}

const mixedScript: Rule = {
  id: 'GW404',
  name: 'mixed-script',
  family: 'words',
  defaultSeverity: 'warning',
  description: {
    zh: '简体行文中夹杂繁体字（多见于从港澳台网站或旧文件复制的内容，如“市數據局”“網信辦”），公文应使用规范汉字；引号内整句粘贴的繁体引文合为一处提示。只在全文以简体为主时提示；通篇繁体的文档和《通用规范汉字表》所收的字（如“乾坤”的“乾”）不受影响。',
    en: 'Traditional characters in a simplified text (often pasted, e.g. 市數據局, 網信辦); official documents use standard simplified characters; a quoted sentence pasted in traditional script is one finding. Only where the document is mostly simplified; a document in traditional script, and characters standard in simplified text (乾 in 乾坤), are fine.',
  },
  fixable: true,
  inputs: 'lines',
  context: (doc, ctx) => [ctx.derived(writtenSimplified)],
  check(doc, ctx) {
    if (!ctx.derived(writtenSimplified)) return;
    const all = doc.source.lines;
    for (let i = ctx.lines.from; i < ctx.lines.to; i++) {
      const l = all[i];
      if (!isAnalysedText(l) || lineCached(SCRIPT_COUNTS_SLOT, l, packedCounts) < 0x10000) continue;
      for (const { at, length, word } of lineCached(TRADITIONAL_SLOT, l, traditionalRuns)) {
        const range = { start: { line: l.index, character: at }, end: { line: l.index, character: at + length } };
        const right = simplified(word);
        ctx.report({
          range,
          message: ctx.msg(`“${word}”含繁体字，应为“${right}”。`, `"${word}" is in traditional script; write "${right}".`),
          fixes: [{ title: ctx.msg(`改为简体“${right}”`, `Change to "${right}"`), edits: [{ range, newText: right }], safe: false, preferred: true }],
        });
      }
    }
  },
};

/**
 * The traditional characters of a line, one hit per run of Chinese text: from its first
 * traditional-only character to its last, so `市數據局` gives `數據` and `網信辦` is one hit, and
 * a pasted sentence is one finding rather than one per character. Inside quotation marks the run
 * goes on over the punctuation to the sentence's end: a quote pasted from a Hong Kong or Taiwan
 * source (`“香港將繼續發揮『背靠祖國、聯通世界』的獨特優勢，與內地城市攜手合作”`) is one finding.
 */
function traditionalRuns(text: string, l: Line): Hit[] {
  const hits: Hit[] = [];
  let start = -1;
  let last = -1;
  /** How deep in quotation marks (“ or 「) the scan is. */
  let quoted = 0;
  const flush = () => {
    if (start >= 0) hits.push({ at: start, length: last + 1 - start, word: text.slice(start, last + 1) });
    start = last = -1;
  };
  for (let i = l.contentStart; i < l.contentEnd; i++) {
    const c = text.charCodeAt(i);
    if (isTraditionalOnly(c)) {
      if (start < 0) start = i;
      last = i;
    } else if (c === 0x201c || c === 0x300c) {
      if (quoted++ === 0) flush();
    } else if (c === 0x201d || c === 0x300d) {
      if (quoted > 0 && --quoted === 0) flush();
    } else if ((c < 0x3400 || c > 0x9fff) && (quoted === 0 || QUOTE_RUN_END.test(text.charAt(i)))) flush();
  }
  flush();
  return hits;
}

/** Where a run of traditional script inside quotation marks ends all the same: at a sentence's end. */
const QUOTE_RUN_END = /[。！？!?；;\n]/;

export const wordsRules: Rule[] = [repeated, outdated, miswritten, mixedScript];
