/**
 * Dates that do not exist (`2月30日`, `2025年2月29日`, `2025年13月`, `二〇二五年二月三十日`,
 * `（人事处负责，2.30前完成）`): GW305. Read per line text, where the text reads as a date and only
 * there:
 * - a month with 年 before it or a day after it, in figures (ASCII or full-width) or in Chinese
 *   numerals (`2025年4月31日`, `4月31号`, `2025年0月`, `二月三十日`); not a lunar date (`农历二月三十日`:
 *   a lunar month has 30 days), nor a `号` that numbers a building or a document (`3月32号楼`);
 * - a date in figures only where a deadline is read (annotations.ts `UNREAD_DEADLINE`): a clause of
 *   its own in a bracket before 前 (`（人事处负责，2.30前完成）`, `（13.5前）`), at a numbered item's
 *   start before 前 and a comma (`（十）2.30前，完成验收`), or right after a deadline label
 *   (`完成时限：2025.2.30`); a table's cell (tab- or pipe-separated) that is the date alone, with
 *   its year or before 前 (`…\t2025.2.30`, `| 4.31前 |`); and a line that is a date in figures alone, as a 成文日期
 *   written so (`2025.4.31`). Never a decimal, a version, an article or a time (`13.5万元`, `第2.30条`,
 *   `1.5倍`, `9.30分`, `3.1`), which stand nowhere of these.
 * Values hold columns and numbers only (memo.ts), the message is made by the rule.
 */
import { DEADLINE_LABEL } from './annotations';
import { parseChinese, parseChineseDigits } from './numerals';
import { readable } from './script';
import { NONE } from './memo';
import { daysIn } from './calendar';

export interface ImpossibleDate {
  /** Column and length of the date as written. */
  at: number;
  length: number;
  /** The year written, or NaN. */
  year: number;
  month: number;
  /** The day written, or NaN where only a month is (`2025年13月`). */
  day: number;
  /** A 2月29日 without its year: impossible only in a common year, which the document's date tells (GW305). */
  leapDay?: true;
}

/** Whether `month`/`day` of `year` (either may be NaN: not written) names no day of the calendar. */
function impossible(year: number, month: number, day: number): boolean {
  if (!(month >= 1 && month <= 12)) return true;
  return Number.isFinite(day) && (day < 1 || day > daysIn(month, year));
}

/**
 * A month in figures, with its year before it or its day after it (group 1 the year, 2 the month,
 * 3 the day, 4 what follows a `号`). Spaces may stand between the parts, as in a 成文日期 spaced out.
 */
const FIGURES_YMD = /(?<![0-9.．/／\-－])(?:([0-9]{4})[ \u3000]*年[ \u3000]*)?([0-9]{1,2})[ \u3000]*月(?:[ \u3000]*([0-9]{1,2})[ \u3000]*([日号]))?/g;
/** The same in Chinese numerals (`二〇二五年二月三十日`, `二月三十日`). */
const CHINESE_YMD = /(?<![〇零○Ｏ一二三四五六七八九十百千万两0-9])(?:([〇零○Ｏ一二三四五六七八九]{4})年)?([一二三四五六七八九十]{1,3})月(?:([一二三四五六七八九十]{1,3})日)?/g;
/** A lunar date (a lunar month has 30 days): the calendar named a few characters before. */
const LUNAR = /(?:农历|阴历|夏历|旧历)[^，,。；;]{0,8}$/;
/** A `号` that numbers something else (`3月32号楼`, `2月30号文`). */
const NOT_A_DAY_AFTER = /[楼院线文令房室栋门铺车库]/;

/**
 * A date in figures, with its year or without (`2025.2.30`, `2025-2-30`, `2.30`, `13.5`): a year
 * parted by dots or slashes, or by hyphens (then the day by any of them); a month and a day by a
 * dot or a slash (a hyphen between two numbers is a span).
 */
