/**
 * Responsible-unit annotations in every form of shared/spec/annotation-formats.md:
 * trailing lists `（A、B、C）`, verbs `（A牵头，B配合）` `（A、B负责）` `（A指导，B参与）` `（A会同B负责）`,
 * labels `（牵头单位：A；配合单位：B）` `（责任单位：A、B）`, label lines under a task or run in after
 * its sentence (`……整治。责任单位：A、B。`), several
 * annotations in one paragraph, collectives, nested brackets in names `各县（市、区）政府`,
 * declared defaults `以下均需……落实，不再列出`, deadlines `2025年底前完成`, flattened table rows.
 *
 * Conservative by design: a bracket is an annotation only when what is inside parses as units
 * (every item of a plain list must look like a unit name), so `（以下简称《规划》）`, `（试行）`,
 * `（2018—2020年）` and explanatory asides are not annotations.
 */
import { Config } from './config';
import { Annotation, UnitRef, UnitRole } from './model';
import { isAnalysedText, Line, SourceText } from './source';
import { firstAt, Range, rangeOn } from './types';
import { endingWordSlips, isCollective, isEndingSlip, isNearMiss, isUnitLike, LEVEL, standardSlips } from './units';
import { char, LineSlot, lineCached, NONE, OwnedLineSlot, ownedCached, PlacedSlot, placedCached, shared, sharedList } from './memo';
import { fitted } from './young';
import { daysIn } from './calendar';
import { readable } from './script';
import { nothingBetween } from './wrapping';
import { matchMarker, withoutZeroWidth } from './markers';
import { commonHead, commonTail } from './changed';

/** `（(〔［[【` and `）)〕］]】` as char codes. */
const NEST_OPEN = [0xff08, 0x28, 0x3014, 0xff3b, 0x5b, 0x3010];
const NEST_CLOSE = [0xff09, 0x29, 0x3015, 0xff3d, 0x5d, 0x3011];
const MAX_INNER = 400;

export interface ParsedUnits {
  units: Array<{ name: string; role: UnitRole; start: number; end: number }>;
  deadline: string | null;
  separators: string[];
  form: number;
  legend: boolean;
  defaults: string[];
  /**
   * Its first unit leads only because it is listed first (no 牵头 said): `（人事处、财务处负责）`,
   * or a `责任单位：` label line, which its `牵头单位：` line beside it outranks (tasks.ts).
   */
  leadByDefault: boolean;
  /** People named beside the units (`牵头领导：张副市长`, `责任人：李某`), as written. */
  leaders: string[];
}

/**
 * A month and a day, in figures or in Chinese numerals (`6`, `十二`; `30`, `二十八`): a deadline is
 * written either way (`9月30日前`, `二〇二五年九月底前`), and a day also with 号 (`9月30号`).
 * Character classes, not alternatives of each numeral's spellings: these go into every pattern of a
 * time below, and V8 compiles each alternative to code of its own (the alternatives cost the server
 * 2–3 MB of memory on the bench's plans).
 */
const MONTH = '[0-9一二三四五六七八九十]{1,2}';
const DAY = '[0-9一二三四五六七八九十]{1,3}';
/** A year, in figures or in Chinese numerals (`2025`, `二〇二五`, `二○二五`). */
const YEAR = '[0-9〇○零一二三四五六七八九]{4}';
/** A month, a day of it, or a span of them (`6月`, `6月30日`, `5—9月`, `5月至9月份`, `九月底`). */
const MONTHS = `(?:${MONTH}(?:月(?:${DAY}[日号])?)?[—–\\-－~～至到])?${MONTH}月(?:${DAY}[日号]|份)?`;
/** A span of months across years (`2025年4月—2026年12月`, `2025年3月至2025年11月`), as a 三年行动's stages run. */
const YEARS_MONTHS = `${YEAR}年${MONTH}月(?:${DAY}[日号])?[—–\\-－~～至到]${YEAR}年${MONTH}月(?:${DAY}[日号]|份)?`;
/**
 * A date in figures parted by dots, slashes or hyphens (`2025.9.30`, `2025/9/30`, `2025-09-30`,
 * `2025.9`), or a mix of them (`2025.9/30`, `2025-9.30`; not a hyphen after the month: `2025.3-12`
 * is March to December): GW304 writes it with 年月日. Full-width figures are read as ASCII (readable). A month up to 12 and a day up to 31, and no figure,
 * 年月日 or amount right after, so `2025-2027年`, `2025.5万元` and `2025.12.310` are none.
 */
const MM = '(?:0?[1-9]|1[0-2])';
const DD = '(?:0?[1-9]|[12][0-9]|3[01])';
export const FIGURES_DATE = `(?:19|20)[0-9]{2}(?:[.．/]${MM}(?:[.．/]${DD})?|[-－]${MM}(?:[-－.．/]${DD})?)(?![0-9０-９.．%％年月日号万亿千百元])`;
/**
 * A month and a day in figures without the year, before 前 (`9.30前`, `9/30前`, `10.15日前`): the
 * year is the plan's. Only before 前, where no decimal (`9.30万元`) or version stands; a day the
 * month has not (`2.30`) is checked where a deadline is read (validDates).
 */
export const MONTH_DAY = `${MM}[.．/]${DD}(?=[日号]?(?:前|以前|之前))`;
/** One, or a span of two (`2025.3—2025.6`). */
const FIGURES_DATES = `${FIGURES_DATE}(?:[—–\\-－~～至到]${FIGURES_DATE})?`;
/**
 * A time a plan names by what happens then (`2025年秋季学期前`, `2025年汛期前`, `春节前`, `秋季开学前`,
 * `2025年9月开学前`, `2025年寒假前`), its year or month or not: only before 前, so a season or a feast said alone is none. Tried first, as the year
 * alone (`2025年`) would be read before it.
 */
const EVENT_TIME = `(?:${YEAR}年)?(?:${MONTH}月)?(?:(?:春季|秋季|新)学期(?:开学)?|(?:春季|秋季)?开学|[寒暑]假|暑期|春节|元旦|国庆节?|中秋节?|主?汛期?|(?:采暖|供暖)季|(?:春夏|秋冬|冬春)季|[春夏秋冬]季|春耕|秋收|麦收|三夏)(?=前|以前|之前)`;
/** A day of the week (`星期一`, `周五`, `礼拜天`). */
const WEEKDAY = '(?:星期|周|礼拜)[一二三四五六日天]';
/**
 * A point or a span in time, `即日` aside. A day alone: in figures (`5日`), or in Chinese numerals
 * right after a month counted in (WITHIN: `次月五日前`, `每月十日前`; `五日` alone may be a span).
 * The year may be said relative to the document's (`今年底`, `明年6月`, `本年度内`).
 */
const WHEN_SAID =
  `(?:${EVENT_TIME}|每?${WEEKDAY}(?!次)|${FIGURES_DATES}|${MONTH_DAY}[日号]?|${YEARS_MONTHS}|${YEAR}(?:年(?:[—–\\-－~～至到]${YEAR}年)?|[—–\\-－~～至到]${YEAR}年)(?:${MONTHS}|[上下]半年|年?底|年?末|年中|年内|内|第?[一二三四1-4]季度)?|${MONTHS}|[0-9]{1,2}日|(?<=月)[一二三四五六七八九十]{1,3}[日号]|[今明本]年度?(?:${MONTHS}|[上下]半年|年?底|年?末|年中|内|第?[一二三四1-4]季度)?|年底|年内|年中|全年|上半年|下半年|第?[一二三四]季度)`;
/**
 * `即日起`, `即日起至2025年底`, `即日起至6月30日`: from now on, or until a point in time (a year, a
 * month, a day; not the spans WHEN_SAID reads, which would copy it whole into every pattern).
 */
const WHEN = `(?:${WHEN_SAID}|即日(?:起[至到](?:${FIGURES_DATE}|(?:${YEAR}年)?(?:${MONTH}月(?:${DAY}[日号])?)?(?:年?底|年?末|年中|[上下]半年)?)(?:[上中下]旬)?(?:底|末)?)?)`;
/** A word before the time (`截至2024年6月底`, `于2024年6月底前完成`, `力争2025年底前`). */
const BY = '(?:自|截至|截止|截止到|于|在|力争|力争于|力争在|确保|确保于|确保在|争取|争取于|争取在)';
/** A rhythm (`每季度`, `每年一次`). */
const EVERY = '每(?:年|半年|季度|月|周)(?:末|底|初)?(?:[一两1-9]次)?';
const RHYTHM = `(?:并?(?:长期坚持|持续推进|长期推进|持续实施|持续开展|常态化推进|常态化开展|长期|常态化|逐年推进|分年度推进|分步实施|定期开展|定期|按时间节点推进|按计划推进|按进度推进|按年度推进|按年度实施|分阶段推进|分阶段实施|逐步推进|立行立改|即知即改|立即整改|边查边改)|${EVERY})`;
/** A time of day after a day (`2025年6月30日17:00前`, `6月30日24时前`, `9月8日12点前`). */
const CLOCK = '(?:[\\s\\u3000]?(?:[01]?[0-9]|2[0-4])(?:[:：][0-5][0-9]|[时点](?:[0-5]?[0-9]分|整|半)?))';
/**
 * What may follow a day: its weekday in brackets (`6月30日（星期一）`), then a time of day (`17:00`,
 * `下午5点`, `下班`), also after a weekday (`每周五17时`, `6月30日（周一）17时`).
 */
const AT_DAY = `(?:(?<=[日号])[（(]${WEEKDAY}[）)])?(?:(?<=[日号一二三四五六天）)])(?:(?:上午|下午|中午|晚上)?${CLOCK}|下班))?`;
/** A period the time is counted in (`每月5日前`, `次月5日前`, `次年1月10日前`). */
const WITHIN = '(?:每年|每半年|每季度|每月|次年|次月|下月|当月|本月)';
/**
 * A deadline as drafters write it beside the units: a point in time (`2026年6月底前`, `6月30日前`,
 * `9月30号前`, `二〇二五年九月底前`, `2025.9.30前`, `年底前`, `2026年内`, `2026—2027年`, `即日起`)
 * or a span of months (`5月至9月`, `2025年3月—6月`), with what happens then (`完成`, `启动`,
 * `起持续推进`), or a rhythm (`全年`, `每季度`, `长期坚持`, `常态化推进`).
 */
const DEADLINE = new RegExp(
  `(?:${BY}?${WITHIN}?${WHEN}(?:[上中下]旬)?(?:底|末|中)?${AT_DAY}(?:前|以前|之前|起|开始|启动)?(?:基本完成|全面完成|完成|启动|见效|取得明显成效|实现)?(?:[，,]?${RHYTHM})?|${RHYTHM})`,
);
const LEGEND = /(排在|列在?|列于)(第一位|首位|每项任务最前面|最前面|第一)[^。；]{0,12}(牵头|主办)/;
/** What a legend is said of, the units listed with the tasks (`各项任务所列单位`, `以下各任务责任单位中`): one phrase, no unit. */
const LEGEND_SUBJECT = /^[^、，,；;]*(?:任务|所列|列出)[^、，,；;]*$/;
/** `以下均需各县（市、区）落实，不再列出`; group 1: which tasks, where it says (`以下涉及地方落实的任务均需…`). */
const DEFAULT_DECL = /以下([^，。；]{1,16}?)?均[需由]?(.+?)(?:负责)?落实[，,]?不再(?:一一)?列出/;
/** Labels of a deadline (`完成时限：2026年6月底前`). */
export const DEADLINE_LABEL = '完成时限|完成时间|完成期限|办结时限|办结时间|办理时限|办理期限|整改时限|整改期限|整改时间|时限要求|时间要求|时间节点|时限|时间';
/**
 * Labels and table columns of people: `牵头领导`, `牵头市领导`, `分管领导同志`, `责任人`, `联系人`, and the
 * leaders a 河长制 / 林长制 puts over a river or a forest (`县级河长`, `林长`, `总河长`).
 */
const PEOPLE = '(?:牵头|责任|分管|联系|包保|挂点|包联)?(?:[省市区县]级?)?领导(?:同志)?|责任人|联系人|(?:[省市区县乡镇村]级)?副?总?(?:河湖|河|湖|林|田)长';
/**
 * The labels of units: `牵头单位`, and the names other offices give them (`牵头处室`, `协同单位`), and
 * the short forms (`牵头：`, `配合：`).
 */
export const UNIT_LABEL_NAMES = '(?:(?:牵头|主办|主责|承办|配合|会办|协办|协助|协同|参与|参加|支持|责任|负责|实施|指导)(?:单位|部门|处室|科室|股室)|责任主体|具体承办)';
const UNIT_LABELS = `${UNIT_LABEL_NAMES}|牵头|配合|协办|协助|参与|责任|指导`;
const LABEL = new RegExp(`【?(${UNIT_LABELS}|${DEADLINE_LABEL}|${PEOPLE})(?:[：:]|】)`, 'g');
/** A label in 【】 (`【牵头单位】市发改委【配合单位】市财政局`): the units follow it, outside the bracket. */
const LENTICULAR_LABEL = new RegExp(`^(?:${UNIT_LABELS}|${DEADLINE_LABEL}|${PEOPLE})$`);
/** `。` between two labelled parts (`牵头单位：A。配合单位：B。`) reads as `；`. */
const STOP_BEFORE_LABEL = new RegExp(`。(?=[\\s\\u3000]*【?(?:${UNIT_LABELS}|${DEADLINE_LABEL}|${PEOPLE})(?:[：:]|】))`, 'g');
/** A label the parser does not know, after a separator (`；适用范围：`): the end of the labelled part before it. */
const OTHER_LABEL = /[；;，,。][\s\u3000]*[\u4e00-\u9fff]{2,6}[：:]/;
/** Labels that name people, not units (`牵头领导：张副市长；牵头单位：市教育局`): read past. */
const PERSON_LABEL = /领导|人$|长$/;
const DEADLINE_ONLY_LABEL = new RegExp(`^(?:${DEADLINE_LABEL})$`);
/**
 * The person who owns a task (`责任人：支部书记周海涛`): alone, an annotation of its own. A leader
 * (`牵头领导：张副市长`) stands above units, and alone is no annotation: the units are missing.
 */
const OWNER_LABEL = /^(?:责任人|负责人)$/;
/** Of those (and of table columns), the people answerable for the task (not a 联系人), kept as its leaders. */
const LEADER_LABEL = /领导|责任人|负责人|[河湖林田]长/;

/** The names in a list of people (`张三、李四`), as written; none where it is empty. */
function namesIn(list: string): string[] {
  const names: string[] = [];
  for (const entry of list.split(/[；;]/)) {
    const pieces = entry.split(/[、，,]/).map((n) => n.trim()).filter((n) => n.length > 0);
    // `党委书记、董事长 林志远`: posts, then the name after a space — one person. Without such
    // spaces (`张三、李四`), one person a piece.
    if (!pieces.some((n) => TITLE_AND_NAME.test(n))) {
      names.push(...pieces);
      continue;
    }
    let posts: string[] = [];
    for (const n of pieces) {
      posts.push(n);
      if (TITLE_AND_NAME.test(n)) {
        names.push(posts.join('、'));
        posts = [];
      }
    }
    if (posts.length) names.push(...posts);
  }
  return names.length ? names : (NONE as never[]);
}

/** A post and a person's name after a space (`副县长 刘志刚`, `院长　吴海`). */
const TITLE_AND_NAME = /[\u4e00-\u9fff][\s\u3000]+[\u4e00-\u9fff]{2,4}$/;

const LEADER_LINE = new RegExp(`^【?(?:${PEOPLE})(?:[：:]|】)`);

/**
 * The people a label line of its own names (`牵头领导：张副市长`, next to `牵头单位：…` lines),
 * as written; null when the line is no such label (or names a 联系人).
 */
export function leadersOnLabelLine(content: string): string[] | null {
  const m = LEADER_LINE.exec(readable(content));
  if (!m || !LEADER_LABEL.test(m[0])) return null;
  return namesIn(content.slice(m[0].length).replace(/[。；;，,\s]+$/, ''));
}

/**
 * The people a bracket on lines `first`…`last` names by a leader's label, where it names no unit
 * (`（责任领导：张三；整改时限：长期坚持）`: a task whose units were left out), as written.
 */
export function leadersInBracketsOn(lines: ReadonlyArray<{ text: string }>, first: number, last: number): string[] {
  let out: string[] = NONE as never[];
  for (let k = first; k <= last && k < lines.length; k++) {
    const text = lines[k].text;
    if (text.indexOf('：') < 0 && text.indexOf(':') < 0) continue;
    for (const b of bracketSpans(text, 0, text.length)) {
      for (const part of text.slice(b.open + 1, b.close).split(/[；;]/)) {
        const names = leadersOnLabelLine(part.trim());
        if (names) for (const n of names) if (!out.includes(n)) out = [...out, n];
      }
    }
  }
  return out;
}

/** A deadline clause is one that starts with a deadline (anchored: tried at the start only). */
const DEADLINE_AT_START = new RegExp(`^(?:${DEADLINE.source})`);

/** Role verbs ending a clause (`A牵头`, `B配合`, `C负责落实`), tried in this order. */
const VERB_ROLES: Array<[string[], UnitRole]> = [
  [['牵头负责', '负责牵头', '牵头落实', '牵头抓总', '牵头', '主办', '主责', '为牵头单位', '为牵头部门', '统筹'], 'lead'],
  [['配合落实', '配合', '参与', '会办', '协办', '协助', '共同推进', '协同', '协同推进', '参加', '支持', '协调配合', '协作', '为配合单位', '为配合部门', '为协办单位'], 'coop'],
  [['指导', '督导', '督办', '督促指导', '指导督促', '监督指导', '监督', '督查', '督促'], 'guide'],
  [['分别负责落实', '分别负责', '按职责分工负责', '按职责负责', '负责落实', '负责实施', '负总责', '负责', '抓好落实', '抓落实', '督促落实', '推动落实', '组织实施', '具体实施', '实施', '落实', '承办', '执行', '为责任单位'], 'responsible'],
];

/** Words between the units and their verb (`各乡镇具体负责`, `各成员单位共同参与`): part of the verb. */
const VERB_ADVERB = /(?:具体|共同|分别|切实|认真|积极|协同|统筹|依职责|按职责分工|按照职责分工|按职责|(?:分别)?包[片户村点联])$/;

/** The length of the longest of `words` that `s` ends with (0 if none). */
/** The role a clause's closing verb gives its units (`牵头`, `配合` …) and the verb's length; null without one. */
function verbRole(clause: string): { role: UnitRole; verb: number } | null {
  for (const [verbs, role] of VERB_ROLES) {
    const verb = longestSuffix(clause, verbs);
    if (verb > 0) {
      const before = clause.slice(0, clause.length - verb);
      // `A负责督办`, `A负责跟踪督办`, `A牵头组织实施`: what the unit does, after the verb that says its role.
      const said = SAID_ROLE.exec(before);
      if (said && said.index > 0) return { role: said[1].includes('牵头') ? 'lead' : 'responsible', verb: verb + said[0].length };
      const adverb = VERB_ADVERB.exec(before);
      return { role, verb: verb + (adverb && adverb.index > 0 ? adverb[0].length : 0) };
    }
  }
  return null;
}

/** 负责 or 牵头, and up to two characters of how (`跟踪`, `组织`), before the duty that ends a clause. */
const SAID_ROLE = /(牵头负责|负责牵头|牵头|负责)(?!单位|部门|处室|科室|人|同志|领导)[\u4e00-\u9fff]{0,2}$/;

/**
 * `县财政局负责资金保障`: units, then 负责 or 牵头 and what they do. The role, with `verb` the
 * length of the verb and the duty after it (what verbRole's caller cuts off). Not `负责人`,
 * `负责同志`: people, not a duty.
 */
function dutyRole(clause: string): { role: UnitRole; verb: number } | null {
  const m = DUTY.exec(clause);
  if (!m || m.index === 0 || clause.length - m.index - m[0].length < 2) return null;
  // `本办法由县财政局负责解释`: a sentence about the text, not a unit given a task.
  if (clause.lastIndexOf('由', m.index) > 0) return null;
  return { role: m[0].startsWith('牵头') ? 'lead' : 'responsible', verb: clause.length - m.index };
}

/** The support a unit gives, ending its clause (`做好经费保障`, `做好政策支持`). */
const SUPPORT_GIVEN = /做好[\u4e00-\u9fff]{0,4}(?:保障|支持)$/;

/**
 * 负责 not followed by 人 alone (负责人; 负责人员保障 is a duty), 同志, 领导; neither it nor 牵头
 * naming units (`各牵头部门`, `各事项负责单位`: a collective, not a duty); 做好 before the support a
 * unit gives, ending the clause (`市财政局做好经费保障`, `县人社局做好政策支持`: as `负责资金保障`).
 */
const DUTY = /牵头负责|牵头(?!单位|部门|处室|科室)|负责(?!人(?![\u4e00-\u9fff])|同志|领导|的|单位|部门|处室|科室)|落实(?=属地|主体|监管|行业|部门|相关|有关|具体|各项)|做好(?=[\u4e00-\u9fff]{0,4}(?:保障|支持)$)/;

function longestSuffix(s: string, words: string[]): number {
  let best = 0;
  for (const w of words) if (w.length > best && s.endsWith(w)) best = w.length;
  return best;
}

/** Split at top-level separators (not inside nested brackets); keeps offsets. */
function splitTop(s: string, seps: string, offset = 0): Array<{ text: string; start: number; sep: string }> {
  // By char code: `s[i]` would allocate a string per Chinese character, for every candidate.
  const out: Array<{ text: string; start: number; sep: string }> = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (NEST_OPEN.indexOf(c) >= 0) depth++;
    else if (NEST_CLOSE.indexOf(c) >= 0) depth = Math.max(0, depth - 1);
    else if (depth === 0 && isOneOf(c, seps)) {
      out.push({ text: s.slice(start, i), start: offset + start, sep: char(s, i) });
      start = i + 1;
    }
  }
  out.push({ text: s.slice(start), start: offset + start, sep: '' });
  return out;
}

/** Whether `text` between `from` and `to` is white space only (or empty). */
function onlySpaces(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

/** What `\s` (and `trim`) treat as white space, and the zero-width spaces and joiners of pasted text. */
function isSpace(c: number): boolean {
  return (
    c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200d) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x2060 || c === 0x3000 || c === 0xfeff
  );
}

/** Whether the character code `c` is one of `chars`. */
export function isOneOf(c: number, chars: string): boolean {
  for (let k = 0; k < chars.length; k++) if (chars.charCodeAt(k) === c) return true;
  return false;
}

/**
 * Parse the inside of a bracket (or a label line) as units; null when it is not an annotation.
 * `known` accepts names that do not look like units but are known (registry, aliases, or a near
 * miss of a unit the document names elsewhere) — so `（党委组织布）` is still read, and flagged.
 */
export function parseUnits(inner: string, known: (name: string) => boolean = () => false): ParsedUnits | null {
  if (!inner || inner.length > MAX_INNER) return null;
  // `（ 市甲局牵头，市乙局配合 ）`: spaces a copy puts inside the brackets are none of the text's
  // (the clauses are read from the first character to the last); the units keep their columns.
  if (isSpace(inner.charCodeAt(0)) || isSpace(inner.charCodeAt(inner.length - 1))) {
    let from = 0;
    let to = inner.length;
    while (from < to && isSpace(inner.charCodeAt(from))) from++;
    while (to > from && isSpace(inner.charCodeAt(to - 1))) to--;
    const parsed = from < to ? parseUnits(inner.slice(from, to), known) : null;
    if (parsed && from > 0) {
      for (const u of parsed.units) {
        u.start += from;
        u.end += from;
      }
    }
    return parsed;
  }
  // Read in simplified script (`牽頭單位：`, `負責`); names and deadline are then taken as written.
  const plain = readable(inner);
  const parsed = parsePlain(plain, known, inner);
  if (parsed && plain !== inner) {
    for (const u of parsed.units) u.name = inner.slice(u.start, u.end);
    if (parsed.deadline) {
      const at = plain.indexOf(parsed.deadline);
      if (at >= 0) parsed.deadline = inner.slice(at, at + parsed.deadline.length);
    }
  }
  return parsed;
}

/** A lead's verb, then spaces and a unit's name: the first space stands for a comma. */
const SPACE_AFTER_LEAD = /(?:牵头|负责)[ \u3000]+(?=[\u4e00-\u9fff])/g;

