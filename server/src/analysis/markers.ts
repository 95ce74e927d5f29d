/**
 * Recognising a numbering marker at the start of a line's content, including the malformed
 * variants drafters type (`1、` `一.` `（一）、` `(一)` `①.`), and spelling markers canonically.
 *
 * The recogniser is deliberately conservative: `1.5亿元`, `2024年`, `一是`, `十九大`, `3、4月` and
 * the like are not markers.
 */
import { MarkerKind } from './model';
import {
  parseArabic,
  parseChinese,
  parseCircled,
  parseEnclosed,
  parseGlyph,
  toChinese,
  toCircled,
  toEnclosed,
  toGlyph,
} from './numerals';

export interface MarkerMatch {
  kind: MarkerKind;
  value: number;
  numeral: string;
  /** Marker text as written (brackets and trailing punctuation included). */
  text: string;
  punct: string;
  halfWidth: boolean;
  canonical: string;
  /**
   * The text after the marker starts with a digit (`11.121人才梯队项目`): a marker only when the
   * sequence around it expects this value (decided by the caller), else a decimal number.
   */
  weak?: boolean;
  /**
   * The marker stands alone on its line (`一、`, `（一）`, `（1）`), its title on the next line, as a
   * PDF's or a Word export's copy breaks them (matchAloneMarker): a heading only where that next
   * line is a title (decided by the caller, structure.ts aloneTitle).
   */
  alone?: boolean;
}

/** GB/T 9704 level of each marker family (regulation units sort above level 1). */
export const NOMINAL_LEVEL: Record<MarkerKind, number> = {
  division: -2.5,
  chapter: -2,
  section: -1,
  article: 0,
  cn: 1,
  parenCn: 2,
  arabic: 3,
  parenArabic: 4,
  circled: 5,
  enclosed: 2,
  decimal: 3,
  padded: -3,
  // Under a section's `一、` (`四、热点问答`), above the lists of its answer (structure.ts holds them under it).
  question: 1.5,
  // A plan's stage (`第一阶段：摸底排查（3月—4月）`) under its `二、实施步骤`, above the `（一）` of its tasks.
  phase: 1.5,
};

const CN = '[一二三四五六七八九十百]{1,4}';
const DIGITS = '[0-9０-９]{1,3}';
const PUNCT = '[、.．，,：:]';

/**
 * What follows `第八条` where a paragraph cites it instead of being it: `第八条规定的问责方式……`,
 * `第八条所列情形`, `第八条中的`, `第八条第二款`, `第二十条第（一）项` (a 年度报告's table caption),
 * `第八条至第十条`. Not `之` (`第二十条之一` is an article).
 */
const CITING = String.raw`(?:规定|所(?:列|称|述|指|规定|确定)|中(?:的|规定|所)|的|第(?:[一二三四五六七八九十百0-9０-９]+|[（(][一二三四五六七八九十百0-9０-９]+[）)])[款项]|(?:至|和|或者?|及|以及|与)第)`;
const RE_REGULATION = new RegExp(`^第(${CN}|[0-9０-９]{1,3})([章节条節條])(?!${CITING})(?=[\\s\\u3000]|[^\\s\\u3000，。、；：,.;:）)])`);
/** What goes on a sentence or cites the division when glued on a `第一部分` (`第一部分的`, `第二部分是`, `第一部分内容`). */
const DIVISION_GOES_ON =
  '的|之|中|里|内|所|是|为|已|将|要|应|需|须|可|能|会|在|和|与|及|以|对|由|把|被|也|都|还|又|即|则|就|共|分|有|无|没|不|未|从|至|到|' +
  '讲|说|谈|包括|涉及|提出|指出|规定|明确|介绍|阐述|主要(?:是|讲|有|包括|内容)|内容|、';
/** A short title glued on a 部分: no punctuation, sixteen characters at most, no 已 or 了 in it. */
const DIVISION_GLUED = String.raw`(?<=部分)(?=(?!${DIVISION_GOES_ON})(?![^已了]*[已了])[\u4e00-\u9fff“《][^，。；！？：:,;.\s\u3000]{0,15}$)`;
/**
 * `第一部分　总体要求`, `第二篇　经济发展`, `第三编`: a division of a long plan, a 工作要点 or a speech, above
 * its `一、` (and a 规划's chapters): a short title after a space or a colon, or nothing after it, or a
 * short title glued on a 部分 (`第一部分总体要求`: sixteen characters at most, no punctuation nor
 * 已 or 了, not starting with a word that goes on a sentence or cites the division: `第一部分的`,
 * `第一部分内容已完成`, `第二部分是`, `第二部分主要讲`; not a 篇 or 编, a measure word as often as
 * not: `第一篇文章`). Never `第二部分内容已经完成。` (a sentence) nor `第一部分的任务` (a phrase citing it).
 */