const FIGURES_DOTTED = /(?<![0-9.．/／\-－])(?:([0-9]{4})(?:[.．/]([0-9]{1,2})[.．/]|[\-－]([0-9]{1,2})[\-－.．/])([0-9]{1,2})|([0-9]{1,2})[.．/]([0-9]{1,2}))(?![0-9.．/／\-－%％])/g;
/** What follows a date a deadline gives (UNREAD_DEADLINE): 前, and what is done then; the clause's end. */
const DUE_AFTER = /^[日号]?(?:前|以前|之前)(?:完成|办结)?。?[ \u3000]*(?:[）)，,；;]|$)/;
/**
 * A numbered item's marker alone before the date (`（十）2.30前，完成验收。`: a 倒排工期 plan's task
 * starts with its time, annotations.ts `leadingTime`).
 */
const ITEM_START = /^(?:[（(](?:[一二三四五六七八九十]{1,3}|[0-9]{1,2})[）)]|[一二三四五六七八九十]{1,3}、|[0-9]{1,2}[.．、])[ \u3000]*$/;
/** A deadline's label right before (`完成时限：`). */
const LABEL_BEFORE = new RegExp(`(?:${DEADLINE_LABEL})[：:][ \\u3000]*$`);
/** A line that is a date in figures alone (a 成文日期 so written): frame.ts RE_DATE_FIGURES. */
const DATE_LINE_FIGURES = /^([0-9]{4})([.．\-－/])([0-9]{1,2})\2([0-9]{1,2})$/;

/** The impossible dates of `text` between `from` and `to` (a line's content), left to right. */
export function impossibleDatesOn(text: string, from: number, to: number): ImpossibleDate[] {
  if (text.indexOf('月', from) < 0 && !hasFigureSeparator(text, from, to)) return NONE as never[];
  const plain = readable(text.slice(0, to));
  const out: ImpossibleDate[] = [];
  if (plain.indexOf('月', from) >= 0) {
    FIGURES_YMD.lastIndex = from;
    let m: RegExpExecArray | null;
    while ((m = FIGURES_YMD.exec(plain)) !== null) {
      const year = m[1] === undefined ? NaN : Number(m[1]);
      const day = m[3] === undefined ? NaN : Number(m[3]);
      // `13月` alone is no date: a month is read with its year or its day.
      if (m[1] === undefined && m[3] === undefined) continue;
      if (m[4] === '号' && NOT_A_DAY_AFTER.test(plain.charAt(m.index + m[0].length))) continue;
      add(out, plain, m.index, m[0].length, year, Number(m[2]), day);
    }
    CHINESE_YMD.lastIndex = from;
    while ((m = CHINESE_YMD.exec(plain)) !== null) {
      if (m[1] === undefined && m[3] === undefined) continue;
      const year = m[1] === undefined ? NaN : parseChineseDigits(m[1]);
      const month = parseChinese(m[2]);
      const day = m[3] === undefined ? NaN : parseChinese(m[3]);
      // Not a numeral (`二三月`): nothing to read.
      if (!Number.isFinite(month) || (m[3] !== undefined && !Number.isFinite(day))) continue;
      add(out, plain, m.index, m[0].length, year, month, day);
    }
  }
  figureDates(plain, from, to, out);
  if (out.length > 1) out.sort((a, b) => a.at - b.at);
  return out.length ? out : (NONE as never[]);
}

function add(out: ImpossibleDate[], plain: string, at: number, length: number, year: number, month: number, day: number): void {
  const leapDay = Number.isNaN(year) && month === 2 && day === 29;
  if (!leapDay && !impossible(year, month, day)) return;
  if (LUNAR.test(plain.slice(Math.max(0, at - 12), at))) return;
  // `去年2月29日`: a year said in words, not the document's.
  if (leapDay && OTHER_YEAR.test(plain.slice(Math.max(0, at - 6), at))) return;
  out.push(leapDay ? { at, length, year, month, day, leapDay } : { at, length, year, month, day });
}

/** A year named in words before a yearless date (`去年`, `明年`, `上一年度`), or a year in figures or numerals (`2024年度`). */
const OTHER_YEAR = /(?:去|前|上|明|次|来|翌|后|同|当|该|本|今)(?:一)?年(?:度)?(?:的)?$|[0-9〇零一二三四五六七八九]年(?:度)?(?:的)?$/;