/** parseUnits of a text in simplified script; people's names are taken from `written`, the text as written. */
function parsePlain(inner: string, known: (name: string) => boolean, written: string): ParsedUnits | null {
  // `（含市委办公室、市政府办公室）`, `（不含公立医院）`, `（具体按某某文件执行）`: what a scope covers, not who does a task.
  if (ASIDE_START.test(inner) && !inner.startsWith('含山')) return null;
  // One character for one: offsets into `inner` stay right.
  let text = inner.indexOf('。') >= 0 && (inner.indexOf('：') >= 0 || inner.indexOf(':') >= 0 || inner.indexOf('】') >= 0) ? inner.replace(STOP_BEFORE_LABEL, '；') : inner;
  // `（政工室牵头 训练科、各派出所配合）`: a space typed for the comma after the lead's verb parts the clauses.
  if (text.indexOf(' ') >= 0 || text.indexOf('\u3000') >= 0) text = text.replace(SPACE_AFTER_LEAD, (m) => m.slice(0, 2) + '，' + m.slice(3));
  let legend = false;
  // Empty lists are the one shared frozen array (memo.ts NONE): almost no annotation declares defaults.
  let defaults: string[] = NONE as never[];
  // Sentences after the first `。`: a legend or a declared default, said once, or the deadline.
  const sentences = splitTop(text, '。');
  let sentenceDeadline: string | null = null;
  if (sentences.length > 1) {
    for (const s of sentences.slice(1)) {
      if (LEGEND.test(s.text)) legend = true;
      const d = DEFAULT_DECL.exec(s.text);
      // `以下涉及地方落实的任务均需……落实，不再列出`: said of some tasks only, so no default for all.
      if (d && !d[1]) defaults = d[2].split(/[、，,]/).map((x) => x.trim()).filter(isUnitLike);
      const trimmed = s.text.trim();
      if (!d && isDeadlineClause(trimmed)) sentenceDeadline ??= trimmed;
      else if (trimmed && !LEGEND.test(s.text) && !d) return null; // some other sentence: an aside
    }
    text = sentences[0].text;
  }
  // `……负责。列第一位者为牵头单位，下同` inside one clause list
  const legendAt = text.indexOf('列') >= 0 || text.indexOf('排') >= 0 ? text.search(LEGEND) : -1;
  if (legendAt > 0) {
    legend = true;
    text = text.slice(0, text.lastIndexOf('，', legendAt) >= 0 ? text.lastIndexOf('，', legendAt) : legendAt);
    // `（各项任务所列单位，排在第一位的为牵头单位）`: the legend's subject, the tasks' units, names no unit.
    if (LEGEND_SUBJECT.test(text)) text = '';
  }
  let deadline: string | null = null;
  const units: ParsedUnits['units'] = [];
  const separators: string[] = [];
  let form = 1;
  let leaders: string[] = NONE as never[];
  // People said by their verbs (`分管副局长李明辉牵头`): the task's leaders, before any labelled.
  const people: string[] = [];
  // Units said to answer each for its own share (`A、B分别负责`): no first one leads. Beside
  // them, units another verb says are 负责 (`各乡镇具体实施`) work with them.
  let severally = false;
  const doers: ParsedUnits['units'] = [];

  LABEL.lastIndex = 0;
  const labels = text.indexOf('：') >= 0 || text.indexOf(':') >= 0 || text.indexOf('】') >= 0 ? [...text.matchAll(LABEL)] : [];
  if (labels.length) {
    if (labels[0].index !== 0) {
      // `X牵头，Y配合；完成时限：2024年6月底前`: units said by their verbs, then labelled parts.
      const said = addClauses(text.slice(0, labels[0].index).replace(/[；;，,\s\u3000]+$/, ''), 0, units, separators, known, people, doers);
      if (!said) return null;
      form = said.form;
      deadline = said.deadline;
      severally ||= said.severally;
    } else {
      const first = labels.find((l) => !PERSON_LABEL.test(l[1]));
      form = first && /责任|负责|实施|主体/.test(first[1]) ? 5 : 4;
    }
    for (let k = 0; k < labels.length; k++) {
      const label = labels[k][1];
      const from = labels[k].index! + labels[k][0].length;
      const to = k + 1 < labels.length ? labels[k + 1].index! : text.length;
      // Another label after the units (`适用范围：福建自贸试验区`) says something else: read past it.
      const other = OTHER_LABEL.exec(text.slice(from, to));
      const body = text.slice(from, other ? from + other.index : to).replace(/[；;，,。\s]+$/, '');
      if (PERSON_LABEL.test(label)) {
        // `责任市领导：赵立新；市发展改革委牵头，市直有关部门按职责分工负责`: the people, then after a `；`
        // the units, said by their verbs or listed (a `；` may also part people: `党委书记 甲；副书记 乙`).
        const parts = body.indexOf('；') >= 0 || body.indexOf(';') >= 0 ? splitTop(body, '；;', 0) : null;
        if (parts && parts.length > 1) {
          const at = parts[1].start;
          const [had, hadSeparators] = [units.length, separators.length];
          const said = addClauses(body.slice(at), from + at, units, separators, known, people, doers);
          if (said && units.length > had) {
            if (LEADER_LABEL.test(label)) leaders = [...leaders, ...namesIn(written.slice(from, from + parts[0].text.length))];
            if (!labels.some((l) => !PERSON_LABEL.test(l[1]))) form = said.form;
            deadline ??= said.deadline;
            severally ||= said.severally;
            continue;
          }
          units.length = had;
          separators.length = hadSeparators;
        }
        if (LEADER_LABEL.test(label)) leaders = [...leaders, ...namesIn(written.slice(from, from + body.length))];
        continue;
      }
      if (/时限|时间|期限|节点/.test(label)) {
        deadline = body.trim() || null;
        continue;
      }
      const role: UnitRole = /牵头|主办|主责|承办/.test(label) ? 'lead' : /责任|负责|实施/.test(label) ? 'responsible' : /指导/.test(label) ? 'guide' : 'coop';
      const [had, hadSeparators] = [units.length, separators.length];
      // `配合单位：A、B；2026年底前完成`: an unlabelled deadline after the last labelled units.
      const due = k + 1 === labels.length ? deadlineAfter(body) : null;
      if (due) {
        if (!addList(body.slice(0, due.at), from, role, units, separators, known, true)) return null;
        deadline ??= due.deadline;
        continue;
      }
      if (addList(body, from, role, units, separators, known, true)) continue;
      // `责任单位：A牵头，B、C配合`: the responsible units, with verbs that say who leads.
      units.length = had;
      separators.length = hadSeparators;
      const said = role === 'responsible' ? addClauses(body, from, units, separators, known, people, doers) : null;
      if (!said) return null;
      deadline ??= said.deadline;
      severally ||= said.severally;
    }
  } else {
    const said = addClauses(text, 0, units, separators, known, people, doers);
    if (!said) return null;
    form = said.form;
    deadline = said.deadline;
    severally = said.severally;
  }
  // No units, only the person who answers for the task: `（李明辉同志负责）`, `（责任人：支部书记周海涛）`
  // (a 党支部's plan names its members, not units). The task has its owner; the ledger lists them.
  const peopleOnly =
    (people.length > 0 && deadline === null && sentences.length === 1 && text.length <= 24) ||
    (leaders.length > 0 && labels.length > 0 && labels.every((l) => OWNER_LABEL.test(l[1]) || DEADLINE_ONLY_LABEL.test(l[1])));
  if (units.length === 0 && !peopleOnly) return null;
  if (people.length) leaders = [...people, ...leaders];
  deadline ??= sentenceDeadline;
  const leadByDefault = severally ? severalLeads(units, doers) : assignDefaultLead(units);
  return { units: fitted(units), deadline: deadline === null ? null : shared(deadline), separators: separators.length ? sharedList([...new Set(separators)]) : (NONE as never[]), form, legend, defaults, leadByDefault, leaders };
}

/**
 * A deadline clause (or two stages in a row) ending a list of units after a `；` or `，`
 * (`A、B；2026年底前完成`): the deadline as written and where the list ends; null without one.
 */
function deadlineAfter(body: string): { at: number; deadline: string } | null {
  const clauses = splitTop(body, '，,；;', 0);
  let first = clauses.length;
  while (first > 1 && isDeadlineClause(clauses[first - 1].text.trim())) first--;
  if (first === clauses.length) return null;
  const at = clauses[first].start;
  return { at: at - 1, deadline: body.slice(at).trim() };
}

/**
 * Add the units of `text`'s clauses (`A牵头，B、C配合`, `A负责`, `由A牵头负责`, `A会同B负责`, a
 * deadline clause), `text` at `offset` in the annotation: the form the verbs make, the
 * deadline, and whether units are said to answer each for its own share (`A、B分别负责落实`,
 * `A、B按职责分别负责`); null when a clause is not units. `doers`: the units other verbs say are 负责.
 */
function addClauses(
  text: string,
  offset: number,
  units: ParsedUnits['units'],
  separators: string[],
  known: (name: string) => boolean,
  people: string[] = [],
  doers: ParsedUnits['units'] = [],
): { form: number; deadline: string | null; severally: boolean } | null {
  let form = 1;
  let deadline: string | null = null;
  let severally = false;
  let deadlineFrom = -1;
  let deadlineClause = -2;
  const clauses = verbClauses(splitTop(text, '，,；;', offset));
  for (let k = 0; k < clauses.length; k++) {
    const c = clauses[k];
    let body = c.text;
    let bodyStart = c.start;
    const trimmed = body.replace(/[\s]+$/, '');
    if (!trimmed.trim()) continue;
    if (isDeadlineClause(trimmed)) {
      // Two stages in a row (`2024年6月底前完成排查，2024年底前完成整改`) are one deadline, as written.
      if (deadlineClause !== k - 1) deadlineFrom = c.start - offset;
      deadline = text.slice(deadlineFrom, c.start - offset + trimmed.length);
      deadlineClause = k;
      continue;
    }
    // `市乙局做好政策支持`: the support it gives, not 支持 said as its role.
    let role = (body.indexOf('做好') > 0 && SUPPORT_GIVEN.test(body) ? dutyRole(body) : null) ?? verbRole(body) ?? dutyRole(body);
    // `（科研办公室负责，具体方案另行制定）`: a remark after units said by their verbs ends the annotation.
    if (!role && k === clauses.length - 1 && k > 0 && form !== 1 && isRemark(trimmed.trim())) {
      // A deadline whose day the month has not (`2.30前完成`) is kept as written, for the ledger to
      // show what the drafter wrote (GW305 says the date does not exist; GW304 offers no 年月日 for it).
      if (deadline === null && UNREAD_DEADLINE.test(trimmed.trim())) deadline = trimmed.trim();
      continue;
    }
    let several = false;
    if (role) {
      several = role.role === 'responsible' && body.lastIndexOf('分别', body.length - 2) >= body.length - role.verb;
      severally ||= several;
      body = body.slice(0, body.length - role.verb);
      form = role.role === 'lead' ? 3 : role.role === 'guide' ? 7 : form === 1 ? 2 : form;
    } else if (c.sep && c.sep !== '；' && c.sep !== ';' && units.some((u) => u.role === 'lead') && coopListGoesOn(clauses, k + 1)) {
      // `A牵头，B，C配合`, `A牵头，B，C，D配合`: after the lead, commas inside the co-operating list (GW205 flags them).
      role = { role: 'coop', verb: 0 };
    }
    // `由A牵头负责`, `由B配合`
    if (role && body.charCodeAt(0) === 0x7531 /* 由 */) {
      body = body.slice(1);
      bodyStart++;
    }
    // `分管副局长李明辉牵头`, `李明辉同志负责`: a person, by post and name, is the task's leader.
    if (role && role.role !== 'coop' && isPersonSaid(body.trim())) {
      people.push(body.trim());
      form = role.role === 'lead' ? 3 : form;
      continue;
    }
    // `A牵头，会同B、C`: after the lead, the units it works with co-operate.
    if (body.startsWith('会同') && (role === null || role.role === 'coop') && units.some((u) => u.role === 'lead' || u.role === 'responsible')) {
      if (!addList(body.slice(2), bodyStart + 2, 'coop', units, separators, known)) return null;
      form = 3;
      if (c.sep) separators.push(c.sep);
      continue;
    }
    // `A会同B负责`
    const withIdx = body.indexOf('会同');
    if (withIdx > 0) {
      if (!addList(body.slice(0, withIdx), bodyStart, 'lead', units, separators, known)) return null;
      if (!addList(body.slice(withIdx + 2), bodyStart + withIdx + 2, 'coop', units, separators, known)) return null;
      form = 3;
      continue;
    }
    const had = units.length;
    if (!addList(body, bodyStart, role?.role ?? 'responsible', units, separators, known, role !== null)) return null;
    if (role && !several) for (let u = had; u < units.length; u++) doers.push(units[u]);
    if (c.sep) separators.push(c.sep);
  }
  return { form, deadline, severally };
}

type Clause = { text: string; start: number; sep: string };

/**
 * Whether the clauses from `k` on are the rest of a co-operating list parted by commas: clauses
 * without a verb, joined by `，`, up to one that ends in a co-operating verb (`…，C，D配合`).
 */
function coopListGoesOn(clauses: Clause[], k: number): boolean {
  for (; k < clauses.length; k++) {
    const text = clauses[k].text;
    const role = verbRole(text);
    if (role) return role.role === 'coop';
    if (dutyRole(text) || isDeadlineClause(text.trim())) return false;
    const sep = clauses[k].sep;
    if (sep !== '，' && sep !== ',') return false;
  }
  return false;
}

/**
 * `clauses` with those that join two clauses by `、` cut there (`A牵头、B配合`): where what
 * comes before a `、` ends with a role verb. Most clauses are returned as they are.
 */
function verbClauses(clauses: Clause[]): Clause[] {
  let out: Clause[] | null = null;
  for (let k = 0; k < clauses.length; k++) {
    const c = clauses[k];
    const pieces = c.text.indexOf('、') >= 0 ? splitTop(c.text, '、', c.start) : null;
    let cut: Clause[] | null = null;
    if (pieces && pieces.length > 1) {
      let from = 0; // index into pieces of the current clause's first piece
      for (let j = 0; j < pieces.length - 1; j++) {
        const said = c.text.slice(pieces[from].start - c.start, pieces[j].start - c.start + pieces[j].text.length);
        if (!verbRole(said)) continue;
        (cut ??= []).push({ text: said, start: pieces[from].start, sep: '、' });
        from = j + 1;
      }
      if (cut) cut.push({ text: c.text.slice(pieces[from].start - c.start), start: pieces[from].start, sep: c.sep });
    }
    if (cut) (out ??= clauses.slice(0, k)).push(...cut);
    else if (out) out.push(c);
  }
  return out ?? clauses;
}

/** A legend in brackets after a list's last unit (`（排名第一的为牵头单位）`, `（排在首位的为牵头部门）`). */
const LEGEND_NOTE = /[（(][^（）()]*(?:第一|首位|最前)[^（）()]*(?:牵头|主办)[^（）()]*[）)]$/;

/** A role in brackets after a unit's name (`市教育局（牵头）`, `市财政局(配合)`). */
const ROLE_NOTE = /[（(](牵头单位|牵头|主责|主办|配合单位|配合|协办)[）)]$/;

/** White space and the zero-width characters pasted from web pages, around a list item. */
const LEADING_SPACE = /^[\s\u200b-\u200d\u2060]*/;
const TRAILING_SPACE = /[\s\u200b-\u200d\u2060]+$/;

/** Add the units of a list `A、B等和各有关部门`; false when an item is not unit-like. */
function addList(
  body: string,
  offset: number,
  role: UnitRole,
  out: ParsedUnits['units'],
  separators: string[],
  known: (name: string) => boolean,
  said = false,
): boolean {
  // A slash parts units as a 、 does in lists pasted from web forms and spreadsheets (`A/B配合`, GW205).
  const items = levelsJoined(splitTop(body, '、,，/／'));
  let ok = true;
  let ellipsis: boolean | undefined; // looked at only when an item is not a unit's name
  // Groups parted by `，` (`A（牵头），B、C（配合）`): a role said after a group's last unit is the
  // group's; 配合 said so is the whole list's (`B、C（配合）`), where `A、B（牵头）` marks B alone.
  const grouped = items.some((it) => it.sep === '，' || it.sep === ',');
  let group = out.length;
  for (const it of items) {
    if (it.sep) separators.push(it.sep);
    let name = it.text;
    let start = it.start;
    // Leading/trailing whitespace.
    const lead = LEADING_SPACE.exec(name)![0].length;
    name = name.slice(lead);
    start += lead;
    name = name.replace(TRAILING_SPACE, '');
    // `市商务局（排名第一的为牵头单位）` at a list's end: the legend, said in brackets, is no part of the name.
    const legendNote = name.charCodeAt(name.length - 1) === 0xff09 ? LEGEND_NOTE.exec(name) : null;
    if (legendNote) name = name.slice(0, legendNote.index).replace(TRAILING_SPACE, '');
    // `市教育局（牵头）`: the role said after the name.
    let itemRole = role;
    const note = ROLE_NOTE.exec(name);
    if (note) {
      name = name.slice(0, note.index).replace(TRAILING_SPACE, '');
      itemRole = /配合|协办/.test(note[1]) ? 'coop' : 'lead';
      if ((grouped || itemRole === 'coop') && it.sep !== '、') for (let g = group; g < out.length; g++) if (out[g].role === role) out[g].role = itemRole;
    }
    if (!name) continue;
    // `A等和各省级人民政府`, `A及各区县`, `A和B`, `A B` (a space for a 、, as pasted from a table)
    const parts = joinedUnits(spacedUnits(name.split(/(?:等)?(?:和|及|以及|与)(?=各|有关|相关|其他)|等(?=有关|相关|各)/)));
    let pos = start;
    for (const raw of parts) {
      const idx = body.indexOf(raw, pos - offset) + offset;
      // `A等`, `A等部门`: A, and others not named.
      // A zero-width space a copy left inside a name (`市财\u200b政局`) is no part of it: the name is
      // read without it, its range still covers it.
      const written = raw.replace(/等(?:部门|单位|机构|地区|成员单位)?$/, '');
      const p = withoutZeroWidth(written);
      if (!p) continue;
      if (!isUnitLike(p.indexOf('、') > 0 ? p.replace(LEVEL_LISTED, '') : p) && !(/^[\u4e00-\u9fff]{2,20}$/.test(p) && known(p)) && !(said && ROLE.test(p)) && !(ellipsis ??= items.length > 1 && isEllipsis(items))) {
        ok = false;
        break;
      }
      out.push({ name: shared(p), role: itemRole, start: idx, end: idx + written.length });
      pos = idx + raw.length;
    }
    if (!ok) break;
    if (it.sep !== '、') group = out.length;
  }
  return ok;
}

/**
 * `各州、市人民政府`, `市、县人民政府`, `各市、县（市、区）人民政府`: the governments of each level
 * listed, one name (with 各 a collective); the items from a `各` and one level up to the name that ends them are one.
 */
function levelsJoined(items: Array<{ text: string; start: number; sep: string }>): Array<{ text: string; start: number; sep: string }> {
  for (let k = 0; k + 1 < items.length; k++) {
    if (items[k].sep !== '、') continue;
    // `各区、县级市`, `各有关区、县级市`, `各乡镇、街道`: each of the places of the levels listed, one
    // collective; the levels after the first have no 各 of their own (县级市 alone is no unit).
    const places = EACH_PLACE.test(items[k].text.trim()) ? placesListed(items, k) : -1;
    if (places > k) {
      const text = items.slice(k, places + 1).map((it, x) => it.text + (x < places - k ? it.sep : '')).join('');
      return levelsJoined([...items.slice(0, k), { text, start: items[k].start, sep: items[places].sep }, ...items.slice(places + 1)]);
    }
    if (!LEVEL_OF_EACH.test(items[k].text.trim())) continue;
    let j = k + 1;
    while (j + 1 < items.length && items[j - 1].sep === '、' && ONE_LEVEL.test(items[j].text.trim())) j++;
    if (!LEVEL_NAMED.test(items[j].text.trim())) continue;
    const text = items.slice(k, j + 1).map((it, x) => it.text + (x < j - k ? it.sep : '')).join('');
    return [...items.slice(0, k), { text, start: items[k].start, sep: items[j].sep }, ...items.slice(j + 1)];
  }
  return items;
}
const LEVEL_OF_EACH = /^各?[省市县区州盟旗乡镇]$/;
/** A level's places, each (`各区`, `各有关县`, `各乡镇`). */
const EACH_PLACE = /^各(?:有关|相关)?(?:[省市县区州盟旗乡镇]|乡镇|街道|县级市|地级市)$/;
/** A level alone, listed after the first (`县级市` of `各区、县级市`). */
const PLACE_LEVEL = /^(?:[省市县区州盟旗乡镇]|乡镇|街道|县级市|地级市)$/;

/**
 * The levels a collective of places lists after its first (`县级市` of `各区、县级市`), else none:
 * GW207 compares a level mistyped alone (`各区、县级是`, read as two) with them.
 */
export function levelsAfterFirst(name: string): string[] {
  if (name.indexOf('、') < 0) return NONE as never[];
  const parts = name.split('、');
  return EACH_PLACE.test(parts[0]) && parts.slice(1).every((p) => PLACE_LEVEL.test(p)) ? parts.slice(1) : (NONE as never[]);
}

/** The index of the last of the bare levels listed right after items[k] (`各区、县级市`), or -1 where none follows. */
function placesListed(items: ReadonlyArray<{ text: string; sep: string }>, k: number): number {
  let j = k;
  while (j + 1 < items.length && items[j].sep === '、' && PLACE_LEVEL.test(items[j + 1].text.trim())) j++;
  return j > k ? j : -1;
}
/** The levels listed after the first, for the shape of the name (`各州市人民政府`). */
const LEVEL_LISTED = /、(?=[省市县区州盟旗乡镇]|街道)/g;
const ONE_LEVEL = /^[省市县区州盟旗乡镇]$/;
/** A level and its body's name (`市人民政府`, `县（市、区）教育局`). */
const LEVEL_NAMED = /^[省市县区州盟旗乡镇](?:[（(〔][^）)〕]*[）)〕])?(?:人民政府|政府|党委|[\u4e00-\u9fff]{1,8}(?:局|委|厅|办|部))$/;

/**
 * People by their post, where a verb or a label says they do the task (`（各网格员负责）`,
 * `（社区“两委”成员分别包片负责）`, `责任单位：各班主任`); not in a bare list, where they may be a gloss.
 */
const ROLE = /^[\u4e00-\u9fff“”]{0,12}(?:网格员|网格长|专干|委员|主任|班主任|辅导员|护士长|组长|书记|干部|成员|联络员|信息员|“两委”|两委)$/;

/**
 * A list whose items share the ending of its last (`各临床、医技科室`, `各院、系`, `内、外、妇、儿科`):
 * a collective with 各 whose items are short, or single characters before a unit's name.
 */
function isEllipsis(items: Array<{ text: string }>): boolean {
  const names = items.map((it) => it.text.trim());
  if (!names.every((n) => /^[\u4e00-\u9fff]{1,6}$/.test(n) && !NOT_IN_LIST.test(n))) return false;
  const last = names[names.length - 1];
  if (names[0].startsWith('各')) return isUnitLike(last) || last.length <= 2;
  return names.slice(0, -1).every((n) => n.length === 1) && isUnitLike(last);
}

/** Words that end a clause of running text: an item holding one is no elliptical unit. */
const NOT_IN_LIST = /[的是了在将把被或和与及]|负责|牵头|配合|落实/;

/**
 * `市财政局和市审计局`, `市委办及市政府办`: two units joined by 和/及/与, split where what is on each
 * side is a unit's name. Names that hold the word (`市人力资源和社会保障局`, `市文化和旅游局`) do
 * not split: what precedes it is not a name.
 */
const joinedUnits = (parts: string[]): string[] => splitEach(parts, splitJoined);

/** `市商务局 市发展改革委`: units separated by spaces where a 、 belongs, split when every piece is a unit's name. */
const spacedUnits = (parts: string[]): string[] => splitEach(parts, splitSpaced);

function splitSpaced(name: string): string[] | null {
  if (!SPACE_INSIDE.test(name)) return null;
  const pieces = name.split(SPACES);
  return pieces.length > 1 && pieces.every((x) => x.length >= 2 && isUnitLike(x)) ? pieces : null;
}

/** `parts` with each part `split` splits replaced by its pieces; `parts` itself when none splits (most lists). */
function splitEach(parts: string[], split: (part: string) => string[] | null): string[] {
  let out: string[] | null = null;
  for (let k = 0; k < parts.length; k++) {
    const pieces = split(parts[k]);
    if (pieces) (out ??= parts.slice(0, k)).push(...pieces);
    else if (out) out.push(parts[k]);
  }
  return out ?? parts;
}

const SPACE_INSIDE = /\S[\s\u3000]+\S/;
const SPACES = /[\s\u3000]+/;