const RE_DIVISION = new RegExp(String.raw`^第([一二三四五六七八九十]{1,3})(部分|篇|编)(?:([：:、])[ \u3000]*|[ \t\u3000]+|$|${DIVISION_GLUED})(?=[^。；！？]{0,40}$)`);
/**
 * `第一阶段：摸底排查（2025年3月—4月）`, `第二阶段　集中整治`, `第三阶段（11月—12月）`: a stage of a plan,
 * numbering the tasks under it afresh (`（一）` again in each); a short line, never a sentence
 * (`第一阶段：全面摸底，建立台账。`), nor one going on (`第一阶段的工作`, `第一阶段为动员部署`). Its body
 * may follow on its line after its short title (and time) and a `。`, as an item's does
 * (`第一阶段：动员部署（2025年3月—4月）。召开动员大会，……`): a title of sixteen characters at most, no
 * punctuation, 已 or 了 in it.
 */
const RE_PHASE = /^第([一二三四五六七八九十]{1,2})阶段(?:([：:、])[ \u3000]*|[ \t\u3000]+|$|(?=[（(]))(?=[^。；！？]{0,40}$|[^，,、。；;！？!?：:（()）已了]{0,16}(?:[（(][^（()）。；，,]{1,24}[）)])?。(?!$))/;
/** `第四条：`, `第二条，`, `第一章、`: a regulation's unit with punctuation after it, as web copies and company rules write it. */
const RE_REGULATION_PUNCT = new RegExp(`^第(${CN}|[0-9０-９]{1,3})([章节条節條])([：:，,、.．])(?=[^\\s\\u3000])`);
// Stray punctuation marks after a space are the marker's too (`(一)　,总体要求`, `(一): ,总体要求`): read without it, the
// formatter would drop the space and leave `（一）,`, which a second run reads as `（一）,` and changes again.
const RE_PAREN_CN = new RegExp(`^([（(])(${CN})([）)])(?:[ \\u3000]*(${PUNCT}+(?:[ \\u3000]*${PUNCT}+)*))?`);
const RE_PAREN_ARABIC = new RegExp(`^([（(])(${DIGITS})([）)])(?:[ \\u3000]*(${PUNCT}+(?:[ \\u3000]*${PUNCT}+)*))?`);
// `一 、`: a space typed (or an OCR's gap) between the numeral and its 顿号; `一、、`: the 顿号 typed twice.
const RE_CN = new RegExp(`^(${CN})(、、(?!、)|${PUNCT}|[)）]|[ \\u3000]+、)`);
/**
 * `一` misread or retyped as a dash, as OCR and hurried retyping of a PDF leave it: `—、` `-、` `－、`
 * for `一、`, `（-）` `(—)` for `（一）`. Weak: a heading only where the next marker of its kind is
 * the `二、` (`（二）`) it goes before (structure.ts).
 */
const DASHES = '[—–\\-－―─‐‑]';
const RE_DASH_CN = new RegExp(`^(${DASHES})(、)`);
const RE_DASH_PAREN_CN = new RegExp(`^([（(])(${DASHES})([）)])`);
/** `l.` or `I.` (a letter) for `1.`, in an OCR'd copy. Weak: a heading only where a `2.` follows. */
const RE_LETTER_ONE = /^([lI])([.．、])(?=[\u4e00-\u9fff“《])/;
const RE_ARABIC = new RegExp(`^(${DIGITS})(${PUNCT}|[)）])`);
const RE_DECIMAL = /^([0-9]{1,2}(?:[.．][0-9]{1,2}){1,3})(?=[\s\u3000]|[\u4e00-\u9fff])/;
/**
 * A chapter of a document numbered decimally (an 应急预案's `1 总则`, `2 组织指挥体系`): a number, a
 * space, and a short title alone on its line. Weak: a heading only where a `1.1`-form number under
 * it follows, or between the chapters around it (structure.ts decimalChapter).
 */
const RE_DECIMAL_CHAPTER = /^([0-9]{1,2})[ \t\u3000]+([\u4e00-\u9fff“”（）()]{2,16})$/;
/** `17 研究确定……`: a `17.` that lost its dot (weak: a heading only where the `16.` before it is open, or an `18.` follows). */
const RE_ARABIC_SPACED = /^([0-9]{1,3})[ \u3000]+(?=[\u4e00-\u9fff“《])/;
/**
 * A web article's section number (a 公众号 copy): two digits alone on a line (`01`, its title on the
 * next), between slashes (`/ 01 /`), or before a title after a bar or a space (`01｜加强组织领导`,
 * `01 加强组织领导`; a `|` parts a table's cells). A leading zero up to `09`; `10` and over only between slashes or before a bar,
 * and weak (a section only after `09`, structure.ts). Alone or between slashes it is weak too: a
 * section only where its title follows on the next line (a bare `12` is a table's cell).
 */
const RE_PADDED_OWN = /^(?:(0[1-9])|[/／][ \u3000]*([0-9]{2})[ \u3000]*[/／])$/;
const RE_PADDED_BAR = /^([0-9]{2})[ \u3000]*[｜丨][ \u3000]*(?=[\u4e00-\u9fff“《])/;
const RE_PADDED_SPACED = /^(0[1-9])(?=[ \u3000]+[\u4e00-\u9fff“《])/;
/**
 * A 问答's question (政策解读, 答记者问, 常见问题解答): `问题一：……？`, `问题2 ……？`, `问3：……？`, or
 * unnumbered `问：……？` (its answer `答：……` below or after it). Only a line that asks (holds a `？`):
 * `问题一：理论学习不够深入` in a 整改报告 names a problem, and is a label (GW113).
 */
const RE_QUESTION = /^问(?:题([一二三四五六七八九十]{1,3}|[0-9０-９]{1,2})(?:[ \u3000]*[：:]|(?=[ \u3000]))|([一二三四五六七八九十]{1,3}|[0-9０-９]{1,2})?[ \u3000]*[：:])/;
const ASKS = /[？?]/;
const QUESTION_NUMERAL = /[一二三四五六七八九十]{1,3}|[0-9０-９]{1,2}/;

const RE_CIRCLED = /^([\u2460-\u2473\u3251-\u325f\u32b1-\u32bf])([、.．，,]?)/;
const RE_ENCLOSED = /^([\u3220-\u3229])([、.．，,]?)/;
/** A number set as one glyph (numerals.ts parseGlyph): `⑴` `⒈` `❶` `➀` `➊` `⓵`. */
const RE_GLYPH = /^([\u2474-\u249b\u24eb-\u24fe\u2776-\u2793])([、.．，,]?)/;

/** `1.5亿元`, `3.2万人`, `1.5小时内`, `5.5级以上地震`: a decimal number followed by a unit is a quantity, not a heading. */
const NUMERIC_UNIT = /^(?:[亿万千百十元角分倍个年月日号时点岁周次项名家份件台套条户人米吨斤亩公平立%％‰℃]|小时|毫米|厘米|毫升|公斤|千克|摄氏度|级(?:以上|以下|及以上|地震|大风|阵风))/;

/**
 * After `10.`, the rest of a measure with decimals (`5%`, `5个百分点`, `2倍`, `3万元`): `10.5%` is a
 * number, even where a `10.` is due (a line of a PDF copy that wraps before `10.5%`). A date
 * (`8月26日`) or a count (`10个工作日`) may start an item.
 */
const QUANTITY = /^[0-9０-９]+(?:[.．][0-9０-９]+)?(?:[%％‰倍亿万]|个百分点|元|吨|亩|公顷|公里|千米|平方米|米|分(?!钟))/;

/** A numeral and what it counts (`二级`, `二期`, `三类`): after `一、`, `一、二级` is `一级和二级`. */
const COUNTED = /^[一二三四五六七八九十两]{1,3}(?:级|期|类|批|等|档|星|号|层|线|产|季度|个|种|次|轮|孩)/;

/** What is left of a line that is a number alone, after its `3.`. */
const DIGITS_ONLY = /^[0-9０-９]+[\s\u3000]*$/;

/** A title that starts with a month or a year (`8月底前……`, `2025年起……`): after `3.` it cannot be a decimal's digits. */
const DATED_TITLE = /^(?:(?:1[0-2]|0?[1-9])月|(?:19|20)[0-9]{2}年)/;

/** Characters that, right after `1.` / `一、`, show the "marker" is really a number in running text. */
const NOT_A_TITLE_START = /^[、.．%％‰]/;

/**
 * A bullet a web copy or a 工作要点 leads a line with (`▲做强特色产业`, `◆ 精心起草……`, `※`), with the
 * spaces after it. No marker: the line is plain text; the ledger and the outline show titles without it.
 */
export const BULLETS = '[▲△◆◇■□●★☆√※▶►•◎✓✔➢➤]+[ \\t\\u3000]*';
const BULLET = new RegExp(`^${BULLETS}`);

/**
 * `title` as the outline and the ledger show it: without a leading bullet (BULLET), and without the
 * zero-width spaces, joiners and byte-order marks a copy leaves inside words (invisible in the
 * editor, they would follow the title into a spreadsheet); else `title` itself.
 */
export function withoutBullet(title: string): string {
  const shown = withoutZeroWidth(title);
  const c = shown.charCodeAt(0);
  // Every bullet lies above U+2000: most titles are told apart by their first code unit.
  if (!(c >= 0x2000 && c < 0x2800)) return shown;
  const m = BULLET.exec(shown);
  return m && m[0].length < shown.length ? shown.slice(m[0].length) : shown;
}

const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;

/** `s` without the zero-width spaces, joiners and byte-order marks a copy leaves inside words (`s` itself when it has none). */
export function withoutZeroWidth(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff) return s.replace(ZERO_WIDTH, '');
  }
  return s;
}

