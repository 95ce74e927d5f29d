/**
 * The outline of a document (frame lines, parts, sections, tasks) as a plain tree, shared by the
 * LSP document symbols and `gongwen outline`.
 */
import { Enumeration, FrameField, FrameKind, GongwenDocument, Heading, Part, Task } from './model';
import { isDocumentClosing } from './frame';
import { parseChinese } from './numerals';
import { Locale, Range, localize } from './types';
import { withoutBullet } from './markers';

export type OutlineKind = 'frame' | 'section' | 'task';

export interface OutlineSymbol {
  kind: OutlineKind;
  marker: string | null;
  /** 0 for frame lines and parts, else the heading depth. */
  level: number;
  title: string;
  /** 0-based line. */
  line: number;
  range: Range;
  selectionRange: Range;
  /** Lead unit(s) of a task, when known. */
  detail?: string;
  children: OutlineSymbol[];
}

const FRAME_LABEL: Record<FrameKind, { zh: string; en: string }> = {
  banner: { zh: '版头', en: 'Banner' },
  docNumber: { zh: '发文字号', en: 'Document number' },
  serial: { zh: '编号', en: 'Serial number' },
  title: { zh: '标题', en: 'Title' },
  recipients: { zh: '主送机关', en: 'Recipients' },
  salutation: { zh: '称谓', en: 'Salutation' },
  attachments: { zh: '附件说明', en: 'Attachments' },
  signature: { zh: '落款', en: 'Signature' },
  date: { zh: '成文日期', en: 'Date' },
  note: { zh: '附注', en: 'Note' },
  attendees: { zh: '出席', en: 'Attendance' },
  cc: { zh: '抄送', en: 'Copies to' },
  printed: { zh: '印发', en: 'Printed' },
};

/**
 * How a symbol reads in a list: marker and title, with a space after a marker that ends in a word
 * (`第一章 总则`, `第三条 市园林…`) and none after one that ends in punctuation (`一、总体要求`).
 */
export function symbolName(s: OutlineSymbol): string {
  if (!s.marker) return s.title;
  if (!s.title) return s.marker;
  return /[\p{Script=Han}\p{Nd}A-Za-z/／]$/u.test(s.marker) ? `${s.marker} ${s.title}` : `${s.marker}${s.title}`;
}

const MAX_TITLE = 60;
/** A frame line's own label, when it starts with the one the outline gives it. */
const OWN_LABEL = /^(?:抄送|印发|附件)[：:]\s*/;
/** A frame line whose own label says more than the outline's (`列席：`, `记录：`, `分送：`): shown as written. */
const SAYS_ITSELF = /^(?:出席|列席|缺席|请假|记录|主持|参加|参会|分送)/;

export function buildOutline(doc: GongwenDocument, locale: Locale = 'zh-cn'): OutlineSymbol[] {
  const taskOf = new Map<Heading, Task>();
  // A heading with several tasks (`一是……（A）；二是……（B）`) shows its first one's lead.
  for (const t of doc.tasks) if (t.heading && !taskOf.has(t.heading)) taskOf.set(t.heading, t);

  // `（二）推进转型（牵头单位：…）`: the title without the annotation (the detail shows the lead),
  // and without a bullet (`02 ▲重点任务`).
  const titleOf = (h: Heading): string => {
    const task = taskOf.get(h);
    const title = firstCell(withoutBullet(h.title));
    return task && task.path.indexOf('#') < 0 && task.title.length < title.length && title.startsWith(task.title) ? task.title : title;
  };
  /** The siblings' titles, each by its label where no other sibling has the same (`问题：……` each time). */
  const titlesOf = (hs: readonly Heading[]): string[] => {
    const full = hs.map(titleOf);
    const labels = full.map(labelOf);
    return labels.map((l, k) => clip(l !== full[k] && labels.indexOf(l) === labels.lastIndexOf(l) ? l : full[k]));
  };
  const headingsOf = (hs: readonly Heading[]): OutlineSymbol[] => {
    const titles = titlesOf(hs);
    return hs.map((h, k) => fromHeading(h, titles[k]));
  };
  const fromHeading = (h: Heading, title: string): OutlineSymbol => {
    const task = taskOf.get(h);
    return {
      kind: task ? 'task' : 'section',
      marker: h.marker.text,
      level: h.depth,
      title,
      line: h.line,
      range: h.blockRange,
      selectionRange: { start: h.marker.range.start, end: h.titleRange.end },
      detail: task && task.lead.length ? task.lead.join('、') : undefined,
      children: headingsOf(h.children),
    };
  };
  const fromField = (f: FrameField): OutlineSymbol => ({
    kind: 'frame',
    marker: null,
    level: 0,
    // `抄送：……`, `附件：……` say what they are: the label is not said twice. An English label takes
    // an English colon (`Date: 2026年3月2日`).
    title: SAYS_ITSELF.test(f.text) ? clip(f.text) : `${localize(locale, FRAME_LABEL[f.kind])}${locale === 'en' ? ': ' : '：'}${clip(f.text.replace(OWN_LABEL, ''))}`,
    line: f.line,
    range: f.range,
    selectionRange: f.range,
    children: [],
  });

  return doc.parts.flatMap((p, i): OutlineSymbol[] => {
    const fields = doc.frame.fields.filter((f) => f.part === i && f.kind !== 'title');
    // A part without numbered headings (a speech) lists its points where each opens a paragraph of its own (speechParts).
    // So does one whose only headings are its divisions (`第一部分　关于……` with nothing numbered under them): its
    // divisions are listed there with the points under them.
    const points = p.headings.length && !p.headings.every(bareDivision) ? [] : speechParts(doc, p);
    const content = [...fields.map(fromField), ...(points.length ? [] : headingsOf(p.headings)), ...points].sort((a, b) => a.line - b.line);
    // A single untitled document lists its content at the top; otherwise each part heads its own
    // tree. A Markdown or web copy's title (Part.pageTitle) heads it as a document's title does.
    return doc.parts.length === 1 && !p.title && !p.pageTitle ? content : [partSymbol(doc, p, i, content, locale)];
  });
}