/** A body every place has, named without its place (`人民政府`, `党委`): the second of `X委和人民政府`. */
const PLACE_BODY_ALONE = /^(?:人民政府|政府|党委|党组|党工委|人大常委会|人大|政协|纪委|监委|纪委监委|管委会|办事处)$/;

function splitJoined(name: string): string[] | null {
  const re = /以及|[和及与]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(name)) !== null) {
    const left = name.slice(0, m.index);
    const right = name.slice(m.index + m[0].length);
    // Both full names: `有关部门和单位`, `中央和国家机关工委` are one.
    if (left.length < 3 || right.length < 3 || !isUnitLike(left) || !isUnitLike(right)) continue;
    // `各县（市、区）委和人民政府`, `各乡镇党委和人民政府`: the second body is the same place's, named without it.
    if (PLACE_BODY_ALONE.test(right)) continue;
    // `实验室与设备管理处`, `网络与信息中心` are one office; `市财政局与市审计局` name their place twice.
    if (m[0] === '与' && !(LEVEL.test(left) && left.charCodeAt(0) === right.charCodeAt(0))) continue;
    return [left, ...(splitJoined(right) ?? [right])];
  }
  return null;
}

/**
 * In a plain list (forms 1 and 2), without a stated lead, the first responsible unit leads and the
 * others co-operate; whether it did so. Not for units said to answer each for its own share
 * (`分别负责`): they stay 'responsible', and each leads its share (tasks.ts summarise).
 */
function assignDefaultLead(units: ParsedUnits['units']): boolean {
  if (units.some((u) => u.role === 'lead')) return false;
  const responsible = units.filter((u) => u.role === 'responsible');
  if (responsible.length === 0) return false;
  responsible.forEach((u, i) => (u.role = i === 0 ? 'lead' : 'coop'));
  return true;
}

/**
 * Units said to answer each for its own share (`A、B分别负责`) and no lead said: they stay
 * 'responsible' and each leads (tasks.ts summarise); units another verb says are 负责 beside them
 * (`各乡镇具体实施`) co-operate. None leads by being listed first (false).
 */
function severalLeads(units: ParsedUnits['units'], doers: ParsedUnits['units']): false {
  if (!units.some((u) => u.role === 'lead')) for (const u of doers) if (u.role === 'responsible') u.role = 'coop';
  return false;
}

/** Whether `a`'s lead is its first unit only by being listed first (ParsedUnits leadByDefault). */
export function leadsByDefault(a: Annotation): boolean {
  return a instanceof LineAnnotation && a.saying.leadByDefault;
}

/** A bracket that did not parse as units on its own (the second pass may read it as a near miss). */
interface Failed {
  line: number;
  open: number;
  close: number;
  inner: string;
  /** A label line (form 6): its inner text is the whole line's content, label included. */
  label: boolean;
  /** A bracket left open after a task's 。 to its line's end that closeDropped did not read (`close` is the line's last character). */
  dropped?: true;
}

/**
 * What the first pass found on every line, under one Config: handed to the next version, whose
 * lines that are the previous Line objects (the same text at the same index) find the same.
 * Annotations over several lines (table rows, a bracket wrapped onto the next line) are not
 * taken over: a row belongs to the header above it.
 */
export interface AnnotationFacts {
  config: Config;
  /** The annotations each line holds on its own, in line order. */
  direct: Annotation[];
  failed: Failed[];
  /** Whether any annotation reads more than its own line: a table, or a bracket wrapped onto the next line. */
  multiLine: boolean;
  /** Whether the near-miss pass found annotations beyond `direct`. */
  extras: boolean;
}

/**
 * Find the annotations of a document: bracketed ones at the end of a sentence or line, and
 * label lines (`牵头单位：…`) under a task.
 */
export function findAnnotations(source: SourceText, config: Config): Annotation[] {
  return annotationsWithFacts(source, config).annotations;
}

/**
 * findAnnotations, and the facts the next version may take over. `previous`: those of the version
 * `source` was built from; used only for the lines the edit left alone, and only when no annotation spans lines.
 */
export function annotationsWithFacts(source: SourceText, config: Config, previous?: AnnotationFacts): { annotations: Annotation[]; facts: AnnotationFacts; sameOutside: boolean } {
  const lines = source.lines;
  const n = lines.length;
  const changed = source.changedLines;
  const take = previous !== undefined && previous.config === config && !previous.multiLine && (changed.from > 0 || changed.to < n);
  // From a few lines above the edit: a bracket wrapped there may close on the edited line.
  const from = take ? Math.max(0, changed.from - MAX_WRAP_REACH) : 0;
  const to = take ? changed.to : n;
  const scanned = scanLines(source, config, from, to);
  let direct = scanned.direct;
  let failed = scanned.failed;
  if (take && !scanned.multiLine) {
    // The lines before and after the edit: the previous version's, cut by line.
    direct = previous.direct.slice(0, firstAt(previous.direct, from)).concat(direct, previous.direct.slice(firstAt(previous.direct, to), firstAt(previous.direct, n)));
    failed = previous.failed.slice(0, firstAt(previous.failed, from)).concat(failed, previous.failed.slice(firstAt(previous.failed, to), firstAt(previous.failed, n)));
  } else if (take) {
    // A table header (or a wrapped bracket) among the changed lines: every line is read.
    ({ direct, failed } = scanLines(source, config, 0, n));
  }
  const annotations = secondPass(source, direct, failed, config);
  // A header (or a wrapped bracket) found by the scan is in the text whichever way the rest was read.
  const facts: AnnotationFacts = { config, direct, failed, multiLine: scanned.multiLine, extras: annotations !== direct };
  // Every annotation outside the changed lines is then the previous version's object.
  const sameOutside = take && !scanned.multiLine && !facts.extras && !previous.extras;
  return { annotations, facts, sameOutside };
}

/** The first pass over lines `from` to `to - 1`: each line's own annotations, table rows, failed brackets. */
function scanLines(source: SourceText, config: Config, from: number, to: number): { direct: Annotation[]; failed: Failed[]; multiLine: boolean } {
  const direct: Annotation[] = [];
  const collectives = config.collectives;
  const failed: Failed[] = [];
  const registered = registeredNames(config);
  let table: TableHeader | null = null;
  let above: RowAbove | null = null;
  /** Whether the last line read (blank lines and delimiter rows aside) is `table`'s header. */
  let headerAbove = false;
  /** The line of `table`'s header (its first row, where it has two). */
  let headerLine = -1;
  let multiLine = false;
  /** The line of the category row (`一、加强党的政治建设`) the rows of `table` stand under, or -1. */
  let category = -1;
  const lines = source.lines;
  for (let i = from; i < to; i++) {
    const l = lines[i];
    if (!isAnalysedText(l)) continue;
    // Form 12: a flattened table — a header row with 牵头单位/责任单位 columns, then one task per row.
    const header = lineCached(TABLE_HEADER_SLOT, l, headerOfLine);
    if (header) {
      // Right under a header (but for a Markdown delimiter row), a row of the columns a cell of it spans.
      const sub: TableHeader | null = table && headerAbove ? withSubHeader(table, header) : null;
      if (!sub) headerLine = i;
      table = sub ?? header;
      if (!sub) category = -1;
      headerAbove = true;
      above = null;
      multiLine = true;
      continue;
    }
    // Form 12, one cell a line: a header of cell names (序号, 工作任务, 牵头单位 …), then rows.
    if (!table && l.contentEnd - l.contentStart <= 4 && HEADER_CELL.test(readable(source.content(i)))) {
      const vertical = verticalTable(source, i, to, collectives);
      // A header with no row read yet still reads more than its own lines: a row an edit makes
      // below it is its row, so the next version reads every line.
      if (vertical) multiLine = true;
      if (vertical && vertical.rows.length !== 0) {
        for (const row of vertical.rows) direct.push(row);
        i = vertical.end - 1;
        continue;
      }
    }
    if (table) {
      // A Markdown table's delimiter row (`|---|:---:|`) under its header.
      if (MARKDOWN_DELIMITER_ROW.test(source.content(i))) continue;
      headerAbove = false;
      const wrapped = table.sep === SPACED ? spacedRow(source, i, table, headerLine) : null;
      const last = table.sep === '\t' ? tabRowEnd(source, i, table.cells) : wrapped ? wrapped.last : i;
      const read = tableRow(source, i, last, table, collectives, above, category, wrapped?.pieces);
      if (read) {
        if (read.row) direct.push(read.row);
        above = read.above;
        i = last;
        continue;
      }
      // A category row, its cells merged (`一、加强党的政治建设`): the table goes on under it.
      if (!isCategoryRow(source.content(i), table.sep)) {
        table = null;
        category = -1;
      } else {
        above = null;
        category = i;
        continue;
      }
    }
    const scan = ownedCached(CANDIDATES_SLOT, l, config, scanLineKept, registered);
    if ((scan as unknown) !== NONE) {
      const placed = placedCached(ANNOTATIONS_SLOT, l, config, annotationsOn, config);
      if (Array.isArray(placed)) for (const a of placed) direct.push(a);
      else direct.push(placed);
      if (Array.isArray(scan)) for (const c of scan) failedOn(l, c, failed);
      else failedOn(l, scan, failed);
    }
    const wrapped = wrappedAnnotation(source, i, registered, collectives);
    if (wrapped) {
      // What was read inside it on this line (a label run in: `（责任领导：李强；责任单位：市信访局；……`
      // left open) is the bracket's own: one annotation.
      const at = wrapped.range.start.character;
      while (direct.length !== 0 && direct[direct.length - 1].line === i && direct[direct.length - 1].range.start.character > at) direct.pop();
      direct.push(wrapped);
      multiLine = true;
    }
  }
  return { direct, failed, multiLine };
}

/** A category row's 序号: `一、`, `一`, `（一）`. */
const CATEGORY_INDEX = /^(?:[一二三四五六七八九十]{1,3}[、.．]?|[（(][一二三四五六七八九十]{1,3}[）)])$/;

/** Whether a row writes nothing but its 序号 and its task cells. */
function categoryCellsOnly(cells: ReadonlyArray<{ text: string }>, h: TableHeader): boolean {
  for (let k = 0; k < cells.length; k++) if (cells[k].text && k !== h.index && h.tasks.indexOf(k) < 0) return false;
  return true;
}

/**
 * A table's row whose cells are merged into one (a category of the rows below: `一、加强党的政治建设`,
 * `（一）重点任务`, `二、…`): short, without the table's separator, no sentence; it starts with a
 * heading's marker or a numeral.
 */
export function isCategoryRow(content: string, sep: string): boolean {
  if (content.length > 40 || /[。；;！？]/.test(content)) return false;
  // `一<TAB>加强党的政治建设`: its numeral in the 序号 column, its name in the next.
  const cells = sep === SPACED ? [content] : content.split(sep).map((c) => c.trim()).filter((c) => c.length > 0);
  if (cells.length === 2 && /^[一二三四五六七八九十]{1,3}[、.．]?$/.test(cells[0])) return true;
  return cells.length === 1 && /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十]{1,3}[部分类项])/.test(cells[0]);
}

/** A bracket may wrap over this many lines after its first, and skip this many blank or page-number lines between them. */
const MAX_WRAP_LINES = 3;
const MAX_WRAP_SKIPS = 3;
/** How far above an edit a bracket wrapped onto the edited line may open (the incremental scan starts there). */
export const MAX_WRAP_REACH = MAX_WRAP_LINES + MAX_WRAP_SKIPS;

/**
 * A bracket that closes a sentence at the end of line `i` and is closed on a line below, as the
 * hard line breaks of a PDF copy or a narrow Word column leave it: `……便利化。（市政务服务中心牵头，
 * 市发展改` then `革委、市司法局配合）`, over up to MAX_WRAP_LINES more lines and across a page
 * break (blank lines, a page number). The parts are read as one annotation; a name broken in two
 * is one name. Null when line `i` ends with no open bracket, or what the lines hold together is no
 * list of units.
 */
function wrappedAnnotation(source: SourceText, i: number, registered: Set<string>, collectives: readonly string[]): Annotation | null {
  const l = source.lines[i];
  const t = l.text;
  const { contentStart, contentEnd } = l;
  // A bracket opens on the line and is not closed (two searches from the end: this runs for every line read).
  const lastOpen = Math.max(t.lastIndexOf('（', contentEnd - 1), t.lastIndexOf('(', contentEnd - 1));
  if (lastOpen < contentStart) return null;
  // A line ends inside a bracket without a sentence's end.
  if (isOneOf(t.charCodeAt(contentEnd - 1), '。；;！？!?')) return null;
  // The bracket opens after a sentence's end or at the line's start: counted from the last such
  // place before the last opening bracket (most lines: just their last bracket).
  let from = lastOpen;
  while (from > contentStart && !isOneOf(t.charCodeAt(from - 1), '。；;！？!?')) from--;
  // The outermost bracket left open at the line's end (`（各县（市、区` | `）教育局负责）`), and how deep the line ends in it.
  const { open, depth: openAtEnd } = leftOpen(t, from, contentEnd);
  // How deep the lines below are read into it, counted on as they close it.
  let depth = openAtEnd;
  if (depth === 0 || open < contentStart) return null;
  // After a sentence's end (or at the line's start).
  if (open > contentStart && !isOneOf(t.charCodeAt(open - 1), '。；;！？!?')) return null;
  const head = t.slice(open + 1, contentEnd);
  // Left open before a new item or the end: a bracket the drafter forgot to close
  // (`……倾斜。（省财政厅牵头，省教育厅配合` then `（八）……`), an annotation all the same (GW206).
  let next = i + 1;
  while (next < source.lines.length && source.lines[next].kind === 'blank') next++;
  if (next >= source.lines.length || (isAnalysedText(source.lines[next]) && matchMarker(source.content(next)) !== null)) {
    return unclosedAnnotation(i, open, contentEnd, head, registered, collectives);
  }
  // The parts: where each starts in `inner`, on which line and column.
  const parts: Array<{ at: number; line: number; from: number; length: number }> = [{ at: 0, line: i, from: open + 1, length: head.length }];
  let inner = head;
  let close = -1;
  let last = i;
  // Across a page break (wrapping.ts nothingBetween): at most MAX_WRAP_SKIPS blank and page-number lines in all (MAX_WRAP_REACH).
  let skips = 0;
  for (let k = i + 1; k < source.lines.length && parts.length <= MAX_WRAP_LINES; k++) {
    const m = source.lines[k];
    if (m.kind === 'blank' || m.kind === 'pageNumber') {
      if (++skips > MAX_WRAP_SKIPS) return droppedClose(source, i, open, contentEnd, head, registered, collectives);
      continue;
    }
    if (!isAnalysedText(m) || !nothingBetween(source, last, k)) return droppedClose(source, i, open, contentEnd, head, registered, collectives);
    last = k;
    const u = m.text;
    // Where the bracket closes on this line, nested brackets counted.
    let c = -1;
    for (let x = m.contentStart; x < m.contentEnd; x++) {
      const ch = u.charCodeAt(x);
      if (ch === 0xff08 || ch === 0x28) depth++;
      else if (ch === 0xff09 || ch === 0x29) {
        if (--depth === 0) {
          c = x;
          break;
        }
      }
    }
    const end = c >= 0 ? c : m.contentEnd;
    const piece = u.slice(m.contentStart, end);
    parts.push({ at: inner.length, line: k, from: m.contentStart, length: piece.length });
    inner += piece;
    if (inner.length > MAX_INNER) return c >= 0 ? null : droppedClose(source, i, open, contentEnd, head, registered, collectives);
    if (c >= 0) {
      // After a sentence's end, a paragraph may go on after the bracket (form 8); opened at a
      // line's start, nothing may follow it but 。 or ；.
      const rest = m.contentEnd - c - 1;
      if (open === contentStart && (rest > 1 || (rest === 1 && !isOneOf(u.charCodeAt(c + 1), '。；;')))) return null;
      close = c;
      last = k;
      break;
    }
  }
  if (close < 0) return droppedClose(source, i, open, contentEnd, head, registered, collectives);
  const parsed = parseUnits(inner, (n) => registered.has(n));
  if (!parsed) return null;
  // An offset into `inner` as a position: in the part that holds it (an end at a part's end stays on its line).
  const at = (k: number, isEnd: boolean): Range['start'] => {
    let p = parts[0];
    for (const q of parts) if (q.at < k || (!isEnd && q.at === k)) p = q;
    return { line: p.line, character: p.from + k - p.at };
  };
  const units: UnitRef[] = parsed.units.map((p) => ({
    name: p.name,
    role: p.role,
    range: { start: at(p.start, false), end: at(p.end, true) },
    collective: isCollective(p.name, collectives),
  }));
  return {
    range: { start: { line: i, character: open }, end: { line: last, character: close + 1 } },
    inner,
    innerRange: { start: { line: i, character: open + 1 }, end: { line: last, character: close } },
    form: parsed.form,
    units,
    deadline: parsed.deadline,
    separators: parsed.separators,
    line: i,
    legend: parsed.legend,
    defaults: parsed.defaults,
    leaders: parsed.leaders,
  };
}

/** What may follow the last unit of a bracket whose `）` was dropped: `等`, a role said of them all (`负责`, `指导`), then spaces. */
const ROLE_TAIL = /^(?:等(?:部门|单位)?)?(?:共同|分别)?(?:牵头|负责|配合|参与|协助|协办|指导|落实|按职责分工负责|按职责负责)?[\s\u3000]*$/;

/**
 * A bracket opened right after a task's `。` at the end of line `i` and closed on none of the lines
 * below (`……使用效益。（市财政局、市税务局` then `推动……`, the paragraph going on): its `）` was
 * dropped, the annotation is what the line holds (GW206 adds the `）`). Only where the reading is
 * certain: the bracket holds unit names to its end (a role word aside), and the next line does not
 * go on with a list of units (`革委、市司法局配合`, a name broken by the line's end) nor with a
 * separator. Null otherwise.
 */
function droppedClose(source: SourceText, i: number, open: number, contentEnd: number, head: string, registered: Set<string>, collectives: readonly string[]): Annotation | null {
  const t = source.lines[i].text;
  if (open === 0 || t.charCodeAt(open - 1) !== 0x3002 /* 。 */) return null;
  const parsed = head.trim() ? parseUnits(head, (n) => registered.has(n)) : null;
  if (!parsed || parsed.units.length === 0 || parsed.deadline !== null || parsed.legend || parsed.defaults.length || parsed.leaders.length) return null;
  const lastUnit = parsed.units[parsed.units.length - 1];
  if (!ROLE_TAIL.test(head.slice(lastUnit.end))) return null;
  let k = i + 1;
  while (k < source.lines.length && source.lines[k].kind === 'blank') k++;
  if (k < source.lines.length) {
    const next = source.content(k).trim();
    const clause = next.split(/[，,。；;]/, 1)[0];
    if (/^[、，,；;：:）)]/.test(next) || ROLE_SAID.test(clause) || parseUnits(clause, (n) => registered.has(n)) !== null) return null;
  }
  return unclosedAnnotation(i, open, contentEnd, head, registered, collectives);
}

/** The annotation of a bracket at `open` on line `i` left open to the line's end (`contentEnd`); null when `head` is no list of units. */
function unclosedAnnotation(i: number, open: number, contentEnd: number, head: string, registered: Set<string>, collectives: readonly string[]): Annotation | null {
  const parsed = head.trim() ? parseUnits(head, (n) => registered.has(n)) : null;
  if (!parsed || parsed.units.length === 0) return null;
  return toAnnotation(i, { start: open, end: contentEnd, innerStart: open + 1, inner: head, parsed, form: parsed.form, unclosed: true }, collectives);
}

/**
 * Second pass: brackets that failed only because a name is misspelt (a near miss of a unit the
 * document names elsewhere) are annotations too — the unit-name rule then points at the typo.
 */
function secondPass(source: SourceText, direct: Annotation[], failed: Failed[], config: Config): Annotation[] {
  // With the levels a collective of places lists (`县级市` of `各区、县级市`), which a level typed alone may slip from.
  const names = failed.length ? [...new Set(direct.flatMap((a) => unitsSaid(a).flatMap((u) => [u.name, ...levelsAfterFirst(u.name)])))] : [];
  const registered = registeredNames(config);
  if (!failed.length || (!names.length && !registered.size && !failed.some((f) => ROLE_SAID.test(f.inner)))) return direct;
  let out = direct.slice();
  // A bracket whose `）` was dropped right after a unit's name the document writes in its other
  // (closed) annotations, the next sentence glued on (`……。（市财政局、市税务局加强资金监管……`, where
  // no registry is given): the document's own annotations are the names' evidence, read as the registry's are.
  if (failed.some((f) => f.dropped)) out = droppedAfterKnown(source, out, failed, registered, config.collectives);
  // Near a name of the document's annotations or of the registry (`（区委组织布）` where the registry
  // holds 区委组织部 and no annotation writes it): GW207 then asks for the registry's name.
  const nearRegistered = (n: string) => {
    for (const k of registered) if (Math.abs(k.length - n.length) <= 2 && isNearMiss(n, k)) return true;
    return false;
  };
  const nearKnown = (n: string) => registered.has(n) || names.some((k) => isNearMiss(n, k)) || (registered.size !== 0 && nearRegistered(n));
  // A short name's ending mistyped (`（医务课牵头，护理部配合）` beside 医务科): only in a bracket that
  // says who leads or co-operates, where a bare `（医务课）` may be anything.
  // So is a common body's name with its ending mistyped, where the document has no other writing
  // of it (`（区委宣传不牵头）`: 宣传部; GW207 confirms it with the segmenter and offers the name).
  const endingSlip = (n: string) => nearKnown(n) || names.some((k) => isEndingSlip(n, k)) || standardSlips(n).length > 0 || endingWordSlips(n).length > 0;
  // In a list of units with no verb (`（财务布、法务风控部、各子公司）`), the others named as units say
  // what the bracket is: a name there whose ending is mistyped from a unit the document writes
  // elsewhere is one too (not the registry's names, which a bare list's other words may be near), and so is
  // a name a fixed unit ending reads as mistyped (`（县公安局、城关派出听）`: units.ts endingWordSlips).
  const listSlip = (n: string) => nearKnown(n) || names.some((k) => isEndingSlip(n, k)) || endingWordSlips(n).length > 0;
  for (const f of failed) {
    if (f.dropped) continue;
    const parsed = parseUnits(f.inner, ROLE_SAID.test(f.inner) ? endingSlip : f.inner.indexOf('、') >= 0 ? listSlip : nearKnown);
    if (parsed) out.push(toAnnotation(f.line, { start: f.open, end: f.close + 1, innerStart: f.label ? f.open : f.open + 1, inner: f.inner, parsed, form: f.label ? 6 : parsed.form }, config.collectives));
  }
  out.sort((a, b) => a.line - b.line || a.range.start.character - b.range.start.character);
  return out;
}

/**
 * The brackets left open after a task's 。 (`dropped` failures) read again with the unit names of the
 * document's closed annotations beside the registry's (closeDropped): where one reads, its annotation and
 * those of the brackets after its break replace what the line's first reading made after its `（`.
 */
function droppedAfterKnown(source: SourceText, direct: Annotation[], failed: Failed[], registered: Set<string>, collectives: readonly string[]): Annotation[] {
  const known = new Set(registered);
  for (const a of direct) if (!a.unclosed && !a.row && !a.prose) for (const u of a.units) known.add(u.name);
  if (known.size === registered.size) return direct;
  let out = direct;
  for (const f of failed) {
    if (!f.dropped) continue;
    const l = source.lines[f.line];
    const left = closeDropped(l.text, f.open, l.contentEnd, known);
    if (!left || !left.candidate.parsed) continue;
    const read: Annotation[] = [toAnnotation(f.line, left.candidate as ParsedCandidate, collectives)];
    for (const c of scanAfter(l.text, l, left.after, known)) if (c.parsed) read.push(toAnnotation(f.line, c as ParsedCandidate, collectives));
    out = out.filter((a) => a.line !== f.line || a.range.start.character < f.open).concat(read);
  }
  if (out !== direct) out.sort((a, b) => a.line - b.line || a.range.start.character - b.range.start.character);
  return out;
}

/** Verbs that say a unit's role in a bracket (`牵头`, `配合`, `负责`). */
const ROLE_SAID = /牵头|配合|负责|参与|协助|协办|指导/;

/** An annotation candidate of one line: a label line or a bracket; `parsed` null when not units. */
interface LineCandidate {
  start: number;
  end: number;
  innerStart: number;
  inner: string;
  parsed: ParsedUnits | null;
  form: number;
  /** An assignment said in a numbered item's sentence (Annotation.prose). */
  prose?: 'start' | 'inside' | 'end';
  /** A bracket whose `）` was dropped before the next sentence on its line (closeDropped). */
  unclosed?: true;
}

