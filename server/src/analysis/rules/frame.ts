/**
 * Frame rules (GW3xx): the form of 发文字号, 成文日期 and 附件说明 (GB/T 9704-2012).
 */
import { RE_DOC_NUMBER, docNumberPart, parseDate } from '../frame';
import { FrameField, GongwenDocument } from '../model';
import { MAX_ANALYSED_CHARS } from '../limits';
import { Rule } from '../rule';
import { Range } from '../types';

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

const capped: Rule = {
  id: 'GW399',
  name: 'document-too-large',
  family: 'frame',
  defaultSeverity: 'info',
  description: {
    zh: `文档过大（超过 ${groupDigits(MAX_ANALYSED_CHARS)} 字符），已跳过其后部分的检查。`,
    en: `The document is too large (over ${groupDigits(MAX_ANALYSED_CHARS)} characters); the rest was not checked.`,
  },
  fixable: false,
  check(doc, ctx) {
    if (!doc.capped) return;
    const last = doc.source.lineCount - 1;
    ctx.report({
      range: { start: { line: last, character: 0 }, end: { line: last, character: doc.source.lines[last].text.length } },
      message: ctx.msg('文档过大，已跳过部分检查：此行之后的内容未检查。', 'Document too large: nothing after this line was checked.'),
    });
  },
};

export const frameRules: Rule[] = [docNumber, date, attachments, capped];