/** A `第一部分` heading with no numbered heading under it. */
function bareDivision(h: Heading): boolean {
  return h.marker.kind === 'division' && h.children.length === 0;
}

function partSymbol(doc: GongwenDocument, p: Part, i: number, children: OutlineSymbol[], locale: Locale): OutlineSymbol {
  const lastLine = doc.source.lines[p.endLine];
  const range: Range = { start: { line: p.startLine, character: 0 }, end: { line: p.endLine, character: lastLine.text.length } };
  const fallback = p.kind === 'cover' ? { zh: '发文通知', en: 'Cover notice' } : { zh: `正文（第${i + 1}部分）`, en: `Part ${i + 1}` };
  const title = p.title ?? p.pageTitle ?? null;
  const titleRange = p.title !== null ? p.titleRange : p.pageTitleRange ?? null;
  return {
    kind: 'frame',
    marker: null,
    level: 0,
    title: clip(title !== null ? withoutBullet(title) : localize(locale, fallback)),
    line: titleRange ? titleRange.start.line : p.startLine,
    range,
    selectionRange: titleRange ?? { start: range.start, end: range.start },
    children,
  };
}

/**
 * A heading that gives a label and its content on one line (`会议时间：2025年4月17日……`,
 * `县卫生健康局：负责……`, `综合协调组 组长：刘洋 成员：……`) is listed by its label: the words
 * before the first colon, and of those the first when spaces part them. Not a clock's `9：30`, nor
 * a label its siblings share (`问题：……`) or one that is a date (`4月：……`) or an ordinal (`第一阶段：……`).
 */
