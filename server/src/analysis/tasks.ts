/**
 * Tasks: which items carry responsible units, and which should.
 *
 * An annotation belongs to the innermost heading whose block holds it. A heading with one
 * annotation is one task; a paragraph carrying several annotations (form 8) holds one task per
 * annotation, each the sentence run before it. Consecutive label lines (form 6) are one task.
 *
 * What must carry units is inferred from the document itself (tasksNeedingUnits).
 */
import { DEADLINE_LABEL, deadlineBracketOn, isOneOf, timeEndingTitle, isPersonLine, leadersOnLabelLine, leadingTime, leadsByDefault, namesUnitsInSentence, parseUnits, sayingOf, unitsSaid } from './annotations';
import { isCollective, isLocalities, isUnitLike } from './units';
import { Config } from './config';
import { markerFor, matchMarker, withoutBullet } from './markers';
import { Annotation, GongwenDocument, Heading, Task, UnitRef, UnitRole } from './model';
import { NONE, sharedList } from './memo';
import { isAimsSection, isPlaceSection, namesArrangement, NO_REPORT, reportingAt, reportingHeading, reportModes, sameReportModes, SECTION_TITLE } from './titles';
import { headingAt, headingMemo, headingStamp, isQuestion, Section } from './structure';
import { firstAt, Range } from './types';
import { list, one } from './young';
import { readable, simplified } from './script';
import { isAnalysedText, SourceText } from './source';
import { continues, wrappingOf } from './wrapping';

/**
 * Markers of items that may be tasks. A 规划's `第X节` is one (its text under `第X章` says what is
 * done, and carries units as its siblings do); `第X章` heads a part of the work and `第X条` a rule.
 */
const TASK_KINDS = new Set(['cn', 'parenCn', 'arabic', 'parenArabic', 'circled', 'section']);

/**
 * A value worked out per heading from its ancestors', for a walk over headings in document order:
 * it keeps the last heading seen at each depth, which is where a heading's ancestors are when the
 * walk reaches it (no map of every heading: this runs for every heading an edit rebuilds).
 */
class DepthMemo<T> {
  private readonly headings = list<Heading | null>();
  private readonly values = list<T | undefined>();

  get(h: Heading): T | undefined {
    return this.headings[h.depth] === h ? this.values[h.depth] : undefined;
  }

  set(h: Heading, value: T): T {
    while (this.headings.length <= h.depth) {
      this.headings.push(null);
      this.values.push(undefined);
    }
    this.headings[h.depth] = h;
    this.values[h.depth] = value;
    return value;
  }
}

/**
 * The markers from the top down to `h`, e.g. `四、（二）2.`. `memo` lets many calls share their
 * ancestors' paths, as building every task of a document does (in document order).
 */
export function headingPath(h: Heading, memo?: DepthMemo<string>): string {
  const known = memo?.get(h);
  if (known !== undefined) return known;
  // A marker's canonical spelling is markerFor(kind, value), kept with its match (markers.ts), except
  // for decimal numbering, which it keeps as written, and a web article's section number, kept as
  // written too (`/ 01 /`, `01｜`): that one is its two digits, parted from the levels under it
  // (`01 › 1.`, not `011.`), as its number ends in no mark of its own.
  const m = h.marker;
  const p = h.parent;
  // A division (`第二部分：`, kept as written) is its numeral and noun, without the colon after them: `第二部分一、（一）`.
  const own = m.kind === 'decimal' || m.kind === 'padded' ? markerFor(m.kind, m.value) : m.kind === 'division' || m.kind === 'phase' ? m.text.slice(0, m.text.length - m.punct.length) : m.canonical;
  const path = (p ? headingPath(p, memo) + (p.marker.kind === 'padded' ? PADDED_JOIN : '') : '') + own;
  memo?.set(h, path);
  return path;
}

/**
 * The path of a table's category row on `line` (`一、优化政务服务`, `（二）…` under `一、…`), as the
 * rows under it name it: its heading's path (`一、（二）`); for one that is no heading (a Markdown
 * table's `| 一、优化政务服务 |`, or `一<TAB>优化政务服务` in two cells, or `一` then `优化政务服务` each
 * a line), its marker's canonical spelling (`一、`); else nothing.
 */
function categoryPath(doc: GongwenDocument, line: number): string {
  const h = headingAt(doc.headings, line);
  if (h && h.line === line) return headingPath(h);
  const text = doc.source.content(line).replace(/^\|[\s\u3000]*/, '');
  // Or its numeral alone on its line, its name on the next (a table with one cell a line).
  const two = /^([一二三四五六七八九十]{1,3})[、.．]?(?:\t|[\s\u3000]*\||[\s\u3000]*$)/.exec(text);
  if (two) return `${two[1]}、`;
  const m = matchMarker(text);
  return m && (m.kind === 'cn' || m.kind === 'parenCn') ? m.canonical : '';
}

/** Whether two of `rows` have one path. */
function sharedPath(rows: readonly Task[]): boolean {
  const seen = new Set<string>();
  for (const t of rows) {
    if (seen.has(t.path)) return true;
    seen.add(t.path);
  }
  return false;
}

/** What parts a web article's section number (`01`) from the path of the levels under it. */
const PADDED_JOIN = ' › ';

/** Labels an event's organisers are listed by (and a body's members: `牵头单位：` `成员单位：`). */
const ORGANISER_LABEL = /^【?(主办|承办|协办|支持|指导|牵头|成员|参与|参加)单位/;
/** Sections that list who organises an event or makes up a body, not who does a task. */
const ORGANISERS_SECTION = /组织单位|组织机构|组织架构|机构设置|活动单位|举办单位|主办单位|成员单位|组成人员|组成$/;

/**
 * `annotations` without the label lines that list an event's organisers (`主办单位：…` `承办单位：…`
 * `协办单位：…`) or a joint meeting's members (`牵头单位：省民政厅` under `六、联席会议组成`): under a
 * section that says so, or a run with a 主办单位 line beside a 承办, 支持 or 指导 one. `承办单位：X`
 * `协办单位：Y` under a task, or `主办单位：` `协办单位：` in a 交办单, name who does it and are kept.
 * Nor any annotation in a section that says where and when an event is held (titles.ts isPlaceSection).
 * Reads only the heading the lines stand under.
 */
export function withoutOrganisers(annotations: Annotation[], headings: readonly Heading[]): Annotation[] {
  let out: Annotation[] | null = null;
  const n = annotations.length;
  // Most documents have no such section: then no annotation's section is looked up.
  const places = headings.some(isPlaceSection);
  for (let i = 0; i < n; ) {
    const a = annotations[i];
    let j = i + 1;
    if (places && !a.row && !a.prose && inPlaceSection(a.line, headings)) {
      out ??= annotations.slice(0, i);
      i = j;
      continue;
    }
    if (a.form === 6 && !a.row) {
      // The run of label lines on consecutive lines.
      while (j < n && annotations[j].form === 6 && !annotations[j].row && annotations[j].line === annotations[j - 1].line + 1) j++;
      if (organisers(annotations, i, j, headings)) {
        out ??= annotations.slice(0, i);
        i = j;
        continue;
      }
    }
    if (out) for (let k = i; k < j; k++) out.push(annotations[k]);
    i = j;
  }
  return out ?? annotations;
}

function organisers(annotations: Annotation[], from: number, to: number, headings: readonly Heading[]): boolean {
  const labels: string[] = [];
  for (let k = from; k < to; k++) {
    const m = ORGANISER_LABEL.exec(simplified(annotations[k].inner));
    if (!m) return false;
    labels.push(m[1]);
  }
  if (labels.includes('主办') && labels.some((l) => l === '承办' || l === '支持' || l === '指导')) return true;
  const line = annotations[from].line;
  const h = headingAt(headings, line);
  // `协办单位：X` alone (an event's co-organiser, as a notice's `五、其他` names it), under a
  // section's name: who does a task co-operates beside a lead, and is 配合 as a rule. Outside every
  // heading it may be a 交办单's whose 承办单位 was left blank (GW202 asks for it).
  if (labels.every((l) => l === '协办' || l === '支持') && h !== null && h.title.length <= SECTION_TITLE) return true;
  return h !== null && ORGANISERS_SECTION.test(simplified(h.title));
}

/** Whether `line` lies in the block of a heading (the innermost) that says where or when an event is held. */
function inPlaceSection(line: number, headings: readonly Heading[]): boolean {
  const h = headingAt(headings, line);
  return h !== null && isPlaceSection(h);
}



/**
 * `annotations` without the brackets of a list of people one a line, each with their unit
 * (`张晓明（市应急管理局）`, a 表彰通报's 先进个人): a paragraph of its own that is a name and a bracket
 * (annotations.ts isPersonLine) is no task's, not in a hard-wrapped copy the tail of a paragraph
 * going on from the line above (`……营造良好氛` | `围（市委宣传部）`). Reads only the annotation's line and the one above.
 */
export function withoutPeople(annotations: Annotation[], source: SourceText): Annotation[] {
  let out: Annotation[] | null = null;
  for (let i = 0; i < annotations.length; i++) {
    const a = annotations[i];
    if (!personOn(a, source)) {
      if (out) out.push(a);
    } else out ??= annotations.slice(0, i);
  }
  return out ?? annotations;
}