/** A figure in a statistics table's cell: `37`, `-0.6`, `12.3%`, `7.14‰`, `1,263`, or a dash for none. */
const FIGURE = /^(?:[-−+]?[0-9０-９][0-9０-９,，.．]*[%％‰]?|[—–\-/／])$/;

/** Whether a figure's last character may be `c` (a digit, a percent or permille sign, a dash). */
function endsFigure(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19) || c === 0x25 || c === 0xff05 || c === 0x2030 || c === 0x2014 || c === 0x2013 || c === 0x2d || c === 0x2f || c === 0xff0f;
}

/**
 * A statistics table's row, its cells parted by tabs or spaces: a label, then at least two figures
 * (`一、本年新收政府信息公开申请数量	33	2	0	37`, `（三）不予公开	1.属于国家秘密	0	0`, as a 政府信息公开
 * 年度报告's tables are copied). Its numbered label is the table's, not a heading of the document.
 * Reads the line's last tokens from its end (a long line of prose is left at its first non-figure).
 */
export function isFigureRow(content: string): boolean {
  // Most lines end in a character no figure ends in: read no further.
  if (!endsAsFigure(content)) return false;
  let end = content.length;
  while (end > 0 && isSpace(content.charCodeAt(end - 1))) end--;
  let figures = 0;
  let digits = false;
  while (end > 0) {
    let start = end;
    while (start > 0 && !isSpace(content.charCodeAt(start - 1))) start--;
    const token = content.slice(start, end);
    if (!FIGURE.test(token)) return figures >= 2 && digits;
    figures++;
    if (!digits && /[0-9０-９]/.test(token)) digits = true;
    end = start;
    while (end > 0 && isSpace(content.charCodeAt(end - 1))) end--;
  }
  // Figures alone, without a label.
  return false;
}