const LABEL = /^([^：:《》“”"]{2,20}?)[：:]/;
const DIGIT = /[0-9０-９]/;
const ORDINAL_LABEL = /^(?:第[〇零一二三四五六七八九十百两0-9０-９]+[\u4e00-\u9fff]{0,3}|(?:阶段|步骤)[一二三四五六七八九十0-9０-９]+)$/;
const SPACED = /[\s\u3000]+/;

function labelOf(title: string): string {
  const m = LABEL.exec(title);
  // A label that is a date or a figure (`4月：重温入党誓词`) says less than what follows it.
  if (!m || DIGIT.test(m[1].charAt(0)) || (DIGIT.test(m[1].charAt(m[1].length - 1)) && DIGIT.test(title.charAt(m[0].length)))) return title;
  // An ordinal (`第一阶段：动员部署（4月）`, `第二步：`, `步骤三：`) only counts the siblings: what follows says what they are.
  if (ORDINAL_LABEL.test(m[1])) return title;
  const first = m[1].split(SPACED)[0];
  return first.length >= 2 ? first : m[1];
}

/**
 * A heading that is a table's row (`（一）予以公开\t62`, a 年度报告's table copied with its tabs):
 * its first cell, not the figures after it.
 */
function firstCell(title: string): string {
  const tab = title.indexOf('\t');
  return tab > 0 ? title.slice(0, tab).trimEnd() : title;
}

function clip(s: string): string {
  return s.length > MAX_TITLE ? s.slice(0, MAX_TITLE - 1) + '…' : s;
}

/** The longest lead paragraph that heads a speech's point (`第一，要清醒认识当前面临的严峻形势。`). */
const MAX_LEAD = 60;
const SENTENCE_END = /[。！？!?]/;

/**
 * The points of a part without numbered headings (a speech, `第一，……` `第二，……`; `一是……`; `首先，……`)
 * as sections: a series whose every item opens a short paragraph of one sentence (its lead) with
 * the point's own paragraphs below it, not one counted inside a paragraph (`……。一是……；二是……`).
 * Each runs to the line before the next, the last to the part's last line of text before its frame
 * lines and closing (`同志们，……`, `特此通知。`). A series inside a point is listed under it.
 */
export function speechParts(doc: GongwenDocument, p: Part): OutlineSymbol[] {
  const lines = doc.source.lines;
  const leads = (e: Enumeration) =>
    e.items.length >= 2 &&
    e.items.every((it, k) => {
      const l = it.range.start.line;
      const c = doc.source.content(l);
      if (it.range.start.character !== lines[l].contentStart || c.length > MAX_LEAD) return false;
      const stop = c.search(SENTENCE_END);
      if (stop >= 0 && stop < c.length - 1) return false;
      // Its own paragraphs below it, before the next point.
      const next = k + 1 < e.items.length ? e.items[k + 1].range.start.line : p.endLine + 1;
      for (let j = l + 1; j < next; j++) if (lines[j].kind === 'text') return true;
      return false;
    });
  const series = doc.enumerations.filter((e) => e.startLine >= p.startLine && e.endLine <= p.endLine && leads(e));
  const divisions = partLines(doc, p);
  if (divisions) series.unshift(divisions);
  if (!series.length) return [];
  // The part's last line of its own: before the frame lines that close it and a closing paragraph.
  let last = p.endLine;
  const framed = (l: number) => doc.frame.fields.some((f) => f.line <= l && l <= f.endLine);
  while (last > p.startLine && (lines[last].kind !== 'text' || framed(last))) last--;
  let closing = last;
  for (let l = series[series.length - 1].items[series[series.length - 1].items.length - 1].range.start.line + 1; l <= last; l++) {
    if (lines[l].kind === 'text' && isDocumentClosing(doc.source.content(l), false)) {
      closing = l - 1;
      break;
    }
  }
  while (closing > p.startLine && lines[closing].kind !== 'text') closing--;
  const symbolsOf = (e: Enumeration, end: number, level: number): OutlineSymbol[] =>
    e.items.map((it, k) => {
      const l = it.range.start.line;
      let to = k + 1 < e.items.length ? e.items[k + 1].range.start.line - 1 : end;
      while (to > l && lines[to].kind !== 'text') to--;
      const c = doc.source.content(l);
      const at = it.range.end.character - lines[l].contentStart + it.punct.length;
      return {
        kind: 'section' as const,
        marker: it.text + it.punct,
        level,
        title: clip(c.slice(at).replace(/[。！？!?]$/, '')),
        line: l,
        range: { start: { line: l, character: lines[l].contentStart }, end: { line: to, character: lines[to].contentEnd } },
        selectionRange: { start: it.range.start, end: { line: l, character: lines[l].contentEnd } },
        children: [],
      };
    });
  const top: OutlineSymbol[] = [];
  for (const e of series) {
    const parent = top.find((t) => t.line < e.startLine && e.endLine <= t.range.end.line);
    if (parent) parent.children.push(...symbolsOf(e, parent.range.end.line, 2));
    else if (!top.some((t) => e.startLine <= t.range.end.line && t.line <= e.endLine)) top.push(...symbolsOf(e, closing, 1));
  }
  return top;
}

/** A speech's or report's division on a line of its own: `第一部分　关于过去一年的工作`. */
const PART_LINE = /^(第([一二三四五六七八九十]{1,3})部分)([ \t\u3000：:、，]*)[^。；！？]{0,40}$/;

/** The `第一部分` `第二部分` … lines of part `p`, counted on from the first, as a series; null without two. */
function partLines(doc: GongwenDocument, p: Part): Enumeration | null {
  const items: Enumeration['items'] = [];
  for (let l = p.startLine; l <= p.endLine; l++) {
    const line = doc.source.lines[l];
    if (line.kind !== 'text') continue;
    const m = PART_LINE.exec(doc.source.content(l));
    if (!m || parseChinese(m[2]) !== items.length + 1) continue;
    const at = line.contentStart;
    items.push({ ordinal: items.length + 1, text: m[1], punct: m[3], range: { start: { line: l, character: at }, end: { line: l, character: at + m[1].length } } });
  }
  return items.length >= 2 ? { kind: 'di', items, startLine: items[0].range.start.line, endLine: items[items.length - 1].range.start.line } : null;
}