/** The labels that start a label line (form 6) or a label run in after a sentence. */
const UNIT_LABEL = `${UNIT_LABEL_NAMES}[：:]`;
/** A label line's label; tried, in either script, when a colon follows the line's first four characters. */
const LABEL_LINE = new RegExp(`^${UNIT_LABEL}`);

/**
 * A line's candidates as kept: the one candidate itself where there is one (most bracketed lines),
 * else the list (NONE for none). A list of one was 56 bytes more on every annotated line, and so
 * was the list of its one annotation (ANNOTATIONS_SLOT): ~1.4 MB of the 1M-character plan.
 */
const CANDIDATES_SLOT = new OwnedLineSlot<LineCandidate | LineCandidate[]>('annotations');

/** A list of one as its element (see CANDIDATES_SLOT); other lists as they are. */
function single<T extends object>(list: T[]): T | T[] {
  return list.length === 1 ? list[0] : list;
}

const scanLineKept = (text: string, l: Line, registered: Set<string>): LineCandidate | LineCandidate[] => single(scanLine(text, l, registered));

/** A line that lists who attends (纪要, 会议通知): `出席：`, `列席人员：`, `参会单位：`. */
const ATTENDANCE_LINE = /^(?:出席|列席|参加|参会|请假|缺席|记录|主持)(?:人员|单位|领导|人)?[：:]/;

/** The common Chinese surnames (and the compound ones), which a person's name opens with. */
const SURNAME =
  '(?:欧阳|司马|上官|诸葛|东方|皇甫|尉迟|公孙|慕容|令狐|夏侯|长孙|宇文|司徒|端木|南宫|独孤|呼延|' +
  '[王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝])';
/** A person's name: a surname and one or two characters, or a two-character name spaced out to the width of three (`李　娜`). */
const PERSON = `${SURNAME}(?:[\\u4e00-\\u9fa5]{1,2}|[ \\u3000]{1,2}[\\u4e00-\\u9fa5])`;
/** A person's unit in brackets, one name (which may hold a bracket of its own: `各县（市、区）`, `各县〔市、区〕`), no verb of a role. */
const PERSON_UNIT = '[（(](?!(?:[^（()）〔〕]|[（(〔][^（()）〔〕]*[）)〕])*(?:牵头|负责|配合|参与|协助|落实|指导|[、，,；;]))(?:[^（()）〔〕]|[（(〔][^（()）〔〕]*[）)〕]){2,40}[）)]';
/**
 * A line that lists people, each with their unit in brackets (a 表彰通报's 先进个人, a list of those
 * sent to a training): `张晓明（市发展改革委）　李　娜（市财政局）`. Two entries or more, or one whose name
 * is spaced out (`李　娜（市财政局）`, set so only for a person's name). A task's words before its bracket are
 * more than a name's.
 */
const PEOPLE_LINE = new RegExp(
  `^(?:${PERSON}${PERSON_UNIT}(?:[\\s\\u3000、，,；;]+${PERSON}${PERSON_UNIT})+|${SURNAME}[ \\u3000]{1,2}[\\u4e00-\\u9fa5]${PERSON_UNIT})[。；;]?$`,
);
/** A line that is one person's name and their unit (`张晓明（市发展改革委）`), or a list of them. */
const PERSON_LINE = new RegExp(`^${PERSON}${PERSON_UNIT}[。；;]?$`);

/**
 * Whether `content`, a paragraph of its own (not the tail of a hard-wrapped one, which the caller
 * asks: `……营造良好氛` | `围（市委宣传部）`), is one person's name and their unit: a list of people one a
 * line (`张晓明（市应急管理局）` | `王建军（市公安局）`), no task and its annotation.
 */
export function isPersonLine(content: string): boolean {
  return PERSON_LINE.test(content);
}

/** What a notice holds or arranges, before the place or time it gives (`报到地点`, `集合时间`). */
export const EVENT = '会议|培训|报到|活动|集合|举办|举行|开班|结业|比赛|考试|报名|出发|返程|授课|上课|讲座|开幕|闭幕|具体|学习|参观|现场教学|签到|展览|演出|接站|乘车|住宿|用餐|就餐';

/**
 * A line that gives an event's particulars (会议/培训/活动 notices), after an item's marker or not:
 * where (`报到地点：市委党校（市行政学院）`, `会场：`), when (`集合时间：`, not a task's `完成时间：`),
 * who speaks or is contacted (`主讲人：李某（省委党校教授）`, `联系人：`, `咨询电话：`), who attends
 * (`参训人员：`, `培训对象：`) and how they get there (`乘车安排：`, `住宿：`). A bracket on it is
 * another name of a place, a person's unit or a scope, never who does a task.
 */
const PARTICULARS_LINE = new RegExp(
  '^(?:[（(][一二三四五六七八九十0-9]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|[0-9]{1,2}[.．](?![0-9]))?[\\s\\u3000]*' +
    `(?:(?:${EVENT})?(?:地点|地址|会场|会址)` +
    `|(?:${EVENT})(?:时间|日期)` +
    '|联系人|联络人|联络员|主讲人?|主持人|授课人|授课老师|授课教师|讲解人|报告人|宣讲人|带队人?|领队|点评人|嘉宾' +
    '|(?:联系|咨询|报名|值班|会务|服务|监督|举报|投诉)电话|联系方式|传真|(?:电子)?邮箱|网址' +
    '|(?:参会|参训|参加|参赛|参演|培训|参学|参观|学习|邀请)(?:人员|对象|范围)|培训对象' +
    '|(?:乘车|住宿|用餐|就餐|食宿|交通|着装|会务|报到|车辆)(?:安排|方式|要求|事宜|地点)?)[：:]',
);

/** The candidates of one line, a pure function of its text and the registry (cached per line). */
function scanLine(text: string, l: Line, registered: Set<string>): LineCandidate[] {
  const { contentStart, contentEnd } = l;
  const content = text.slice(contentStart, contentEnd);
  // `列席：何俊（市城投集团）` in a 纪要: people and their units, no task's annotation.
  if (ATTENDANCE_LINE.test(content)) return NONE as never[];
  // `张晓明（市发展改革委）　李　娜（市财政局）`: people and their units, no task's annotation.
  if (PEOPLE_LINE.test(content)) return NONE as never[];
  // `培训地点：中共青川市委党校（青川市行政学院）`: an event's particulars, no task's annotation.
  if (PARTICULARS_LINE.test(readable(content.slice(0, 16)))) return NONE as never[];
  // Form 6: a label line.
  if (isOneOf(content.charCodeAt(4), '：:') && LABEL_LINE.test(readable(content.slice(0, 5)))) {
    const parsed = parseUnits(content);
    // Unread (`责任单位：县委宣传布、县公安局`): the near-miss pass tries it again with the document's names.
    if (parsed || !/[（(【]/.test(content)) return [{ start: contentStart, end: contentStart + content.length, innerStart: contentStart, inner: content, parsed, form: 6 }];
  }
  // A label line led by the task's leader (`责任领导：王立新；牵头科室：体制改革科；配合科室：人事科；完成时限：……`):
  // read whole, as one led by its units is, so the leader is the task's, not a sentence before a run-in label.
  const colon = content.indexOf('：');
  if (colon >= 2 && colon <= 8 && LEADER_LINE.test(readable(content.slice(0, colon + 1)))) {
    const parsed = parseUnits(content);
    if (parsed && parsed.units.length) return [{ start: contentStart, end: contentStart + content.length, innerStart: contentStart, inner: content, parsed, form: 6 }];
  }
  // A line of its own that is units and their verbs alone, as a bracket under the task would be
  // (`市市场监管局牵头，市直各行政执法部门按职责分工负责。`); its first unit named, no collective.
  if (content.length <= BARE_LINE_MAX && BARE_ASSIGNMENT.test(content)) {
    const bare = bareAssignment(content, contentStart, registered);
    if (bare) return [bare];
  }
  let out: LineCandidate[] = [];
  /** A bracket left open after a task's 。 that closeDropped did not read (failedOn keeps it for secondPass). */
  let dropped: LineCandidate | null = null;
  const spans = bracketSpans(text, contentStart, contentEnd);
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k];
    // By char code, no slices: this runs for every bracket of every new line.
    let b = span.open;
    while (b > contentStart && isSpace(text.charCodeAt(b - 1))) b--;
    let a = span.close + 1;
    let e = contentEnd;
    while (a < e && isSpace(text.charCodeAt(a))) a++;
    while (e > a && isSpace(text.charCodeAt(e - 1))) e--;
    // `（县农业农村局）（2026年6月底前）`: a deadline in a bracket of its own right after is this one's.
    const next = k + 1 < spans.length && spans[k + 1].open === a ? spans[k + 1] : null;
    const deadline = next && isDeadlineOnly(text.slice(next.open + 1, next.close).trim()) ? text.slice(next.open + 1, next.close) : null;
    if (deadline !== null) {
      a = next!.close + 1;
      while (a < e && isSpace(text.charCodeAt(a))) a++;
    }
    // `新建中小学5所。（市教育局牵头）<TAB>2025年12月底前`: a table's row pasted with its tabs, the
    // deadline in the cell after the one the annotation ends.
    let cell: string | null = null;
    if (deadline === null && a < e && text.charCodeAt(span.close + 1) === 0x09 && text.indexOf('\t', a) < 0 && isDeadlineOnly(text.slice(a, e))) {
      cell = text.slice(a, e);
      a = e;
    }
    // `（6月）（法制委员会、城乡建设环境保护委员会）`: a deadline in a bracket of its own right before, too.
    let before: { open: number; deadline: string } | null = null;
    if (k > 0 && spans[k - 1].close === b - 1) {
      const p = spans[k - 1];
      if (isDeadlineOnly(text.slice(p.open + 1, p.close).trim())) {
        before = { open: p.open, deadline: text.slice(p.open + 1, p.close) };
        b = p.open;
        while (b > contentStart && isSpace(text.charCodeAt(b - 1))) b--;
      }
    }
    const withDeadline = (parsed: ParsedUnits | null): ParsedUnits | null => {
      if (parsed === null || parsed.deadline !== null) return parsed;
      if (cell !== null) return { ...parsed, deadline: cell };
      if (deadline !== null) {
        k++; // the deadline's bracket is read
        return { ...parsed, deadline };
      }
      if (before === null) return parsed;
      // Its bracket was taken for a candidate of its own (it closes a sentence): it is this one's part.
      if (out.length && out[out.length - 1].start === before.open) out.pop();
      return { ...parsed, deadline: before.deadline };
    };
    if (text.charCodeAt(span.open) === 0x3010 /* 【 */ && LENTICULAR_LABEL.test(readable(text.slice(span.open + 1, span.close)))) {
      // `……。【牵头单位】A【配合单位】B`: labelled parts to the line's end, after a sentence or on a line of their own.
      if (b > contentStart && !isOneOf(text.charCodeAt(b - 1), '。；;！？!?')) break;
      let end = e;
      if (isOneOf(text.charCodeAt(end - 1), '。；;')) end--;
      const inner = text.slice(span.open, end);
      const parsed = parseUnits(inner, (n) => registered.has(n));
      if (parsed) out.push({ start: span.open, end, innerStart: span.open, inner, parsed, form: b === contentStart ? 6 : parsed.form });
      break;
    }
    if (b === contentStart) {
      // At line start: a marker or an aside, or, alone on its line under a task, its annotation
      // (`（办公室牵头，财务部配合）`, `（纪检组）`). Outside every heading's block such a line
      // (`（某某局）` under a title) is no task's (tasks.ts).
      if (!(e === a || (e - a === 1 && isOneOf(text.charCodeAt(a), '。；;')))) continue;
      const inner = text.slice(span.open + 1, span.close);
      const parsed = withDeadline(parseUnits(inner, (n) => registered.has(n)));
      if (parsed) out.push({ start: span.open, end: span.close + 1, innerStart: span.open + 1, inner, parsed, form: parsed.form });
      continue;
    }
    // It closes a sentence or a clause: after `。；！？`, with nothing after it, or right before a
    // `。`/`；` (`一是……（A、B）；二是……（C）；`, `推进甲事项（A负责）。推进乙事项（B负责）。`).
    const endsSentence = isOneOf(text.charCodeAt(b - 1), '。；;！？!?') || e === a || isOneOf(text.charCodeAt(a), '。；;');
    if (!endsSentence) continue;
    if (!isOneOf(text.charCodeAt(b - 1), '。；;！？!?')) {
      // `……报县委农办（县农业农村局）。`, `办公室设在市商务局（市口岸办）。`: another name of the unit just named.
      if (isAlias(text, contentStart, span.open)) continue;
      // `责任单位：镇林业站、各村（社区）。`: the bracket is part of a collective's name.
      if (COLLECTIVE_BEFORE.test(text.slice(Math.max(contentStart, span.open - 8), span.open))) continue;
      // `……培训基地（公共实训基地）。（主责单位：…）`: a gloss, the task's annotation right after it.
      if (a < e && k + 1 < spans.length && spans[k + 1].open > a && onlySpaces(text, a + 1, spans[k + 1].open)) continue;
    }
    const inner = text.slice(span.open + 1, span.close);
    const parsed = withDeadline(parseUnits(inner, (n) => registered.has(n)));
    out.push({ start: span.open, end: span.close + 1, innerStart: span.open + 1, inner, parsed, form: parsed?.form ?? 0 });
  }
  // A bracket opened after a task's `。` and left open to the line's end, the units' list ending
  // where the next sentence starts (`……。（市财政局、市税务局 各地要……`, `（市财政局、市税务局。下一句……`).
  if (spans.length === 0 || spans[spans.length - 1].close < contentEnd - 1) {
    const opened = openAfterStop(text, contentStart, contentEnd);
    const left = opened >= 0 ? closeDropped(text, opened, contentEnd, registered) : null;
    if (left) {
      // The brackets after the break (`……。（C）` later on the line) are read as any line's.
      for (const c of scanAfter(text, l, left.after, registered)) out.push(c);
      out.push(left.candidate);
      out.sort((x, y) => x.start - y.start);
    } else {
      // Left open after a task's 。 all the same: the document's own unit names may read it (secondPass).
      if (opened >= 0) dropped = { start: opened, end: contentEnd, innerStart: opened + 1, inner: text.slice(opened + 1, contentEnd), parsed: null, form: 0, unclosed: true };
    }
  }
  if (INLINE_LABEL_HINT.test(content)) out = withInlineLabels(content, contentStart, out, registered);
  // An item that names no units in a bracket or label may say them in its sentence.
  if (!out.some((c) => c.parsed !== null) && hintsAssignment(content)) {
    const said = proseAssignment(content, contentStart, registered);
    if (said) return out.length ? out.concat(said) : [said];
  }
  if (dropped) out.push(dropped);
  return out;
}

/**
 * Where closeDropped reads: the outermost bracket still open at the line's end, the only one open
 * there, opened right after a `。`, the line ending as a sentence does or with a bracket closed
 * inside the open one (`……。（C负责）`); else -1.
 */
function openAfterStop(text: string, contentStart: number, contentEnd: number): number {
  if (!isOneOf(text.charCodeAt(contentEnd - 1), '。；;！？!?）)')) return -1;
  const { open, depth } = leftOpen(text, contentStart, contentEnd);
  return depth === 1 && open > contentStart && text.charCodeAt(open - 1) === 0x3002 ? open : -1;
}

/** The outermost bracket (full- or half-width) still open at `to`, reading `text` from `from`, and how many are open there. */
function leftOpen(text: string, from: number, to: number): { open: number; depth: number } {
  let open = -1;
  let depth = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 0xff08 || c === 0x28) {
      if (depth === 0) open = k;
      depth++;
    } else if ((c === 0xff09 || c === 0x29) && depth > 0) depth--;
  }
  return { open, depth };
}

/**
 * A bracket opened right after a task's `。` and closed nowhere on its line, which ends as a
 * sentence does (a bracket wrapped onto the next line is wrappedAnnotation's), whose units' list
 * is certain to end before the line's end: at a `。`, or at spaces followed by a sentence that is no
 * unit, role, separator or deadline going on (`……。（市财政局、市税务局 各地要……`,
 * `……。（市财政局、市税务局。下一句……`). The annotation up to the units' end, marked `unclosed`
 * (GW206 adds the `）`), and where the line's text after the break starts. Null otherwise.
 */
function closeDropped(text: string, open: number, contentEnd: number, registered: Set<string>): { candidate: LineCandidate; after: number } | null {
  // The breaks at the bracket's own level, in order: a `。` ends the list; spaces end it where a sentence follows.
  let level = 0;
  for (let k = open + 1; k < contentEnd; k++) {
    const c = text.charCodeAt(k);
    if (c === 0xff08 || c === 0x28) level++;
    else if (c === 0xff09 || c === 0x29) level--;
    if (level !== 0) continue;
    // A role's verb (`……。（A、B指导推动……`) or a unit of the registry (`……。（A、B加强……`) right
    // before the next sentence, no space or `。` between.
    const role = k > open + 2 && ROLE_END.test(text.slice(k - 2, k));
    if ((role || (registered.size !== 0 && endsRegistered(text, open, k, registered))) && sentenceAt(text, k, contentEnd, registered)) {
      const inner = text.slice(open + 1, k);
      const parsed = parseUnits(inner, (n) => registered.has(n));
      if (!parsed || parsed.units.length === 0 || parsed.deadline !== null || parsed.legend || parsed.defaults.length || parsed.leaders.length) continue;
      const lastUnit = parsed.units[parsed.units.length - 1];
      if (role ? !ROLE_TAIL.test(inner.slice(lastUnit.end)) : lastUnit.end !== inner.length || !registered.has(lastUnit.name)) continue;
      return { candidate: { start: open, end: k, innerStart: open + 1, inner, parsed, form: parsed.form, unclosed: true }, after: k };
    }
    const stop = c === 0x3002;
    if (!stop && !isSpace(c)) continue;
    let next = k + 1;
    while (next < contentEnd && isSpace(text.charCodeAt(next))) next++;
    if (!stop) {
      const rest = text.slice(next, contentEnd);
      const clause = rest.split(/[，,。；;\s\u3000]/, 1)[0];
      // A list parted by spaces (`（市财政局 市税务局`), a role or a deadline after them: no sentence yet.
      if (!clause || /^[、，,；;：:]/.test(rest) || ROLE_SAID.test(clause) || /[0-9０-９]/.test(clause) || isDeadlineClause(clause) || parseUnits(clause, (n) => registered.has(n)) !== null) {
        k = next - 1;
        continue;
      }
    }
    const inner = text.slice(open + 1, k);
    const parsed = inner.trim() ? parseUnits(inner, (n) => registered.has(n)) : null;
    if (!parsed || parsed.units.length === 0 || parsed.legend || parsed.defaults.length || parsed.leaders.length) return null;
    // The bracket's own legend after its list (`（秘书科、综合科，长期坚持。排在第一位的为牵头科室，下同`): no break.
    if (LEGEND.test(text.slice(k, contentEnd)) || text.indexOf('下同', k) >= 0) return null;
    if (parsed.deadline !== null) {
      // Units and a deadline (`（市财政局牵头；2025年底前完成。下一句……`): the deadline at the list's end
      // (or before it), whole, and no longer than a deadline and a short due word (`2025年底前建成投用`,
      // not a sentence glued on it: `2026年底前完成推进政务大模型应用`); after spaces, no word the deadline
      // may go on with (`2025年底前 完成`).
      if (!unitsAndDeadline(inner, parsed) || !shortDeadline(parsed.deadline)) return null;
      if (!stop && (DUE_GOES_ON.test(text.slice(next, contentEnd)) || !sentenceAt(text, next, contentEnd, registered))) return null;
    } else if (!ROLE_TAIL.test(inner.slice(parsed.units[parsed.units.length - 1].end))) return null;
    let end = k;
    while (end > open + 1 && isSpace(text.charCodeAt(end - 1))) end--;
    const head = text.slice(open + 1, end);
    return { candidate: { start: open, end, innerStart: open + 1, inner: head, parsed: head === inner ? parsed : parseUnits(head, (n) => registered.has(n)) ?? parsed, form: parsed.form, unclosed: true }, after: stop ? k + 1 : next };
  }
  return null;
}

/** The parts between a bracket's units and its deadline: the last unit's role, then a separator. */
const ROLE_THEN_SEPARATOR = /^(?:等(?:部门|单位)?)?(?:共同|分别)?(?:牵头|负责|配合|参与|协助|协办|指导|落实|按职责分工负责|按职责负责)?(?:[\s\u3000]*[，,；;][\s\u3000]*|[\s\u3000，,；;]*(?:完成)?(?:时限|时间|期限)(?:要求)?[：:][\s\u3000]*)$/;

/**
 * A deadline (parseUnits's, as written) that is a time alone (`2025年底前`, `长期坚持`) or a time and a
 * short due word (`2025年底前建成投用`, `每月5日前报送进展`, `2025年底前取得阶段性成效`): what follows
 * the time starts with a word a deadline goes on with and is at most 7 characters.
 */
function shortDeadline(d: string): boolean {
  if (isDeadlineOnly(d)) return true;
  return d.split(/[，,]/).every((part) => {
    const m = DEADLINE_AT_START.exec(part) ?? TIME_START.exec(part);
    if (!m) return false;
    const rest = part.slice(m[0].length);
    return rest.length <= 7 && (rest.length <= 2 || DUE_GOES_ON.test(rest));
  });
}

/**
 * Whether `inner` is units (their roles) and one deadline, the deadline after the units to the end
 * (`市财政局牵头，市税务局配合；2025年底前完成`) or before them (`2025年12月底前，市商务局牵头`), nothing else.
 */
function unitsAndDeadline(inner: string, parsed: ParsedUnits): boolean {
  const d = parsed.deadline!;
  const text = inner.trimEnd();
  const first = parsed.units[0];
  const last = parsed.units[parsed.units.length - 1];
  if (text.endsWith(d) && text.length - d.length >= last.end) return ROLE_THEN_SEPARATOR.test(text.slice(last.end, text.length - d.length));
  const lead = inner.indexOf(d);
  return lead >= 0 && lead + d.length <= first.start && /^[\s\u3000]*$/.test(inner.slice(0, lead)) && /^[\s\u3000]*[，,；;][\s\u3000]*$/.test(inner.slice(lead + d.length, first.start)) && ROLE_TAIL.test(inner.slice(last.end));
}

/** Words a deadline's clause goes on with after a space (`2025年底前 完成`, `6月底前 上线运行`): no new sentence. */
const DUE_GOES_ON = /^(?:基本|全面|初步|逐步)?(?:完成|建成|上线|启动|投用|投运|运行|到位|见效|推开|实现|出台|印发|报送|取得|形成|覆盖|达到|落地)/;

/** The verbs of a role that may end a bracket's list of units (ROLE_TAIL's), by their last character. */
const ROLE_END = /(?:牵头|负责|配合|参与|协助|协办|指导)$/;
/** What goes on after a role's verb within a bracket or a name, no new sentence: another role, a unit's or a person's word, a particle, a figure. */
const NOT_A_SENTENCE = /^(?:牵头|负责|配合|参与|协助|协办|指导|落实|实施|工作|单位|部门|中心|小组|办公室|委员会|机构|人|同志|领导|[的地得之等和与及或并且也都就还再又所者方类局处科室站所队部院会组厅司署馆社团委办])/;

/** The registry's names by their last character (endsRegistered), per registry. */
const REGISTERED_BY_LAST = new WeakMap<Set<string>, Map<number, string[]>>();

/** Whether the text of the bracket at `open` up to `k` ends with a unit's name of the registry, the name not going on at `k` as a longer one. */
function endsRegistered(text: string, open: number, k: number, registered: Set<string>): boolean {
  const c = text.charCodeAt(k);
  if (c < 0x4e00 || c > 0x9fa5) return false;
  let byLast = REGISTERED_BY_LAST.get(registered);
  if (!byLast) {
    byLast = new Map();
    for (const n of registered) {
      const list = byLast.get(n.charCodeAt(n.length - 1));
      if (list) list.push(n);
      else byLast.set(n.charCodeAt(n.length - 1), [n]);
    }
    REGISTERED_BY_LAST.set(registered, byLast);
  }
  for (const n of byLast.get(text.charCodeAt(k - 1)) ?? NONE) {
    if (n.length < k - open && text.startsWith(n, k - n.length)) {
      // Not where the name goes on as a longer one (`市财政局` | `机关党委`).
      const clause = text.slice(k, k + 10).split(/[，,。；;、\s\u3000]/, 1)[0];
      let goesOn = false;
      for (let j = 1; j <= clause.length && !goesOn; j++) goesOn = isUnitLike(n + clause.slice(0, j));
      if (!goesOn) return true;
    }
  }
  return false;
}

/**
 * Whether the next sentence starts at `k`, inside a bracket whose `）` was dropped after a role's
 * verb or a unit's name (`……。（生态环境部指导以餐饮企业……`): a Chinese character that goes on no
 * role, name or phrase (NOT_A_SENTENCE), and no role or unit said before its `。` (brackets it holds
 * aside: `……。（C指导）` later on the line is another annotation), nor a figure or a deadline first.
 */