/** Whether `content` ends, spaces after it aside, in a character a figure may end in (a cheap test before isFigureRow or isFigure). */
export function endsAsFigure(content: string): boolean {
  let end = content.length;
  while (end > 0 && isSpace(content.charCodeAt(end - 1))) end--;
  return end > 0 && endsFigure(content.charCodeAt(end - 1));
}

/** Whether `token` is one figure (`37`, `-0.6`, `12.3%`) or a dash for none. */
export function isFigure(token: string): boolean {
  return FIGURE.test(token);
}

/** A tab, a space or an ideographic space: what parts a table's cells in a pasted copy. */
function isSpace(c: number): boolean {
  return c === 9 || c === 32 || c === 0x3000;
}

export function matchMarker(content: string): MarkerMatch | null {
  let m: RegExpExecArray | null;

  if (isFigureRow(content)) return null;

  if ((m = RE_REGULATION.exec(content) ?? RE_REGULATION_PUNCT.exec(content))) {
    const value = /[0-9０-９]/.test(m[1]) ? parseArabic(m[1]) : parseChinese(m[1]);
    if (!Number.isFinite(value)) return null;
    // 節 and 條: documents in traditional script; their markers keep it (renumbered).
    const kind: MarkerKind = m[2] === '章' ? 'chapter' : m[2] === '节' || m[2] === '節' ? 'section' : 'article';
    // `第四条：员工请假……`: punctuation where the text goes on after a space (GW102).
    const punct = m[3] ?? '';
    return { kind, value, numeral: m[1], text: m[0], punct, halfWidth: false, canonical: `第${toChinese(value)}${m[2]}${punct ? '\u3000' : ''}` };
  }
  if (content.charCodeAt(0) === 0x7b2c /* 第 */ && (m = RE_DIVISION.exec(content))) {
    const value = parseChinese(m[1]);
    if (!Number.isFinite(value) || value === 0) return null;
    // Written as the drafter writes it (`第一部分：总体要求`, `第一部分　`): its canonical spelling is its own words.
    const text = m[0].replace(/[ \t\u3000]+$/, '');
    return { kind: 'division', value, numeral: m[1], text, punct: m[3] ?? '', halfWidth: false, canonical: text };
  }
  if (content.charCodeAt(0) === 0x7b2c /* 第 */ && (m = RE_PHASE.exec(content))) {
    const value = parseChinese(m[1]);
    if (!Number.isFinite(value) || value === 0) return null;
    // As the drafter writes it (`第一阶段：`, `第一阶段`): renumbering changes its numeral only.
    const text = m[0].replace(/[ \t\u3000]+$/, '');
    return { kind: 'phase', value, numeral: m[1], text, punct: m[2] ?? '', halfWidth: false, canonical: text };
  }
  if (content.charCodeAt(0) === 0x95ee /* 问 */ && (m = RE_QUESTION.exec(content))) {
    const rest = content.slice(m[0].length);
    if (!ASKS.test(rest) || !plausibleTitle(rest)) return null;
    const numeral = m[1] ?? m[2] ?? '';
    const value = numeral === '' ? 0 : /[0-9０-９]/.test(numeral) ? parseArabic(numeral) : parseChinese(numeral);
    if (!Number.isFinite(value)) return null;
    const colon = m[0].charAt(m[0].length - 1);
    // Written as the drafter writes it: no form of a question is a malformed one (GW102).
    return { kind: 'question', value, numeral, text: m[0], punct: colon === '：' || colon === ':' ? colon : '', halfWidth: false, canonical: m[0] };
  }
  if ((m = RE_PAREN_CN.exec(content))) {
    const value = parseChinese(m[2]);
    if (!Number.isFinite(value)) return null;
    return bracketed('parenCn', m, value, `（${toChinese(value)}）`, content);
  }
  if ((m = RE_PAREN_ARABIC.exec(content))) {
    const value = parseArabic(m[2]);
    if (!Number.isFinite(value) || value === 0) return null;
    return bracketed('parenArabic', m, value, `（${value}）`, content);
  }
  if ((m = RE_PADDED_OWN.exec(content) ?? RE_PADDED_BAR.exec(content) ?? RE_PADDED_SPACED.exec(content))) {
    const numeral = m[1] ?? m[2];
    const value = Number(numeral);
    const spaced = m[0].length < content.length && !/[｜丨]/.test(m[0]);
    if (value === 0 || value > 30 || (spaced && NUMERIC_UNIT.test(content.slice(m[0].length).trimStart()))) return null;
    const weak = numeral.charAt(0) !== '0' || m[0].length === content.length;
    return { kind: 'padded', value, numeral, text: m[0], punct: '', halfWidth: false, canonical: m[0], weak };
  }
  if ((m = RE_DECIMAL.exec(content)) && !(m[1].split(/[.．]/).length === 2 && NUMERIC_UNIT.test(content.slice(m[0].length)))) {
    const parts = m[1].split(/[.．]/).map(Number);
    return {
      kind: 'decimal',
      value: parts[parts.length - 1],
      numeral: m[1],
      text: m[1],
      punct: '',
      halfWidth: false,
      canonical: m[1],
    };
  }
  if ((m = RE_DECIMAL_CHAPTER.exec(content))) {
    const value = Number(m[1]);
    if (value === 0) return null;
    return { kind: 'decimal', value, numeral: m[1], text: m[1], punct: '', halfWidth: false, canonical: m[1], weak: true };
  }
  if ((m = RE_ARABIC_SPACED.exec(content)) && !NUMERIC_UNIT.test(content.slice(m[0].length))) {
    const value = Number(m[1]);
    if (value === 0 || value > 300) return null;
    return missingDot(value, m[0]);
  }
  if ((m = RE_CN.exec(content))) {
    const value = parseChinese(m[1]);
    const rest = content.slice(m[0].length);
    if (!Number.isFinite(value) || !plausibleTitle(rest)) return null;
    // `一、二、三级` / `一，二` lists of numerals, and `一、二级医院`, `一、二期工程`, are running text, not a heading.
    if (/^[一二三四五六七八九十]{1,3}[、，,]/.test(rest) || COUNTED.test(rest)) return null;
    const punct = m[2].length > 1 ? '、' : m[2];
    return { kind: 'cn', value, numeral: m[1], text: m[0], punct, halfWidth: false, canonical: `${toChinese(value)}、` };
  }
  if ((m = RE_DASH_CN.exec(content) ?? RE_DASH_PAREN_CN.exec(content))) {
    const paren = m.length > 3;
    const rest = content.slice(m[0].length);
    if (!plausibleTitle(rest) || /^[\s\u3000]/.test(rest)) return null;
    return paren
      ? { kind: 'parenCn', value: 1, numeral: m[2], text: m[0], punct: '', halfWidth: m[1] === '(' || m[3] === ')', canonical: '（一）', weak: true }
      : { kind: 'cn', value: 1, numeral: m[1], text: m[0], punct: m[2], halfWidth: false, canonical: '一、', weak: true };
  }
  if ((m = RE_LETTER_ONE.exec(content))) {
    return { kind: 'arabic', value: 1, numeral: m[1], text: m[0], punct: m[2], halfWidth: false, canonical: '1.', weak: true };
  }
  if ((m = RE_ARABIC.exec(content))) {
    const value = parseArabic(m[1]);
    const rest = content.slice(m[0].length);
    if (!Number.isFinite(value) || value === 0 || value > 300 || !plausibleTitle(rest)) return null;
    const match: MarkerMatch = { kind: 'arabic', value, numeral: m[1], text: m[0], punct: m[2], halfWidth: false, canonical: `${value}.` };
    // `1.5亿元`, `3、4月份`, `1,000` are numbers in running text — unless the sequence says otherwise
    // (`1、3月上旬，召开动员会` then `2、组织自查`).
    // A line that is a number alone (`3.1` over a term and its definition, as a standard writes
    // its 术语和定义) is none either.
    // A dot before a month or a year (`3.8月底前完成……`, `2.2025年起……`) is no decimal: a marker, whatever the sequence.
    if (/^[0-9０-９]/.test(rest)) {
      if ((m[2] === '.' || m[2] === '．') && DATED_TITLE.test(rest)) return match;
      return (m[2] === '.' || m[2] === '．' || m[2] === '、') && !QUANTITY.test(rest) && !DIGITS_ONLY.test(rest) ? { ...match, weak: true } : null;
    }
    return match;
  }
  if ((m = RE_CIRCLED.exec(content))) {
    const value = parseCircled(m[1]);
    if (!plausibleTitle(content.slice(m[0].length))) return null;
    return { kind: 'circled', value, numeral: m[1], text: m[0], punct: m[2], halfWidth: false, canonical: toCircled(value) };
  }
  if ((m = RE_ENCLOSED.exec(content))) {
    const value = parseEnclosed(m[1]);
    if (!plausibleTitle(content.slice(m[0].length))) return null;
    return { kind: 'enclosed', value, numeral: m[1], text: m[0], punct: m[2], halfWidth: false, canonical: toEnclosed(value) };
  }
  if ((m = RE_GLYPH.exec(content))) {
    const glyph = parseGlyph(m[1]);
    if (!glyph || !plausibleTitle(content.slice(m[0].length))) return null;
    // `⑴` is a `（1）`, `⒈` a `1.`, `❶` a `①`, each written as its own glyph: a list style Word and
    // WPS offer, kept as written (only punctuation after it is wrong, as after `①`).
    return { kind: glyph.kind, value: glyph.value, numeral: m[1], text: m[0], punct: m[2], halfWidth: false, canonical: m[1] };
  }
  return null;
}