function personOn(a: Annotation, source: SourceText): boolean {
  if (a.row || a.prose) return false;
  const l = source.lines[a.line];
  // Cheap first, by lengths alone (a range is made when read): a name of two to four characters and the bracket, the whole line.
  const rest = l.contentEnd - l.contentStart - a.inner.length - 2;
  if (rest < 2 || rest > 6 || !isPersonLine(source.content(a.line).trim())) return false;
  let above = a.line - 1;
  while (above >= 0 && !isAnalysedText(source.lines[above])) above--;
  return !continues(source, wrappingOf(source), above, a.line);
}

/** A list of decisions, by its parent's title (`二、会议议定事项`) or the line that introduces it (`会议议定：`). */
const DECISIONS_TITLE = /议定|决定事项|商定事项|交办事项|督办事项|会议要求/;
const DECISIONS_INTRO = /(?:议定|会议(?:要求|决定|确定|明确|商定|同意|研究决定)|研究决定|决定如下|商定如下|交办事项|督办事项)[^。；;]{0,16}[：:]$/;

/**
 * `annotations` without the assignments said in an item's sentence (Annotation.prose) that are no
 * task's: not on a numbered item's own line, or standing later in the sentence (`原则同意……，由A
 * 牵头，B配合，……`) of an item outside a list of decisions (a 纪要's `会议议定：`, `二、议定事项`).
 * An item whose sentence opens with the assignment (`（二）由A牵头，B配合，于……前组织……`) is one
 * wherever it stands. Reads the item's parent and the line above its list.
 */
export function withoutStrayAssignments(annotations: Annotation[], doc: Pick<GongwenDocument, 'headings' | 'parts' | 'source'>): Annotation[] {
  let out: Annotation[] | null = null;
  for (let i = 0; i < annotations.length; i++) {
    const a = annotations[i];
    const keep = !a.prose || assignedInItem(a, doc);
    if (!keep) out ??= annotations.slice(0, i);
    else if (out) out.push(a);
  }
  return out ?? annotations;
}

function assignedInItem(a: Annotation, doc: Pick<GongwenDocument, 'headings' | 'parts' | 'source'>): boolean {
  const k = firstAt(doc.headings, a.line + 1) - 1;
  const h = k >= 0 ? doc.headings[k] : null;
  if (!h || h.line !== a.line || !TASK_KINDS.has(h.marker.kind) || doc.parts[h.part].kind === 'cover') return false;
  if (a.prose === 'start' || a.prose === 'end') return true;
  if (h.parent && DECISIONS_TITLE.test(simplified(h.parent.title))) return true;
  // The line right above the list's first item: the parent's own line, or a paragraph under it.
  const first = h.parent ? h.parent.children[0] : doc.parts[h.part].headings[0];
  let above = first.line - 1;
  while (above >= 0 && !isAnalysedText(doc.source.lines[above])) above--;
  if (above < 0 || (h.parent && above === h.parent.line && !h.parent.runIn)) return false;
  return DECISIONS_INTRO.test(doc.source.content(above).trim());
}

/** The previous version's model and sections, for taking over the tasks of sections taken over whole. */
export interface TasksHandover {
  doc: GongwenDocument;
  sections: readonly Section[];
  /** Whether any of its annotations declares defaults (`以下均需X落实`). */
  defaults: boolean;
  /** Whether any of its tasks is a unit heading's (HeadingUnits); unknown is read as yes. */
  unitHeaded?: boolean;
  /** Whether its annotations are all those found on its lines (AnnotationsTaken `whole`); unknown is read as no. */
  whole?: boolean;
}

/**
 * What the caller knows of this version's annotations: when `sameOutside`, every annotation on a
 * line outside `source.changedLines` is the previous version's object, and both versions have only
 * the annotations their lines hold on their own (no near misses found across lines).
 */
export interface AnnotationsTaken {
  sameOutside: boolean;
  /**
   * Whether this version's annotations are all those found on its lines (withoutOrganisers,
   * withoutPeople and withoutStrayAssignments left none out). With `sameOutside`, and the same
   * of the previous version, the annotations on lines outside the changed ones are the previous
   * version's, all of them (keptTasks then compares no section's).
   */
  whole?: boolean;
}

/**
 * The document's tasks, and whether it declares defaults (for the next version's TasksHandover).
 * `sections`: this version's sections; those taken over from the previous version (`previous`)
 * keep its tasks when their annotations are the same objects (keptTasks).
 */
export function buildTasks(doc: GongwenDocument, config: Config, sections?: readonly Section[], previous?: TasksHandover, taken?: AnnotationsTaken): { tasks: Task[]; defaults: boolean; unitHeaded: boolean } {
  // A report's sections that tell what was done hold no tasks (titles.ts reportingHeading): by the
  // parts' titles, so the sections taken over keep their tasks only while those are the same.
  const modes = reportModes(doc);
  const kept = sections && previous && !previous.defaults && sameReportModes(modes, reportModes(previous.doc)) ? keptTasks(doc, sections, previous, taken) : null;
  const byHeading = new Map<Heading | null, Annotation[][]>();
  let lastLabel: Annotation[] | null = null;
  let titled: Map<Annotation[], string> | null = null;
  const rows: Task[] = [];
  let span = 0;
  const all = doc.annotations;
  for (let i = 0; i < all.length; i++) {
    const a = all[i];
    if (kept) {
      const spans = kept.spans;
      while (span < spans.length && spans[span].to <= a.line) span++;
      if (span < spans.length && a.line >= spans[span].from) {
        // Past the span's annotations at once (they are its tasks').
        i = firstAt(all, spans[span].to) - 1;
        lastLabel = null;
        continue;
      }
    }
    // `……普及率达到96.5%（县水利局、县交通运输局）` in a report's `一、主要工作及成效`: who did it, no task.
    if (modes && reportingAt(doc, modes, a.line)) {
      lastLabel = null;
      continue;
    }
    if (a.row) {
      // A table row is a task of its own: its index cell is its path, after its category's
      // (`一、1`) where the rows are numbered from 1 under each category row.
      const category = a.row.category;
      rows.push(makeTask(null, (category !== undefined ? categoryPath(doc, category) : '') + a.row.index, a.row.title, [a], a.line));
      continue;
    }
    const alone = a.range.start.character === doc.source.lines[a.line].contentStart;
    let h = headingAt(doc.headings, a.line);
    // A bracket alone on its line outside every heading's block (`（某某局）` under a title).
    if (h === null && a.form !== 6 && alone) continue;
    // On its own line after the last item of a list its task introduces (`具体包括：` `（1）…` `（2）…`),
    // or after items none of which names units of its own: the task's.
    // Label lines (`牵头单位：…`) stand under the item they describe.
    if (h && h.line < a.line && h.parent) h = listOwner(doc, h, a.line, alone, a.form !== 6 && (i === 0 || all[i - 1].line < h.parent.line));
    // A run of label lines under a line naming the task (`交办事项：…`, a 交办单's): titled by it, and
    // no item's when other lines stand between the item and it (a second 交办单 after the first's items).
    let named: { title: string; detached: boolean } | null = null;
    if (a.form === 6 && !(lastLabel && lastLabel[lastLabel.length - 1].line === a.line - 1)) {
      named = taskLabelAbove(doc, a.line, h);
      if (named?.detached) h = null;
    }
    // The heading takes its place in the order of tasks where it first comes (the Map's order), with
    // no group yet; its first group is a list of exactly one. Most headings have one group: a list
    // pushed to from empty reserves 17 and, kept while every later annotation is placed, was ~2 MB of
    // the old generation's garbage at the end of a 1M-character plan's cold analysis.
    let groups = byHeading.get(h);
    if (!groups) byHeading.set(h, (groups = NONE as never[]));
    // Label lines on consecutive lines describe one task.
    if (a.form === 6 && lastLabel && lastLabel[lastLabel.length - 1].line === a.line - 1) {
      lastLabel.push(a);
      continue;
    }
    const group = one(a);
    if ((groups as readonly unknown[]) === NONE) byHeading.set(h, one(group));
    else groups.push(group);
    lastLabel = a.form === 6 ? group : null;
    if (named) (titled ??= new Map()).set(group, named.title);
  }

  const tasks = list<Task>();
  const defaults: Array<{ line: number; units: string[] }> = [];
  const paths = new DepthMemo<string>();
  for (const [h, groups] of byHeading) {
    groups.forEach((group, k) => {
      const first = group[0];
      const path = h ? headingPath(h, paths) + (groups.length > 1 ? `#${k + 1}` : '') : '';
      const last = group[group.length - 1];
      // A 交办单 whose form lists its units above the matter (`承办单位：…` | `交办事项：…` | `办结时限：…`).
      const below = h === null && first.form === 6 && !titled?.has(group) ? matterBelow(doc, last.range.end.line) : null;
      const title = titled?.get(group) ?? below?.title ?? (h && groups.length === 1 ? titleOf(h, first) : sentenceBefore(doc, group, k > 0 ? groups[k - 1] : null, h));
      const task = makeTask(h, path, title, group, first.line);
      // Label lines (`牵头单位：…`), or a bracket ending its line, are often followed by a `完成时限：…` line of their own.
      if (task.deadline === null && (first.form === 6 || endsItsLine(doc, last))) task.deadline = deadlineLineAfter(doc, below ? below.line : last.range.end.line);
      if (h && groups.length === 1) {
        const timed = timeAtStart(doc, h, task.title, task.deadline);
        task.title = timed.title;
        task.deadline = timed.deadline;
      }
      if (h && task.deadline === null) {
        const staged = stageTime(h, groups.length === 1 ? task.title : null);
        task.title = staged.title ?? task.title;
        task.deadline = staged.deadline;
      }
      if (first.form === 6) {
        // And with a `牵头领导：` line of their own beside them.
        const leaders = leaderLinesAround(doc, first.line, group[group.length - 1].line);
        if (leaders.length) task.leaders = [...new Set([...task.leaders, ...leaders])];
      }
      tasks.push(task);
      for (const a of group) if (a.defaults.length) defaults.push({ line: a.line, units: a.defaults });
    });
  }
  // A declared default changes later tasks, kept ones too: then every task is built afresh.
  if (kept && defaults.length) return buildTasks(doc, config);
  // Tables each under a heading of their own, their rows numbered from 1 under each (`一、教育惠民`
  // then its table, `二、健康惠民` then its): where rows would share a path, a row with no category
  // row above it names its heading's path before its 序号 (`一、1`), as a category row's do.
  if (rows.length > 1 && sharedPath(rows)) {
    for (let k = 0; k < rows.length; k++) {
      const t = rows[k];
      if (t.annotations[0].row?.category !== undefined) continue;
      const h = headingAt(doc.headings, t.line);
      if (h) rows[k] = makeTask(null, headingPath(h) + t.path, t.title, t.annotations, t.line);
    }
  }
  for (const t of rows) tasks.push(t);
  // Made afresh every time, as they depend on the list of headings around the section (kept tasks drop theirs).
  const was = kept ? previous!.doc.tasks : null;
  const count = tasks.length;
  unitHeadedTasks(doc, config, tasks, kept && was, kept && kept.ranges, sections);
  const unitHeaded = tasks.length > count;
  // Mostly in order already (headings come in document order; table rows and a paragraph's
  // several tasks may not): sorted only when they are not. Kept tasks are in order, and on
  // lines none of the others stand on.
  if (!inOrder(tasks)) tasks.sort(byPosition);
  if (kept && was) {
    // The previous version's tasks, a run of sections at a time, in one engine call each; with
    // unit headings' tasks among them, those left out, one by one.
    const none = previous!.unitHeaded === false;
    const out = none ? mergedRanges(tasks, was, kept.ranges) : merged(tasks, keptList(was, kept.ranges));
    // What tasksNeedingUnits kept for a section taken over holds for this list too: the tasks on
    // its lines are the previous ones, none added (no unit heading's task in either version).
    const gen = nextGeneration();
    const prior = TASKS_GENERATION.get(was);
    if (none && !unitHeaded && prior !== undefined) {
      const ks = kept.sections;
      for (let r = 0; r < ks.length; r += 2) {
        for (let k = ks[r]; k < ks[r + 1]; k++) {
          const needs = headingMemo.get(sections![k].head);
          if (needs instanceof SubtreeNeeds && needs.seen === prior) needs.seen = gen;
        }
      }
    }
    TASKS_GENERATION.set(out, gen);
    return { tasks: out, defaults: false, unitHeaded };
  }
  TASKS_GENERATION.set(tasks, nextGeneration());
  // A declared default (`以下均需X落实`) makes X responsible for later tasks that name no lead.
  if (defaults.length) {
    for (const t of tasks) {
      if (t.lead.length) continue;
      const d = [...defaults].reverse().find((x) => x.line < t.line);
      if (d) t.lead = [...d.units];
    }
  }
  return { tasks, defaults: defaults.length > 0, unitHeaded };
}