function sentenceAt(text: string, k: number, contentEnd: number, registered: Set<string>): boolean {
  const c = text.charCodeAt(k);
  if (c < 0x4e00 || c > 0x9fa5) return false;
  const rest = text.slice(k, contentEnd);
  if (NOT_A_SENTENCE.test(rest)) return false;
  const stop = rest.indexOf('。');
  const sentence = (stop < 0 ? rest : rest.slice(0, stop)).replace(/[（(][^（()）]*[）)]/g, '');
  const clause = sentence.split(/[，,；;\s\u3000]/, 1)[0];
  return !ROLE_SAID.test(sentence) && !/^[0-9０-９]/.test(clause) && !isDeadlineClause(clause) && parseUnits(clause, (n) => registered.has(n)) === null;
}

/**
 * Whether the `）` dropped before `at` on `text` belongs there for certain (its fix safe): the text
 * after it holds a sentence's end before its last character, so another sentence follows on the line
 * and the bracket cannot run to the line's end as a remark would (brackets it holds aside).
 */
export function droppedBeforeSentences(text: string, at: number, contentEnd: number): boolean {
  const rest = text.slice(at, contentEnd).replace(/[（(][^（()）]*[）)]/g, '');
  const stop = rest.search(/[。！？!?]/);
  return stop >= 0 && stop < rest.length - 1;
}

/** The candidates of the brackets on line `l` after position `from` (closeDropped's break). */
function scanAfter(text: string, l: Line, from: number, registered: Set<string>): LineCandidate[] {
  const out: LineCandidate[] = [];
  for (const span of bracketSpans(text, from, l.contentEnd)) {
    let b = span.open;
    while (b > from && isSpace(text.charCodeAt(b - 1))) b--;
    let a = span.close + 1;
    while (a < l.contentEnd && isSpace(text.charCodeAt(a))) a++;
    // As scanLine's: a bracket closing a sentence (after `。；！？`, or right before `。`/`；`, or ending the line).
    if (b <= from || !(isOneOf(text.charCodeAt(b - 1), '。；;！？!?') || a >= l.contentEnd || isOneOf(text.charCodeAt(a), '。；;'))) continue;
    if (!isOneOf(text.charCodeAt(b - 1), '。；;！？!?') && isAlias(text, from, span.open)) continue;
    const inner = text.slice(span.open + 1, span.close);
    const parsed = parseUnits(inner, (n) => registered.has(n));
    out.push({ start: span.open, end: span.close + 1, innerStart: span.open + 1, inner, parsed, form: parsed?.form ?? 0 });
  }
  return out;
}

/** The longest line read as units and their verbs alone (bareAssignment). */
const BARE_LINE_MAX = 80;
/**
 * A line with no bracket but a collective's (`各县（市、区）`; not the tail of one wrapped from the line
 * above: `市司法局配合）`) and no colon
 * that names a verb of who does the work and ends as a sentence does (parseUnits reads it whole, a
 * deadline after it too; a wrapped bracket's tail `市司法局配合` has no stop); not a request (`请A牵头。`,
 * a letter's or a notice's sentence).
 */
const BARE_ASSIGNMENT = /^(?!请)(?:[^（(【】)）：:\s\u3000]|[（(][市县区、]{1,5}[）)]){2,}?(?:牵头|负责|配合|参与|协助|落实|指导|实施)(?:[^（(【】)）：:\s\u3000]|[（(][市县区、]{1,5}[）)])*[。；;]$/;

/** The work an assignment is said of, before its `由` (`此项工作`, `该任务`, `具体工作`): which one, and what. */
const WORK_WHICH = '(?:(?:此|该|这|上述|以上|本)项?|具体)';
const WORK_NOUN = '(?:工作|任务|措施|事项)';
/** What a line that assigns the work may open with before its units (`此项工作由`, `由`). */
const BARE_BY = new RegExp(`^(?:${WORK_WHICH}?${WORK_NOUN})?由`);

/**
 * A line that is an annotation without its brackets (`市市场监管局牵头，市直各行政执法部门按职责分工负责。`,
 * `市发展改革委、市市场监管局按职责分工负责；`): every clause units and the verb of a role (or a deadline),
 * the first unit a named one (not `各地各部门负责`, which exhorts). Null for any other line.
 */
function bareAssignment(content: string, offset: number, registered: Set<string>): LineCandidate | null {
  if (ITEM_START.test(content)) return null;
  // `此项工作由A负责。`: the units from after 由.
  const by = BARE_BY.exec(content);
  const skip = by ? by[0].length : 0;
  offset += skip;
  const inner = content.slice(skip).replace(/[。；;]$/, '');
  // Each clause ends with the verb of a role, or is a deadline: no duty said (`市财政局负责资金保障，……`).
  for (const c of splitTop(inner, '，,；;', 0)) if (!verbRole(c.text) && !isDeadlineClause(c.text.trim())) return null;
  const parsed = parseUnits(inner, (n) => registered.has(n));
  if (!parsed || parsed.form < 2 || parsed.form > 3 || !parsed.units.length || parsed.leaders.length || parsed.defaults.length) return null;
  const first = parsed.units[0];
  if (first.start > 0 || isCollective(first.name)) return null;
  return { start: offset, end: offset + inner.length, innerStart: offset, inner, parsed, form: parsed.form };
}

/**
 * The longest first sentence read as an item's run-in title (`（三）强化督查抓落实。市委督查室要……`):
 * the sentence after it is the item's own, and may open with the units that do it.
 */
const RUN_IN_TITLE = 30;
/** A numbered item's marker at a line's content start (`（一）`, `一、`, `1.`, `（1）`): where an assignment in its sentence is looked for. */
const ITEM_MARKER = '(?:[（(][一二三四五六七八九十0-9]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|[0-9]{1,2}[.．](?![0-9]))';
const ITEM_START = new RegExp(`^${ITEM_MARKER}[\\s\\u3000]*`);
/** Words that may assign the work in a sentence (or a unit as its subject: `市应急管理局要……`, also after a run-in title); the item's marker first. */
const ASSIGNMENT_HINT = new RegExp(`^${ITEM_MARKER}(?:.*(?:牵头|负责|会同)|(?:[^。；;]{1,${RUN_IN_TITLE}}。)?[^，,。；;]{2,40}?(?:要|须|务必))`);
/** Whether an item's line may assign the work in its sentence (ASSIGNMENT_HINT), in either script (`由A牽頭`). */
function hintsAssignment(content: string): boolean {
  if (ASSIGNMENT_HINT.test(content)) return true;
  if (!ITEM_START.test(content)) return false;
  const plain = readable(content);
  return plain !== content && ASSIGNMENT_HINT.test(plain);
}

/**
 * A clause that says who leads (`由A牵头`, `由A负责`, `A牵头`, `请A牵头负责`): the verb at its end, or
 * what the unit does after its 负责 (`由A负责组织实施`, `由A负责督促落实`: verbRole reads them so).
 */
const LEAD_VERB = /(?:牵头负责|负责牵头|牵头|负责(?:组织实施|具体实施|组织落实|督促落实|推动落实|具体落实|落实|实施)?)$/;
/** A clause that names who co-operates (`B、C配合`). */
const COOP_VERB = /(?:配合|参与|协助|协办|协同)$/;
/**
 * The last unit after 会同, where the duty follows it with no separator (`由市财政局会同市发展改革委、
 * 市国资委研究提出……`, `请A会同B对……进行核查`): a unit's ending right before the start of a duty.
 */
const UNIT_BEFORE_DUTY = /^[^，,。；;：:]{1,24}?(?:局|委|办|厅|部|院|中心|政府|集团|公司|街道|办事处|管委会|站|所|队|室|处|科|社|行|会)(?=研究|制定|制订|拟定|起草|编制|提出|组织|开展|做好|抓紧|尽快|加快|加强|对|就|按|于|在|进一步|共同|联合|认真|修改|完善|落实|协调|督促|指导|推进|统筹|核查|审核|梳理|评估|论证|衔接|及时|依法|根据|结合|向|与|将|把|做|负责|牵头)/;

/**
 * The units a numbered item's sentence assigns the work to, as a 纪要's 议定事项 do (`（一）原则同意
 * 《……》，由市住建局牵头，市自然资源和规划局、市发展改革委配合，……于6月底前提请……审议`): the clause
 * that says who leads (`由A牵头`, `由A负责`, `A牵头、B配合`, `由A会同B、C研究……`) and the
 * clauses right after it that say who co-operates; the deadline a clause of the same sentence
 * starts with. Null where no clause says who leads. Whether it is kept depends on the list the
 * item stands in (parse.ts): here only the line is read.
 */
function proseAssignment(content: string, offset: number, registered: Set<string>, item = true): LineCandidate | null {
  const m = item ? ITEM_START.exec(content) : null;
  if (item && !m) return null;
  const known = (n: string) => registered.has(n);
  const plain = readable(content);
  const opening = m ? m[0].length : 0;
  let from = opening;
  // The sentence after a run-in title (`（三）推进丙项工作。市住建局要会同……`) may name them as its
  // subject too. An assignment there does not open the item (`start`): a 总结's `（一）项目建设提速。
  // 由市发展改革委牵头，建立了……` tells what was done.
  const titleEnd = item ? plain.indexOf('。', from) : -1;
  const body = titleEnd > from && titleEnd - from <= RUN_IN_TITLE ? titleEnd + 1 : -1;
  for (let first = true; from < plain.length; first = false) {
    let stop = plain.indexOf('。', from);
    if (stop < 0) stop = plain.length;
    const clauses = splitTop(plain.slice(from, stop), '，,', from);
    for (let i = 0; i < clauses.length; i++) {
      const c = clauses[i];
      let start = c.start;
      let end = c.start + c.text.length;
      let text = c.text;
      const meet = text.indexOf('会同');
      if (!LEAD_VERB.test(text) && meet > 0) {
        // `由A会同B、C研究……`: the units end where the duty starts.
        const list = text.slice(meet + 2);
        const upTo = unitsBeforeDuty(list);
        if (upTo < 0) continue;
        end = c.start + meet + 2 + upTo;
      } else if (!LEAD_VERB.test(text)) continue;
      // From `由` (or `请`); a clause with neither is units and its verb alone (`A牵头`).
      const by = text.search(/[由请]/);
      if (by >= 0) start = c.start + by + (meet > 0 || text.charAt(by) === '请' ? 1 : 0);
      else if (meet > 0) continue;
      let j = i + 1;
      let inner = content.slice(start, end);
      let parsed = parseUnits(inner, known);
      // Someone leads, or answers for a share (`由A、B分别负责`).
      if (!parsed || !parsed.units.some((u) => u.role === 'lead' || u.role === 'responsible') || parsed.form > 3 || parsed.leaders.length) continue;
      // The clauses after it that name who co-operates (a list parted by `，` too: `B，C、D配合`).
      for (let k = j; k < clauses.length && k < j + 3; k++) {
        // `B、C配合`, or the units the lead works with (`请A牵头，会同B、C，于……`).
        if (!COOP_VERB.test(clauses[k].text) && !(k === j && clauses[k].text.startsWith('会同'))) continue;
        const more = content.slice(start, clauses[k].start + clauses[k].text.length);
        const read = parseUnits(more, known);
        if (!read || read.units.length <= parsed.units.length) break;
        inner = more;
        parsed = read;
        end = clauses[k].start + clauses[k].text.length;
        j = k + 1;
      }
      const deadline = deadlineIn(content, clauses, i, j);
      // It opens the item's sentence: `（二）由A牵头，B配合，于……前组织开展……`.
      const opens = first && i === 0 && start - c.start <= 1;
      // It is the item's whole last sentence, as a bracket would say it: `（一）……。由A负责，B配合。`.
      if (!opens && !first && closesItem(plain, c.start, by, clauses, i, j, stop)) return proseCandidate(offset, start, end, content, parsed, deadline, 'end');
      if (!opens) return subjectAssignment(content, offset, opening, known) ?? proseCandidate(offset, start, end, content, parsed, deadline, 'inside');
      return proseCandidate(offset, start, end, content, parsed, deadline, 'start');
    }
    from = stop + 1;
  }
  return subjectAfter(content, offset, opening, body, known);
}

/** What may stand before `由` in an item's closing assignment (`此项工作由A负责。`). */
const CLOSING_SUBJECT = new RegExp(`^${WORK_WHICH}?${WORK_NOUN}?$`);

/**
 * Whether the assignment read in clauses `i` to `j` of the sentence ending at `stop` is that sentence
 * whole and the line's last (`（三）……。由A负责，B配合。`, `……。此项工作由A会同B负责，2025年6月底前完成。`):
 * it opens the sentence with `由` (after a word for the work at most), and what follows it is a
 * deadline. A plan says the units so in place of a bracket; a 总结's `由A牵头，建立了……` goes on.
 */
function closesItem(plain: string, clauseStart: number, by: number, clauses: ReadonlyArray<{ text: string; start: number }>, i: number, j: number, stop: number): boolean {
  if (i !== 0 || by < 0 || plain.charAt(clauseStart + by) !== '由' || !CLOSING_SUBJECT.test(plain.slice(clauseStart, clauseStart + by))) return false;
  if (plain.slice(stop + 1).trim() !== '') return false;
  for (let k = j; k < clauses.length; k++) if (!isDeadlineClause(clauses[k].text.trim())) return false;
  return true;
}

/** The units an item's sentence names as its subject (subjectAssignment): right after its marker, or after its run-in title (`body`, -1 without one). */
function subjectAfter(content: string, offset: number, from: number, body: number, known: (n: string) => boolean): LineCandidate | null {
  return subjectAssignment(content, offset, from, known) ?? (body > 0 && body < content.length ? subjectAssignment(content, offset, body, known) : null);
}

/**
 * Whether a numbered item's line names the units that do it in its sentence (`（四）推进丁项工作。
 * 市教育局要会同市财政局……`, `（三）……。由A牵头，B配合，……`, `（五）市財政局、市审计局要……`), kept as
 * its annotation or not (Annotation.prose is kept only in a list of decisions): such an item is
 * not asked for an annotation (tasksNeedingUnits). With `item` false, `content` is the paragraph
 * under a heading on its own line, whose first sentence may open with them. Reads the line alone,
 * for the few items asked.
 */
export function namesUnitsInSentence(content: string, config: Config, item = true): boolean {
  if (item && !hintsAssignment(content)) return false;
  return proseAssignment(content, 0, registeredNames(config), item) !== null;
}

function proseCandidate(offset: number, start: number, end: number, content: string, parsed: ParsedUnits, deadline: string | null, prose: 'start' | 'inside' | 'end'): LineCandidate {
  return { start: offset + start, end: offset + end, innerStart: offset + start, inner: content.slice(start, end), parsed: deadline ? { ...parsed, deadline } : parsed, form: parsed.form, prose };
}

/**
 * Where the units after 会同 end in `list` (`市财政局、市商务局研究提出……`): before the duty that
 * follows the last of them, or at the clause's end when the list is the clause's rest
 * (`由A会同B，于7月15日前完成……`). -1 when neither.
 */
function unitsBeforeDuty(list: string): number {
  const cut = list.lastIndexOf('、') + 1;
  const tail = list.slice(cut);
  const last = UNIT_BEFORE_DUTY.exec(tail);
  if (last) return cut + last[0].length;
  return isUnitLike(tail) && !isCollective(tail) ? list.length : -1;
}

/** When: a clause (but clauses `from` to `to`) that starts with a time, or says it after 于 (`修改完善后于8月底前印发`). */
function deadlineIn(content: string, clauses: ReadonlyArray<{ text: string; start: number }>, from: number, to: number): string | null {
  for (let k = 0; k < clauses.length; k++) {
    if (k >= from && k < to) continue;
    const clause = content.slice(clauses[k].start, clauses[k].start + clauses[k].text.length);
    const at = clause.indexOf('于');
    const t = leadingTime(clause) ?? (at > 0 ? leadingTime(clause.slice(at)) : null);
    if (t) return t.time.replace(/^[于在]/, '');
  }
  return null;
}

/**
 * A sentence whose subject is the units that do the work, as a 纪要's decisions say it
 * (`市住建局要会同市财政局，于6月底前完成……`, `市城管局负责做好……`, `市教育局牵头制定……`,
 * `市应急管理局要加强值班值守`): the subject's units (named units, no collective: `各区政府要……`
 * exhorts, it assigns nothing) and those after 会同. In group 1 the units, in group 2 the verb.
 */
const SUBJECT = /^([^，,。；;：:（(“《]{2,40}?)(要会同|会同|负责(?!同志|人|领导|的)|牵头(?!单位|部门|领导|的)|要|须|务必)/;

/**
 * The units a numbered item's first clause names as its subject (SUBJECT), kept only in a list of
 * decisions (Annotation.prose `inside`, parse.ts): only the line is read.
 */
/** A subject that goes on with 由 and the units that do it (`……工程由县住建局`). */
const UNITS_AFTER_SUBJECT = /[^自]由/;

function subjectAssignment(content: string, offset: number, from: number, known: (n: string) => boolean): LineCandidate | null {
  const plain = readable(content);
  const s = SUBJECT.exec(plain.slice(from));
  if (!s) return null;
  const subject = s[1];
  const verb = s[2];
  // `县城污水处理厂提标改造工程由县住建局牵头`: the work is the subject, the units follow 由 (not the 由 of 自由贸易试验区).
  if (UNITS_AFTER_SUBJECT.test(subject)) return null;
  let parsed = parseUnits(content.slice(from, from + subject.length), known);
  if (!parsed || parsed.form > 1 || parsed.leaders.length || parsed.deadline) return null;
  for (const u of parsed.units) if (isCollective(u.name) || !(known(u.name) || isUnitLike(u.name))) return null;
  let end = from + subject.length;
  if (verb.endsWith('会同')) {
    // `A要会同B、C抓紧研究……`: read as `A会同B、C`, the units after the verb moved by what was left out.
    let stop = plain.slice(end + verb.length).search(/[，,。；;：:]/);
    if (stop < 0) stop = plain.length - end - verb.length;
    const upTo = unitsBeforeDuty(plain.slice(end + verb.length, end + verb.length + stop));
    if (upTo < 0) return null;
    const skipped = verb.length - 2;
    const read = parseUnits(content.slice(from, end) + content.slice(end + skipped, end + verb.length + upTo), known);
    if (!read || read.form > 3 || read.leaders.length || read.units.length <= parsed.units.length) return null;
    for (const u of read.units) if (u.start >= subject.length) (u.start += skipped), (u.end += skipped);
    parsed = read;
    end += verb.length + upTo;
  }
  const clauses = splitTop(plain.slice(from, plain.indexOf('。', from) < 0 ? plain.length : plain.indexOf('。', from)), '，,', from);
  let said = 1; // the clauses the assignment spans
  if (verb === '负责' || verb === '牵头') {
    // `市城管局负责做好……`: the verb with its units, as `（市城管局负责）` says it.
    end += verb.length;
    parsed = parseUnits(content.slice(from, end), known) ?? parsed;
    // `市消防救援支队负责开展……，市住建局配合`: the units that co-operate, in a clause after the duty.
    for (let k = 1; k < clauses.length && k < 4; k++) {
      if (!COOP_VERB.test(clauses[k].text)) continue;
      const coop = parseUnits(clauses[k].text, known);
      if (!coop || coop.units.length === 0 || coop.units.some((u) => u.role !== 'coop')) break;
      const to = clauses[k].start + clauses[k].text.length;
      const read = parseUnits(content.slice(from, to), known);
      if (read && read.units.length === parsed.units.length + coop.units.length && !read.leaders.length) {
        parsed = read;
        end = to;
        said = k + 1;
      }
      break;
    }
  }
  const deadline = deadlineIn(content, clauses, 0, said);
  return proseCandidate(offset, from, end, content, parsed, deadline, 'inside');
}

/** How an aside starts (`含…`, `不含…`, `包括…`, `具体按…执行`, `以下简称…`). */
const ASIDE_START = /^(?:不含|含|包括|包含|除|如|即|其中|具体按|按照|依照|参照|详见|见|以下简称|简称)/;

/** A unit where a sentence sends something or places an office: `报送市商务局`, `设在市商务局`. */
const ROUTED_TO = /(?:报送|报请|报|送|交|提交|抄送|反馈|反馈至|汇总至|设在|挂靠)([^，,。；;、：:（(）)\s]{2,30})$/;

/** Whether a bracket at `open` follows a unit that the sentence sends something to, or places an office in. */
function isAlias(text: string, from: number, open: number): boolean {
  const before = text.slice(Math.max(from, open - 34), open);
  // `市直有关部门分管负责同志（市发展改革委、市财政局）`: whose people attend, not who does a task.
  if (PEOPLE_BEFORE.test(before)) return true;
  // `咨询电话：0536-3261888（市房屋征收服务中心）`: whose number or address, not who does a task.
  if (CONTACT_BEFORE.test(before)) return true;
  // The last verb that reaches the bracket with a unit's name: `将整改报告报送纪委办公室（审计部）`
  // matches first at the 报 of 报告, whose rest is no name.
  for (let at = 0; at < before.length; ) {
    const m = ROUTED_TO.exec(at ? before.slice(at) : before);
    if (!m) return false;
    if (isUnitLike(m[1])) return true;
    at += m.index + 1;
  }
  return false;
}

/** The start of a collective's name right before a bracket (`、各村（社区）`, `：各县（市、区）`). */
const COLLECTIVE_BEFORE = /(?:^|[、，,：:；;\s])各[\u4e00-\u9fff]{1,5}$/;

/** A phone number, an e-mail or a contact right before a bracket (`电话：0536-3261888`, `联系人：黄磊`). */
const CONTACT_BEFORE = /(?:[0-9]{3,4}[-－—–][0-9]{7,8}|1[3-9][0-9]{9}|@[\w.]+|(?:电话|联系人|联系方式|传真|邮箱|地址|网址)[：:][^，。；：:]{1,30})$/;

/** People named right before a bracket (`负责同志（…）`, `分管领导（…）`). */
const PEOPLE_BEFORE = /(?:同志|负责人|(?:分管|主要|相关|有关)领导)$/;

/**
 * A text that is a deadline and nothing else, but for two characters (`2026年6月底前`, `长期坚持`,
 * `2025年底前完成。`), in full-width figures too (`２０２５．９．３０前`).
 */
function isDeadlineOnly(text: string): boolean {
  const plain = readable(text);
  const m = DEADLINE_AT_START.exec(plain);
  return m !== null && m[0].length >= plain.length - 2 && validDates(m[0]);
}

/** A date in figures, with or without its year (`2025.9.30`, `9/30`); not the months of `2025.9`. */
const DATE_IN_FIGURES = /(?<![0-9])(?:[0-9]{4}[.．/\-－])?([0-9]{1,2})[.．/\-－]([0-9]{1,2})(?![0-9])/g;

/**
 * Whether the dates in figures of a deadline read by the patterns are days their month has: the
 * patterns take a day up to 31 (`2.30前`, `2025.4.31` are no dates, and no deadline is read).
 */
export function validDates(deadline: string): boolean {
  if (!/[.．/\-－]/.test(deadline)) return true;
  DATE_IN_FIGURES.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DATE_IN_FIGURES.exec(deadline)) !== null) {
    if (Number(m[2]) > daysIn(Number(m[1]), NaN)) return false;
  }
  return true;
}

/**
 * The deadline a task gives alone in a bracket of its own, with no units (`（2025年6月底前完成）`),
 * on its heading's own lines (`first`…`last`): the last such bracket, as written; null without one.
 * Such a bracket is no annotation (it names no one); the ledger still shows the deadline.
 * `endingALine`: only a bracket that ends its line (`审议……条例（草案）。（8月）`).
 */
/**
 * The deadline a task's label gives alone on its heading's lines `first`…`last`, with no units
 * (`责任单位：；完成时限：2025年6月底前。`, `完成时限：2025年底前` under an item that names none):
 * the last such label's time, as written; null without one.
 */
export function deadlineLabelOn(lines: ReadonlyArray<{ text: string }>, first: number, last: number): string | null {
  let found: string | null = null;
  for (let k = first; k <= last && k < lines.length; k++) {
    const text = lines[k].text;
    if (text.indexOf('：') < 0 && text.indexOf(':') < 0) continue;
    const plain = readable(text);
    DEADLINE_LABEL_ANYWHERE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = DEADLINE_LABEL_ANYWHERE.exec(plain)) !== null) {
      const said = text.slice(m.index + m[0].length - m[1].length, m.index + m[0].length).trim();
      if (said && isDeadlineOnly(said)) found = said;
    }
  }
  return found;
}
/**
 * A deadline label anywhere on a line, its time in group 1: up to the next separator, or to a
 * closing bracket it did not open (`（责任领导：张三；整改时限：长期坚持）`: the bracket's end).
 */
