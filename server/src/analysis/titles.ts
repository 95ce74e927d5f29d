/**
 * What a heading's title says of its section: aims and principles (no tasks there), how the work is
 * arranged (保障措施 …), where and when an event is held, what was done or what is next (in a report). Asked of every heading on every analysis
 * (the numbering's votes, carry.ts's Skeleton, which items need units), so each heading's answers
 * are worked out once, as bits kept with it (structure.ts titleFacts): a title is fixed when its
 * heading is made, and a heading taken over by the next version keeps them.
 */
import { EVENT } from './annotations';
import { GongwenDocument, Heading, Part } from './model';
import { detach, LineMemo } from './memo';
import { simplified } from './script';
import { headingAt, titleFacts } from './structure';

/** Sections on how the work is arranged (`保障措施`, `组织实施`, `工作要求`), by their title. */
export const ARRANGEMENT_SECTION = /保障措施|保障机制|组织保障|工作保障|组织实施|实施保障|工作要求|有关要求|组织领导|实施步骤|进度安排/;

/** Sections that state aims and principles, never tasks (tasks.ts; by their simplified title). */
export const NON_TASK_TITLE =
  /总体要求|指导思想|基本原则|工作原则|主要原则|工作目标|主要目标|总体目标|发展目标|试点目标|目标任务|重要意义|适用范围|总体思路|工作思路|基本要求|试点范围|编制依据|工作背景|基本情况|^其他事项$|^其他$/;

/**
 * Sections of a notice that say where and when an event is held (`二、活动地点`, `二、培训时间和地点`,
 * `一、会议时间`): a bracket there gives a place's other name (`市体育中心（市全民健身中心）。`), not units.
 */
const PLACE_SECTION = new RegExp(`^(?:(?:${EVENT})?(?:时间|日期)[和及与、]?)?(?:${EVENT})?(?:地点|地址)$|^(?:${EVENT})(?:时间|日期)$`);

/**
 * Sections on how the work is arranged (ARRANGEMENT_SECTION), and items of the kind (加强组织领导,
 * 强化督导考核): often one of their items names units and the other does not need to (tasks.ts).
 */
const ARRANGEMENT = new RegExp(`${ARRANGEMENT_SECTION.source}|保障|工作步骤|时间安排|步骤安排|工作机制|督促检查|督导|考核|宣传|^(?:落实|压实|压紧压实|夯实)(?:工作|各方)?责任[。.]?$`);

/** The longest title read as a section's name (`其他`, `其他事项`, `活动安排`), not a task's sentence. */
export const SECTION_TITLE = 8;
/** The longest title read as an aims section's name (a run-in item's whole sentence is longer). */
const AIMS_TITLE = 40;

const AIMS = 1;
const ARRANGEMENTS = 2;
const PLACE = 4;
const ARRANGEMENT_LIKE = 8;
const REPORTING = 16;
const PLANNING = 32;
/** A section that reviews the past by its name (`2025年工作回顾`, `过去一年的主要工作`): in any part. */
const REVIEW = 64;
/** A section named by a year and the work done then (`2025年工作完成情况`): a review where the part's title names only later years. */
const REVIEW_DATED = 128;
/** A report's section on the problems met (`存在的问题`, `问题和不足`): beside a review, of the past too. */
const PROBLEMS = 256;
/** The year a title names (`2026年工作打算`), less 1900, from this bit on (0: none). */
const YEAR_SHIFT = 9;

/**
 * sectionFacts' answers by title. A heading keeps its answer (structure.ts titleFacts), but a line
 * break remakes every heading below it, at its new line: their titles are the same, so the answers
 * are found here rather than worked out again (five regular expressions per heading were ~9 % of a
 * line break's re-analysis). Bounded as the per-line records are (memo.ts LineMemo).
 */
const FACTS = new LineMemo<TitleFacts>(4096, (f) => f.title);

class TitleFacts {
  constructor(
    readonly title: string,
    readonly facts: number,
  ) {}
}

