/**
 * Frame rules (GW3xx): the form of 发文字号, 成文日期, 附件说明 and of the dates in tasks'
 * deadlines (GB/T 9704-2012).
 */
import { deadlineBracketOn, deadlineLabelOn, FIGURES_DATE, MONTH_DAY, validDates } from '../annotations';
import { Config } from '../config';
import { RE_DOC_NUMBER, docNumberPart, parseDate } from '../frame';
import { buildLedger } from '../ledger';
import { FrameField, GongwenDocument } from '../model';
import { headingAt } from '../structure';
import { timeAtStart } from '../tasks';
import { MAX_ANALYSED_CHARS, MAX_LINE_CHARS } from '../limits';
import { lineCached, LineSlot } from '../memo';
import { Rule } from '../rule';
import { impossibleDatesOn, ImpossibleDate } from '../dates';
import { isLeap } from '../calendar';
import { isAnalysedText, Line } from '../source';
import { LineTally } from '../tally';
import { readable } from '../script';
import { Position, Range } from '../types';

/** `2,000,000`. Not `toLocaleString`: at module load it would initialise ICU (~20 ms of server start). */
function groupDigits(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function fieldsOf(doc: GongwenDocument, kind: FrameField['kind']): FrameField[] {
  return doc.frame.fields.filter((f) => f.kind === kind);
}

const docNumber: Rule = {
  id: 'GW301',
  name: 'doc-number-format',
  family: 'frame',
  defaultSeverity: 'warning',
  description: {
    zh: '发文字号格式：年份用六角括号“〔〕”（不用“[]”“【】”“（）”），序号不编虚位（不加“0”），不加“第”字。',
    en: 'Document number: the year in 〔〕 (not [] 【】 （）), no leading zeros, no 第.',
  },
  fixable: true,
  check(doc, ctx) {
    for (const f of fieldsOf(doc, 'docNumber')) {
      const line = doc.source.lines[f.line];
      const raw = docNumberPart(line.text.slice(line.contentStart, line.contentEnd));
      const m = RE_DOC_NUMBER.exec(raw);
      if (!m) continue; // spaced-out or unusual forms are left alone
      const [, org, open, year, close, di, num] = m;
      const problems: string[] = [];
      if (open !== '〔' || close !== '〕') problems.push(ctx.msg('年份应使用六角括号“〔〕”', 'use 〔〕 around the year'));
      if (/^[0０]/.test(num)) problems.push(ctx.msg('序号不编虚位', 'no leading zeros'));
      if (di) problems.push(ctx.msg('序号前不加“第”字', 'no 第 before the number'));
      if (/[０-９]/.test(year + num)) problems.push(ctx.msg('使用半角阿拉伯数字', 'use ASCII digits'));
      if (year.length !== 4) problems.push(ctx.msg('年份应标全称（四位）', 'write the year in full'));
      if (problems.length === 0) continue;
      const digits = (s: string) => s.replace(/[０-９]/g, (c) => String(c.charCodeAt(0) - 0xff10));
      // `〔24〕`: the full year is the 成文日期's when that ends so; otherwise it is not known.
      const written = doc.frame.date ? String(doc.frame.date.year) : '';
      const fullYear = year.length === 4 ? digits(year) : year.length === 2 && written.endsWith(digits(year)) ? written : null;
      // A template's `X号` stays as written.
      const number = /^[0-9０-９]+$/.test(num) ? String(Number(digits(num))) : num;
      const fixed = fullYear ? `${org}〔${fullYear}〕${number}号` : null;
      const start = raw.indexOf(org);
      const end = raw.lastIndexOf('号') + 1;
      const range: Range = {
        start: { line: f.line, character: line.contentStart + start },
        end: { line: f.line, character: line.contentStart + end },
      };
      ctx.report({
        range,
        message: fixed
          ? ctx.msg(`发文字号格式不规范：${problems.join('；')}。应为“${fixed}”。`, `Document number: ${problems.join('; ')}. Write "${fixed}".`)
          : ctx.msg(`发文字号格式不规范：${problems.join('；')}。`, `Document number: ${problems.join('; ')}.`),
        // A year completed from the 成文日期 is a guess the drafter confirms: not a safe fix.
        fixes: fixed ? [{ title: ctx.msg(`改为“${fixed}”`, `Change to "${fixed}"`), edits: [{ range, newText: fixed }], safe: year.length === 4, preferred: true }] : [],
      });
    }
  },
};

/**
 * A date in the document's head: only its title and a speaker's or author's line come before it,
 * and text follows (a 讲话稿's `二〇二四年三月五日` under the title, not a 成文日期 at the end).
 */
function underTitle(doc: GongwenDocument, date: FrameField): boolean {
  const lines = doc.source.lines;
  let k = 0;
  for (const f of doc.frame.fields) {
    if (f.line >= date.line) break;
    if (f.kind !== 'title' && f.kind !== 'signature') return false;
    // No text between the fields before the date.
    for (; k < f.line; k++) if (lines[k].kind === 'text') return false;
    k = f.endLine + 1;
  }
  if (k === 0) return false;
  for (; k < date.line; k++) if (lines[k].kind === 'text') return false;
  for (let j = date.endLine + 1; j < lines.length; j++) if (lines[j].kind === 'text') return true;
  return false;
}

const date: Rule = {
  id: 'GW302',
  name: 'date-format',
  family: 'frame',
  defaultSeverity: 'warning',
  description: {
    zh: '成文日期用阿拉伯数字将年、月、日标全，月、日不编虚位（“2024年3月5日”，不写“2024年03月05日”“2024.3.5”“2024-03-05”“2024年3月5号”）。汉字日期“二〇二四年三月五日”为2012年7月1日前的旧格式（提示；讲话稿等标题下的日期除外）。',
    en: 'The date in Arabic numerals with 年月日 and without leading zeros (2024年3月5日, not 2024.3.5 or 2024-03-05). Chinese-numeral dates are the pre-2012 form (info; not the date under the title of a speech).',
  },
  fixable: true,
  check(doc, ctx) {
    for (const f of fieldsOf(doc, 'date')) {
      const d = parseDate(f.text);
      if (!d) continue;
      const canonical = `${d.year}年${d.month}月${d.day}日`;
      const compact = f.text.replace(/[\s\u3000]+/g, '');
      if (d.chinese) {
        // The old form was correct before GB/T 9704-2012 took effect; a speech's or report's date
        // under its title (`二〇二四年三月五日` below the speaker) is no 成文日期.
        if (d.year < 2012 || (d.year === 2012 && d.month < 7) || underTitle(doc, f)) continue;
        ctx.report({
          range: f.range,
          severity: 'info',
          message: ctx.msg(`成文日期应使用阿拉伯数字：“${canonical}”。`, `Write the date in Arabic numerals: "${canonical}".`),
          fixes: [{ title: ctx.msg(`改为“${canonical}”`, `Change to "${canonical}"`), edits: [{ range: f.range, newText: canonical }], safe: false }],
        });
      } else if (d.informal) {
        ctx.report({
          range: f.range,
          message: ctx.msg(`成文日期应用“年、月、日”标全，应为“${canonical}”。`, `Write the date with 年, 月 and 日: "${canonical}".`),
          fixes: [{ title: ctx.msg(`改为“${canonical}”`, `Change to "${canonical}"`), edits: [{ range: f.range, newText: canonical }], safe: false, preferred: true }],
        });
      } else if (compact !== canonical && /年0|月0/.test(compact)) {
        ctx.report({
          range: f.range,
          message: ctx.msg(`成文日期的月、日不编虚位，应为“${canonical}”。`, `No leading zeros in the date: "${canonical}".`),
          fixes: [{ title: ctx.msg(`改为“${canonical}”`, `Change to "${canonical}"`), edits: [{ range: f.range, newText: canonical }], safe: true, preferred: true }],
        });
      }
    }
  },
};

const attachments: Rule = {
  id: 'GW303',
  name: 'attachment-punctuation',
  family: 'frame',
  defaultSeverity: 'warning',
  description: {
    zh: '附件说明中附件名称后不加标点符号（“附件：1. 名称”）。',
    en: 'No punctuation after attachment names (附件：1. 名称).',
  },
  fixable: true,
  check(doc, ctx) {
    for (const f of fieldsOf(doc, 'attachments')) {
      for (let line = f.line; line <= f.endLine; line++) {
        const l = doc.source.lines[line];
        const content = l.text.slice(l.contentStart, l.contentEnd);
        const m = /[。；;，,.．]$/.exec(content);
        if (!m) continue;
        const at = l.contentEnd - 1;
        const range: Range = { start: { line, character: at }, end: { line, character: at + 1 } };
        ctx.report({
          range,
          message: ctx.msg(`附件名称后不加标点，请删去“${m[0]}”。`, `No punctuation after an attachment name; remove "${m[0]}".`),
          fixes: [{ title: ctx.msg(`删去“${m[0]}”`, `Remove "${m[0]}"`), edits: [{ range, newText: '' }], safe: true, preferred: true }],
        });
      }
    }
  },
};

/**
 * A date in figures (`2025.9.30`, `2025/9/30`, `2025-09-30`, `2025.9`, `2025.9/30`) as the deadline
 * reader reads one, not the tail of a longer number (`12025.9`, `V3.2025.9`); either end of a span
 * (`2025.3-2025.6`); or a month and a day before 前 (`9.30前`, `10.15日前`), not a date's tail
 * (`2025-9.30前`). Tried on the text as the reader reads it (readable: `２０２５．９．３０`).
 */
const FIGURES = new RegExp(`(?<![0-9.．])${FIGURES_DATE}|(?<![0-9.．/\\-－])${MONTH_DAY}`, 'g');

/** Whether a line's text holds a date in figures (FIGURES), per line text. */
const DATED_SLOT = new LineSlot<boolean>('date in figures');
/** 1 for a line that may hold a date in figures (hasDateInFigures), else 0: GW304's lines, counted per version (tally.ts). */
const datedLine = (line: Line): number => (line.text.length >= 6 && lineCached(DATED_SLOT, line, hasDateInFigures) ? 1 : 0);
const DATED = new LineTally(datedLine);

function hasDateInFigures(text: string): boolean {
  FIGURES.lastIndex = 0;
  return FIGURES.test(readable(text));
}

/**
 * Where a task's deadline is read: on lines `first`…`last`, within `from`…`to` (an annotation's
 * range), or `anchored` (a task's or a ledger row's: only where a deadline is said, see saidAt).
 */
interface DeadlineRead {
  deadline: string;
  first: number;
  last: number;
  from?: Position;
  to?: Position;
  anchored?: true;
}

const hasFigures = (d: string | null): d is string => d !== null && ((FIGURES.lastIndex = 0), FIGURES.test(readable(d)));

/**
 * The deadlines a document's tasks give (as the ledger reads them), each with where it is read.
 * `dated`: the lines with a date in figures on them.
 */
function deadlinesRead(doc: GongwenDocument, config: Config, dated: readonly number[]): DeadlineRead[] {
  const out: DeadlineRead[] = [];
  for (const a of doc.annotations) {
    if (hasFigures(a.deadline)) out.push({ deadline: a.deadline, first: a.range.start.line, last: a.range.end.line, from: a.range.start, to: a.range.end });
  }
  // A task's own: in a bracket of its own beside its annotation (`（办公室负责）（2025.9）`), on a label
  // line below it (`完成时限：2025.9.30`), or where its text starts (`2025.9.30前，完成……`); the
  // ledger's other rows: an item that gives only its time (`（2025.9.30前完成）`) or names no units.
  // The ledger is built only where a dated line may give such a row's deadline (most dates in
  // figures are in the text: `2024.3.5召开的会议`).
  const rows: Array<{ deadline: string | null; line: number }> = doc.tasks;
  const others = dated.some((line) => mayGiveDeadline(doc, line)) ? buildLedger(doc, '', config).tasks.map((r) => ({ deadline: r.deadline, line: r.line - 1 })) : [];
  for (const t of [...rows, ...others]) {
    if (!hasFigures(t.deadline)) continue;
    const h = headingAt(doc.headings, t.line);
    out.push({ deadline: t.deadline, first: t.line, last: Math.min(doc.source.lineCount - 1, (h && h.line === t.line ? h.endLine : t.line) + 3), anchored: true });
  }
  return out;
}

/**
 * Whether `line` may give an item's deadline with a date in figures, as the ledger reads one: in a
 * bracket (`（2025.9.30前完成）`), after a label (`完成时限：2025.9.30`) or where a heading's text starts.
 */
function mayGiveDeadline(doc: GongwenDocument, line: number): boolean {
  const lines = doc.source.lines;
  if (hasFigures(deadlineBracketOn(lines, line, line)) || hasFigures(deadlineLabelOn(lines, line, line))) return true;
  const h = headingAt(doc.headings, line);
  return h !== null && h.line === line && hasFigures(timeAtStart(doc, h, h.title, null).deadline);
}

/** What stands right before a deadline said on its own: a bracket, a label's colon, a sentence's end, a table's cell. */
const BEFORE_DEADLINE = '（(【[〔：:】。\t';

/**
 * Whether a task's deadline read at `at` on `line` stands where a deadline is said (`（2025.9.30前完成）`,
 * `完成时限：2025/9/30`, `2025.9.30前，完成……` where its text starts), not inside its sentence
 * (`按2025.9.30前上报的数据核算`): a date the same as the deadline's there is what the task is about.
 */
function saidAt(doc: GongwenDocument, line: number, at: number): boolean {
  const l = doc.source.lines[line];
  let k = at;
  while (k > l.contentStart && (l.text.charCodeAt(k - 1) === 0x20 || l.text.charCodeAt(k - 1) === 0x3000)) k--;
  if (k <= l.contentStart || BEFORE_DEADLINE.includes(l.text[k - 1])) return true;
  const h = headingAt(doc.headings, line);
  return h !== null && h.line === line && h.titleRange.start.line === line && h.titleRange.start.character === k;
}

const deadlineDates: Rule = {
  id: 'GW304',
  name: 'deadline-date-format',
  family: 'frame',
  defaultSeverity: 'info',
  description: {
    zh: '任务完成时限中的日期用“年、月、日”书写（“2025年9月30日前”“2025年9月”“9月30日前”），不写“2025.9.30”“2025/9/30”“2025-09-30”“2025.9/30”“2025.9”，也不写不带年份的“9.30前”“10.15日前”（月份有该日时才提示，“2.30前”不提示）；全角数字照写（“２０２５．９．３０”改为“２０２５年９月３０日”）。只查责任分工标注、完成时限标签中读出的时限，不查正文中的其他数字。',
    en: 'Dates in task deadlines take 年, 月 and 日 (2025年9月30日前, 2025年9月, 9月30日前), not 2025.9.30, 2025/9/30, 2025-09-30, 2025.9/30 or 2025.9, nor 9.30前 or 10.15日前 without the year (only where the month has the day: not 2.30前); full-width figures stay full-width (２０２５．９．３０ → ２０２５年９月３０日). Only the deadlines read beside the units or after a deadline label are checked, no other number in the text.',
  },
  fixable: true,
  check(doc, ctx) {
    // Most documents write no date in figures at all: one scan of the lines, before reading the tasks.
    // Kept per line text (a regular expression over every line cost ~0.1 ms of each keystroke).
    // (Their count is moved on from the previous version's, tally.ts: the lines are read only where there are some.)
    if (DATED.of(doc.source) === 0) return;
    const lines = doc.source.lines;
    const dated: number[] = [];
    for (let k = 0; k < lines.length; k++) if (datedLine(lines[k]) === 1) dated.push(k);
    if (dated.length === 0) return;
    const seen = new Set<string>();
    for (const d of deadlinesRead(doc, ctx.config, dated)) {
      const { deadline } = d;
      for (let line = d.first; line <= d.last && line < lines.length; line++) {
        const text = lines[line].text;
        const from = d.from && d.from.line === line ? d.from.character : 0;
        const to = d.to && d.to.line === line ? d.to.character : text.length;
        // The deadline as written, where the reader read it (`（办公室负责，2025.9.30前完成）`, `完成时限：2025/9/30`).
        for (let at = text.indexOf(deadline, from); at >= 0 && at + deadline.length <= to; at = text.indexOf(deadline, at + deadline.length)) {
          if (d.anchored && !saidAt(doc, line, at)) continue;
          const plain = readable(deadline);
          FIGURES.lastIndex = 0;
          let m: RegExpExecArray | null;
          while ((m = FIGURES.exec(plain)) !== null) {
            // A day the month has not, read as written after a label (`完成时限：2025.2.30`): no date
            // to write with 年月日 (GW305 warns of it).
            if (!validDates(m[0])) continue;
            const start = at + m.index;
            const key = `${line}:${start}`;
            if (seen.has(key)) continue;
            seen.add(key);
            // Only the date's characters change: `2025.9.30前完成` becomes `2025年9月30日前完成`,
            // `9.30前` `9月30日前` (the 日 of `10.15日前` is the date's); figures stay as written
            // (`２０２５．９．３０` → `２０２５年９月３０日`), but for a month's or day's leading zero.
            const yearless = !/^[0-9]{4}/.test(m[0]);
            let length = m[0].length;
            if (yearless && /[日号]/.test(plain.charAt(m.index + length))) length++;
            const written = deadline.slice(m.index, m.index + length);
            const parts = written.replace(/[日号]$/, '').split(/[.．/／\-－]/).map((p) => p.replace(/^[0０](?=.)/, ''));
            const [year, month, day] = yearless ? ['', ...parts] : parts;
            const fixed = `${year ? `${year}年` : ''}${month}月${day ? `${day}日` : ''}`;
            const range: Range = { start: { line, character: start }, end: { line, character: start + length } };
            ctx.report({
              range,
              message: ctx.msg(
                `完成时限中的日期应用“年、月、日”书写，“${written}”应为“${fixed}”。`,
                `Write the deadline's date with 年, 月 and 日: "${fixed}", not "${written}".`,
              ),
              fixes: [{ title: ctx.msg(`改为“${fixed}”`, `Change to "${fixed}"`), edits: [{ range, newText: fixed }], safe: true, preferred: true }],
            });
          }
        }
      }
    }
  },
};

const IMPOSSIBLE_SLOT = new LineSlot<ImpossibleDate[]>('GW305');
const impossibleOn = (own: string, l: { contentStart: number; contentEnd: number }) => impossibleDatesOn(own, l.contentStart, l.contentEnd);

const MONTH_NAMES = ['', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** Why a date names no day: no such month, no such day, or a 29 February outside a leap year. */
function whyImpossible(d: ImpossibleDate, ctx: { msg(zh: string, en: string): string }): string {
  if (!(d.month >= 1 && d.month <= 12)) return ctx.msg(`日期不存在：没有${d.month}月。`, `No such date: there is no month ${d.month}.`);
  if (d.day < 1) return ctx.msg(`日期不存在：没有${d.day}日。`, `No such date: there is no day ${d.day}.`);
  if (d.month === 2 && d.day === 29) {
    return ctx.msg(`日期不存在：${d.year}年不是闰年，2月没有29日。`, `No such date: ${d.year} is not a leap year, February has no 29th.`);
  }
  return ctx.msg(`日期不存在：${d.month}月没有${d.day}日。`, `No such date: ${MONTH_NAMES[d.month]} has no ${ordinal(d.day)}.`);
}

const impossibleDates: Rule = {
  id: 'GW305',
  name: 'date-invalid',
  family: 'frame',
  defaultSeverity: 'warning',
  description: {
    zh: '日期不存在：月份没有该日（“2月30日”“2025年4月31日”“二〇二五年二月三十日”），平年的2月29日（“2025年2月29日”；“2024年2月29日”不提示；不写年份的“2月29日”只在成文日期所在年份和次年都是平年、标题中也没有闰年年份时提示，前面写了“去年”“明年”等的不提示），或没有该月（“2025年13月1日”“2025年0月”）。成文日期、正文和完成时限中用“年、月、日”写的日期都查；用数字和点、斜线写的日期只在读作日期的地方查：责任分工标注括号中单独的时限（“（人事处负责，2.30前完成）”“（13.5前完成）”）、编号后开头的时限（“（十）2.30前，完成验收”）、完成时限标签后（“完成时限：2025.2.30”）、表格中单独成格的时限（带年份的“2025.2.30”，或“4.31前”）和单独成行的成文日期（“2025.4.31”）。“13.5万元”“第2.30条”“1.5倍”“9.30分”、版本号、章节号“3.1”等不是日期，不提示；农历日期（“农历二月三十日”）不提示。不提供修复（正确日期只有起草者知道）。',
    en: 'A date that does not exist: a day its month has not (2月30日, 2025年4月31日, 二〇二五年二月三十日), 29 February outside a leap year (2025年2月29日; not 2024年2月29日; 2月29日 without a year only where the 成文日期’s year and the next are common years and the title names no leap year, and not after 去年, 明年 …), or no such month (2025年13月1日, 2025年0月). Dates with 年月日 are checked everywhere (成文日期, body text, deadlines); dates in figures with dots or slashes only where they read as dates: a deadline alone in a clause of an annotation’s bracket (（人事处负责，2.30前完成）, （13.5前完成）), at an item’s start after its number ((十)2.30前，完成验收), after a deadline label (完成时限：2025.2.30), a table’s cell holding the date alone (with its year, 2025.2.30, or before 前, 4.31前), and a 成文日期 written so on its own line (2025.4.31). Amounts, articles, times, versions and section numbers (13.5万元, 第2.30条, 1.5倍, 9.30分, 3.1) are no dates; lunar dates (农历二月三十日) are fine. No fix: only the drafter knows the right date.',
  },
  fixable: false,
  inputs: 'lines',
  context: (doc) => [commonYearsOf(doc)],
  check(doc, ctx) {
    const lines = doc.source.lines;
    let years: number | null | undefined;
    for (let i = ctx.lines.from; i < ctx.lines.to; i++) {
      const l = lines[i];
      if (!isAnalysedText(l)) continue;
      for (const d of lineCached(IMPOSSIBLE_SLOT, l, impossibleOn)) {
        const range = { start: { line: i, character: d.at }, end: { line: i, character: d.at + d.length } };
        if (!d.leapDay) {
          ctx.report({ range, message: whyImpossible(d, ctx) });
          continue;
        }
        if ((years ??= commonYearsOf(doc)) === null) continue;
        ctx.report({
          range,
          message: ctx.msg(
            `日期不存在：本文成文于${years}年，${years}年和${years + 1}年都不是闰年，2月没有29日。`,
            `No such date: the document is dated ${years}, and neither ${years} nor ${years + 1} is a leap year, so February has no 29th.`,
          ),
        });
      }
    }
  },
};

/**
 * The year of the document's 成文日期 where a 2月29日 written without its year cannot be: that
 * year and the next are common years (a date in a plan may fall in the year after it is dated),
 * and no year its title names is a leap year (`2024年工作总结`, dated 2025). Null where that is
 * not certain, or the document has no date. Read from the frame only: no scan of the text.
 */
function commonYearsOf(doc: GongwenDocument): number | null {
  const date = doc.frame.date;
  if (!date || isLeap(date.year) || isLeap(date.year + 1)) return null;
  for (const f of doc.frame.fields) {
    if (f.kind !== 'title') continue;
    for (const m of f.text.matchAll(/(?<![0-9])((?:19|20)[0-9]{2})(?![0-9])/g)) if (isLeap(Number(m[1]))) return null;
  }
  return date.year;
}

const capped: Rule = {
  id: 'GW399',
  name: 'document-too-large',
  family: 'frame',
  defaultSeverity: 'info',
  description: {
    zh: `文档过大（超过 ${groupDigits(MAX_ANALYSED_CHARS)} 字符），已跳过其后部分的检查；单行过长（超过 ${groupDigits(MAX_LINE_CHARS)} 字符，如粘贴进来的无换行文本）的，该行不检查编号、标注和字词。`,
    en: `The document is too large (over ${groupDigits(MAX_ANALYSED_CHARS)} characters); the rest was not checked. A line over ${groupDigits(MAX_LINE_CHARS)} characters (text pasted without line breaks) is not checked for numbering, annotations or words.`,
  },
  fixable: false,
  check(doc, ctx) {
    // A line too long to scan (source.ts isAnalysedText): said at its start, so the drafter knows it was passed over.
    const lines = doc.source.lines;
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i];
      if (l.kind !== 'text' || l.contentEnd - l.contentStart <= MAX_LINE_CHARS) continue;
      ctx.report({
        range: { start: { line: i, character: l.contentStart }, end: { line: i, character: l.contentStart + 1 } },
        message: ctx.msg(
          `文档过大，已跳过部分检查：此行过长（${groupDigits(l.contentEnd - l.contentStart)} 字符，超过 ${groupDigits(MAX_LINE_CHARS)}），未检查编号、标注和字词。请在段落之间换行。`,
          `Document too large: this line (${groupDigits(l.contentEnd - l.contentStart)} characters, over ${groupDigits(MAX_LINE_CHARS)}) was not checked for numbering, annotations or words. Break it into paragraphs.`,
        ),
      });
    }
    if (!doc.capped) return;
    const last = doc.source.lineCount - 1;
    ctx.report({
      range: { start: { line: last, character: 0 }, end: { line: last, character: doc.source.lines[last].text.length } },
      message: ctx.msg('文档过大，已跳过部分检查：此行之后的内容未检查。', 'Document too large: nothing after this line was checked.'),
    });
  },
};

export const frameRules: Rule[] = [docNumber, date, attachments, deadlineDates, impossibleDates, capped];