const DEADLINE_LABEL_ANYWHERE = new RegExp(`(?:^|[。；;，,（(\\s\\u3000])(?:${DEADLINE_LABEL})[：:][\\s\\u3000]*((?:[^。；;，,\\t（）()]|[（(][^（）()]*[）)])+)`, 'g');

export function deadlineBracketOn(lines: ReadonlyArray<{ text: string }>, first: number, last: number, endingALine = false): string | null {
  let found: string | null = null;
  for (let k = first; k <= last && k < lines.length; k++) {
    const text = lines[k].text;
    for (const b of bracketSpans(text, 0, text.length)) {
      if (endingALine && !LINE_END.test(text.slice(b.close + 1))) continue;
      // `第二天（5月13日）` under a 课程安排: the date of a day or a session the item lists, not its time.
      if (k > first && DATED_HEAD.test(text.slice(0, b.open))) continue;
      const inner = text.slice(b.open + 1, b.close).trim();
      // Times listed (`6月、12月`) are the task's too.
      if (inner && inner.split('、').every(isDeadlineOnly)) found = inner;
    }
  }
  return found;
}

/**
 * A time in brackets ending a heading's title (`动员部署阶段（2025年3月底前）`, `集中攻坚阶段（2025年4月—10月）`,
 * `审议某条例（8月）`): when the section's work is due, as a plan's stages say it. The title without
 * it and the time as written, or null where the title ends in no bracket holding a time alone.
 */
export function timeEndingTitle(title: string): { title: string; time: string } | null {
  let end = title.length;
  while (end > 0 && isOneOf(title.charCodeAt(end - 1), '。；;.：: \u3000')) end--;
  const c = title.charCodeAt(end - 1);
  // Most titles end in no bracket.
  if (c !== 0xff09 && c !== 0x29) return null;
  const spans = bracketSpans(title, 0, end);
  const b = spans[spans.length - 1];
  if (!b || b.close !== end - 1 || b.open === 0) return null;
  const inner = title.slice(b.open + 1, b.close).trim();
  return inner && isDeadlineOnly(inner) ? { title: title.slice(0, b.open).trimEnd(), time: inner } : null;
}

/** A short head with no sentence in it before a bracket (`第二天`, `第一期：`, `上午`): a schedule's line. */
const DATED_HEAD = /^[\s\u3000]*[^\s\u3000。；;，,！？]{1,6}[：:]?[\s\u3000]*$/;

/** What may follow a bracket that ends its line: its sentence's stop, spaces. */
const LINE_END = /^[。；;.\s\u3000]*$/;

/** A point in time that starts a clause (`2024年12月底前`, `6月30日前`, `年底前`). */
const TIME_START = new RegExp(`^${BY}?${WITHIN}?${WHEN}(?:[上中下]旬)?(?:底|末|中)?${AT_DAY}(?:前|以前|之前)|^${EVERY}`);
/**
 * What says a time is when the work is done: 前 after it (`6月底前`), or 完成 right after it
 * (`年内完成`, `上半年完成`, `2025年6月底完成`; not `完成率`, `完成了`, `完成情况`).
 */
const DONE_BY = '(?:(?:前|以前|之前)|(?=(?:基本|全面)?完成(?![率量值额数了情])))';
/** A point in time a task's text starts with (`6月20日前，印发……`, `8月28日前完成……`, `年内完成……`). */
const TIME_LEADING = new RegExp(`^${BY}?${WHEN}(?:[上中下]旬)?(?:底|末|中)?${DONE_BY}`);
/**
 * A time said without 前 is a completion time only where it names a year, a half, a quarter or a
 * month (not `5日`, `周五`), and not the whole year (`全年完成投资……` says how much, not by when).
 */
function doneByNamed(time: string): boolean {
  return /[前完]$/.test(time) || (/[年月季]/.test(time) && !/全年$/.test(time));
}

/**
 * The point in time `text` starts with, as written (`6月20日前` of `6月20日前，印发筹备工作方案`),
 * and where what is due then starts (after a `，`); null when it starts with none. A 倒排工期
 * plan says its tasks' deadlines so, and names only the units in the annotation.
 */
export function leadingTime(text: string): { time: string; rest: number } | null {
  const c = text.charCodeAt(0);
  // Most titles start with no digit and none of the words before a time.
  if (!(c >= 0x30 && c <= 0x39) && !(c >= 0xff10 && c <= 0xff19) && !/^(?:截至|截止|于|在|力争|确保|争取|[今明本]年|年底|年内|年中|上半年|下半年|第?[一二三四]季度|[〇○零一二三四五六七八九]{4}年|(?:十[一二]?|[一二三四五六七八九])月)/.test(text)) return null;
  const m = TIME_LEADING.exec(readable(text));
  if (!m || !validDates(m[0]) || !doneByNamed(m[0])) return null;
  let rest = m[0].length;
  while (rest < text.length && isOneOf(text.charCodeAt(rest), '，,、 \u3000')) rest++;
  return rest < text.length ? { time: text.slice(0, m[0].length), rest } : null;
}

/**
 * A completion time said as a clause of a task's text (`2025年6月底前完成平台迁移`, `力争于2025年9月底前全面完成`,
 * `以上工作要在2019年2月底前完成`, `2025年6月底完成`, `年内完成`): a time before 前, 以前 or 之前, or one naming
 * a year, a half, a quarter or a month right before 完成 (not `已于2024年底完成`), at a clause's start or after 于, 力争,
 * 确保, 争取 (在 only after 要, 应, 须, 需, 将, 并, 均 or at a clause's start). A time said otherwise is what
 * the task is about (`到2025年，覆盖率达到90%`, `2024年以来`, `自2025年1月1日起施行`, `2023年度`): none. Not
 * where the time qualifies a thing (`2024年底前建成的小区`, `对2024年底前……`), says what is done already
 * (`2024年底前已完成`), is a span around it (`春节前后`), or a few days ago (`5日前`); and not a date in figures
 * (`2025.6.30前`, which GW304 checks only where a deadline is said beside the units). Of two or more (a
 * task's phases, `2025年6月底前完成试点，2025年底前全面推开`), the last one said: when the whole task is done.
 */
export function deadlineInText(text: string): string | null {
  // Most texts say no 前 (nor 完成).
  if (text.indexOf('前') < 0 && text.indexOf('完成') < 0) return null;
  const plain = readable(text);
  let found: string | null = null;
  TIME_IN_TEXT.lastIndex = 0;
  for (let m = TIME_IN_TEXT.exec(plain); m; m = TIME_IN_TEXT.exec(plain)) {
    const at = m.index;
    const end = at + m[0].length;
    const by = m[1] ?? '';
    const before = plain.slice(Math.max(0, at - 3), at);
    const clauseStart = at === 0 || /[。；;，,！？!?\s\u3000]$/.test(before);
    const ok = clauseStart
      ? !by.startsWith('自') && !by.startsWith('截')
      : (by.startsWith('于') && !/[对关由至基属位等鉴处出]$/.test(before)) || /^(?:力争|确保|争取)/.test(by) || (by.startsWith('在') && /(?:要|应|须|需|将|并|均)$/.test(before));
    if (!ok) continue;
    const time = m[0].slice(by.length);
    if (!TIME_NAMED.test(time) || !validDates(time) || FIGURES_IN_TIME.test(time) || !doneByNamed(time)) continue;
    // Said without 前 (`2025年6月底完成`), what was done already is none (`已于2024年底完成`).
    if (!/前$/.test(time) && /已$/.test(before)) continue;
    // What the clause goes on with: none (`2019年6月底前，研究……`) or what is due then, not a thing qualified or done already.
    const rest = /^[^。；;，,：:！？!?]*/.exec(plain.slice(end))![0];
    if (/^(?:后|已|未|尚|内|期间)/.test(rest) || rest.indexOf('的') >= 0) continue;
    found = text.slice(at + by.length, end);
  }
  return found;
}

/** A time before 前 (or right before 完成) anywhere in a text, with the word before it (group 1); deadlineInText checks where it stands. */
const TIME_IN_TEXT = new RegExp(`(截至|截止|自|力争于|力争在|力争|确保于|确保在|确保|争取于|争取在|争取|于|在)?${WHEN}(?:[上中下]旬)?(?:底|末|中)?${DONE_BY}`, 'g');
/** A time that names a year, a month, a quarter or an event (not `5日`, `周五` alone: `5日前` may be five days ago). */
const TIME_NAMED = /[年月季节期假]|开学|春耕|秋收|麦收|三夏/;
/** A date in figures (`2025.6.30`, `9.30`): not read in the text. */
const FIGURES_IN_TIME = /[0-9][.．/\-－][0-9]/;

/** What a deadline clause goes on with, after its time: a short predicate, with what it counts (`完成100个村改造`, `覆盖率达到90%`). */
const DUE_PREDICATE = /^[\u4e00-\u9fff“”《》0-9.%％]{1,20}$/;
const NOT_PREDICATE = /负责|牵头|配合|参与|协助|指导|落实|[、]/;

/**
 * A deadline clause: a deadline alone (isDeadlineOnly), or a point in time and what is due then
 * (`2024年12月底前出台实施意见`, `2025年6月底前取得阶段性成效`, `2024年10月底前提请审议`).
 */
function isDeadlineClause(text: string): boolean {
  // Most clauses are units: they fail here, on their first characters.
  const d = DEADLINE_AT_START.exec(text);
  if (d === null || !validDates(d[0])) return false;
  if (d[0].length >= text.length - 2) return true;
  // `立行立改、长期坚持`: two rhythms listed.
  if (text.indexOf('、') > 0) return text.split('、').every((t) => t.length > 0 && isDeadlineOnly(t));
  const m = TIME_START.exec(text);
  if (!m) return false;
  const rest = text.slice(m[0].length).replace(/[。；;，,]$/, '');
  return DUE_PREDICATE.test(rest) && !NOT_PREDICATE.test(rest) && !isUnitLike(rest);
}

/**
 * A person named with a post (`分管副局长李明辉`, `局党组成员、副局长李明辉`) or as 同志 (`李明辉同志`):
 * a post, then a name of two or three characters that ends no unit's name.
 */
const PERSON_SAID = /^(?:[\u4e00-\u9fff、]{0,16}(?:书记|局长|主任|部长|处长|科长|校长|院长|县长|市长|区长|镇长|乡长|经理|董事长|主席|组长|所长|站长|行长|常委)[\u4e00-\u9fff]{2,3}|[\u4e00-\u9fff]{2,3}同志)$/;
/**
 * A leader by post alone, unnamed (`市政府分管领导`, `分管副市长`, `市委主要负责同志`, `县政府常务副县长`):
 * who holds the post answers for the task, as a named person does.
 */
const POST_SAID = /^[\u4e00-\u9fff]{0,8}?(?:(?:分管|主要|常务|联系|挂钩)(?:[\u4e00-\u9fff]{0,2})?(?:领导|负责同志|负责人|副?(?:书记|市长|县长|区长|州长|省长|镇长|乡长|局长|主任|部长|校长|院长|总经理|董事长))|领导同志)(?:同志)?$/;
const NOT_A_NAME_END = /[办局处室科部委会组队站所院校司厂社团馆]$|中心$|单位$|公司$|热线$/;

/** Whether an annotation says a person leads or answers for the task (`分管副局长李明辉牵头，财务科配合`). */
export function ledByPerson(inner: string): boolean {
  for (const c of splitTop(readable(inner), '，,；;', 0)) {
    const role = verbRole(c.text) ?? dutyRole(c.text);
    if (!role || role.role === 'coop') continue;
    const body = c.text.slice(0, c.text.length - role.verb).trim();
    if (isPersonSaid(body.charCodeAt(0) === 0x7531 /* 由 */ ? body.slice(1) : body)) return true;
  }
  return false;
}

function isPersonSaid(text: string): boolean {
  return (PERSON_SAID.test(text) && (text.endsWith('同志') || !NOT_A_NAME_END.test(text))) || POST_SAID.test(text);
}

/** A remark after the units (`具体方案另行制定`, `确保按期完成`): a short predicate, no list, no role, no unit. */
function isRemark(text: string): boolean {
  return text.length <= 16 && (REMARK.test(text) || UNREAD_DEADLINE.test(text)) && !NOT_PREDICATE.test(text) && !isUnitLike(text);
}

/** A remark's words: a short predicate. */
const REMARK = /^[\u4e00-\u9fff“”《》]{1,16}$/;
/**
 * A deadline in figures whose day the month has not (`13.5前完成`, `2.30前完成`, `2025.2.30前`):
 * no deadline is read, but the units before it still are.
 */
const UNREAD_DEADLINE = /^[0-9０-９]{1,4}(?:[.．/／\-－][0-9０-９]{1,2}){1,2}[日号]?(?:前|以前|之前)(?:完成|办结)?[。]?$/;

/** A label after a sentence, in the line (`……整治。责任单位：市生态环境局、市水利局。`); the hint is script-blind. */
const INLINE_LABEL_HINT = /[。；;！？\s]\s*\S{4}[：:]/;
/**
 * Where such a label starts: after a sentence, or after a space (`……。 责任领导：张三 责任单位：A
 * 整改时限：…`, items of one line as pasted from a table); the people named first are kept.
 */
const INLINE_LABEL = new RegExp(`(?:[。；;！？]|[\\s\\u3000])[\\s\\u3000]*(?=${UNIT_LABEL}|(?:${PEOPLE})[：:])`, 'g');

/**
 * `out` and the labels run in after a sentence of `content`, each to the next `。` or the line's
 * end (labels joined by `；` are one), outside brackets; kept only when they parse as units.
 */
function withInlineLabels(content: string, offset: number, out: LineCandidate[], registered: Set<string>): LineCandidate[] {
  const plain = readable(content);
  const found: LineCandidate[] = [];
  INLINE_LABEL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = INLINE_LABEL.exec(plain)) !== null) {
    const from = m.index + m[0].length;
    const at = offset + from;
    const covers = (c: LineCandidate) => c.start <= at && at < c.end;
    if (out.some(covers) || found.some(covers)) continue;
    const stop = plain.indexOf('。', from);
    let to = stop < 0 ? plain.length : stop;
    while (to > from && isSpace(plain.charCodeAt(to - 1))) to--;
    const inner = content.slice(from, to);
    let parsed = parseUnits(inner, (n) => registered.has(n));
    // `责任单位：……。完成时限：2026年6月底前。`: the deadline in the sentence after is the task's.
    const deadline = parsed && !parsed.deadline && stop >= 0 ? deadlineLabelAt(content, plain, stop + 1) : null;
    if (deadline) parsed = { ...parsed!, deadline };
    if (parsed) found.push({ start: offset + from, end: offset + to, innerStart: offset + from, inner, parsed, form: parsed.form });
  }
  if (!found.length) return out;
  // `责任单位：安全环保部（应急管理办公室）；完成时限：…`: a bracket inside a label's units is part of a name, no annotation of its own.
  const outside = out.filter((c) => !found.some((f) => f.start <= c.start && c.end <= f.end));
  return outside.concat(found).sort((a, b) => a.start - b.start);
}

const DEADLINE_LABEL_AT = new RegExp(`^[\\s\\u3000]*(?:${DEADLINE_LABEL})[：:][\\s\\u3000]*`);

/** The deadline a label at `from` in `content` gives (`完成时限：2026年6月底前`, to the next `。`), as written; null without one. */
function deadlineLabelAt(content: string, plain: string, from: number): string | null {
  const m = DEADLINE_LABEL_AT.exec(plain.slice(from));
  if (!m) return null;
  const start = from + m[0].length;
  const stop = plain.indexOf('。', start);
  const said = content.slice(start, stop < 0 ? content.length : stop).trim();
  return said || null;
}

/** The names the configuration registers (units and aliases both ways), one set per Config. */
const REGISTERED = new WeakMap<Config, Set<string>>();
function registeredNames(config: Config): Set<string> {
  let names = REGISTERED.get(config);
  if (!names) REGISTERED.set(config, (names = new Set([...config.units, ...Object.keys(config.aliases), ...Object.values(config.aliases)])));
  return names;
}

/**
 * The annotations a line's candidates make (the bracketed and label-line forms). They carry the
 * line number, so they are kept on the Line (placedCached): an unchanged line at an unchanged
 * index keeps its Annotation objects from version to version.
 */
const ANNOTATIONS_SLOT = new PlacedSlot<Annotation | Annotation[]>('annotations');

/** The line's annotations: the one itself where there is one, else the list (see CANDIDATES_SLOT). */
function annotationsOn(_own: string, l: Line, config: Config): Annotation | Annotation[] {
  const out: Annotation[] = [];
  const scan = ownedCached(CANDIDATES_SLOT, l, config, scanLineKept, registeredNames(config));
  if (Array.isArray(scan)) {
    for (const c of scan) if (c.parsed) out.push(toAnnotation(l.index, c as ParsedCandidate, config.collectives));
  } else if (scan.parsed) out.push(toAnnotation(l.index, scan as ParsedCandidate, config.collectives));
  // Several annotations in one paragraph, each closing its own sentences (form 8).
  if (out.length > 1) for (const a of out) if (a.form <= 3 || a.form === 7) a.form = 8;
  return single(out);
}

/** A candidate that did not parse as units, for the near-miss pass. */
function failedOn(l: Line, c: LineCandidate, failed: Failed[]): void {
  if (!c.parsed) failed.push(c.unclosed ? { line: l.index, open: c.start, close: c.end - 1, inner: c.inner, label: false, dropped: true } : { line: l.index, open: c.start, close: c.end - 1, inner: c.inner, label: c.form === 6 });
}

/** A candidate that parsed as units. */
type ParsedCandidate = LineCandidate & { parsed: ParsedUnits };

function toAnnotation(line: number, c: ParsedCandidate, collectives: readonly string[]): Annotation {
  const parsed = c.parsed;
  const form = parsed.defaults.length ? 11 : parsed.deadline && c.form !== 6 && !c.prose ? 13 : c.form;
  return new LineAnnotation(c, line, form, collectives);
}

/**
 * An object that stands for what `a` says (its units and their roles, its deadline) and stays the
 * same while the text it is read from does: the parse kept per line text, which a line keeps when
 * lines are added or removed above it, where the Annotation (it carries the line number) is made
 * afresh. A key for work on what an annotation says (tasks.ts summaries). Other annotations
 * (table rows, near misses: made by every analysis) stand for themselves.
 */
export function sayingOf(a: Annotation): object {
  return a instanceof LineAnnotation ? a.saying : a;
}

/** The last list sayingsOf read, and what its annotations say. */
let lastSaid: { annotations: readonly Annotation[]; sayings: readonly object[] } = { annotations: [], sayings: [] };

/**
 * What each of `annotations` says (sayingOf), in order, for the rules that count or teach the
 * names the annotations say (units.ts unitCounts, words.ts teachSegmenter): the very same list as
 * the last call's while each annotation says what the one at its place did, so they look again only
 * where the list is another (and then only between its common head and tail). Most edits leave
 * every annotation the previous version's object: this is then a walk over them, without a call a
 * piece. One list is kept, the last document's.
 */
export function sayingsOf(annotations: readonly Annotation[]): readonly object[] {
  const last = lastSaid;
  if (annotations === last.annotations) return last.sayings;
  const was = last.annotations;
  const old = last.sayings;
  const n = annotations.length;
  const m = was.length;
  const from = commonHead(annotations, was);
  let sayings = old;
  if (from < n || n !== m) {
    const tail = commonTail(annotations, was, from);
    // Annotations made again (a line moved, an edit after its bracket) may still say the same.
    let same = n === m;
    for (let k = from; same && k < n - tail; k++) same = sayingOf(annotations[k]) === old[k];
    if (!same) {
      const out: object[] = new Array(n);
      for (let k = 0; k < from; k++) out[k] = old[k];
      for (let k = from; k < n - tail; k++) out[k] = sayingOf(annotations[k]);
      for (let k = n - tail; k < n; k++) out[k] = old[k + m - n];
      sayings = out;
    }
  }
  lastSaid = { annotations, sayings };
  return sayings;
}

/**
 * Whether `a` spans lines (a table row one cell a line, a bracket wrapped onto the next line). An
 * annotation kept on its line lies on it: told without making its range (rules ask it of every
 * annotation on every edit).
 */
export function spansLines(a: Annotation): boolean {
  if (a instanceof LineAnnotation) return false;
  const r = a.range;
  return r.start.line !== r.end.line;
}

/** The names and roles of `a`'s units as parsed, without making the units (nor their ranges). */
export function unitsSaid(a: Annotation): ReadonlyArray<{ readonly name: string; readonly role: UnitRole }> {
  return a instanceof LineAnnotation ? a.saying.units : a.units;
}

/**
 * An annotation of the bracketed and label-line forms, kept on its Line (placedCached): the
 * line's candidate (kept by text) and the line number; its ranges are made when read. It held two
 * ranges and copies of the candidate's fields, and each unit a range: ~270 bytes more per
 * annotation with two units, ~3 MB on a 1M-character plan. Plain properties (not `#private`), so
 * that annotations at different places are not deep-equal. Serialised as a plain Annotation.
 */
class LineAnnotation implements Annotation {
  /**
   * Made when first read. A line break typed above makes every annotation below again at its new
   * line number, and an analysis reads few of their units (what they say is read from the parse:
   * unitsSaid), so most of them are never made.
   */
  #units: UnitRef[] | undefined = undefined;

  constructor(
    private readonly candidate: ParsedCandidate,
    readonly line: number,
    public form: number,
    private readonly collectives: readonly string[],
  ) {}

  get units(): UnitRef[] {
    // No closure in here: one capturing `this` would make every read allocate a context.
    return (this.#units ??= lineUnits(this.candidate, this.line, this.collectives));
  }

  get range(): Range {
    return rangeOn(this.line, this.candidate.start, this.candidate.end - this.candidate.start);
  }

  get inner(): string {
    return this.candidate.inner;
  }

  get innerRange(): Range {
    return rangeOn(this.line, this.candidate.innerStart, this.candidate.inner.length);
  }

  get deadline(): string | null {
    return this.candidate.parsed.deadline;
  }

  get separators(): string[] {
    return this.candidate.parsed.separators;
  }

  get legend(): boolean {
    return this.candidate.parsed.legend;
  }

  get defaults(): string[] {
    return this.candidate.parsed.defaults;
  }

  get leaders(): string[] {
    return this.candidate.parsed.leaders;
  }

  get prose(): 'start' | 'inside' | 'end' | undefined {
    return this.candidate.prose;
  }

  get unclosed(): true | undefined {
    return this.candidate.unclosed;
  }

  /** What it says: its line text's parse, the same object wherever the line moves (sayingOf). */
  get saying(): ParsedUnits {
    return this.candidate.parsed;
  }

  toJSON(): Annotation {
    const { range, inner, innerRange, form, units, deadline, separators, line, legend, defaults, leaders } = this;
    const json: Annotation = { range, inner, innerRange, form, units, deadline, separators, line, legend, defaults, leaders };
    if (this.candidate.prose) json.prose = this.candidate.prose;
    if (this.candidate.unclosed) json.unclosed = true;
    return json;
  }
}

function lineUnits(c: ParsedCandidate, line: number, collectives: readonly string[]): UnitRef[] {
  const parsed = c.parsed.units;
  const out: UnitRef[] = new Array(parsed.length);
  for (let k = 0; k < parsed.length; k++) out[k] = new LineUnit(parsed[k], line, c.innerStart, isCollective(parsed[k].name, collectives));
  return out;
}

/** A unit of a LineAnnotation: the parsed unit (kept by text) and where its list starts on the line. */
class LineUnit implements UnitRef {
  constructor(
    private readonly unit: ParsedUnits['units'][number],
    private readonly line: number,
    private readonly at: number,
    readonly collective: boolean,
  ) {}

  get name(): string {
    return this.unit.name;
  }

  get role(): UnitRole {
    return this.unit.role;
  }

  get range(): Range {
    return rangeOn(this.line, this.at + this.unit.start, this.unit.end - this.unit.start);
  }