/**
 * A marker alone on its line, nothing after it but spaces: `一、`, `（一）`, `(一)`, `（1）`, as a copy
 * of a PDF or a Word export leaves a heading's number on a line above its title:
 *
 *     一、
 *     总体要求
 *
 * (matchMarker reads none there: no title follows on the line). Marked `alone`; structure.ts takes
 * it as a heading only where its title follows on the next text line. Not a bare numeral (`一`,
 * `3`: a table's cell, one a line), nor a `3.` or `3、`: a figure in a table's cell (isFigure), one
 * a line, reads the same, and a line of figures below a label makes that label a table's row.
 */
export function matchAloneMarker(content: string): MarkerMatch | null {
  // Cheap guard: an alone marker is short, and most lines are not.
  if (content.length > 12) return null;
  const m = RE_ALONE.exec(content);
  if (!m) return null;
  if (m[1] !== undefined) {
    const value = parseChinese(m[1]);
    if (!Number.isFinite(value)) return null;
    return { kind: 'cn', value, numeral: m[1], text: m[1] + m[2], punct: m[2].length > 1 ? '、' : m[2], halfWidth: false, canonical: `${toChinese(value)}、`, alone: true };
  }
  const numeral = m[4];
  const cn = /^[一二三四五六七八九十百]/.test(numeral);
  const value = cn ? parseChinese(numeral) : parseArabic(numeral);
  if (!Number.isFinite(value) || value === 0) return null;
  const text = m[3] + numeral + m[5] + (m[6] ?? '');
  return {
    kind: cn ? 'parenCn' : 'parenArabic',
    value,
    numeral,
    text,
    punct: m[6] ?? '',
    halfWidth: m[3] === '(' || m[5] === ')',
    canonical: cn ? `（${toChinese(value)}）` : `（${value}）`,
    alone: true,
  };
}