function hasFigureSeparator(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x2e || c === 0x2f || c === 0x2d || c === 0xff0e || c === 0xff0f || c === 0xff0d) return true;
  }
  return false;
}

/** The dates in figures read as a deadline's or as a date line, that name no day. */
function figureDates(plain: string, from: number, to: number, out: ImpossibleDate[]): void {
  const line = DATE_LINE_FIGURES.exec(plain.slice(from, to).replace(/[ \u3000]+$/, ''));
  if (line) {
    // Only what reads as a date: a month of the year and a day up to 31 (frame.ts isDateLine).
    const month = Number(line[3]);
    const day = Number(line[4]);
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) add(out, plain, from, line[0].length, Number(line[1]), month, day);
    return;
  }
  FIGURES_DOTTED.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = FIGURES_DOTTED.exec(plain)) !== null) {
    const year = m[1] === undefined ? NaN : Number(m[1]);
    const month = Number(m[2] ?? m[3] ?? m[5]);
    const day = Number(m[4] ?? m[6]);
    const end = m.index + m[0].length;
    const labelled = LABEL_BEFORE.test(plain.slice(Math.max(from, m.index - 12), m.index));
    // A table's cell that is a date alone (`…\t2025.2.30`, `| 2025.4.31前 |`): with its year, or before 前.
    const cell = cellOfItsOwn(plain, from, m.index, end, m[1] !== undefined);
    // A deadline of its own: after a label, or before 前 as a clause in a bracket or opening an item's title.
    if (!cell && (labelled ? m[1] === undefined && !DUE_AFTER.test(plain.slice(end)) : !(DUE_AFTER.test(plain.slice(end)) && (clauseInBracket(plain, from, m.index) || ITEM_START.test(plain.slice(from, m.index)))))) continue;
    add(out, plain, m.index, end - m.index + (/^[日号]/.test(plain.charAt(end)) ? 1 : 0), year, month, day);
  }
}

/** What may follow a date in a deadline's cell: 日, 前 and 完成, then the cell's end. */
const CELL_DUE = /^[日号]?(?:前|以前|之前)?(?:完成|办结)?[ \u3000]*(?:\t|\||$)/;
const CELL_DUE_BEFORE = /^[日号]?(?:前|以前|之前)/;

/**
 * Whether the date at [at, end) fills a table's cell (tab- or pipe-separated, not the row's first
 * cell): a deadline column's, with its year (`2025.2.30`) or before 前 (`4.31前`); a figure alone
 * (`13.5`) may be an amount.
 */
function cellOfItsOwn(plain: string, from: number, at: number, end: number, withYear: boolean): boolean {
  let k = at;
  while (k > from && (plain.charCodeAt(k - 1) === 0x20 || plain.charCodeAt(k - 1) === 0x3000)) k--;
  if (k <= from || (plain.charAt(k - 1) !== '\t' && plain.charAt(k - 1) !== '|')) return false;
  const after = plain.slice(end);
  return CELL_DUE.test(after) && (withYear || CELL_DUE_BEFORE.test(after));
}

/** Whether column `at` starts a clause inside a bracket opened on the line (`（人事处负责，` or `（`). */
function clauseInBracket(plain: string, from: number, at: number): boolean {
  let k = at;
  while (k > from && (plain.charCodeAt(k - 1) === 0x20 || plain.charCodeAt(k - 1) === 0x3000)) k--;
  if (k <= from || '（(，,；;'.indexOf(plain.charAt(k - 1)) < 0) return false;
  let depth = 0;
  for (let j = from; j < k; j++) {
    const c = plain.charCodeAt(j);
    if (c === 0xff08 /* （ */ || c === 0x28 /* ( */) depth++;
    else if ((c === 0xff09 /* ） */ || c === 0x29 /* ) */) && depth > 0) depth--;
  }
  return depth > 0;
}