  toJSON(): UnitRef {
    return { name: this.name, role: this.role, range: this.range, collective: this.collective };
  }
}

interface TableHeader {
  sep: string;
  cells: number;
  /** Its cells' names (simplified script). */
  names: string[];
  /** Columns of people answerable for the task (牵头领导, 责任人). */
  leaders: number[];
  index: number;
  /** The columns of the task, broadest first (重点任务, then 具体措施). */
  tasks: number[];
  lead: number;
  coop: number;
  responsible: number;
  deadline: number;
}

const CELL_SEP = /\t|[|｜]/;
const MARKDOWN_DELIMITER_ROW = /^\|?(?:\s*:?-+:?\s*\|)+\s*(?::?-+:?\s*)?$/;

/** Columns a 台账 adds after the tasks': how far each has got (`10月进展情况`, `1—10月完成情况`, `完成状态`, `推进状态`). */
const PROGRESS_CELL = '(?:(?:[0-9]{1,2}[—\\-－~～至])?[0-9]{1,2}月(?:份)?|本月|本季度|上半年|前三季度|全年|截至目前|目前)?(?:工作)?(?:进展|推进|完成|落实)(?:情况|状态)|进展|完成率';
/** A line's table header, if it is one (cached per line text: most lines are not). */
/**
 * A vertical table's first header cell, and the cells a header may hold (simplified script), a
 * 整改 table's too (存在问题, 反馈问题, 审计发现问题, 整改任务, 整改措施, 整改时限).
 */
const INDEX_CELL = /^(?:序号|编号)$/;
const HEADER_CELL = new RegExp(
  `^(?:序号|编号|(?:重点|主要|具体|工作|改革|整改)?任务|(?:任务|项目|工作)名称|(?:重点|主要)工作|(?:民生)?(?:实事)?项目|(?:工作|任务)(?:内容|事项|措施|举措)|(?:具体|主要|改革|整改)?(?:内容|事项|措施|举措)|(?:存在|主要|(?:巡视|巡察|审计|督查|检查|监督)?(?:反馈|发现))?问题(?:清单|表现|描述|内容)?|整改(?:目标|要求)|政策条款|(?:牵头|责任|配合|会办|协办|协助|协同|参与|主办|主责|指导)(?:单位|部门|处室|科室)|${PEOPLE}|(?:完成|整改|办结)(?:时限|时间|期限)|时间(?:要求|安排|节点)?|时限|进度安排|${PROGRESS_CELL}|备注)$`,
);
/** A table column of people, not units (牵头领导, 牵头市领导, 责任人). */
const PERSON_CELL = /领导|责任人|联系人|负责人|[河湖林田]长$/;

/** The columns of a table's people answerable for each task: every person column but a 联系人's. */
function leaderColumns(header: readonly string[]): number[] {
  const out: number[] = [];
  header.forEach((c, k) => {
    if (LEADER_LABEL.test(c)) out.push(k);
  });
  return out;
}

/** The people named in a table row's leader cells. */
function rowLeaders(columns: readonly number[], cell: (c: number) => string): string[] {
  let out: string[] = NONE as never[];
  for (const c of columns) {
    const names = namesIn(cell(c));
    if (names.length) out = [...out, ...names];
  }
  return out;
}
/** A row may hold this many more lines than its header has cells (a cell wrapped over lines), at most. */
const MAX_EXTRA_ROW_LINES = 2;

/**
 * A flattened table with one cell a line (form 12, as copied from a Word or PDF table): a header
 * of three or more cell names holding a 牵头 or 责任 column, then rows.
 * - With a 序号 column first, each row starts with its number (`1`, `1.`, `（1）` …: 1, 2, 3 in
 *   turn). A row's lines fill the columns in order; a row with fewer lines (an empty cell dropped)
 *   fills each column with the next line that fits it: units where units are due, a deadline
 *   where one is. A category row (categoryEnd) may stand before a row numbered 1 or next in turn.
 * - Without one, a row is as many lines as the header has cells, each fitting its column (a
 *   category row, one line `一、…`, may stand before a row: the rows under it are counted from 1); the
 *   table ends at the first that does not (an empty cell dropped cannot be told there).
 * Null when no header starts at `start`; a header's rows may be none (not yet typed).
 */
function verticalTable(source: SourceText, start: number, to: number, collectives: readonly string[]): { rows: Annotation[]; end: number } | null {
  const lines = source.lines;
  const text = (i: number): string => (i < to ? source.content(i) : '');
  const next = (i: number): number => {
    while (i < to && !isAnalysedText(lines[i])) i++;
    return i;
  };
  // The header.
  const header: string[] = [];
  let i = start;
  let last = start;
  // The lines between two header cells, when the same between every two (a copy that puts an empty line after each cell: 2).
  let stride = 0;
  for (; i < to; i = next(i + 1)) {
    const cell = readable(text(i));
    if (!HEADER_CELL.test(cell) || (header.length > 0 && INDEX_CELL.test(cell))) break;
    if (header.length === 1) stride = i - last;
    else if (header.length > 1 && i - last !== stride) stride = -1;
    header.push(cell);
    last = i;
  }
  if (header.length < 3 || !header.some((c) => /^(?:牵头|责任|主责|主办)/.test(c))) return null;
  const col = (re: RegExp) => header.findIndex((c) => re.test(c) && !PERSON_CELL.test(c));
  const cols: VerticalColumns = {
    first: INDEX_CELL.test(header[0]) ? 1 : 0,
    leaders: leaderColumns(header),
    task: col(TASK_CELL),
    lead: col(LEAD_COLUMN),
    responsible: col(/^责任/),
    coop: col(COOP_COLUMN),
    guide: col(/^指导/),
    deadline: col(DEADLINE_COLUMN),
  };
  const table: VerticalTable = { source, to, header, cols, collectives, next, dense: last - start === header.length - 1, stride: stride > 1 && onlyBlankBetween(source, start, last) ? stride : 0 };
  return cols.first ? numberedRows(table, i) : unnumberedRows(table, i);
}

/** What reading a vertical table's rows needs: its header and columns, where the text ends, and how to step to the next line read. */
interface VerticalTable {
  source: SourceText;
  to: number;
  header: readonly string[];
  cols: VerticalColumns;
  collectives: readonly string[];
  next: (i: number) => number;
  /**
   * Whether its header's cells lie on lines one after another: then no empty line parts its
   * cells, and one among a row's lines is an empty cell (copied as an empty line).
   */
  dense: boolean;
  /**
   * The lines from one header cell to the next where an equal run of empty lines parts every two
   * (2 where each cell is followed by an empty line), else 0: then a row's cells are as far apart,
   * and a cell line found empty is an empty cell.
   */
  stride: number;
}

/** Whether lines `from` to `to` hold only text lines and empty ones (no page number nor markup between). */
function onlyBlankBetween(source: SourceText, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (source.lines[k].kind !== 'blank' && !isAnalysedText(source.lines[k])) return false;
  return true;
}

type VerticalColumns = { first: number; leaders: number[]; task: number; lead: number; responsible: number; coop: number; guide: number; deadline: number };

/** A row's number cell: `1`, `1.`, `1、`, `（1）`, `(1)`. */
function rowNumber(cell: string): number {
  const m = /^(?:([0-9]{1,3})[.．、]?|（([0-9]{1,3})）|\(([0-9]{1,3})\))$/.exec(cell);
  return m ? Number(m[1] ?? m[2] ?? m[3]) : -1;
}

function numberedRows(table: VerticalTable, i: number): { rows: Annotation[]; end: number } {
  const { source, to, header, next, dense } = table;
  const lines = source.lines;
  const number = (k: number): number => (k < to ? rowNumber(source.content(k)) : -1);
  const blank = (k: number): boolean => lines[k].kind === 'blank';
  // The lines a row's cells are read from: in a dense table its empty lines too (page numbers and markup aside).
  const step = dense
    ? (k: number): number => {
        while (k < to && !isAnalysedText(lines[k]) && !blank(k)) k++;
        return k;
      }
    : next;
  const width = header.length - 1;
  const texts: number[] = [];
  /** How many of `texts` are cells: empty lines after the last text are none (they part rows). */
  const filled = (): number => {
    let n = texts.length;
    while (n > 0 && blank(texts[n - 1])) n--;
    return n;
  };
  const rows: Annotation[] = [];
  let end = i;
  /** The line of the category row the rows stand under (`一、优化政务服务`), or -1. */
  let category = -1;
  /** What the row above had written in its unit cells (or merged with those above it): what an empty cell may be merged with. */
  let above = ABOVE_NONE;
  let written = 0;
  // The first row is numbered 1; the rows after it go on whatever their numbers (GW111 judges them).
  for (let first = true; i < to; first = false) {
    // A category row (its cells merged: one line) before the row numbered 1, or between rows.
    const under = categoryEnd(table, i, written);
    if (under >= 0) {
      category = i;
      above = ABOVE_NONE; // no cell is merged across a category row
      i = under;
    }
    if (first ? number(i) !== 1 : number(i) < 0) break;
    written = number(i);
    // The row's lines: to the next row's number, to the header written again (a table running
    // over a page break), to a category row, or the header's width (and a little) at most.
    texts.length = 0;
    let j = step(i + 1);
    let after = -1; // where the next row starts after a repeated header
    let other = -1; // a line numbered otherwise (a number skipped or repeated) where a full row ends
    let below = false; // whether the row ends at a category row
    while (j < to && number(j) !== written + 1 && texts.length < width + MAX_EXTRA_ROW_LINES) {
      if (filled() >= 1 && (after = repeatedHeader(table, j)) >= 0) break;
      if (filled() >= 1 && categoryEnd(table, j, written) >= 0) {
        below = true;
        break;
      }
      if (filled() === width && other < 0 && number(j) >= 0 && number(j) !== written + 1) other = j;
      texts.push(j);
      j = step(j + 1);
    }
    if (after >= 0) j = after;
    else if (!below && number(j) !== written + 1) {
      // A row numbered out of turn after a full row, or the table's last row: it holds the
      // header's width, and what follows is the next row's, or the document's.
      texts.length = Math.min(texts.length, width);
      j = other >= 0 ? other : texts.length ? next(texts[texts.length - 1] + 1) : next(i + 1);
    }
    texts.length = filled();
    // In a dense table an empty line is an empty cell, unless the row has more lines than cells.
    const cells = !dense ? withEmptyCells(table, i, texts) : texts.length > width ? texts.filter((k) => !blank(k)) : texts.map((k) => (blank(k) ? -1 : k));
    const row = verticalRow(table, i, source.content(i), cells, category, above);
    if (row) rows.push(row);
    const lead = row !== null && (row.row?.merged === true || row.units.some((u) => u.role === 'lead'));
    // A row with no units read (null) may have unit cells written that name none (`待定`): as written.
    above = lead ? ABOVE_UNKNOWN : row !== null && (row.units.length !== 0 || above.units) ? { lead: false, units: true } : row === null ? ABOVE_UNKNOWN : ABOVE_NONE;
    end = j;
    i = j;
  }
  return { rows, end };
}

/**
 * Where the rows go on under a category row at line `k` of a table with one cell a line (its cells
 * merged into one: `一、优化营商环境`, `（一）党的建设`, `第一部分 …`; or its numeral in the 序号 cell
 * and its name in the next, each a line: `一` then `优化营商环境`): the line of the row after it,
 * numbered 1 or `written + 1`; -1 when there is none.
 */
function categoryEnd(table: VerticalTable, k: number, written: number): number {
  const { source, to, next } = table;
  if (k >= to || !isAnalysedText(source.lines[k])) return -1;
  const content = source.content(k).trim();
  let after: number;
  if (/^[一二三四五六七八九十]{1,3}[、.．]?$/.test(content)) {
    // The numeral alone: its name on the next line, short and no sentence.
    const name = next(k + 1);
    if (name >= to) return -1;
    const title = source.content(name).trim();
    if (title.length < 2 || title.length > 40 || /[。；;！？]/.test(title) || rowNumber(title) >= 0 || isUnitList(readable(title))) return -1;
    after = next(name + 1);
  } else {
    if (!isCategoryRow(content, '\t')) return -1;
    after = next(k + 1);
  }
  if (after >= to) return -1;
  const n = rowNumber(source.content(after));
  return n === 1 || n === written + 1 ? after : -1;
}

/**
 * Where the rows go on when the header is written again at line `j` (a table over a page break:
 * the page number, then the header's cells again): the line after it; -1 when it is not there.
 */
function repeatedHeader(table: VerticalTable, j: number): number {
  const { source, to, header, next } = table;
  for (const cell of header) {
    if (j >= to || readable(source.content(j)) !== cell) return -1;
    j = next(j + 1);
  }
  return j;
}

/**
 * A row's cell lines `texts` (blank lines read past), with -1 for each blank line among them where
 * those make up the header's width: a cell left empty, copied as an empty line. Else `texts`.
 */
function withEmptyCells(table: VerticalTable, rowLine: number, texts: readonly number[]): readonly number[] {
  const width = table.header.length - table.cols.first;
  if (texts.length === 0 || texts.length >= width) return texts;
  const last = texts[texts.length - 1];
  // One cell a line, or, in a table whose header parts its cells by `stride` lines, one every
  // `stride` lines: the lines between them empty, an empty one where a cell stands an empty cell.
  const stride = last - rowLine === width ? 1 : table.stride > 1 && last - rowLine === width * table.stride ? table.stride : 0;
  if (stride === 0) return texts;
  const out: number[] = [];
  for (let k = rowLine + 1; k <= last; k++) {
    const kind = table.source.lines[k].kind;
    const cell = (k - rowLine) % stride === 0;
    if (kind === 'blank') {
      if (cell) out.push(-1);
    } else if (isAnalysedText(table.source.lines[k]) && cell) out.push(k);
    else return texts; // a page number or markup, or text between cells: the lines do not count cells
  }
  return out;
}

function unnumberedRows(table: VerticalTable, i: number): { rows: Annotation[]; end: number } {
  const { source, to, header, cols, next } = table;
  const rows: Annotation[] = [];
  /** A category row the rows stand under (`一、优化政务服务`, one line), or -1; the rows under each are counted from 1. */
  let category = -1;
  let counted = 0;
  const rowAt = (k: number): number[] | null => {
    const texts: number[] = [];
    while (k < to && texts.length < header.length) {
      if (!fitsColumn(cols, texts.length, readable(source.content(k)))) break;
      texts.push(k);
      k = next(k + 1);
    }
    return texts.length < header.length ? null : texts;
  };
  for (;;) {
    let texts = rowAt(i);
    if (!texts && i < to && isAnalysedText(source.lines[i]) && isCategoryRow(source.content(i).trim(), '\t') && (texts = rowAt(next(i + 1)))) {
      category = i;
      counted = 0;
    }
    if (!texts) break;
    const row = verticalRow(table, texts[0], String(counted + 1), texts, category);
    if (!row) break;
    rows.push(row);
    counted++;
    i = next(texts[texts.length - 1] + 1);
  }
  return { rows, end: i };
}

/**
 * Whether a cell's text can stand in column `c`: units in a units column, a deadline in the
 * deadline's, people (no units, no deadline) in a leaders', anything elsewhere.
 */
function fitsColumn(cols: Pick<VerticalColumns, 'lead' | 'responsible' | 'coop' | 'deadline' | 'leaders'> & { guide?: number }, c: number, text: string): boolean {
  if (c === cols.lead || c === cols.responsible || c === cols.coop || c === cols.guide) return isUnitList(text);
  if (c === cols.deadline) return isDeadlineCell(text);
  if (cols.leaders.includes(c)) return !isUnitList(text) && !isDeadlineCell(text);
  return true;
}

const isUnitList = (text: string): boolean => addList(text, 0, 'coop', [], [], () => false);
const isDeadlineCell = (text: string): boolean => DEADLINE.test(text) || /[0-9]{1,2}月|[0-9]{4}年|长期|持续|每年|每季度|每月/.test(text);

/**
 * One row: `rowLine` is where it starts (its number cell, or its first cell), `index` its path,
 * `cellLines` the lines of its cells after the number cell, if any.
 */
function verticalRow(table: VerticalTable, rowLine: number, index: string, cellLines: readonly number[], category = -1, above: VerticalAbove = ABOVE_UNKNOWN): Annotation | null {
  const { source, header, cols, collectives } = table;
  // Which line fills which column (-1: none).
  const at = new Array<number>(header.length).fill(-1);
  if (cellLines.length === header.length - cols.first) for (let c = cols.first; c < header.length; c++) at[c] = cellLines[c - cols.first];
  else {
    let k = 0;
    for (let c = cols.first; c < header.length && k < cellLines.length; c++) {
      // An empty line (a row with fewer lines than cells): an empty cell in its place.
      if (cellLines[k] < 0) k++;
      else if (fitsColumn(cols, c, readable(source.content(cellLines[k])))) at[c] = cellLines[k++];
    }
  }
  const units: UnitRef[] = [];
  const add = (c: number, role: UnitRole) => {
    if (c >= 0 && at[c] >= 0) cellUnits(source.content(at[c]), at[c], source.lines[at[c]].contentStart, role, collectives, units);
  };
  add(cols.lead, 'lead');
  add(cols.responsible, cols.lead >= 0 ? 'coop' : 'responsible');
  add(cols.coop, 'coop');
  add(cols.guide, 'guide');
  if (cols.lead < 0) firstResponsibleLeads(units);
  const cell = (c: number) => (c >= 0 && at[c] >= 0 ? source.content(at[c]) : '');
  // Its lead cell copied as an empty line (an empty line in its cell's place): merged with the cell
  // above (Word copies a merged cell's text in its first row only), so who leads is said there, only
  // where the row above has a lead cell written or merged so. The table's first row, the first under
  // a category row (whose merged cells no cell spans), or one under a row with no lead has none.
  const emptyLead = cols.lead >= 0 && at[cols.lead] < 0 && cellLines.includes(-1);
  const merged = emptyLead && above.lead;
  // A row whose unit cells are all empty lines and none of them may be merged with one above (the
  // row above has none written): a task without units (GW201 asks for them), where its task cell is written.
  if (!units.length && !(emptyLead && !above.units && cell(cols.task) && unitCellsEmpty(cols, at))) return null;
  const last = cellLines.length ? cellLines[cellLines.length - 1] : rowLine;
  const first = source.lines[rowLine];
  const range: Range = { start: { line: rowLine, character: first.contentStart }, end: { line: last, character: source.lines[last].contentEnd } };
  return {
    range,
    inner: source.content(rowLine),
    innerRange: range,
    form: 12,
    units,
    deadline: deadlineCell(cell(cols.deadline)),
    separators: NONE as never[],
    line: rowLine,
    legend: false,
    defaults: NONE as never[],
    leaders: rowLeaders(cols.leaders, cell),
    // A lead cell merged with the one above: who leads is said there, not missing (GW202 silent).
    row: { index, title: cell(cols.task), ...(merged ? { merged: true as const } : {}), ...(cols.lead >= 0 ? { leadColumn: true as const } : {}), ...(category >= 0 ? { category } : {}) },
  };
}

/**
 * What a vertical table's row above tells of the empty cells of the row below: whether its lead
 * cell, and any of its unit cells, was written (or merged with one written above it). Unknown
 * where rows are not read in turn: as if written (an empty cell may be a merged one).
 */
interface VerticalAbove {
  lead: boolean;
  units: boolean;
}
const ABOVE_UNKNOWN: VerticalAbove = Object.freeze({ lead: true, units: true });
const ABOVE_NONE: VerticalAbove = Object.freeze({ lead: false, units: false });

/** Whether every units column of a row (lead, responsible, co-operating, guiding) is empty. */
function unitCellsEmpty(cols: VerticalColumns, at: readonly number[]): boolean {
  for (const c of [cols.lead, cols.responsible, cols.coop, cols.guide]) if (c >= 0 && at[c] >= 0) return false;
  return true;
}

const TABLE_HEADER_SLOT = new LineSlot<TableHeader | null>('table header');

/** How many cells the header of a table with tab-separated cells on line `l` has; 0 when it is none (cached per line text). */
export function tabHeaderCells(l: Line): number {
  if (!isAnalysedText(l)) return 0;
  const h = lineCached(TABLE_HEADER_SLOT, l, headerOfLine);
  return h !== null && h.sep === '\t' ? h.cells : 0;
}

/** A row's 序号 cell: a bare number (`3`, `3.`, `3、`). */
const ROW_INDEX = /^[0-9０-９]{1,3}[.．、]?$/;

/**
 * Whether a row of `cells` (trimmed texts) belongs to a table of header `h` though it has fewer
 * cells than the header by more than one: its last cells were empty and the copy dropped them (an
 * editor trimming the tabs at the line's end, a Markdown row that stops early), so it holds its
 * 序号 (a bare number, nothing before it) and at least one cell after it. A row parted by spaces
 * is placed by alignedCells instead.
 */
function shortRowKept(cells: ReadonlyArray<{ text: string }>, h: TableHeader): boolean {
  if (h.sep === SPACED || h.index < 0 || cells.length <= h.index + 1 || cells.length >= h.cells) return false;
  for (let k = 0; k < h.index; k++) if (cells[k].text) return false;
  return ROW_INDEX.test(cells[h.index].text) && cells[h.index + 1].text !== '';
}

/**
 * Whether the one-line row `text` goes on the tab-separated table headed on `header` (structure.ts
 * reads where such a table ends as the annotations' scan does): as many cells as the header, or one
 * more or fewer, or fewer with its trailing empty cells dropped (shortRowKept).
 */
export function tabRowFits(header: Line, text: string): boolean {
  const h = lineCached(TABLE_HEADER_SLOT, header, headerOfLine);
  if (h === null) return false;
  const cells = splitCells(text, h.sep);
  return Math.abs(cells.length - h.cells) <= 1 || shortRowKept(cells, h);
}

/** A row may run over this many lines after its first (cells holding several paragraphs), at most. */
const MAX_ROW_LINES = 12;

function tabsIn(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\t'); i >= 0; i = text.indexOf('\t', i + 1)) n++;
  return n;
}

/** A line that starts a row of its own: a bare number, then a tab (`3\t…`). */
const ROW_NUMBER_START = /^[\s\u3000]*[0-9]{1,3}[.．、]?\t/;

/**
 * The last line of the row of a tab-separated table of `cells` columns that starts on line `i`:
 * `i` itself, or, where a cell holds several paragraphs (a Word table pasted: `1\t健全制度\t1．落实…`,
 * `2．配齐…`, `3．建立…\t省教育厅\t…`; Excel quotes such a cell), the line whose tabs make up the
 * row's cells. Only where they do exactly (or but for one empty last cell), on text lines that
 * start no row of their own: a short row, the table's last, followed by a paragraph, stays one line.
 * A cell Excel quotes goes on to its closing quote, wherever it stands in the row (its last cell
 * `…\t"区卫生健康局、` then `各街道办事处"\t2024年12月底前`).
 */
export function tabRowEnd(source: SourceText, i: number, cells: number): number {
  const lines = source.lines;
  const text = lines[i].text;
  let tabs = tabsIn(text);
  let quoted = tabs > 0 && opensQuote(text.slice(text.lastIndexOf('\t') + 1));
  if (tabs === 0 || (tabs >= cells - 2 && !quoted)) return i;
  let loose = i;
  for (let j = i + 1; j < lines.length && j <= i + MAX_ROW_LINES; j++) {
    const l = lines[j];
    if (!isAnalysedText(l)) break;
    const more = tabsIn(l.text);
    if (quoted) {
      // Inside a quoted cell: its text goes on to the piece that closes it.
      if (!closesQuote(more ? l.text.slice(0, l.text.indexOf('\t')) : l.text)) {
        if (more) break;
        continue;
      }
      quoted = false;
    } else if (more === 0) continue;
    else if (ROW_NUMBER_START.test(l.text)) break;
    if (more) {
      tabs += more;
      quoted = opensQuote(l.text.slice(l.text.lastIndexOf('\t') + 1));
      if (quoted) continue;
    }
    if (tabs === cells - 1) return j;
    if (tabs > cells - 1) break;
    if (tabs === cells - 2) loose = j;
  }
  return loose;
}

/** Whether a row's last cell `piece` opens a quote that its line does not close (Excel: `"…` over lines, `""` for a quote). */
function opensQuote(piece: string): boolean {
  const t = piece.trim();
  return t.startsWith('"') && !closesQuote(t.slice(1));
}

/** Whether a piece of a quoted cell closes it: it ends with a quote not doubled (`…"`, `…"""`, not `…""`). */
function closesQuote(piece: string): boolean {
  const t = piece.trimEnd();
  let n = 0;
  while (n < t.length && t.charCodeAt(t.length - 1 - n) === 0x22) n++;
  return n % 2 === 1;
}

function headerOfLine(own: string, l: Line): TableHeader | null {
  const sep = CELL_SEP.exec(own);
  if (sep) return tableHeader(rowText(own, l, sep[0]), sep[0]);
  // `序号 重点任务 牵头单位 完成时限`, as a table is copied from a PDF: every cell a column's name.
  const content = own.slice(l.contentStart, l.contentEnd);
  if (!SPACE_RUN.test(content) || !HEADER_CELL.test(readable(content.slice(0, content.search(SPACE_RUN))))) return null;
  const cells = splitCells(content, SPACED);
  return cells.every((c) => HEADER_CELL.test(readable(c.text))) ? tableHeader(content, SPACED) : null;
}

/** The separator of a table whose cells are separated by spaces (any run of ASCII or ideographic ones). */
const SPACED = ' ';
const SPACE_RUN = /[ \u3000]+/;

/**
 * The text of a table row: its content, or with tabs the whole line, whose leading and trailing
 * tabs are empty cells (a cell merged over rows leaves its lower rows' cells empty).
 */
function rowText(own: string, l: Line, sep: string): string {
  return sep === '\t' ? own : own.slice(l.contentStart, l.contentEnd);
}

function splitCells(content: string, sep: string): Array<{ text: string; start: number }> {
  const cells: Array<{ text: string; start: number }> = [];
  if (sep === SPACED) {
    for (const m of content.matchAll(/[^ \u3000]+/g)) cells.push({ text: m[0], start: m.index! });
    return cells;
  }
  let start = 0;
  for (const part of content.split(sep)) {
    const lead = /^[\s\u3000]*/.exec(part)![0].length;
    cells.push({ text: part.trim(), start: start + lead });
    start += part.length + sep.length;
  }
  return cells;
}

function tableHeader(content: string, sep: string): TableHeader | null {
  // Read in simplified script; only the columns' places are kept.
  const plain = readable(content);
  if (!/(?:牵头|责任|主责|主办)(?:单位|部门|处室|科室)/.test(plain)) return null;
  const cells = splitCells(plain, sep).map((c) => c.text);
  if (cells.length < 3) return null;
  // A column of people (牵头领导, 责任人) is no column of units, whatever its name starts with.
  const col = (re: RegExp) => cells.findIndex((c) => re.test(c) && !PERSON_CELL.test(c));
  return {
    sep,
    cells: cells.length,
    names: cells,
    leaders: leaderColumns(cells),
    index: col(/^序号$|^编号$/),
    tasks: cells.flatMap((c, i) => (TASK_CELL.test(c) && !PERSON_CELL.test(c) && !/单位|部门|时限|时间/.test(c) ? [i] : [])),
    lead: col(LEAD_COLUMN),
    coop: col(COOP_COLUMN),
    responsible: col(/责任(?:单位|部门|处室|科室)/),
    deadline: col(DEADLINE_COLUMN),
  };
}

/**
 * A header's second row, naming the columns that a cell of the first spans (`责任单位` over
 * `牵头单位 | 配合单位`, its other cells empty: merged cells as Word and Markdown copy them):
 * the header with those names in their columns; null when `sub` is no such row.
 */
function withSubHeader(top: TableHeader, sub: TableHeader): TableHeader | null {
  if (sub.sep !== top.sep || top.sep === SPACED || sub.cells > top.cells || sub.index >= 0 || sub.tasks.length) return null;
  if (!sub.names.some((c) => !c) || !sub.names.every((c) => !c || HEADER_CELL.test(c))) return null;
  return tableHeader(top.names.map((c, k) => sub.names[k] || c).join(top.sep), top.sep);
}

/** The units of a table cell `text` that starts at `offset` on `line`, added to `out`; none when it is not a list of units. */
function cellUnits(text: string, line: number, offset: number, role: UnitRole, collectives: readonly string[], out: UnitRef[]): void {
  const parsed: ParsedUnits['units'] = [];
  if (!cellList(text, role, parsed)) return;
  for (const u of parsed) out.push({ name: u.name, role: u.role, range: rangeOn(line, offset + u.start, u.end - u.start), collective: isCollective(u.name, collectives) });
}

/**
 * The units of a table cell, added to `parsed` in its column's `role`: a list (`A、B`), or one
 * followed by the verb that says they do the task (`A、B按职责分工负责`, `A、B分别负责`); units
 * said to answer each for its own share (分别) in a 责任单位 column without a 牵头 column each
 * lead. False (nothing added) when the cell is neither.
 */
function cellList(text: string, role: UnitRole, parsed: ParsedUnits['units']): boolean {
  if (addList(text, 0, role, parsed, [], () => false)) return true;
  parsed.length = 0;
  const plain = readable(text).replace(CELL_END, '');
  const said = verbRole(plain);
  // A 责任单位 cell that says who leads and who co-operates (`A牵头，B、C配合`), as a bracket would.
  if (role === 'responsible' && (!said || said.role === 'coop')) return cellAnnotation(text.slice(0, plain.length), parsed);
  if (!said || said.role === 'coop' || said.role === 'guide' || said.verb >= plain.length) return false;
  if (!addList(text.slice(0, plain.length - said.verb), 0, role, parsed, [], () => false)) {
    parsed.length = 0;
    return false;
  }
  if (role === 'responsible' && plain.lastIndexOf('分别', plain.length - 2) >= plain.length - said.verb) for (const u of parsed) u.role = 'lead';
  return true;
}

/**
 * The units of a 责任单位 cell written as an annotation's clauses (`A牵头，B、C配合`, `A牵头，B参与`):
 * a lead said by its verb, the others in their roles; false (nothing added) for anything else.
 */
function cellAnnotation(text: string, parsed: ParsedUnits['units']): boolean {
  const read = parseUnits(text);
  if (!read || read.form !== 3 || read.leaders.length || read.defaults.length || read.deadline !== null) return false;
  if (!read.units.some((u) => u.role === 'lead')) return false;
  for (const u of read.units) parsed.push(u);
  return true;
}

/** What may end a cell after its units' verb (`分别负责。`). */
const CELL_END = /[。；;\s\u3000]+$/;

/**
 * Without a 牵头 column, the first unit of the 责任单位 column leads and the others co-operate; or,
 * where the cell says which leads (`市商务局、市市场监管局（牵头）`), that one.
 */
function firstResponsibleLeads(units: UnitRef[]): void {
  const first = units.find((u) => u.role === 'lead') ?? units.find((u) => u.role === 'responsible');
  for (const u of units) if (u.role === 'responsible') u.role = u === first ? 'lead' : 'coop';
}

/**
 * A deadline's column: named by its time (完成时限, 时间节点, 办结期限, 完成日期, 进度安排), not by
 * a month or 完成 inside another column's name (`1—10月完成投资（万元）`, `完成率`).
 */
const DEADLINE_COLUMN = /时限|时间|期限|日期|节点|进度(?:安排|要求)|^(?:计划|要求)?完成$/;

/** A deadline cell's text; null when empty or a bare number, amount or rate (`12800`, `0`, `85.0%`), no time. */
function deadlineCell(text: string): string | null {
  if (!text || (/^[0-9０-９]+(?:[.．][0-9０-９]+)?[%％]?$/.test(text) && !/^(?:19|20)[0-9]{2}$/.test(text))) return null;
  return text;
}

/** A task's column; in a 考核细则 the item scored (`考核项目`, `考核指标`, `评价指标`). */
const TASK_CELL = /任务|工作内容|事项|内容|措施|举措|名称|条款|^(?:重点|主要)工作$|^(?:民生)?(?:实事)?项目$|^(?:考核|评价|评估|检查|督查)(?:项目|指标)$/;
/** Columns of the lead units and of the co-operating units, by their names (both kinds of table). */
const LEAD_COLUMN = /牵头|主办|主责/;
const COOP_COLUMN = /配合|会办|协办|协助|协同|参与/;

/**
 * The cells of a row that has fewer than its header, each in the first column after the previous
 * cell's that it fits (fitsColumn; a 序号 a number, a task cell no list of units nor a deadline),
 * the others empty; null when a cell fits no column left.
 */
function alignedCells(cells: Array<{ text: string; start: number }>, h: TableHeader): Array<{ text: string; start: number }> | null {
  const out: Array<{ text: string; start: number }> = [];
  let c = 0;
  for (const cell of cells) {
    const fits = (k: number) =>
      k === h.index ? /^[0-9０-９]{1,3}[.、．]?$/.test(cell.text) : h.tasks.includes(k) ? !isUnitList(cell.text) && !isDeadlineCell(cell.text) : fitsColumn(h, k, cell.text);
    while (c < h.cells && !fits(c)) out[c++] = { text: '', start: cell.start };
    if (c === h.cells) return null;
    out[c++] = cell;
  }
  while (c < h.cells) out[c++] = { text: '', start: 0 };
  return out;
}

/** What a row hands to the row below it: its 序号 and task cells, for a row whose merged cells are empty. */
interface RowAbove {
  index: string;
  /** Whether `index` is its 序号 cell's (not its line's number, for a row with none). */
  written: boolean;
  tasks: string[];
}

/**
 * A row of table `h` on line `l`: its annotation (null when it names no units) and what it hands
 * to the row below; null when the line is no row of the table (the table ends there). A row
 * whose 序号 cell is empty continues the row above (`1 | 优化营商环境 | 推进一网通办 | …` then
 * ` |  | 深化证照分离改革 | …`): it takes the 序号 and the task cells that it leaves empty.
 */
function tableRow(
  source: SourceText,
  i: number,
  last: number,
  h: TableHeader,
  collectives: readonly string[],
  above: RowAbove | null,
  category: number,
  spaced?: RowPiece[],
): { row: Annotation | null; above: RowAbove } | null {
  const l = source.lines[i];
  const text = rowText(l.text, l, h.sep);
  if (h.sep === SPACED ? !SPACE_RUN.test(text) : !text.includes(h.sep)) return null;
  const offset = h.sep === '\t' ? 0 : l.contentStart;
  const line = l.index;
  // A row over several lines: its cells' pieces, where a cell holds more than one (tabRowEnd).
  const pieces = spaced ?? (last > i ? rowPieces(source, i, last) : null);
  let cells = pieces ? pieces.map((p) => ({ text: p.text, start: p.parts[0]?.start ?? 0 })) : splitCells(text, h.sep);
  if (h.sep === SPACED && !spaced) {
    // Cells separated by spaces leave no trace of an empty one: each is put in the first column
    // after the one before it that it fits.
    const aligned = cells.length === h.cells ? cells : cells.length < h.cells ? alignedCells(cells, h) : null;
    if (!aligned) return null;
    cells = aligned;
  } else if (Math.abs(cells.length - h.cells) > 1 && !shortRowKept(cells, h)) return null;
  const cell = (i: number) => (i >= 0 && cells[i] ? cells[i].text : '');
  // `| 一、 | 强化风险防控 |  |  |  |`: a category row that keeps the table's separators and its
  // empty cells (a Markdown table writes them all) is no task without units: the caller reads it
  // as the category of the rows below.
  if (h.index >= 0 && CATEGORY_INDEX.test(cell(h.index)) && categoryCellsOnly(cells, h)) return null;
  const continues = above !== null && h.index >= 0 && !cell(h.index);
  const here: RowAbove = {
    index: continues ? above.index : cell(h.index) || String(line + 1),
    written: continues ? above.written : cell(h.index) !== '',
    tasks: h.tasks.map((c, k) => cell(c) || (continues ? above.tasks[k] : '')),
  };
  const units: UnitRef[] = [];
  const add = (col: number, role: UnitRole) => {
    if (col < 0 || !cells[col] || !cells[col].text) return;
    if (spaced) wrappedCellUnits(spaced[col], role, collectives, units);
    else if (pieces) for (const p of pieces[col].parts) cellUnits(p.text, p.line, p.start, role, collectives, units);
    else cellUnits(cells[col].text, line, offset + cells[col].start, role, collectives, units);
  };
  add(h.lead, 'lead');
  add(h.responsible, h.lead >= 0 ? 'coop' : 'responsible');
  add(h.coop, 'coop');
  if (h.lead < 0) firstResponsibleLeads(units);
  // A row of its own (its 序号 written) whose unit cells are blank is still a task: the ledger
  // lists it, GW201 asks for its units. Not a row that goes on from the one above, nor one of a
  // table parted by spaces, whose empty cells cannot be told apart.
  // Its narrowest task cell must be written: a row with only its broadest (`2  扩大有效投资`)
  // heads the rows below it.
  if (!units.length && (continues || h.sep === SPACED || h.index < 0 || !cell(h.index) || !h.tasks.length || !cell(h.tasks[h.tasks.length - 1]) || cell(h.lead) || cell(h.responsible) || cell(h.coop))) return { row: null, above: here };
  const end = source.lines[last];
  const range: Range = { start: { line, character: l.contentStart }, end: { line: last, character: end.contentEnd } };
  const row: Annotation = {
    range,
    inner: last > i ? rowLinesText(source, i, last) : l.text.slice(l.contentStart, l.contentEnd),
    innerRange: { start: { ...range.start }, end: { ...range.end } },
    form: 12,
    units,
    deadline: deadlineCell(cell(h.deadline)),
    separators: NONE as never[],
    line,
    legend: false,
    defaults: NONE as never[],
    leaders: rowLeaders(h.leaders, cell),
    // The task cells, broadest first: `优化营商环境：深化证照分离改革`.
    row: { index: here.index, title: here.tasks.filter((t) => t).join('：'), ...(h.sep === SPACED ? { spaced: true as const } : {}), ...(continues ? { continued: true as const } : {}), ...(h.lead >= 0 ? { leadColumn: true as const } : {}), ...(category >= 0 && here.written ? { category } : {}) },
  };
  return { row, above: here };
}

/** A row of a table parted by spaces may wrap onto this many lines after its first, at most. */
const MAX_SPACED_ROW_LINES = 6;
/** How far (in characters or columns) a wrapped cell's piece may stand left of its column, or run past it. */
const SPACED_SLACK = 2;

/**
 * A row of a table parted by spaces whose long cells wrap (a PDF copied as text, its columns
 * kept by spaces): `1     推行企业开办“一网通办”，实现企业      市市场监管局      市政务服务中心、`
 * then `      开办全程网上办理                                        市税务局`. The lines after
 * the numbered row line that start indented (its 序号 cell empty) and whose every piece stands in
 * a column the row line fills — by characters or by display width (a CJK character two columns),
 * whichever the copy kept — and fits in it go on with those cells. The row's cells (in the
 * header's columns), joined with nothing between the pieces (a wrap inside a word or a name);
 * null when no line goes on with it.
 */
function spacedRow(source: SourceText, i: number, h: TableHeader, headerLine: number): { last: number; pieces: RowPiece[] } | null {
  if (h.index !== 0 || headerLine < 0) return null;
  const l = source.lines[i];
  const cells = splitCells(l.text.slice(l.contentStart, l.contentEnd), SPACED);
  if (!cells.length || !/^[0-9０-９]{1,3}[.、．]?$/.test(cells[0].text)) return null;
  const aligned = cells.length === h.cells ? cells : cells.length < h.cells ? alignedCells(cells, h) : null;
  if (!aligned) return null;
  // Where each column starts, by characters and by display width: where the row line fills it,
  // else where the header names it (a cell centred over the row's lines may stand on the next).
  const hl = source.lines[headerLine];
  const named = splitCells(hl.text.slice(hl.contentStart, hl.contentEnd), SPACED);
  if (named.length !== h.cells) return null;
  const measure = displayColumns(l.text);
  const headerMeasure = displayColumns(hl.text);
  const columns: Array<{ col: number; at: [number, number] }> = aligned.map((c, col) => {
    const k = c.text ? l.contentStart + c.start : hl.contentStart + named[col].start;
    return { col, at: [k, (c.text ? measure : headerMeasure)[k]] };
  });
  for (let k = 1; k < columns.length; k++) if (columns[k].at[0] <= columns[k - 1].at[0] || columns[k].at[1] <= columns[k - 1].at[1]) return null;
  // A piece may go on with a cell that the wrap left unfinished: a task's text, a list of units
  // ending in 、 or in a name cut short, a deadline with its tail (`2025年12月` then `底前`); or fill
  // a cell the row line leaves empty. A line with a whole unit where the row line has a whole list is
  // the next row, its 序号 merged with this one's.
  const goesOn = (col: number, piece: string): boolean => {
    const above = aligned[col].text;
    if (!above || h.tasks.includes(col)) return true;
    if (col === h.lead || col === h.responsible || col === h.coop) return /[、，,]$/.test(above) || !isUnitList(readable(above));
    if (col === h.deadline) return !isDeadlineCell(piece);
    return true;
  };
  const pieces: RowPiece[] = aligned.map((c) => ({ text: c.text, parts: c.text ? [{ text: c.text, line: i, start: l.contentStart + c.start }] : [] }));
  let last = i;
  for (let j = i + 1; j < source.lines.length && j <= i + MAX_SPACED_ROW_LINES; j++) {
    const m = source.lines[j];
    if (!isAnalysedText(m) || m.contentStart === 0 || !/^[ \u3000]+$/.test(m.text.slice(0, m.contentStart))) break;
    const content = m.text.slice(m.contentStart, m.contentEnd);
    if (matchMarker(content) !== null) break;
    const placed = placedPieces(m.text, m.contentStart, splitCells(content, SPACED), columns, h.index);
    if (!placed || !placed.every((p) => goesOn(p.col, p.part.text))) break;
    for (const { col, part } of placed) {
      pieces[col].text += part.text;
      pieces[col].parts.push({ ...part, line: j });
    }
    last = j;
  }
  return last > i ? { last, pieces } : null;
}

/**
 * The columns that the pieces of a wrapped row's line stand in, by characters or else by display
 * width: each in the last column starting at or before it, never the 序号 column, and ending
 * before the next column starts; null when they do so by neither measure.
 */
function placedPieces(
  text: string,
  offset: number,
  cells: Array<{ text: string; start: number }>,
  columns: ReadonlyArray<{ col: number; at: [number, number] }>,
  index: number,
): Array<{ col: number; part: { text: string; line: number; start: number } }> | null {
  const measure = displayColumns(text);
  let best: Array<{ col: number; part: { text: string; line: number; start: number } }> | null = null;
  let bestOff = Infinity;
  for (const by of [0, 1] as const) {
    const at = (k: number) => (by === 0 ? k : measure[k]);
    const out: Array<{ col: number; part: { text: string; line: number; start: number } }> = [];
    // How far the pieces stand from their columns' starts, in all: the measure the copy kept puts them nearest.
    let off = 0;
    for (const c of cells) {
      const start = at(offset + c.start);
      const end = at(offset + c.start + c.text.length);
      let k = columns.length - 1;
      while (k >= 0 && columns[k].at[by] > start + SPACED_SLACK) k--;
      if (k < 0 || columns[k].col === index || (k + 1 < columns.length && end > columns[k + 1].at[by] + SPACED_SLACK)) break;
      off += Math.abs(start - columns[k].at[by]);
      out.push({ col: columns[k].col, part: { text: c.text, line: 0, start: offset + c.start } });
    }
    if (out.length === cells.length && off < bestOff) {
      best = out;
      bestOff = off;
    }
  }
  return best;
}

/** Where each character of `text` starts in display columns (CJK and full-width forms two wide); one entry past the end. */
function displayColumns(text: string): number[] {
  const out = new Array<number>(text.length + 1);
  let x = 0;
  for (let k = 0; k < text.length; k++) {
    out[k] = x;
    const c = text.charCodeAt(k);
    x += c >= 0x2e80 && !(c >= 0xff61 && c <= 0xffdc) && !(c >= 0xdc00 && c <= 0xdfff) ? 2 : c >= 0xdc00 && c <= 0xdfff ? 0 : 1;
  }
  out[text.length] = x;
  return out;
}

/** The units of a cell wrapped over lines (spacedRow), read from its joined text: a name broken by the wrap is one name, its range running over the break. */
function wrappedCellUnits(cell: RowPiece, role: UnitRole, collectives: readonly string[], out: UnitRef[]): void {
  if (cell.parts.length === 1) return cellUnits(cell.text, cell.parts[0].line, cell.parts[0].start, role, collectives, out);
  const parsed: ParsedUnits['units'] = [];
  if (!cell.text || !cellList(cell.text, role, parsed)) return;
  // An offset into the joined text as a position, in the part that holds it (an end at a part's end stays on its line).
  const at = (k: number, isEnd: boolean): Range['start'] => {
    let from = 0;
    for (const p of cell.parts) {
      if (k < from + p.text.length || (isEnd && k === from + p.text.length)) return { line: p.line, character: p.start + k - from };
      from += p.text.length;
    }
    const p = cell.parts[cell.parts.length - 1];
    return { line: p.line, character: p.start + p.text.length };
  };
  for (const u of parsed) out.push({ name: u.name, role: u.role, range: { start: at(u.start, false), end: at(u.end, true) }, collective: isCollective(u.name, collectives) });
}

/** A cell of a row over several lines: its text, and the pieces it is written in (where each starts, on which line). */
interface RowPiece {
  text: string;
  parts: Array<{ text: string; line: number; start: number }>;
}

/**
 * The cells of a tab-separated row written over lines `from` to `last`: a line break inside a cell
 * leaves its paragraphs on the lines that follow, the first piece of each line going on with the
 * cell above. The paragraphs of a cell are joined by a space (or nothing after punctuation); Excel's
 * quotes around such a cell (`"…` … `…"`) are no part of it.
 */
function rowPieces(source: SourceText, from: number, last: number): RowPiece[] {
  const cells: RowPiece[] = [];
  for (let k = from; k <= last; k++) {
    const text = source.lines[k].text;
    let start = 0;
    text.split('\t').forEach((raw, n) => {
      const lead = /^[\s\u3000]*/.exec(raw)![0].length;
      const part = { text: raw.trim(), line: k, start: start + lead };
      start += raw.length + 1;
      if (n === 0 && k > from) {
        const cell = cells[cells.length - 1];
        if (part.text) {
          if (cell.text && !/[，、；。：,;:]$/.test(cell.text)) cell.text += ' ';
          cell.text += part.text;
          cell.parts.push(part);
        }
      } else cells.push({ text: part.text, parts: [part] });
    });
  }
  for (const cell of cells) {
    const parts = cell.parts;
    const first = parts[0];
    const end = parts[parts.length - 1];
    if (parts.length < 2 || !first.text.startsWith('"') || !end.text.endsWith('"')) continue;
    // Excel's quotes: off the cell, and off its first and last pieces (a unit's range starts after them).
    cell.text = cell.text.slice(1, -1).replace(/""/g, '"');
    parts[0] = { ...first, text: first.text.slice(1), start: first.start + 1 };
    parts[parts.length - 1] = { ...parts[parts.length - 1], text: parts[parts.length - 1].text.slice(0, -1) };
  }
  return cells;
}

/** The contents of lines `from` to `last`, one a line. */
function rowLinesText(source: SourceText, from: number, last: number): string {
  const out: string[] = [];
  for (let k = from; k <= last; k++) out.push(source.content(k));
  return out.join('\n');
}

/**
 * Whether two neighbouring units belong to one list, where `、` separates them: same role, or a
 * plain list whose first unit leads by convention (`（A，B）`); never across a collective
 * (`A、B，各省级人民政府负责` groups two kinds of units).
 */
export function sameGroup(a: Annotation, p: UnitRef, q: UnitRef): boolean {
  if (p.collective || q.collective || p.range.end.line !== q.range.start.line) return false;
  return p.role === q.role || (p.role === 'lead' && q.role === 'coop' && !/[牵参配指]/.test(a.inner));
}

/**
 * Whether units i-1 and i of `a`, parted by one comma, are one list that a slip parted: the units up
 * to i-1 are a bare list of two or more from the bracket's start (no label, no verb: each parted from
 * the next by one mark), and unit i opens the group that says what they all do, 指导 (`生态环境部、农业农村部，
 * 财政部指导`). A bare list before `，B配合` (`A，B配合`: A leads) is no slip, nor `A，B指导` (who leads?).
 */
export function commaInList(a: Annotation, i: number): boolean {
  const q = a.units[i];
  if (i < 2 || q.role !== 'guide' || q.collective) return false;
  const first = a.units[0].range;
  if (first.start.line !== a.innerRange.start.line || first.start.character !== a.innerRange.start.character) return false;
  for (let k = 0; k < i; k++) {
    const u = a.units[k];
    if (u.role === 'guide' || u.collective || u.range.end.line !== q.range.start.line) return false;
    const next = a.units[k + 1].range;
    if (next.start.line !== u.range.end.line || next.start.character !== u.range.end.character + 1) return false;
  }
  return true;
}

/** Balanced top-level `（…）`/`(…)`/`【…】` spans within [from, to); unbalanced brackets are skipped. */
function bracketSpans(text: string, from: number, to: number): Array<{ open: number; close: number }> {
  const spans: Array<{ open: number; close: number }> = [];
  let depth = 0;
  let open = -1;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xff08 || c === 0x28 || c === 0x3010 || c === 0x3014) {
      // （ ( 【 open an annotation (`【牵头单位：…】` in some plans); 〔 only nests inside names
      if (depth === 0 && c !== 0x3014) open = i;
      depth++;
    } else if (c === 0xff09 || c === 0x29 || c === 0x3011 || c === 0x3015) {
      if (depth === 0) continue;
      depth--;
      if (depth === 0 && open >= 0) {
        spans.push({ open, close: i });
        open = -1;
      }
    }
  }
  return spans;
}