/**
 * What matchAloneMarker reads: `一、` (`一 、`, `一.`), `（一）` `(一)` `（1）` (a `、` or `.` after the
 * bracket too, GW102); spaces after it, nothing else.
 */
const RE_ALONE = new RegExp(`^(?:(${CN})([、.．]|[ \u3000]+、)|([（(])(${CN}|${DIGITS})([）)])([、.．])?)[\\s\\u3000]*$`);

/** A `1.` written without its dot (`17 研究确定……`, or a decimal chapter `3 加强领导` that is none). */
export function missingDot(value: number, text: string): MarkerMatch {
  return { kind: 'arabic', value, numeral: String(value), text, punct: '', halfWidth: false, canonical: `${value}.`, weak: true };
}

function bracketed(kind: MarkerKind, m: RegExpExecArray, value: number, canonical: string, content: string): MarkerMatch | null {
  const rest = content.slice(m[0].length);
  if (!plausibleTitle(rest)) return null;
  return {
    kind,
    value,
    numeral: m[2],
    text: m[0],
    punct: m[4] ?? '',
    halfWidth: m[1] === '(' || m[3] === ')',
    canonical,
  };
}

/** What follows a marker must look like the start of a heading or paragraph, not more digits. */
function plausibleTitle(rest: string): boolean {
  const t = rest.replace(/^[\s\u3000]+/, '');
  if (t.length === 0) return false;
  return !NOT_A_TITLE_START.test(t);
}

