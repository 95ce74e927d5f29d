/**
 * Word-level rules (GW4xx): repeated words, outdated institution names, commonly miswritten
 * words. Each finds candidates cheaply (one scan or one combined pattern) and asks the segmenter
 * only about the sentence around a candidate, to confirm it is a whole word.
 */
import { MAX_LINE_CHARS } from '../limits';
import reformsData from '../data/reforms.json';
import miswrittenData from '../data/miswritten.json';
import { GongwenDocument } from '../model';
import { Line } from '../source';
import { Rule } from '../rule';
import { addUserWords, boundaries, segment } from '../segmenter';
import { onWordBoundaries, sentenceAround } from '../words/sentences';

interface Reform {
  names: string[];
  successors: string[];
  date: string;
  source: string;
}

const REFORMS: Reform[] = reformsData.reforms;
const MISWRITTEN: Array<{ wrong: string; right: string }> = miswrittenData.pairs;

/** One alternation of literal words, longest first, so the longest name wins at a position. */
function literalPattern(words: string[]): RegExp {
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length);
  return new RegExp(sorted.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
}

const REFORM_BY_NAME = new Map<string, Reform>();
for (const r of REFORMS) for (const n of r.names) REFORM_BY_NAME.set(n, r);
// Every current and former name, so `中国银保监会` is matched whole rather than as `保监会`.
const INSTITUTIONS = [...REFORM_BY_NAME.keys(), ...REFORMS.flatMap((r) => r.successors)];
const INSTITUTION_PATTERN = literalPattern(INSTITUTIONS);
const WRONG_BY_TEXT = new Map(MISWRITTEN.map((p) => [p.wrong, p.right]));
const MISWRITTEN_PATTERN = literalPattern(MISWRITTEN.map((p) => p.wrong));

/** The document's units and the registry are words the segmenter must keep whole. */
function teachSegmenter(doc: GongwenDocument, registry: string[]): void {
  addUserWords([...registry, ...doc.annotations.flatMap((a) => a.units.map((u) => u.name))]);
}

function textLines(doc: GongwenDocument): Line[] {
  return doc.source.lines.filter((l) => l.kind === 'text' && l.contentEnd - l.contentStart <= MAX_LINE_CHARS);
}

/** Confirm with the segmenter that [from, to) of a line is a whole word (or run of words). */
function isWholeWord(line: string, from: number, to: number): boolean | null {
  const s = sentenceAround(line, from, to);
  const tokens = segment(s.text);
  if (!tokens) return null;
  return onWordBoundaries(boundaries(tokens), s, from, to);
}

function insideBookTitle(line: string, at: number): boolean {
  const open = line.lastIndexOf('《', at);
  return open >= 0 && line.lastIndexOf('》', at) < open;
}

/* ---------------------------------------------------------------- GW401 */

/** Single characters that are never doubled on purpose (的的, 了了 …). */
const NEVER_DOUBLED = new Set('的了是在和与及对把被将并也就都而或为以于之其等从向按由该此'.split(''));
const CJK = /^[\u4e00-\u9fff]+$/;

const repeated: Rule = {
  id: 'GW401',
  name: 'repeated-word',
  family: 'words',
  defaultSeverity: 'warning',
  description: {
    zh: '同一个词接连写了两遍（“新余市新余市”“的的”“进一步进一步”）；叠词（“常常”“看看”“研究研究”）和“一个……一个……”式的强调不受影响。',
    en: 'A word written twice in a row; reduplication (常常, 看看, 研究研究) and emphatic 一个X一个X are fine.',
  },
  fixable: true,
  check(doc, ctx) {
    teachSegmenter(doc, ctx.config.units);
    for (const l of textLines(doc)) {
      const t = l.text;
      for (let i = l.contentStart; i < l.contentEnd - 1; i++) {
        const code = t.charCodeAt(i);
        if (code < 0x4e00 || code > 0x9fff) continue; // repeats start with a Chinese character
        for (let len = 1; len <= 6 && i + 2 * len <= l.contentEnd; len++) {
          if (t.charCodeAt(i) !== t.charCodeAt(i + len)) continue;
          const unit = t.slice(i, i + len);
          if (unit !== t.slice(i + len, i + 2 * len) || !CJK.test(unit)) continue;
          if (len === 1 && !NEVER_DOUBLED.has(unit)) continue; // 常常, 人人, 天天
          if (/^[一二三四五六七八九十两几每]/.test(unit)) continue; // 一个时间节点一个时间节点
          if (t[i - 1] === unit[unit.length - 1] && len === 1) continue; // 的的的: reported once at its start
          const s = sentenceAround(t, i, i + 2 * len);
          const tokens = segment(s.text);
          if (!tokens) return;
          const b = boundaries(tokens);
          if (![i, i + len, i + 2 * len].every((x) => b.has(x - s.start))) continue;
          // A two-character verb or adjective doubled (研究研究, 讨论讨论) is reduplication.
          if (len === 2 && tokens.includes(unit) && /^(研究|讨论|学习|考虑|商量|休息|活动|打听|收拾|琢磨|了解|交流|沟通|锻炼|整理|清理|检查|比较)$/.test(unit)) continue;
          const range = { start: { line: l.index, character: i + len }, end: { line: l.index, character: i + 2 * len } };
          ctx.report({
            range: { start: { line: l.index, character: i }, end: range.end },
            message: ctx.msg(`“${unit}”重复，疑为多写。`, `"${unit}" is written twice.`),
            fixes: [{ title: ctx.msg(`删去重复的“${unit}”`, `Remove the repeated "${unit}"`), edits: [{ range, newText: '' }], safe: false, preferred: true }],
          });
          i += 2 * len - 1;
          break;
        }
      }
    }
  },
};