function knownSectionFacts(title: string): number {
  let known = FACTS.get(title);
  if (known === undefined) FACTS.add((known = new TitleFacts(detach(title), sectionFacts(title))));
  return known.facts;
}

function sectionFacts(title: string): number {
  const plain = simplified(title);
  // Aims name a section (`一、总体要求`, `充分认识……的重要意义`), not a task's sentence that mentions
  // them (`六、对公路水路交通建设年度目标任务完成情况好……的省（区、市），……`).
  let facts = (plain.length <= AIMS_TITLE && NON_TASK_TITLE.test(plain) ? AIMS : 0) | (ARRANGEMENT_SECTION.test(title) ? ARRANGEMENTS : 0) | (ARRANGEMENT.test(plain) ? ARRANGEMENT_LIKE : 0);
  // Such a title names a place (地点, 地址) or a time (时间, 日期), and is short.
  if (title.length <= SECTION_TITLE + 2 && PLACE_SECTION.test(plain.replace(/[。：:；;\s\u3000]+$/, ''))) facts |= PLACE;
  const bare = plain.replace(/[。：:；;，,！!\s\u3000]+$/, '');
  if (saysNext(bare)) facts |= PLANNING;
  else {
    const name = bare.replace(PERIOD, '');
    if (REPORTING_NAME.test(name)) facts |= REPORTING | (PROBLEMS_NAME.test(name) ? PROBLEMS : 0);
    facts |= reviewFacts(bare);
  }
  const year = YEAR.exec(bare);
  if (year) facts |= (Number(year[1]) - 1900) << YEAR_SHIFT;
  return facts;
}

/* ------------------------------------------------------------------ reports */

/*
 * A report (工作总结, 工作情况汇报, 述职报告, 年度报告) tells what was done: its achievements name
 * the units that did them (`……普及率达到96.5%（县水利局、县交通运输局）`, `（县教育局配合）`), which
 * are no tasks. Its sections on what is next (`三、2026年工作打算`, `下一步工作计划`) set tasks as a
 * plan does. Which kind a part is, its title says (reportMode); which sections report, their
 * titles (reportingHeading). A plan's, a notice's or an untitled text's `（一）工作成效` is left as it is
 * unless, in a text without a title, the heading is named as a report's section is.
 */

/** A part whose title says it is no report: nothing in it reports. */
export const NO_REPORT = 0;
/** A report: every section reports but those on what is next. */
const REPORT = 1;
/** A report that also plans (`2025年工作总结和2026年工作打算`), or a text without a title: sections named as a report's are. */
const BY_SECTION = 2;

/** The words of a report's title (`工作总结`, `工作情况的汇报`, `述职报告`, `年度报告`). */
const REPORT_WORD = /总结|小结|汇报|述职|述责|述廉|年度报告|工作报告|自查报告|情况/;
/** How a report's title ends (`……工作总结`, `……情况的汇报`, `……工作情况`, `……推进情况的通报`). */
const REPORT_END = /(?:总结|小结|汇报|报告|情况|述职|汇报材料|汇报提纲|总结材料|情况的?通报)$/;
/** How the title of a report that also plans ends (`……工作总结和2026年工作打算`). */
const PLAN_END = /(?:打算|计划|思路|安排|设想|谋划|要点)$/;
/** Trailing brackets (`（2025年）`, `（征求意见稿）`), quotes and punctuation after a title's last word. */
const TITLE_TAIL = /(?:[（(〔［\[][^（）()〔〕［］\[\]]*[）)〕］\]]|[\s\u3000。”’》」』])+$/;
/** A year as a title names it (`2025年`, `2025年度`). */
const YEAR = /((?:19|20)\d\d)年/;
const YEARS = /((?:19|20)\d\d)年/g;