/**
 * `m` numbered `value` instead, in its kind's canonical spelling, in the script it is written in:
 * `第三條` becomes `第四條`, not `第四条`.
 */
export function renumbered(m: Pick<MarkerMatch, 'kind' | 'text'>, value: number, fullDot = false): string {
  // `/ 03 /` renumbered keeps its slashes, `03｜` its bar: only the two digits change.
  if (m.kind === 'padded') return m.text.replace(/[0-9]{2}/, markerFor('padded', value));
  // `第四部分　` renumbered keeps its noun and what follows it: only the numeral changes.
  if (m.kind === 'division' || m.kind === 'phase') return m.text.replace(/^第[一二三四五六七八九十]{1,3}/, `第${toChinese(value)}`);
  // `问题四：` renumbered keeps its noun, its colon and its numeral's script: `问题三：`, `问3：`.
  if (m.kind === 'question') return m.text.replace(QUESTION_NUMERAL, (n) => (/[0-9０-９]/.test(n) ? String(value) : toChinese(value)));
  // `⑶` renumbered is `⑵`, in its own glyphs while they reach.
  const glyph = m.kind === 'parenArabic' || m.kind === 'arabic' || m.kind === 'circled' ? parseGlyph(m.text) : null;
  if (glyph) {
    const want = toGlyph(glyph.family, value);
    if (want) return want;
  }
  const want = inWidthOf(m, markerFor(m.kind, value), fullDot);
  const written = m.text.charAt(m.text.length - 1);
  // `第四条：` renumbered keeps the text apart from it, by the space GW102 puts there.
  if ((m.kind === 'article' || m.kind === 'chapter' || m.kind === 'section') && /[：:，,、.．]$/.test(m.text)) return renumbered({ kind: m.kind, text: m.text.slice(0, -1) }, value) + '\u3000';
  return (m.kind === 'section' && written === '節') || (m.kind === 'article' && written === '條') ? want.slice(0, -1) + written : want;
}

/**
 * `want` written in the widths `m` is written in: a `1．` or `（１）` renumbered stays full-width
 * (a tolerated house style, isToleratedVariant). A `1.` written otherwise (`3、`) takes the
 * document's dot: `fullDot` where its `1.`s are written `1．` (houseFullDot).
 */
