/**
 * The task ledger (任务分工表) generated from the text: JSON (the CLI contract), CSV (UTF-8 with
 * BOM so spreadsheets open it correctly) and a Markdown table.
 */
import { Config, defaultConfig } from './config';
import { GongwenDocument, Task } from './model';
import { firstSentence, headingPath, scheduledItems, stageTime, tasksNeedingUnits, timeAtStart } from './tasks';
import { simplified } from './script';
import { deadlineBracketOn, deadlineInText, deadlineLabelOn, leadersInBracketsOn, leadersOnLabelLine } from './annotations';
import { Position } from './types';
import { withoutBullet } from './markers';

export interface LedgerTask {
  path: string;
  /** 1-based. */
  line: number;
  title: string;
  lead: string[];
  coop: string[];
  guide: string[];
  deadline: string | null;
  /** People answerable for the task (牵头领导, 责任领导 columns or labels), as written. */
  leaders: string[];
}

export interface LedgerUnit {
  name: string;
  leads: number;
  cooperates: number;
}

export interface Ledger {
  file: string;
  tasks: LedgerTask[];
  units: LedgerUnit[];
}

/**
 * Annotated tasks, the tasks that should name units but do not, and the items that give only their
 * time (these two with empty units).
 */
export function buildLedger(doc: GongwenDocument, file: string, config: Config = defaultConfig()): Ledger {
  const missing: LedgerTask[] = tasksNeedingUnits(doc, config).map((h) => {
    const last = h.children.length ? h.children[0].line - 1 : h.endLine;
    const timed = timeAtStart(doc, h, withoutBullet(firstSentence(h.title)), deadlineBracketOn(doc.source.lines, h.line, last) ?? deadlineLabelOn(doc.source.lines, h.line, last));
    // Else its stage's (`（一）动员部署阶段（2025年3月底前）` above it).
    const staged = timed.deadline === null ? stageTime(h, timed.title) : null;
    const title = staged?.title ?? timed.title;
    const deadline = (staged ? staged.deadline : timed.deadline) ?? deadlineInText(textBetween(doc, h.titleRange.start, { line: last, character: doc.source.lines[last]?.contentEnd ?? 0 }));
    // Its leaders, on label lines of their own or in a bracket that names them and no unit.
    const leaders = leaderLinesOn(doc, h.line + 1, last);
    for (const n of leadersInBracketsOn(doc.source.lines, h.line, last)) if (!leaders.includes(n)) leaders.push(n);
    return { path: headingPath(h), line: h.line + 1, title, lead: [], coop: [], guide: [], deadline, leaders };
  });
  // Items that give only their time (`（8月）`) are listed too, with no units, unless asked for above.
  const listed = new Set(missing.map((t) => t.line));
  const scheduled: LedgerTask[] = scheduledItems(doc)
    .filter(({ heading: h }) => !listed.has(h.line + 1))
    .map(({ heading: h, deadline }) => ({ path: headingPath(h), line: h.line + 1, title: withoutBullet(h.title), lead: [], coop: [], guide: [], deadline, leaders: [] }));
  const tasks = [...withDeadlinesInText(doc, mergeRepeats(doc.tasks)).map(toLedgerTask), ...missing, ...scheduled].sort((a, b) => a.line - b.line);
  // One row per unit, whichever script and brackets a name is written in (市數據局 and 市数据局,
  // 各县〔市、区〕 and 各县（市、区） pasted into one plan are one unit), under the writing used
  // most, on a tie the simplified one with full-width brackets.
  const units = new Map<string, LedgerUnit>();
  const writings = new Map<string, Map<string, number>>();
  const unit = (name: string) => {
    const key = sameUnits([name]);
    let u = units.get(key);
    if (!u) {
      units.set(key, (u = { name, leads: 0, cooperates: 0 }));
      writings.set(key, new Map());
    }
    const seen = writings.get(key)!;
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    const usual = seen.get(u.name)!;
    if (n > usual || (n === usual && name === key)) u.name = name;
    return u;
  };
  for (const t of tasks) {
    for (const n of t.lead) unit(n).leads++;
    for (const n of [...t.coop, ...t.guide]) unit(n).cooperates++;
  }
  return { file, tasks, units: [...units.values()].sort((a, b) => b.leads - a.leads || b.cooperates - a.cooperates || a.name.localeCompare(b.name, 'zh')) };
}

/** The people `责任领导：` lines `first` to `last` name (a task that names its leader and not yet its units). */
function leaderLinesOn(doc: GongwenDocument, first: number, last: number): string[] {
  const out: string[] = [];
  for (let k = first; k <= last && k < doc.source.lineCount; k++) {
    const names = leadersOnLabelLine(doc.source.content(k));
    if (names) for (const n of names) if (!out.includes(n)) out.push(n);
  }
  return out;
}

/**
 * The tasks, each once: a plan often repeats its tasks in a 任务分工表 appended to it. A table row
 * whose task cell is a task's title in the text, with the same lead, is that task: one row, the
 * text's (its number and line), with the deadline and leaders the table adds.
 */