/**
 * A number per list of tasks buildTasks made (the document's `tasks`), from 1: what
 * tasksNeedingUnits kept for a subtree (SubtreeNeeds `seen`) says which list it holds for.
 */
const TASKS_GENERATION = new WeakMap<readonly Task[], number>();
let generation = 0;

function nextGeneration(): number {
  generation = (generation % 0x3fffffff) + 1;
  return generation;
}

/**
 * A 职责分工 list headed by units (`（一）市委宣传部` then `1.负责……` `2.牵头……`): each item under a
 * heading that is a unit's name alone is that unit's, which leads it, unless the item names units of
 * its own; a unit heading with no items under it, its paragraph below it (`（五）各县（市、区）` |
 * `负责本辖区……`), is one task. Only in a list of two or more such headings, one at least with items
 * under it; never under a heading that merely starts with a unit (`（一）市委宣传部要加强……`). The
 * tasks are added to `tasks` (and their annotation, the heading's unit, stands in no rule's list).
 */
function unitHeadedTasks(doc: GongwenDocument, config: Config, tasks: Task[], was: readonly Task[] | null, ranges: readonly number[] | null, sections?: readonly Section[]): void {
  let owned: Set<Heading> | null = null;
  const hs = doc.headings;
  // A section (structure.ts) whose headings hold no such list is marked so with the stamp below,
  // and passed over whole while the scan takes it over: its headings, subtrees and titles are
  // the same objects (a section copied into another part is a new Section). `open`: the section
  // being read and whether it has held no list so far.
  let next = 0;
  let open: Section | null = null;
  let openEnd = 0;
  let clean = true;
  // Each list of siblings: a part's top-level headings, then each heading's items.
  for (let i = -doc.parts.length; i < hs.length; i++) {
    const parent = i < 0 ? null : hs[i];
    if (open && i >= openEnd) {
      if (clean) sectionStamp.set(open, unitListStamp(config));
      open = null;
    }
    if (sections && parent !== null && open === null) {
      while (next < sections.length && sections[next].head.line < parent.line) next++;
      const s = next < sections.length && sections[next].head === parent ? sections[next] : null;
      if (s) {
        if (sectionStamp.get(s) === unitListStamp(config)) {
          i += s.size - 1;
          continue;
        }
        open = s;
        openEnd = i + s.size;
        clean = true;
      }
    }
    const heads = parent === null ? doc.parts[i + doc.parts.length].headings : parent.children;
    if (heads.length < 2) continue;
    // A heading's items and their titles are its own for its life (a heading taken over from the
    // previous version keeps its subtree): whether they are such a list is kept on it, stamped
    // with the Config it was read under, so an edit does not read every heading's title again.
    const stamp = parent === null ? 0 : unitListStamp(config);
    if (parent !== null) {
      const was = headingStamp.get(parent);
      if (was === stamp) continue;
      if (was !== -stamp) {
        const list = isUnitList(heads, config);
        headingStamp.set(parent, list ? -stamp : stamp);
        if (!list) continue;
      }
      clean = false;
    } else if (!isUnitList(heads, config)) continue;
    if (!owned) {
      owned = new Set();
      for (const t of tasks) if (t.heading) owned.add(t.heading);
      // And the previous version's kept (ranges of `was`), but for its unit headings' own.
      if (was && ranges) for (let r = 0; r < ranges.length; r += 2) for (let k = ranges[r]; k < ranges[r + 1]; k++) if (was[k].heading && !byUnitHeading(was[k])) owned.add(was[k].heading!);
    }
    const paths = new DepthMemo<string>();
    for (let k = 0; k < heads.length; k++) {
      const c = heads[k];
      const said = unitHeading(c, config);
      if (!said || owned.has(c)) continue;
      const annotation = new HeadingUnits(c, said);
      if (!c.children.length) {
        const body = paragraphBelow(doc, c);
        if (body !== null) tasks.push(makeTask(c, headingPath(c, paths), firstSentence(body), [annotation], c.line));
        continue;
      }
      // Its items, leaves of its subtree, where neither they nor an item between holds a task.
      const leaves = (x: Heading): void => {
        for (const d of x.children) {
          if (owned!.has(d) || !TASK_KINDS.has(d.marker.kind)) continue;
          if (d.children.length) leaves(d);
          else tasks.push(makeTask(d, headingPath(d, paths), firstSentence(d.title), [annotation], d.line));
        }
      };
      leaves(c);
    }
  }
  if (open && clean) sectionStamp.set(open, unitListStamp(config));
}

/** Sections none of whose headings holds a list of unit headings, by the stamp of the Config read (unitHeadedTasks). */
const sectionStamp = new WeakMap<Section, number>();

/** Whether `heads` (siblings) hold two or more headings that are units alone, one of them with items. */
function isUnitList(heads: readonly Heading[], config: Config): boolean {
  // Index loops: this runs over every heading a version makes (a for…of allocates its iterator).
  let units = 0;
  let items = false;
  for (let k = 0; k < heads.length; k++) {
    const c = heads[k];
    if (unitHeading(c, config)) {
      units++;
      if (c.children.length) items = true;
    }
  }
  return units >= 2 && items;
}

/** The Config unitListStamp last numbered, and its number (from 1: a heading's stamp starts at 0). */
let stampedConfig: Config | null = null;
let configStamp = 0;

/** A number for `config` (headingStamp: a list's verdict kept under another Config is read again). */
function unitListStamp(config: Config): number {
  if (config !== stampedConfig) {
    stampedConfig = config;
    configStamp = (configStamp % 0x3fffffff) + 1;
  }
  return configStamp;
}

/** A task whose annotation is its unit heading's (HeadingUnits). */
function byUnitHeading(t: Task): boolean {
  return t.annotations[0] instanceof HeadingUnits;
}

/** The first paragraph's text under a heading with no items, within its block; null without one. */
function paragraphBelow(doc: GongwenDocument, h: Heading): string | null {
  if (h.runIn) return null;
  for (let l = h.line + 1; l <= h.endLine; l++) {
    if (!isAnalysedText(doc.source.lines[l])) continue;
    return doc.source.content(l).replace(/[。；;]$/, '');
  }
  return null;
}