/**
 * Sections on what is next (`三、2026年工作打算`, `下一步工作计划`, `今后努力方向`, `四、主要安排`,
 * `有关建议`, `工作要求`), by their (simplified) title, ending punctuation aside: anywhere in a report, they set tasks.
 * What is planned and done (`工作计划完成情况`) is reported.
 */
const NEXT = /下一步|下步|下一阶段|下阶段|打算|今后|明年|来年|努力方向|展望|(?:改进|整改|保障)措施|(?:对策|建议|要求)$|工作(?:计划|安排|思路|设想|重点)(?!.{0,4}(?:完成|执行|落实|推进|进展|开展)情况)|(?:计划|安排|思路|设想|谋划)$/;
/** A plan's section named by its tasks or aims alone (`2026年重点工作`, `主要任务`), its period (PERIOD) aside. */
const PLAN_NAME = /^(?:主要|重点)?(?:工作)?(?:目标任务|主要任务|重点任务|工作重点|重点工作|工作任务|目标|任务|重点)$/;
/** A period a section's title opens with (`2025年`, `上半年`, `今年以来`). */
const PERIOD = /^(?:(?:19|20)\d\d年度?|上半年|下半年|前三季度|[一二三四]季度|全年|今年以来|今年|一年来|过去一年|近年来|以来|的)+/;
/**
 * A report's section, named by what it tells (its period aside): `主要工作及成效`, `工作进展情况`,
 * `主要做法`, `工作成效`, `取得的成绩`, `工作回顾`, `存在的问题`, `存在的困难和问题`, `问题和不足`. Not
 * a task's title that mentions them (`巩固提升工作成效`, `总结推广典型经验`).
 */
const PROBLEMS_SOURCE = [
  '^(?:存在的?|面临的?)(?:主要)?(?:问题|困难|不足|短板)(?:[和及与、](?:不足|困难|问题|原因|短板))*$',
  '^(?:问题|困难)[和及与](?:不足|困难|问题)$',
];
const REPORTING_NAME = new RegExp(
  [
    '^(?:(?:主要|重点)?工作|主要|重点工作|重点任务|目标任务|取得的?(?:主要)?)?(?:(?:开展|进展|完成|推进|落实|执行|总体)?情况|成效|成绩|做法|举措|回顾|总结|亮点)(?:[和及与、暨](?:主要|取得的?)?(?:成效|成绩|做法|经验|亮点|经验做法))?$',
    '^(?:(?:主要|重点)?工作|主要)[和及与、暨](?:主要|取得的?)?(?:成效|成绩|做法|经验|亮点)$',
    ...PROBLEMS_SOURCE,
  ].join('|'),
);
/** A report's section on the problems met (`存在的问题`, `存在的困难和不足`, `问题和不足`). */
const PROBLEMS_NAME = new RegExp(PROBLEMS_SOURCE.join('|'));