export function inWidthOf(m: Pick<MarkerMatch, 'kind' | 'text'>, want: string, fullDot = false): string {
  if (m.kind !== 'arabic' && m.kind !== 'parenArabic') return want;
  const digits = FULL_WIDTH_DIGIT.test(m.text);
  const dot = m.kind === 'arabic' && (m.text.endsWith('．') || ((fullDot || digits) && !m.text.endsWith('.')));
  if (!dot && !digits) return want;
  let out = '';
  for (const c of want) {
    if (c === '.') out += dot ? '．' : c;
    else if (digits && c >= '0' && c <= '9') out += String.fromCharCode(c.charCodeAt(0) + 0xfee0);
    else out += c;
  }
  return out;
}

/**
 * Whether a document writes its `1.`s with a full-width dot (`1．`) as its house style: more of
 * them than with a half-width one.
 */
export function houseFullDot(markers: Iterable<{ kind: MarkerKind; punct: string }>): boolean {
  let full = 0;
  let half = 0;
  for (const m of markers) {
    if (m.kind !== 'arabic') continue;
    if (m.punct === '．') full++;
    else if (m.punct === '.') half++;
  }
  return full > half;
}

const FULL_WIDTH_DIGIT = /[０-９]/;

/**
 * The spaces after a marker that its fix drops with its wrong punctuation (`(一) 树立` →
 * `（一）树立`): where the standard form is followed directly by the text (GB/T 9704: `一、`,
 * `（一）`, `（1）`, so the space came with the ASCII habit), unless the document writes that very
 * form with a space after it (at least half the time: its own style, `spaced`). Never after `1.`,
 * which Markdown writes `1. 树立`. 0 for none.
 */
export function droppedGap(h: { marker: { kind: MarkerKind; canonical: string }; markerGap: number }, spaced: ReadonlySet<MarkerKind>): number {
  if (h.markerGap === 0 || !/[）、]$/.test(h.marker.canonical) || spaced.has(h.marker.kind)) return 0;
  return h.markerGap;
}

/** The kinds of marker a document writes in their standard form followed by a space at least half the time (droppedGap). */
export function spacedKinds(headings: Iterable<{ marker: { kind: MarkerKind; text: string; canonical: string }; markerGap: number }>): Set<MarkerKind> {
  const counts = new Map<MarkerKind, number>();
  for (const h of headings) {
    if (h.marker.text !== h.marker.canonical) continue;
    counts.set(h.marker.kind, (counts.get(h.marker.kind) ?? 0) + (h.markerGap > 0 ? 1 : -1));
  }
  const out = new Set<MarkerKind>();
  for (const [kind, n] of counts) if (n >= 0) out.add(kind);
  return out;
}

/** The canonical marker of `kind` with `value` (used by renumbering and completion). */
export function markerFor(kind: MarkerKind, value: number): string {
  switch (kind) {
    case 'cn':
      return `${toChinese(value)}、`;
    case 'parenCn':
      return `（${toChinese(value)}）`;
    case 'arabic':
      return `${value}.`;
    case 'parenArabic':
      return `（${value}）`;
    case 'circled':
      return toCircled(value);
    case 'enclosed':
      return toEnclosed(value);
    case 'division':
      return `第${toChinese(value)}部分`;
    case 'chapter':
      return `第${toChinese(value)}章`;
    case 'section':
      return `第${toChinese(value)}节`;
    case 'article':
      return `第${toChinese(value)}条`;
    case 'decimal':
      return `${value}.`;
    case 'padded':
      return String(value).padStart(2, '0');
    case 'question':
      return `问题${toChinese(value)}：`;
    case 'phase':
      return `第${toChinese(value)}阶段`;
  }
}

/**
 * A marker that differs from its canonical form only in width: a full-width dot (`1．`) or
 * full-width digits (`１．`, `（１）`), as Word's full-width input writes them. A common, tolerated
 * variant (flagged only beside half-width markers: GW102).
 */
export function isToleratedVariant(m: { text: string; canonical: string }): boolean {
  return m.text !== m.canonical && halfWidthDigits(m.text) === m.canonical;
}

/** Half-width digits, and a half-width dot, for full-width ones. */
function halfWidthDigits(text: string): string {
  return text.replace(FULL_WIDTH_ARABIC_ALL, (c) => (c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

const FULL_WIDTH_ARABIC_ALL = /[０-９．]/g;