/** Generic names of a kind of body (`组织机构`, `领导小组`, `成员单位`): a section's name, no unit's. */
const GENERIC_BODY = /(?:机构|架构|小组|专班|工作组|单位|部门|组织|成员)$/;
/** A title that is units alone, a `：` after them (`市委宣传部：`). */
const UNIT_TITLE_END = /[ \u3000]*[：:]?[ \u3000]*$/;

interface UnitTitle {
  title: string;
  units: ReadonlyArray<{ name: string; role: UnitRole; start: number; end: number }>;
  separators: string[];
}

/** The units a heading's title is alone (unitHeading), by title, per configuration. */
const UNIT_TITLES = new WeakMap<Config, Map<string, UnitTitle | null>>();

/**
 * The units a heading is the name of, alone (`（一）市委宣传部`, `（二）市文明办：`): names in the
 * registry, or shaped as a unit's with its place or body (`市住房和城乡建设局`, `党委办公室`,
 * `各县（市、区）`), never a kind of body (`组织机构`, `领导小组`) nor a sentence (`市委宣传部要加强……`).
 */
function unitHeading(h: Heading, config: Config): UnitTitle | null {
  const title = h.title;
  if (!TASK_KINDS.has(h.marker.kind) || title.length > 40 || h.runIn || NOT_UNIT_TITLE.test(title)) return null;
  let memo = UNIT_TITLES.get(config);
  if (!memo) UNIT_TITLES.set(config, (memo = new Map()));
  let said = memo.get(title);
  if (said === undefined) {
    if (memo.size > 4096) memo.clear();
    memo.set(title, (said = unitsOfTitle(title, config)));
  }
  return said;
}

/** A sentence's marks: no title that is a unit's name alone holds one. */
const NOT_UNIT_TITLE = /[。，；;！？“”《]/;

function unitsOfTitle(title: string, config: Config): UnitTitle | null {
  const text = title.replace(UNIT_TITLE_END, '');
  if (text.length < 2) return null;
  const registered = (n: string) => config.units.includes(n) || n in config.aliases;
  const parsed = parseUnits(text, registered);
  if (!parsed || parsed.deadline || parsed.defaults.length || parsed.legend || parsed.leaders.length || !parsed.units.length) return null;
  // The units are the whole title: nothing but separators between them.
  let at = 0;
  for (const u of parsed.units) {
    if (u.start < at || !/^[、，,和及 \u3000]*$/.test(text.slice(at, u.start))) return null;
    at = u.end;
  }
  if (at !== text.length) return null;
  for (const u of parsed.units) {
    if (registered(u.name) || isLocalities(u.name)) continue;
    if (!isUnitLike(u.name) || isCollective(u.name, config.collectives) || GENERIC_BODY.test(simplified(u.name))) return null;
  }
  return { title: text, units: parsed.units, separators: parsed.separators };
}

/**
 * A unit heading's units, the annotation of the items under it (form 1: the first leads; in their
 * tasks only: no rule reads it as one of the document's). A class, so that the tasks made of it are told apart (keptTasks'
 * are made again), and young (young.ts).
 */
class HeadingUnits implements Annotation {
  range: Range;
  inner: string;
  innerRange: Range;
  form = 1;
  units: UnitRef[];
  deadline = null;
  separators: string[];
  line: number;
  legend = false;
  defaults: string[] = NONE as never[];
  leaders: string[] = NONE as never[];
  constructor(h: Heading, said: UnitTitle) {
    const t = h.titleRange;
    const line = t.start.line;
    const at = t.start.character;
    this.range = this.innerRange = { start: { line, character: at }, end: { line, character: at + said.title.length } };
    this.inner = said.title;
    this.line = line;
    this.separators = said.separators;
    this.units = said.units.map((u) => ({
      name: u.name,
      role: u.role,
      range: { start: { line, character: at + u.start }, end: { line, character: at + u.end } },
      collective: isLocalities(u.name),
    }));
  }
}

/**
 * The tasks of the sections taken over from the previous version (structure.ts Section), with
 * their line spans. A section's tasks are the previous ones when its annotations are the same
 * objects in the same order (an annotation is kept on its Line while the line is unchanged;
 * table rows and annotations found through a near miss are rebuilt every time, so sections with
 * them are built again). A task reads nothing outside its section: its heading and path, its
 * annotations, the sentences before them. Declared defaults (`以下均需X落实`) reach across
 * sections, so with any in the previous version nothing is kept; buildTasks falls back the same
 * way when this version declares one.
 */
function keptTasks(doc: GongwenDocument, current: readonly Section[], previous: TasksHandover, taken?: AnnotationsTaken): Kept | null {
  const before = previous.doc.annotations;
  const now = doc.annotations;
  const prior = previous.sections;
  const tasks = previous.doc.tasks;
  // The annotations on a section's lines are the previous ones, known without looking, when
  // both versions' lists hold every annotation found and those outside the changed lines are
  // the previous version's objects (a section is taken over only when none of its lines changed).
  const same = taken?.sameOutside === true && taken.whole === true && previous.whole === true;
  let kept: Kept | null = null;
  // Both lists of sections are in line order, and a section taken over keeps its line: walked
  // side by side, a run of sections taken over in a row is found by comparing objects only.
  let j = 0;
  for (let i = 0; i < current.length; ) {
    const s = current[i];
    const line = s.head.line;
    while (j < prior.length && prior[j].head.line < line) j++;
    let k = j;
    while (k < prior.length && prior[k] !== s && prior[k].head.line === line) k++;
    // Not the previous version's (a copy in another part is not either: its tasks are built again).
    if (k === prior.length || prior[k] !== s) {
      i++;
      continue;
    }
    // The run: the next sections the previous version's next, each starting where the one before closed.
    let end = i + 1;
    while (end < current.length && k + end - i < prior.length && current[end] === prior[k + end - i] && current[end - 1].closedAt === current[end].head.line) end++;
    for (let from = i; from < end; ) {
      let to = end;
      if (!same) {
        // Else section by section, as the annotations of each may have been left out or kept in one version only.
        while (from < end && !sameAnnotations(before, now, current[from], taken)) from++;
        to = from;
        while (to < end && sameAnnotations(before, now, current[to], taken)) to++;
        if (from === to) break;
      }
      kept ??= { spans: list(), ranges: list(), sections: list() };
      const spanFrom = current[from].head.line;
      const spanTo = current[to - 1].closedAt;
      kept.spans.push({ from: spanFrom, to: spanTo });
      const t = firstAt(tasks, spanFrom);
      const tEnd = firstAt(tasks, spanTo);
      if (tEnd > t) kept.ranges.push(t, tEnd);
      kept.sections.push(from, to);
      from = to;
    }
    j = k + end - i;
    i = end;
  }
  return kept;
}

/** What keptTasks keeps: runs of sections taken over in a row, whose tasks are the previous version's. */
interface Kept {
  /** Their lines, [from, to): the annotations there are the previous version's, all of them its tasks'. */
  spans: Array<{ from: number; to: number }>;
  /** Their tasks, as pairs of indexes [from, to) into the previous version's tasks, in order. */
  ranges: number[];
  /** Their sections, as pairs of indexes [from, to) into this version's sections. */
  sections: number[];
}

/** Whether the annotations on `s`'s lines are the same objects in both versions (both lists are in line order). */
function sameAnnotations(before: readonly Annotation[], now: readonly Annotation[], s: Section, taken?: AnnotationsTaken): boolean {
  const from = s.head.line;
  const to = s.closedAt;
  const p = firstAt(before, from);
  const pEnd = firstAt(before, to);
  const q = firstAt(now, from);
  const qEnd = firstAt(now, to);
  if (pEnd - p !== qEnd - q) return false;
  // Known without looking when they were taken over: only the counts may differ then.
  if (taken?.sameOutside) return true;
  for (let k = 0; k < pEnd - p; k++) if (now[q + k] !== before[p + k]) return false;
  return true;
}

/** The previous version's tasks in `ranges` (keptTasks), but for unit headings' own (made again every time). */
function keptList(was: readonly Task[], ranges: readonly number[]): Task[] {
  const out = list<Task>();
  for (let r = 0; r < ranges.length; r += 2) for (let k = ranges[r]; k < ranges[r + 1]; k++) if (!byUnitHeading(was[k])) out.push(was[k]);
  return out;
}

/**
 * merged(tasks, the previous version's tasks in `ranges`), both in order: each of `tasks` put
 * where merged() puts it (before the kept ones it does not come after), the kept ones copied a
 * run at a time in one engine call (an edit makes a few tasks again and keeps the rest).
 */
function mergedRanges(tasks: readonly Task[], was: readonly Task[], ranges: readonly number[]): Task[] {
  const pieces = list<Task | Task[]>();
  let n = 0;
  for (let r = 0; r < ranges.length; r += 2) {
    let a = ranges[r];
    const b = ranges[r + 1];
    while (n < tasks.length && byPosition(tasks[n], was[b - 1]) <= 0) {
      const t = tasks[n++];
      // The first kept task it does not come after.
      let lo = a;
      let hi = b - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (byPosition(t, was[mid]) > 0) lo = mid + 1;
        else hi = mid;
      }
      if (lo > a) pieces.push(was.slice(a, lo));
      pieces.push(t);
      a = lo;
    }
    if (b > a) pieces.push(was.slice(a, b));
  }
  while (n < tasks.length) pieces.push(tasks[n++]);
  return list<Task>().concat(...pieces);
}

const byPosition = (a: Task, b: Task): number => a.line - b.line || a.range.start.character - b.range.start.character;