/* ---------------------------------------------------------------- GW402 */

function documentDate(doc: GongwenDocument, today?: string): string {
  const d = doc.frame.date;
  if (d) return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
  return today ?? new Date().toISOString().slice(0, 10);
}

const outdated: Rule = {
  id: 'GW402',
  name: 'outdated-institution',
  family: 'words',
  defaultSeverity: 'warning',
  description: {
    zh: '机构改革后已更名或撤销的机构名称（如“国家工商行政管理总局”“环境保护部”“中国银保监会”）。以文档自身的成文日期（没有时以今天）判断；《》内的文件名和“原……”等历史表述不受影响。',
    en: 'An institution renamed or abolished by a reform before the document’s own date (or today); titles in 《》 and “原…” references are fine.',
  },
  fixable: true,
  check(doc, ctx) {
    const date = documentDate(doc, ctx.config.today);
    // Institution names are not taught to the segmenter: a heavy user word would split
    // `文化部门` as `文化部|门`. The default dictionary keeps the boundaries honest.
    teachSegmenter(doc, ctx.config.units);
    for (const l of textLines(doc)) {
      const t = l.text.slice(0, l.contentEnd);
      INSTITUTION_PATTERN.lastIndex = l.contentStart;
      let m: RegExpExecArray | null;
      while ((m = INSTITUTION_PATTERN.exec(t)) !== null) {
        const reform = REFORM_BY_NAME.get(m[0]);
        if (!reform || reform.date > date) continue;
        const at = m.index;
        if (insideBookTitle(t, at) || /[原前]$/.test(t.slice(0, at))) continue;
        if (!isWholeWord(t, at, at + m[0].length)) continue;
        const range = { start: { line: l.index, character: at }, end: { line: l.index, character: at + m[0].length } };
        const successors = reform.successors.join('、');
        ctx.report({
          range,
          message: ctx.msg(
            `“${m[0]}”已于${reform.date.slice(0, 4)}年机构改革中调整，现为“${successors}”。`,
            `"${m[0]}" was reorganised in ${reform.date.slice(0, 4)}; now "${successors}".`,
          ),
          fixes:
            reform.successors.length === 1
              ? [{ title: ctx.msg(`改为“${successors}”`, `Change to "${successors}"`), edits: [{ range, newText: successors }], safe: false, preferred: true }]
              : [],
        });
      }
    }
  },
};

/* ---------------------------------------------------------------- GW403 */

const miswritten: Rule = {
  id: 'GW403',
  name: 'miswritten-word',
  family: 'words',
  defaultSeverity: 'warning',
  description: {
    zh: '公文中常见的错别字词（“布署”→“部署”、“按排”→“安排”、“一愁莫展”→“一筹莫展”等），按词的边界匹配，不误报更长词语中的字串。',
    en: 'Commonly miswritten words (布署→部署, 按排→安排 …), matched on word boundaries.',
  },
  fixable: true,
  check(doc, ctx) {
    for (const l of textLines(doc)) {
      const t = l.text.slice(0, l.contentEnd);
      MISWRITTEN_PATTERN.lastIndex = l.contentStart;
      let m: RegExpExecArray | null;
      while ((m = MISWRITTEN_PATTERN.exec(t)) !== null) {
        const right = WRONG_BY_TEXT.get(m[0])!;
        if (!isWholeWord(t, m.index, m.index + m[0].length)) continue;
        const range = { start: { line: l.index, character: m.index }, end: { line: l.index, character: m.index + m[0].length } };
        ctx.report({
          range,
          message: ctx.msg(`“${m[0]}”应为“${right}”。`, `"${m[0]}" should be "${right}".`),
          fixes: [{ title: ctx.msg(`改为“${right}”`, `Change to "${right}"`), edits: [{ range, newText: right }], safe: false, preferred: true }],
        });
      }
    }
  },
};

export const wordsRules: Rule[] = [repeated, outdated, miswritten];