function mergeRepeats(tasks: readonly Task[]): readonly Task[] {
  const inText = new Map<string, Task>();
  for (const t of tasks) if (!t.annotations.some((a) => a.row)) inText.set(sameTitle(t.title), t);
  if (inText.size === 0 || inText.size === tasks.length) return tasks;
  const merged = new Map<Task, Task>();
  const repeats = new Set<Task>();
  for (const t of tasks) {
    const row = t.annotations.find((a) => a.row)?.row;
    if (!row) continue;
    const body = inText.get(sameTitle(row.title.split('：')[0])) ?? inText.get(sameTitle(t.title));
    if (!body || merged.has(body) || sameUnits(body.lead) !== sameUnits(t.lead)) continue;
    merged.set(body, { ...body, deadline: body.deadline ?? t.deadline, leaders: body.leaders.length ? body.leaders : t.leaders });
    repeats.add(t);
  }
  if (repeats.size === 0) return tasks;
  return tasks.filter((t) => !repeats.has(t)).map((t) => merged.get(t) ?? t);
}

/**
 * The tasks, a task that gives no deadline otherwise with the one its text states in a clause of its
 * own (`整合各部门数据资源，2025年6月底前完成平台迁移。（市数据局牵头）`: deadlineInText), read from
 * its heading's title, or the end of the annotation before it under the same heading, to its own
 * annotation. Not a table's row, nor a task whose annotation stands below its heading's items.
 */
function withDeadlinesInText(doc: GongwenDocument, tasks: readonly Task[]): readonly Task[] {
  let out: Task[] | null = null;
  let prev: Task | null = null;
  tasks.forEach((t, k) => {
    const before = prev;
    prev = t;
    const h = t.heading;
    const a = t.annotations[0];
    if (t.deadline !== null || !h || !a || a.row) return;
    const own = h.children.length ? h.children[0].line - 1 : h.endLine;
    if (a.range.start.line < h.line || a.range.start.line > own) return;
    const from = before && before.heading === h && before.annotations.length ? before.annotations[before.annotations.length - 1].range.end : h.titleRange.start;
    const deadline = deadlineInText(textBetween(doc, from, a.range.start));
    if (deadline === null) return;
    out ??= tasks.slice();
    out[k] = { ...t, deadline };
  });
  return out ?? tasks;
}

/** The text from `from` to `to`, its lines' content joined. */
function textBetween(doc: GongwenDocument, from: Position, to: Position): string {
  let s = '';
  for (let k = from.line; k <= to.line && k < doc.source.lineCount; k++) {
    const l = doc.source.lines[k];
    const start = k === from.line ? Math.max(from.character, l.contentStart) : l.contentStart;
    const end = k === to.line ? Math.min(to.character, l.contentEnd) : l.contentEnd;
    if (l.kind === 'text' && end > start) s += l.text.slice(start, end);
  }
  return s;
}

/** A title as compared: script, spaces and punctuation aside. */
function sameTitle(title: string): string {
  return simplified(title).replace(/[\s\u3000，。、；：:;,.“”"《》（）()〔〕]/g, '');
}

/** Units as compared: script and bracket forms aside (`学生工作部〔处〕` is `学生工作部（处）`). */
function sameUnits(units: readonly string[]): string {
  return units.map((u) => simplified(u).replace(/[〔(［\[]/g, '（').replace(/[〕)］\]]/g, '）')).join('、');
}

function toLedgerTask(t: Task): LedgerTask {
  return { path: t.path, line: t.line + 1, title: t.title, lead: t.lead, coop: t.coop, guide: t.guide, deadline: t.deadline, leaders: t.leaders };
}

/**
 * People as one cell: parted by 、, or by ； where a person's posts are listed with 、
 * (`党委书记、董事长 林志远；党委副书记、总经理 覃建军`).
 */
export function joinLeaders(names: readonly string[]): string {
  return names.join(names.some((n) => n.includes('、')) ? '；' : '、');
}

/** The table's columns and rows; a 责任领导 column only where some task names its leaders. */
function table(l: Ledger): { headers: string[]; rows: string[][] } {
  const withLeaders = l.tasks.some((t) => t.leaders.length > 0);
  const headers = ['序号', '任务', '牵头单位', '配合单位', '指导单位', ...(withLeaders ? ['责任领导'] : []), '完成时限', '行号'];
  const rows = l.tasks.map((t) => [
    t.path,
    t.title,
    t.lead.join('、'),
    t.coop.join('、'),
    t.guide.join('、'),
    ...(withLeaders ? [joinLeaders(t.leaders)] : []),
    t.deadline ?? '',
    String(t.line),
  ]);
  return { headers, rows };
}

/** RFC 4180 CSV with a UTF-8 BOM and CRLF line ends. */
export function ledgerToCsv(l: Ledger): string {
  const cell = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const { headers, rows } = table(l);
  return '\ufeff' + [headers, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

export function ledgerToMarkdown(l: Ledger, title = '任务分工表'): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
  const { headers, rows } = table(l);
  const lines = [`# ${title}`, '', `| ${headers.join(' | ')} |`, `|${headers.map(() => '---').join('|')}|`];
  for (const r of rows) lines.push(`| ${r.map(cell).join(' | ')} |`);
  lines.push('', '## 单位统计', '', '| 单位 | 牵头任务数 | 配合任务数 |', '|---|---|---|');
  for (const u of l.units) lines.push(`| ${cell(u.name)} | ${u.leads} | ${u.cooperates} |`);
  return lines.join('\n') + '\n';
}