function inOrder(tasks: readonly Task[]): boolean {
  for (let i = 1; i < tasks.length; i++) if (byPosition(tasks[i - 1], tasks[i]) > 0) return false;
  return true;
}

/** Two lists of tasks in order, merged in order. */
function merged(a: readonly Task[], b: readonly Task[]): Task[] {
  const out = list<Task>();
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(byPosition(a[i], b[j]) <= 0 ? a[i++] : b[j++]);
  while (i < a.length) out.push(a[i++]);
  while (j < b.length) out.push(b[j++]);
  return out;
}

/** Who leads, co-operates and guides, and by when: what a task's annotations say. */
interface UnitsSummary {
  lead: string[];
  coop: string[];
  guide: string[];
  deadline: string | null;
  leaders: string[];
}

/**
 * Summaries of single annotations, by what the annotation says (annotations.ts sayingOf: its
 * parse, kept per line text). After a keystroke every other task shares its summary with the
 * previous version instead of rebuilding four arrays, and so does every task below a line break
 * typed or deleted (its annotation is made afresh at its new line number, its parse is not).
 * Never mutated.
 */
const SUMMARIES = new WeakMap<object, UnitsSummary>();

function summaryOf(group: Annotation[]): UnitsSummary {
  if (group.length > 1) return summarise(group);
  const key = sayingOf(group[0]);
  let s = SUMMARIES.get(key);
  if (s === undefined) SUMMARIES.set(key, (s = summarise(group)));
  return s;
}

/**
 * One pass over the units, no intermediate arrays. In label lines read as one task
 * (`牵头单位：A` then `责任单位：B、C`), a line whose first unit leads only by being listed first
 * does not lead beside one that names its lead: B and C co-operate, as a table's 责任单位 column
 * does beside a 牵头单位 column.
 */
function summarise(group: Annotation[]): UnitsSummary {
  const leads: string[] = [];
  const responsible: string[] = [];
  const coop: string[] = [];
  const guide: string[] = [];
  let deadline: string | null = null;
  let leaders: string[] = NONE as never[];
  const named = group.length > 1 && group.some((a) => !leadsByDefault(a) && unitsSaid(a).some((u) => u.role === 'lead'));
  for (const a of group) {
    if (deadline === null && a.deadline) deadline = a.deadline;
    if (a.leaders.length) leaders = leaders.length ? [...new Set([...leaders, ...a.leaders])] : a.leaders;
    const outranked = named && leadsByDefault(a);
    for (const u of unitsSaid(a)) {
      const into = u.role === 'lead' ? (outranked ? coop : leads) : u.role === 'responsible' ? responsible : u.role === 'coop' ? coop : guide;
      if (!into.includes(u.name)) into.push(u.name);
    }
  }
  // Units said to be 负责 beside a named lead take part in its work, as a 责任单位 column does beside
  // a 牵头单位 column: `（A牵头，各区政府负责）` is led by A alone. Without a named lead they are
  // units said to answer each for its own share (`（A、B分别负责）`; in a plain list the parser has
  // made the first of them lead): each leads its share. A co-operating unit that also leads is a lead.
  const led = leads.length > 0;
  for (const name of responsible) if (!leads.includes(name)) (led ? coop : leads).push(name);
  // Empty lists are one shared frozen array (most tasks name no guide and many no co-operator).
  return { lead: orNone(leads), coop: orNone(coop.length ? coop.filter((u) => !leads.includes(u)) : coop), guide: orNone(guide), deadline, leaders };
}

const orNone = (names: string[]): string[] => (names.length ? sharedList(names) : (NONE as never[]));

/** Run for every task of every analysis. */
function makeTask(h: Heading | null, path: string, title: string, group: Annotation[], line: number): Task {
  // `▲做强特色产业。（A牵头）`: the title without the line's bullet.
  return new TaskNode(h, path, withoutBullet(title), group, line, summaryOf(group));
}

/**
 * A class, not a literal: rebuilt on every analysis, it must start young (young.ts). Its fields
 * are Task's (the interface below merges them in), assigned in the constructor in its order.
 */
interface TaskNode extends Task {}
class TaskNode {
  constructor(h: Heading | null, path: string, title: string, group: Annotation[], line: number, s: UnitsSummary) {
    const whole = h !== null && path.indexOf('#') < 0;
    this.heading = h;
    this.path = path;
    this.line = whole ? h.line : line;
    this.title = title;
    this.range = whole ? h.blockRange : group[0].range;
    this.annotations = group;
    this.lead = s.lead;
    this.coop = s.coop;
    this.guide = s.guide;
    this.deadline = s.deadline;
    this.leaders = s.leaders;
  }
}

/**
 * A heading task's title: the heading's, without the annotation when that closes the title itself
 * (`（三）完善基础设施（区城管局牵头，区住建局配合）`, no 。 between them).
 */
function titleOf(h: Heading, a: Annotation): string {
  if (a.prose) return proseTitle(h, a);
  const label = ITEM_LABEL.exec(h.title);
  const from = label ? label[0].length : 0;
  // Most titles hold no bracket: no ranges made for them (this runs for every task built).
  if (a.line !== h.line || (h.title.indexOf('（') < 0 && h.title.indexOf('(') < 0)) return firstSentence(from ? h.title.slice(from) : h.title);
  const title = h.titleRange;
  const at = a.range.start.character;
  if (at <= title.start.character || at >= title.end.character) return firstSentence(h.title.slice(from));
  return firstSentence(h.title.slice(from, at - title.start.character).replace(/[\s\u3000，,；;：:]+$/, ''));
}

/**
 * The title of an item whose sentence assigns the work (`原则同意《……》，由A牵头，B配合，根据……修改
 * 完善后，于6月底前提请……审议`): the sentence without the units and the deadline.
 */
function proseTitle(h: Heading, a: Annotation): string {
  const t = h.titleRange;
  let s = a.range.start.character - t.start.character;
  let e = a.range.end.character - t.start.character;
  if (t.start.line !== a.line || s < 0 || e > h.title.length) return firstSentence(h.title);
  const title = h.title;
  if (s > 0 && isOneOf(title.charCodeAt(s - 1), '由请')) s--;
  // With the `，` that parts it from what follows; or the one before it where it ends the sentence.
  // `由A会同B研究提出……`: the duty goes on right after the units, the `，` before is kept.
  if (e < title.length && isOneOf(title.charCodeAt(e), '，,')) e++;
  else if (e >= title.length && s > 0 && isOneOf(title.charCodeAt(s - 1), '，,')) s--;
  let rest = title.slice(0, s) + dutyInside(a, title, t.start.character) + title.slice(e);
  if (a.deadline) {
    const at = rest.indexOf(a.deadline);
    if (at >= 0) rest = rest.slice(0, at > 0 && isOneOf(rest.charCodeAt(at - 1), '于在') ? at - 1 : at) + rest.slice(at + a.deadline.length);
  }
  // `市应急管理局要加强值班值守`: the duty without the verb its subject left behind.
  return firstSentence(rest.replace(/^[，,\s\u3000]+/, '').replace(/^(?:要|须|务必)(?=.)/, '')) || firstSentence(title);
}

/**
 * The duty an assignment's units stand around (`市消防救援支队负责开展专项治理，市住建局配合`: `开展专项治理`),
 * between the verb after its lead and the clause of the units that co-operate; '' where none is.
 */
function dutyInside(a: Annotation, title: string, titleStart: number): string {
  const units = a.units;
  const coop = units.findIndex((u) => u.role === 'coop');
  if (coop <= 0) return '';
  let from = units[coop - 1].range.end.character - titleStart;
  const verb = /^(?:牵头负责|负责牵头|牵头落实|牵头抓总|负责落实|负责实施|负总责|牵头|负责)/.exec(title.slice(from));
  if (!verb) return '';
  from += verb[0].length;
  const to = Math.max(title.lastIndexOf('，', units[coop].range.start.character - titleStart), title.lastIndexOf(',', units[coop].range.start.character - titleStart));
  return to > from ? title.slice(from, to) : '';
}