/** A past period that opens a section's title (`过去一年`, `一年来`, `去年`, `上年度`), and a `的` after it. */
const PAST = /^(?:过去(?:的)?(?:一|1)年|(?:近)?一年来|去年(?:以来)?|上一?年度?)的?/;
/** A year that opens a section's title (`2025年`, `2025年度`), and a `的` after it. */
const DATED = /^(?:19|20)\d\d年度?的?/;
/** The work done, as a review names it after its period (`主要工作`, `工作完成情况`, `工作总结`), or a report's section name. */
const DONE = /^(?:主要|重点)?工作$/;
/** A review by its word (`工作回顾`, `纪检工作简要回顾`, `回顾`), its period (PERIOD) aside; a field of up to 8 characters before `工作`. */
const REVIEW_NAME = /^(?:[\u4e00-\u9fff“”"]{0,8}工作)?(?:简要|总体)?回顾$/;

/**
 * Whether a section's (bare, simplified) title names a review of the past, as a plan, a 要点 or a
 * speech opens with one (`一、2025年工作回顾`, `一、过去一年的主要工作`, `一、2025年工作完成情况`):
 * REVIEW, REVIEW_DATED (the year decides) or 0. A task's title (`开展规划实施情况回顾评估`) is none.
 */
function reviewFacts(title: string): number {
  if (REVIEW_NAME.test(title.replace(PERIOD, ''))) return REVIEW;
  const past = PAST.exec(title);
  if (past) {
    const rest = title.slice(past[0].length);
    return DONE.test(rest) || REPORTING_NAME.test(rest) ? REVIEW : 0;
  }
  const dated = DATED.exec(title);
  if (dated) {
    const rest = title.slice(dated[0].length);
    return DONE.test(rest) || REPORTING_NAME.test(rest) ? REVIEW_DATED : 0;
  }
  return 0;
}

function saysNext(title: string): boolean {
  return NEXT.test(title) || PLAN_NAME.test(title.replace(PERIOD, ''));
}

/** reportMode's answers by title: a document's titles are the same on every keystroke (a few, for its attachments). */
const MODES = new Map<string, number>();

/**
 * What a part's title says of it, as a number: NO_REPORT, or its kind and the latest year the title
 * names (`2025年工作总结`: sections on 2026 are what is next). A part without a title (a body pasted
 * alone) is read by its sections' names, but for a cover notice without one.
 */
export function reportMode(part: Part): number {
  // A cover notice's title ends in 通知 (`关于印发《……工作总结》的通知`); a report with attachments is
  // read as a cover, its title its own.
  const title = part.title;
  if (title === null) return part.kind === 'cover' ? NO_REPORT : BY_SECTION;
  const known = MODES.get(title);
  if (known !== undefined) return known;
  const t = simplified(title).replace(TITLE_TAIL, '');
  let kind = NO_REPORT;
  if (REPORT_WORD.test(t)) kind = REPORT_END.test(t) ? REPORT : PLAN_END.test(t) ? BY_SECTION : NO_REPORT;
  let year = 0;
  if (kind !== NO_REPORT) for (const m of t.matchAll(YEARS)) year = Math.max(year, Number(m[1]) - 1900);
  const mode = kind === NO_REPORT ? NO_REPORT : kind | (year << 2);
  if (MODES.size >= 64) MODES.clear();
  MODES.set(title, mode);
  return mode;
}

/**
 * A part that is no report but opens a section reviewing the past (`一、2025年工作回顾` in a 要点, a
 * 方案 or a speech): that section tells what was done, the rest sets tasks. Its mode keeps the
 * earliest year its title names (a `2025—2026年` plan's `2025年主要工作` is no review).
 */
const REVIEWS = 3;
/** A year in a title, also one opening a span (`2025—2026年`). */
const ANY_YEAR = /(?<!\d)((?:19|20)\d\d)(?!\d)/g;

/** The review mode of a part that is no report (reportMode): REVIEWS where a top-level section reviews the past, else NO_REPORT. */
function reviewMode(part: Part): number {
  const roots = part.headings;
  let review = false;
  /** The earliest year a section named by a year alone names (`2025年工作完成情况`), less 1900; 0: none. */
  let dated = 0;
  for (let i = 0; i < roots.length; i++) {
    const facts = titleFacts(roots[i], knownSectionFacts);
    if (facts & REVIEW) review = true;
    else if (facts & REVIEW_DATED) dated = dated === 0 ? facts >> YEAR_SHIFT : Math.min(dated, facts >> YEAR_SHIFT);
  }
  if (!review && dated === 0) return NO_REPORT;
  let year = 0;
  if (part.title !== null) for (const m of simplified(part.title).matchAll(ANY_YEAR)) year = year === 0 ? Number(m[1]) - 1900 : Math.min(year, Number(m[1]) - 1900);
  // A section named by a year alone reviews only where the title names a later one.
  if (!review && !(year !== 0 && dated < year)) return NO_REPORT;
  return REVIEWS | (year << 2);
}

/** reportMode of each part, or null when no part reports (most documents). */
export function reportModes(doc: Pick<GongwenDocument, 'parts'>): number[] | null {
  let modes: number[] | null = null;
  const parts = doc.parts;
  for (let i = 0; i < parts.length; i++) {
    let mode = reportMode(parts[i]);
    if (mode === NO_REPORT) mode = reviewMode(parts[i]);
    if (mode !== NO_REPORT) (modes ??= new Array<number>(parts.length).fill(NO_REPORT))[i] = mode;
  }
  return modes;
}

/** Whether two documents' reportModes are the same. */
export function sameReportModes(a: readonly number[] | null, b: readonly number[] | null): boolean {
  if (a === null || b === null) return a === b;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Whether `h` (or, with `h` null, the text outside every heading) lies in a section that tells what
 * was done, in a part of mode `mode` (reportMode): in a report, unless it or a heading above it is
 * on what is next (by its title, or by naming a year after the title's); in a report that also plans
 * or a text without a title, where it or a heading above it is named as a report's section is, and
 * none is on what is next.
 */
export function reportingHeading(h: Heading | null, mode: number): boolean {
  const kind = mode & 3;
  if (kind === NO_REPORT) return false;
  const year = mode >> 2;
  if (kind === REVIEWS) return reviewing(h, year);
  let named = kind === REPORT;
  for (let x = h; x; x = x.parent) {
    const facts = titleFacts(x, knownSectionFacts);
    if (facts & PLANNING) return false;
    const said = facts >> YEAR_SHIFT;
    if (year !== 0 && said > year) return false;
    if (facts & (REPORTING | REVIEW)) named = true;
  }
  return named && (h !== null || kind === REPORT);
}

/**
 * In a part that is no report (mode REVIEWS, `year` the earliest its title names): whether `h` lies
 * in a top-level section that reviews the past (`一、2025年工作回顾`) or on the problems met
 * (`二、存在的问题`), and none on its path is on what is next.
 */
function reviewing(h: Heading | null, year: number): boolean {
  let top = h;
  for (let x = h; x; x = x.parent) {
    if (titleFacts(x, knownSectionFacts) & PLANNING) return false;
    top = x;
  }
  if (top === null) return false;
  // Beside the review, a top-level section on the problems met (`二、存在的问题`) tells of the past too.
  const facts = titleFacts(top, knownSectionFacts);
  return (facts & (REVIEW | PROBLEMS)) !== 0 || ((facts & REVIEW_DATED) !== 0 && year !== 0 && facts >> YEAR_SHIFT < year);
}

/**
 * Whether line `line` lies in a section that tells what was done (reportingHeading): under its
 * innermost heading, or outside every heading in a report. `modes`: the document's reportModes.
 */
export function reportingAt(doc: Pick<GongwenDocument, 'parts' | 'headings'>, modes: readonly number[], line: number): boolean {
  const h = headingAt(doc.headings, line);
  if (h) return reportingHeading(h, modes[h.part]);
  const parts = doc.parts;
  for (let i = 0; i < parts.length; i++) if (parts[i].startLine <= line && line <= parts[i].endLine) return reportingHeading(null, modes[i]);
  return false;
}

const has = (h: Heading, bit: number): boolean => (titleFacts(h, knownSectionFacts) & bit) !== 0;

/** Whether `h` heads a section of aims and principles; part of carry.ts's Skeleton. */
export const isAimsSection = (h: Heading): boolean => has(h, AIMS);

/** Whether `h` heads a section on how the work is arranged; part of carry.ts's Skeleton. */
export const isArrangementSection = (h: Heading): boolean => has(h, ARRANGEMENTS);

/** Whether `h` heads a section that says where or when an event is held. */
export const isPlaceSection = (h: Heading): boolean => has(h, PLACE);

/** Whether `h`'s title names an arrangement or an item of the kind (ARRANGEMENT; tasks.ts weighs its length). */
export const namesArrangement = (h: Heading): boolean => has(h, ARRANGEMENT_LIKE);