/** A half-width `.` used as the full stop (`公布责任人名单.5月15日前……`), after a word and before more text; not in `1.5`. */
const HALF_STOP = /[\u4e00-\u9fff”’）)]\.(?=[\u4e00-\u9fff“‘（(0-9])/;

/** A task's title up to a half-width `.` written for its first sentence's `。`. */
export function firstSentence(title: string): string {
  if (title.indexOf('.') < 0) return title;
  const m = HALF_STOP.exec(title);
  return m ? title.slice(0, m.index + 1) : title;
}

/** The label an item of a 问题清单 starts with (`1. 问题：……`): not part of the task's title. */
const ITEM_LABEL = /^(?:存在问题|问题表现|主要问题|问题)[：:][\s\u3000]*/;

/**
 * `h`'s parent when `h` is the last item of a list the parent introduces with a colon (`7.改进考核。
 * 具体包括：` over `（1）…（3）`, or `整改措施：` on a line of its own), so that units on a line of
 * their own (`alone`) after the list are the parent's; so are they after a list whose items name
 * no units of their own (`bare`: `第六条 促进农民工就业增收。` over `（1）…（3）`, then
 * `（甲厅、乙厅按职责分工负责）`). Closing a paragraph of its own after such a list the parent
 * introduces (`给予奖励：` `（一）…（三）`, then `同一产品……奖励一次。（A负责）`), too.
 */
function listOwner(doc: GongwenDocument, h: Heading, line: number, alone: boolean, bare: boolean): Heading {
  const p = h.parent;
  if (!p || p.children[p.children.length - 1] !== h || p.children.length < 2) return h;
  if (alone && bare) return p;
  // A line of its own between the parent's line and the list (`（一）关于…的问题` / `整改措施：` / `1．…`) may introduce it.
  let k = p.children[0].line - 1;
  while (k > p.line && doc.source.lines[k].kind === 'blank') k--;
  const introduced = INTRODUCES.test(doc.source.content(p.line).trim()) || (k > p.line && INTRODUCES.test(doc.source.content(k).trim()));
  if (!introduced) return h;
  if (alone) return p;
  if (!bare) return h;
  // A paragraph of its own, not the last item's text going on in a hard-wrapped copy.
  let above = line - 1;
  while (above > h.line && !isAnalysedText(doc.source.lines[above])) above--;
  return continues(doc.source, wrappingOf(doc.source), above, line) ? h : p;
}

/**
 * A 倒排工期 plan's deadline, said where a task's text starts (`1. 6月20日前，印发筹备工作方案`) or
 * its first sentence after the title (`（四）会场布置。8月28日前完成会场布置和彩排。`): the task's
 * deadline where its annotation gives none, and no part of its title. A time elsewhere in the
 * text is what the task is about, not when it is due. Reads only the heading's own line.
 */
export function timeAtStart(doc: GongwenDocument, h: Heading, title: string, deadline: string | null): { title: string; deadline: string | null } {
  const lead = leadingTime(title);
  if (lead) {
    // `8月31日前，完成……（……；8月31日前完成）`: the annotation says it again.
    if (deadline !== null && !readable(deadline).startsWith(readable(lead.time))) return { title, deadline };
    return { title: title.slice(lead.rest), deadline: deadline ?? lead.time };
  }
  if (deadline !== null) return { title, deadline };
  const l = doc.source.lines[h.line];
  const t = l.text;
  let k = h.titleRange.end.line === h.line ? h.titleRange.end.character : l.contentEnd;
  if (k >= l.contentEnd || !isOneOf(t.charCodeAt(k), '。.')) return { title, deadline };
  while (k < l.contentEnd && isOneOf(t.charCodeAt(k), '。. \u3000')) k++;
  const body = leadingTime(t.slice(k, l.contentEnd));
  return { title, deadline: body ? body.time : null };
}

/**
 * A task's time where it says none of its own, as a plan's stages give it: in a bracket ending its
 * own title (`动员部署阶段（2025年3月1日—3月31日）`: `title`, given where the title is its heading's;
 * then returned without it), else ending the title of the nearest heading above that has one
 * (`（一）启动部署阶段（2025年3月底前）` over `1.制定实施方案。（…负责）`). Null where none does.
 */
export function stageTime(h: Heading, title: string | null): { title: string | null; deadline: string | null } {
  const own = title !== null ? timeEndingTitle(title) : null;
  if (own) return { title: own.title, deadline: own.time };
  for (let x: Heading | null = title !== null ? h.parent : h; x; x = x.parent) {
    const said = timeEndingTitle(x.title);
    if (said) return { title: null, deadline: said.time };
  }
  return { title: null, deadline: null };
}

/** A line that introduces a list: it ends with a colon. */
const INTRODUCES = /[：:]$/;

/** Whether annotation `a` ends its line (but for a `。` or `；`). */
function endsItsLine(doc: GongwenDocument, a: Annotation): boolean {
  const l = doc.source.lines[a.range.end.line];
  return a.range.end.character >= l.contentEnd - 1;
}

/**
 * `完成时限：2025年底前` (or `时限：`, `完成时间：`) on the line after `line`, or after the `责任领导：`
 * lines that follow it (a 民生实事 plan's 责任单位 / 配合单位 / 责任领导 / 完成时限): the deadline it gives, else null.
 */
function deadlineLineAfter(doc: GongwenDocument, line: number): string | null {
  for (let next = line + 1; next < doc.source.lineCount && next <= line + 3; next++) {
    const content = doc.source.content(next);
    const m = DEADLINE_LINE.exec(content);
    if (m) return m[1];
    if (!leadersOnLabelLine(content)) return null;
  }
  return null;
}

/**
 * The people named by `牵头领导：` / `责任人：` lines right before or after label lines `first` to
 * `last` (a deadline line may stand between).
 */
function leaderLinesAround(doc: GongwenDocument, first: number, last: number): string[] {
  const out: string[] = [];
  const look = (line: number): boolean => {
    if (line < 0 || line >= doc.source.lineCount) return false;
    const content = doc.source.content(line);
    const names = leadersOnLabelLine(content);
    if (names) out.push(...names);
    return names !== null || (line > last && DEADLINE_LINE.test(content));
  };
  for (let k = first - 1; k >= first - 2 && look(k); k--);
  for (let k = last + 1; k <= last + 2 && look(k); k++);
  return out;
}

/** `完成时限：2025年底前` (or `时限：`, `时间节点：`, `【完成时限】`) as a line of its own; the deadline in group 1. */
const DEADLINE_LINE = new RegExp(`^【?(?:${DEADLINE_LABEL}|时间)(?:[：:]|】)\\s*(.+?)[。；;]?$`);

/** The labels of a 交办单's line naming its matter (`交办事项：…`). */
const MATTER_LABELS = '交办事项|督办事项|交办内容|督办内容|办理事项';

/** A line that names the task its label lines below describe (`交办事项：…`, `建议题目：…`, an 整改方案's `整改措施：…`); its name follows the label (titleAfterLabel). */
const TASK_LABEL_LINE = new RegExp(`^【?(?:${MATTER_LABELS}|事项名称|任务名称|任务内容|工作任务|重点任务|整改任务|整改措施|具体措施|建议题目|提案题目|建议名称|提案名称|议案题目|案由)(?:[：:]|】)`);

/** The task's name after its label (`m`, the label as matched) on a line naming it: its sentence's end dropped. */
function titleAfterLabel(content: string, m: RegExpExecArray): string {
  return content.slice(m[0].length).trim().replace(/[。；;]$/, '');
}

/** Any label line (`办理时限：…`, `建议编号：…`, a problem listed with its number: `问题1：…`, `问题一：…`). */
const ANY_LABEL_LINE = /^【?[\u4e00-\u9fff]{2,8}?(?:[0-9]{1,3}|[一二三四五六七八九十]{1,3})?(?:[：:]|】)/;

/**
 * The task named by a `交办事项：` line among the label lines right above line `line` (blank lines
 * end them, but for those right above the run, as a 交办单 copied with a blank line after each of
 * its fields has them: `交办事项：…` | `` | `牵头单位：…`), below `h`'s line: its name as written,
 * and whether a line that is no label stands between `h` and it (the label lines then describe a
 * task of their own, not `h`).
 */
function taskLabelAbove(doc: GongwenDocument, line: number, h: Heading | null): { title: string; detached: boolean } | null {
  const floor = h ? h.line : -1;
  let blanks = 0;
  for (let k = line - 1, seen = 0; k > floor && seen < 4; k--, seen++) {
    const l = doc.source.lines[k];
    if (!isAnalysedText(l)) {
      // Blank lines right above the run, then only the line naming the task.
      if (l.kind !== 'blank' || seen > blanks || ++blanks > 2) return null;
      continue;
    }
    const content = doc.source.content(k).trim();
    const plain = simplified(content);
    const m = TASK_LABEL_LINE.exec(plain);
    if (!m && blanks > 0) return null;
    if (m) {
      const title = titleAfterLabel(content, m);
      if (!title) return null;
      let detached = false;
      for (let j = k - 1; h && j > h.titleRange.end.line && !detached; j--) {
        const above = doc.source.lines[j];
        detached = isAnalysedText(above) && !ANY_LABEL_LINE.test(doc.source.content(j).trim());
      }
      return { title, detached };
    }
    if (!ANY_LABEL_LINE.test(plain)) return null;
  }
  return null;
}

/** A 交办单's line naming its matter (`交办事项：…`); its name after the label. */
const MATTER_LINE = new RegExp(`^【?(?:${MATTER_LABELS})(?:[：:]|】)`);

/**
 * The matter a 交办单 names on the line right below its label lines `…line` (`承办单位：A` |
 * `协办单位：B` | `交办事项：…`), other label lines between (`交办时间：…`): its name and line.
 */
function matterBelow(doc: GongwenDocument, line: number): { title: string; line: number } | null {
  for (let k = line + 1; k < doc.source.lineCount && k <= line + 3; k++) {
    if (!isAnalysedText(doc.source.lines[k])) return null;
    const content = doc.source.content(k).trim();
    const plain = simplified(content);
    const m = MATTER_LINE.exec(plain);
    if (m) {
      const title = titleAfterLabel(content, m);
      return title ? { title, line: k } : null;
    }
    if (!ANY_LABEL_LINE.test(plain)) return null;
  }
  return null;
}

/** A task's sentence is looked for this many lines above its annotation's, at most, in a hard-wrapped copy. */
const MAX_SENTENCE_LINES = 12;

/** The sentence run a mid-paragraph annotation closes: back to the previous annotation or sentence start. */
function sentenceBefore(doc: GongwenDocument, group: Annotation[], prev: Annotation[] | null, h: Heading | null): string {
  const a = group[0];
  const source = doc.source;
  const wrapping = wrappingOf(source);
  const end = prev ? prev[prev.length - 1].range.end : null;
  // From the annotation back to the previous one, the heading's title or the paragraph's start: in
  // a hard-wrapped copy, over the lines the paragraph goes on from (at most a few).
  let run = '';
  let k = a.line;
  let to = a.range.start.character;
  for (let lines = 0; ; lines++) {
    const line = source.lines[k];
    let from = line.contentStart;
    const stop = end && end.line === k ? end.character : h && h.line === k ? h.titleRange.start.character : -1;
    if (stop >= 0) from = stop;
    run = line.text.slice(from, to) + run;
    if (stop >= 0 || !wrapping || lines >= MAX_SENTENCE_LINES) break;
    let above = k - 1;
    while (above >= 0 && !isAnalysedText(source.lines[above])) above--;
    if (above < 0 || !continues(source, wrapping, above, k)) break;
    k = above;
    to = source.lines[k].contentEnd;
  }
  // A table's row pasted with its tabs (`1\t新建中小学\t新建中小学5所。（A牵头）`): its first cell
  // that is not the row's number.
  if (run.indexOf('\t') >= 0) run = firstCell(run);
  run = run.replace(/^[。；\s\u3000]+/, '');
  const sentences = run.split(/[。！？]/).filter((s) => s.trim());
  // The first of a heading's items, each with its units: its own item, not the heading's title
  // before it (`（一）甲。一是推进甲（A）；二是推进乙（B）`).
  const last = sentences[sentences.length - 1];
  const first = (sentences.length > 1 && h && !prev && ORDINAL_START.test(last.trim()) ? last : sentences[0]) ?? run;
  // `二是推进乙（…）；`: the item, without its ordinal.
  return withoutBullet(first.trim()).replace(ORDINAL_START, '').slice(0, 80);
}

/** The first cell of a row's cells parted by tabs that holds more than the row's number (`1`, `（一）`), or the text. */
function firstCell(run: string): string {
  for (const cell of run.split('\t')) if (cell.trim() && !ROW_NUMBER.test(cell.trim())) return cell;
  return run;
}
const ROW_NUMBER = /^(?:[0-9]{1,3}[.．、]?|[一二三四五六七八九十]{1,3}[、.．]?|[（(][0-9一二三四五六七八九十]{1,3}[）)])$/;

/** An inline enumeration's ordinal at a sentence's start (`一是`, `二要`, `第三，`, `其次，`). */
const ORDINAL_START = /^(?:[一二三四五六七八九十]{1,3}[是要][，,：:]?|第[一二三四五六七八九十]{1,3}[，,、：:]|(?:首先|其次|再次|最后)[，,：:]?)(?=.)/;

/** Whether any annotation covers `h`: its own, an ancestor's, or a task inside its block. */
function covered(h: Heading, annotated: ReadonlySet<Heading>, defaultsFrom: number): boolean {
  if (h.line > defaultsFrom) return true;
  for (let x: Heading | null = h; x; x = x.parent) if (annotated.has(x)) return true;
  return false;
}

/** Whether most of a group of sibling items carry units, so that the rest should: the rest. */
function uncoveredOf(group: readonly Heading[], annotated: ReadonlySet<Heading>, defaultsFrom: number, into: Heading[], pairs?: Heading[], within?: ReadonlySet<Heading> | null): number {
  // An item of the group that has items of its own is in it only because they carry units.
  const isDone = (h: Heading) => (h.children.length !== 0 && within?.has(h)) || covered(h, annotated, defaultsFrom);
  // What it returns counts the leaf items covered (the share that says a document annotates throughout).
  let leaves = 0;
  for (const h of group) if (h.children.length === 0 && covered(h, annotated, defaultsFrom)) leaves++;
  if (group.length < 2) return leaves;
  let done = 0;
  for (const h of group) if (isDone(h)) done++;
  if (done >= 2 && done * 2 >= group.length) {
    for (const h of group) if (!isDone(h)) into.push(h);
  } else if (pairs && done === 1 && group.length === 2) {
    // Two siblings, one annotated: the other is asked for only in a document that annotates its
    // tasks throughout (tasksNeedingUnits), as one sibling alone says little.
    const bare = isDone(group[0]) ? group[1] : group[0];
    if (!arrangement(bare)) pairs.push(bare);
  }
  return leaves;
}

function arrangement(h: Heading): boolean {
  // The item's own title names an arrangement when it is one (`强化督导考核`), not where a task's
  // longer title mentions one (`开展权属单位领导班子和领导人员综合考核评价`).
  if (h.title.length <= ARRANGEMENT_TITLE && namesArrangement(h)) return true;
  for (let x = h.parent; x; x = x.parent) if (namesArrangement(x)) return true;
  return false;
}

/** The longest item title read as an arrangement's (`加强组织领导和督促检查`). */
const ARRANGEMENT_TITLE = 12;

/**
 * A document that annotates its tasks throughout: at least this many of the items in sibling
 * groups below the top level are covered, and at least this share of them.
 */
const THROUGHOUT = { covered: 6, share: 0.8 };

/** What one top-level heading's subtree contributes to tasksNeedingUnits, and what it was worked out from. */
class SubtreeNeeds {
  /** Items below the top level that should name units and do not. */
  readonly missing: Heading[] = list();
  /** Whether the top-level heading itself is an item that could carry units (its siblings decide). */
  candidate = false;
  /** The unannotated one of two sibling items whose other is annotated. */
  readonly pairs: Heading[] = list();
  /** Items in sibling groups below the top level, and how many of them are covered. */
  items = 0;
  coveredItems = 0;
  /**
   * The number of the last list of tasks (buildTasks' TASKS_GENERATION) whose tasks on the
   * subtree's lines were found to be `tasks`, or marked so by buildTasks (a section whose tasks
   * it kept as they were); 0 for none.
   */
  seen = 0;
  /** `missing` but those whose sentence names their units (namesUnitsOf), and the Config read for it. */
  named: Config | null = null;
  namedMissing: Heading[] = NONE as never[];
  /** The same of `pairs`, asked only in a document that annotates its tasks throughout. */
  pairsNamed: Config | null = null;
  namedPairs: Heading[] = NONE as never[];
  /** Whether the top-level heading's sentence names its units (namesUnitsOf), under the Config `headNamedFor`. */
  headNamedFor: Config | null = null;
  headNamed = false;

  constructor(
    /** The tasks on its lines (their headings are the annotated ones). */
    readonly tasks: Task[],
    readonly defaultsFrom: number,
    readonly required: boolean,
    readonly cover: boolean,
    /** Its part's reportMode (titles.ts): a report's sections that tell what was done ask for none. */
    readonly report: number,
    /** Whether a task is the top-level heading's own. */
    readonly annotatedHead: boolean,
  ) {}

  /** `missing` but those whose sentence names their units: namesUnitsOf reads only the subtree's lines. */
  namedUnder(doc: GongwenDocument, config: Config): Heading[] {
    if (this.named !== config) {
      this.named = config;
      this.namedMissing = withoutNamed(doc, this.missing, config);
    }
    return this.namedMissing;
  }

  /** `pairs` but those whose sentence names their units (read only when asked: its reading keeps caches alive). */
  pairsUnder(doc: GongwenDocument, config: Config): Heading[] {
    if (this.pairsNamed !== config) {
      this.pairsNamed = config;
      this.namedPairs = withoutNamed(doc, this.pairs, config);
    }
    return this.namedPairs;
  }

  /** namesUnitsOf for the top-level heading `head` (this subtree's), kept per Config. */
  headNames(doc: GongwenDocument, head: Heading, config: Config): boolean {
    if (this.headNamedFor !== config) {
      this.headNamedFor = config;
      this.headNamed = namesUnitsOf(doc, head, config);
    }
    return this.headNamed;
  }
}

function withoutNamed(doc: GongwenDocument, hs: Heading[], config: Config): Heading[] {
  if (hs.length === 0) return NONE as never[];
  let out: Heading[] | null = null;
  for (let k = 0; k < hs.length; k++) {
    if (namesUnitsOf(doc, hs[k], config)) out ??= hs.slice(0, k);
    else if (out) out.push(hs[k]);
  }
  return out ?? hs;
}

/**
 * Leaf items that should name units and do not. Where most siblings in a section carry
 * annotations, the rest should too; aims/principles sections and the cover notice never need
 * them; a document with no annotation needs none unless `config.unitsRequired`. Worked out per
 * top-level subtree (siblings below the top level share it), then for the top-level items. Of two
 * siblings, one annotated, the other is asked for in a document that annotates its tasks
 * throughout, except where the pair carries the work's arrangements (保障措施, 组织实施);
 * `paired` receives those.
 */
export function tasksNeedingUnits(doc: GongwenDocument, config: Config, paired?: Set<Heading>): Heading[] {
  if (doc.annotations.length === 0 && !config.unitsRequired) return [];
  const annotations = doc.annotations;
  let defaultsFrom = Infinity;
  for (let k = 0; k < annotations.length; k++) {
    if (annotations[k].defaults.length) {
      defaultsFrom = annotations[k].line;
      break;
    }
  }
  const required = !!config.unitsRequired;
  const hs = doc.headings;
  const tasks = doc.tasks;
  const generation = TASKS_GENERATION.get(tasks) ?? 0;
  const modes = reportModes(doc);
  const missing: Heading[] = [];
  const tops: Heading[] = [];
  const topsAnnotated = new Set<Heading>();
  /** The subtrees with pairs (SubtreeNeeds `pairs`). */
  const withPairs: SubtreeNeeds[] = [];
  let items = 0;
  let coveredItems = 0;
  // Each part's top-level headings, in order: a subtree runs to the next one.
  const heads: Heading[] = [];
  for (const p of doc.parts) for (const h of p.headings) heads.push(h);
  for (let k = 0; k < heads.length; k++) {
    const head = heads[k];
    const cover = doc.parts[head.part].kind === 'cover';
    const report = modes ? modes[head.part] : NO_REPORT;
    // Kept on the top-level heading (structure.ts headingMemo). A heading taken over from the
    // previous version (Section) is the same object with the same subtree: with the same tasks on
    // its lines and the same document-wide facts, what it contributes is the same. The tasks
    // are compared only where neither this list nor buildTasks said they are (`seen`).
    const memo = headingMemo.get(head);
    let needs = memo instanceof SubtreeNeeds ? memo : null;
    if (!needs || needs.defaultsFrom !== defaultsFrom || needs.required !== required || needs.cover !== cover || needs.report !== report) needs = null;
    if (!needs || generation === 0 || needs.seen !== generation) {
      // Its tasks: those on its lines (tasks are in line order).
      const t = firstAt(tasks, head.line);
      const tEnd = firstAt(tasks, head.endLine + 1);
      if (!needs || !sameSlice(needs.tasks, tasks, t, tEnd)) {
        // Where the subtree lies in `hs`: from its head to the next one's (found only for a subtree
        // worked out again: every edit would otherwise walk every heading of the document).
        const i = indexOfHeading(hs, head);
        const end = k + 1 < heads.length ? indexOfHeading(hs, heads[k + 1]) : hs.length;
        needs = subtreeNeeds(hs, i, end, tasks.slice(t, tEnd), defaultsFrom, required, cover, report);
        headingMemo.set(head, needs);
      }
      needs.seen = generation;
    }
    const named = needs.namedUnder(doc, config);
    for (let m = 0; m < named.length; m++) missing.push(named[m]);
    if (needs.pairs.length) withPairs.push(needs);
    items += needs.items;
    coveredItems += needs.coveredItems;
    if (needs.candidate) tops.push(head);
    if (needs.annotatedHead) topsAnnotated.add(head);
  }
  const topFrom = missing.length;
  if (!required) {
    // The last top-level items of a flat notice, on how the work is arranged (`六、加强组织领导`
    // `七、强化督导考核` after five annotated tasks), need none.
    let end = tops.length;
    while (end > 0 && !covered(tops[end - 1], topsAnnotated, defaultsFrom) && namesArrangement(tops[end - 1])) end--;
    const from = missing.length;
    uncoveredOf(tops, topsAnnotated, defaultsFrom, missing);
    const closing = new Set(tops.slice(end));
    if (closing.size) for (let k = missing.length - 1; k >= from; k--) if (closing.has(missing[k])) missing.splice(k, 1);
  }
  // An item whose sentence names the units that do it (`（四）推进丁项工作。市教育局要会同市财政局……`)
  // has its units, though outside a list of decisions they are no annotation (withoutStrayAssignments).
  // So does a heading on its line whose paragraph opens with them (`（三）推进丙项工作` | `由A牵头，……`).
  // Those below the top level are left out per subtree (SubtreeNeeds namedUnder), kept with it.
  for (let k = missing.length - 1; k >= topFrom; k--) if ((headingMemo.get(missing[k]) as SubtreeNeeds).headNames(doc, missing[k], config)) missing.splice(k, 1);
  if (coveredItems >= THROUGHOUT.covered && coveredItems >= THROUGHOUT.share * items) {
    for (const needs of withPairs) for (const h of needs.pairs) paired?.add(h);
    for (const needs of withPairs) for (const h of needs.pairsUnder(doc, config)) missing.push(h);
  }
  return missing.sort((a, b) => a.line - b.line);
}

/**
 * Where `h` stands in `hs` (the document's headings, in line order): by its line, then past any
 * heading on the same line before it.
 */
function indexOfHeading(hs: readonly Heading[], h: Heading): number {
  for (let i = firstAt(hs, h.line); i < hs.length && hs[i].line === h.line; i++) if (hs[i] === h) return i;
  return hs.indexOf(h);
}

function namesUnitsOf(doc: GongwenDocument, h: Heading, config: Config): boolean {
  const lines = doc.source.lines;
  if (namesUnitsInSentence(doc.source.content(h.line), config)) return true;
  if (h.runIn || h.children.length) return false;
  let next = h.line + 1;
  while (next <= h.endLine && !isAnalysedText(lines[next])) next++;
  if (next > h.endLine || firstAt(doc.headings, next + 1) !== firstAt(doc.headings, next)) return false;
  return namesUnitsInSentence(doc.source.content(next), config, false);
}

/**
 * Items that say only when they are done, in a bracket ending one of their lines
 * (`（二）审议市物业管理条例（草案）。（8月）`, as 人大 and 常委会 要点 schedule their work): leaf
 * items with no annotation, outside the cover notice and the aims. They are no task (they name no
 * one, and no finding asks for units), but the ledger lists them with their time.
 */
export function scheduledItems(doc: GongwenDocument): Array<{ heading: Heading; deadline: string }> {
  const annotated = new Set<Heading>();
  for (const t of doc.tasks) if (t.heading) annotated.add(t.heading);
  const out: Array<{ heading: Heading; deadline: string }> = [];
  // Nor a report's items that tell what was done (`（一）完成……（3月）`).
  const modes = reportModes(doc);
  for (const h of doc.headings) {
    if (h.children.length !== 0 || annotated.has(h) || !TASK_KINDS.has(h.marker.kind) || doc.parts[h.part].kind === 'cover') continue;
    let aims = modes !== null && reportingHeading(h, modes[h.part]);
    for (let x: Heading | null = h; x && !aims; x = x.parent) aims = isAimsSection(x);
    // `二、培训时间和地点` … `（12日报到）`: when an event is held, no task's time.
    if (aims || isPlaceSection(h)) continue;
    const deadline = deadlineBracketOn(doc.source.lines, h.line, h.endLine, true);
    if (deadline) out.push({ heading: h, deadline });
  }
  return out;
}

/** A task whose units are said in its item's sentence only (Annotation.prose). */
function saidInSentence(t: Task): boolean {
  for (const a of t.annotations) if (!a.prose) return false;
  return true;
}

function sameSlice(a: readonly Task[], b: readonly Task[], from: number, to: number): boolean {
  if (a.length !== to - from) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[from + k]) return false;
  return true;
}

/** tasksNeedingUnits for the subtree `hs[from, to)` (a top-level heading and its descendants). */
function subtreeNeeds(hs: readonly Heading[], from: number, to: number, tasks: Task[], defaultsFrom: number, required: boolean, cover: boolean, report: number): SubtreeNeeds {
  const head = hs[from];
  const needs = new SubtreeNeeds(tasks, defaultsFrom, required, cover, report, tasks.some((t) => t.heading === head && !saidInSentence(t)));
  // A cover notice asks for none, unless it sets annotated tasks of its own (a 通报's 整改要求
  // before its 附件): then its items are read as a plan's, but for its top-level items.
  if (cover && tasks.length < 2) return needs;
  const annotated = new Set<Heading>();
  // Items that say their units in their sentence (a 纪要's 议定事项) have them, and do not make
  // their siblings need any: a decision that assigns no work is no task.
  let said: Set<Heading> | null = null;
  for (const task of tasks) if (task.heading) saidInSentence(task) ? (said ??= new Set()).add(task.heading) : annotated.add(task.heading);
  const exempted = new DepthMemo<boolean>();
  // Nor is anything in a 问答's answer (`（一）…（二）…` under `问题二：……？`): a 解读 tells of the tasks, it sets none.
  const inherited = (h: Heading): boolean => exempted.get(h) ?? exempted.set(h, isAimsSection(h) || isQuestion(h) || (h.parent !== null && inherited(h.parent)));
  // Nor in a report's sections that tell what was done (which reads the headings above it itself:
  // a report's `（三）下一步打算` under `一、工作进展情况` sets tasks).
  const exempt = report === NO_REPORT ? inherited : (h: Heading): boolean => inherited(h) || reportingHeading(h, report);
  // Items whose own items carry units (`5．健全…` over `（1）…（A）` `（2）…（B）`): annotated, for their siblings.
  let within: Set<Heading> | null = null;
  for (const task of tasks) if (!saidInSentence(task)) for (let x = task.heading?.parent ?? null; x && x !== head; x = x.parent) (within ??= new Set()).add(x);
  const groups = new Map<Heading, Heading[]>();
  for (let k = from; k < to; k++) {
    const h = hs[k];
    if (h.children.length !== 0 && !(within?.has(h) && !required && h.parent !== null && TASK_KINDS.has(h.marker.kind) && !exempt(h))) continue;
    if (!TASK_KINDS.has(h.marker.kind) || exempt(h) || (said?.has(h) && !annotated.has(h))) continue;
    if (required) {
      if (!covered(h, annotated, defaultsFrom)) needs.missing.push(h);
    } else if (h.parent === null) {
      needs.candidate = !cover;
    } else {
      const g = groups.get(h.parent);
      if (g) g.push(h);
      else groups.set(h.parent, [h]);
    }
  }
  for (const g of groups.values()) {
    // The work's arrangements (`四、保障措施` | `（一）加强组织领导`) carry no units in a plan that
    // annotates every task: they are no part of the share that says so.
    for (const h of g) if (h.children.length === 0 && !arrangement(h)) needs.items++;
    needs.coveredItems += uncoveredOf(g, annotated, defaultsFrom, needs.missing, needs.pairs, within);
  }
  return needs;
}
