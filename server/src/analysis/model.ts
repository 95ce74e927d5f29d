/**
 * The document model: what a 公文 *is* once parsed. Built by `parse()` (parse.ts) from a
 * SourceText; every rule, the outline, the ledger and the editor features read only this.
 *
 * Stages (one file each): frame.ts (版头…印发), headings.ts (markers and the heading tree, document
 * parts), enumerations.ts (一是/二是…), annotations.ts (responsible units) and tasks.ts.
 */
import { SourceText } from './source';
import { Range } from './types';

/* ---------------------------------------------------------------- markers and headings */

/**
 * Marker families. `nominalLevel` (GB/T 9704 7.3.3): cn=1 `一、`, parenCn=2 `（一）`, arabic=3 `1.`,
 * parenArabic=4 `（1）`, circled=5 `①`. Regulations use chapter/section/article; `division` is a long
 * plan's, 要点's or speech's `第一部分` (`第一篇`, `第一编`), above chapters and `一、`; `enclosed` is `㈠`
 * (items inside an article); `decimal` is `1.1`/`1.1.1`, which 公文 does not use; `padded` is a
 * web article's section number (`01`, `01｜加强组织领导`, `/ 01 /`), above every other level;
 * `question` is a 问答's question (`问题一：……？`, `问2：……？`, `问：……？`, value 0 unnumbered).
 */
export type MarkerKind =
  | 'cn'
  | 'parenCn'
  | 'arabic'
  | 'parenArabic'
  | 'circled'
  | 'enclosed'
  | 'division'
  | 'chapter'
  | 'section'
  | 'article'
  | 'decimal'
  | 'padded'
  | 'question'
  | 'phase';

export interface Marker {
  kind: MarkerKind;
  /** Ordinal value, 1-based (`（十五）` → 15; for decimal the last component). */
  value: number;
  /** The numeral as written: `十五`, `12`, `①`. */
  numeral: string;
  /** The marker exactly as written, brackets and trailing punctuation included: `(一)、`. */
  text: string;
  /** Range of `text`. */
  range: Range;
  /** Punctuation written after the numeral or closing bracket (`、` `.` `．` `，` `：` or ''). */
  punct: string;
  /** True when the brackets are half-width `()`. */
  halfWidth: boolean;
  /** The canonical spelling of this marker with the same value (`（一）`, `1.`, `一、`, `第三条`). */
  canonical: string;
}

export interface Heading {
  marker: Marker;
  line: number;
  /** Depth in the heading tree of its part (1 = top). */
  depth: number;
  /** Heading text after the marker: for a run-in heading the first sentence (up to `。`), else the rest of the line. */
  title: string;
  readonly titleRange: Range;
  /** Where the title starts on the heading's line: `titleRange.start.character`, without making the range. */
  readonly titleColumn: number;
  /** How many spaces (ASCII, ideographic, no-break) stand right after the marker: `(一) 树立` 1, `（一）树立` 0. */
  readonly markerGap: number;
  /** True when the heading sentence is followed by body text on the same line (`（一）加强领导。各单位要……`). */
  runIn: boolean;
  /** The punctuation ending the heading sentence ('。', '；', '：', '' …). */
  endPunct: string;
  /** From the marker to the end of the heading's block (the line before the next heading at the same or a higher level). */
  readonly blockRange: Range;
  /** Last line of the block (inclusive). */
  endLine: number;
  parent: Heading | null;
  children: Heading[];
  /** Index in `doc.parts`. */
  part: number;
  /**
   * A `1` under a parent that has children already, after a text line ending in `：` that
   * introduces it (`有下列情形之一的，不得申报：`): a second list of its own (sequences.ts).
   */
  listStart: boolean;
}

/** A cover 通知 and the plan it issues are separate parts; numbering restarts at the plan's title. */
export interface Part {
  kind: 'cover' | 'body';
  /** The part's own title (the plan's title lines), when found. */
  title: string | null;
  titleRange: Range | null;
  /**
   * The title a Markdown or web copy gives its text where the frame reads none (a news headline
   * names no genre): the `# …` heading that opens the text (a repeat of it right below is the same
   * title), else the front matter's `title:`. First part only. The outline shows it as the part's
   * title; no rule reads it, so the text is checked as an untitled one.
   */
  pageTitle?: string;
  pageTitleRange?: Range;
  startLine: number;
  endLine: number;
  /** Root headings of this part. */
  headings: Heading[];
}

/* ---------------------------------------------------------------- frame */

export type FrameKind =
  | 'banner' // 版头: ……文件
  | 'docNumber' // 发文字号: X发〔2024〕3号
  | 'serial' // a 纪要's, 简报's or 令's number in its stead: 第12期, 〔2024〕第15次, 第3号
  | 'title' // 标题 (may wrap over two or three lines)
  | 'recipients' // 主送机关, line ending in ：
  | 'salutation' // 讲话稿: 同志们：
  | 'attachments' // 附件说明: 附件：1. ……
  | 'signature' // 落款
  | 'date' // 成文日期
  | 'note' // 附注: （此件公开发布）
  | 'attendees' // a 纪要's 出席：, 列席：, 请假：, 记录：
  | 'cc' // 抄送
  | 'printed'; // 印发 line: ……办公室  2024年3月5日印发

export interface FrameField {
  kind: FrameKind;
  /** First and last line (titles may wrap). */
  line: number;
  endLine: number;
  range: Range;
  /** Its lines' content: a wrapped title's run together, an 附件说明's items joined by a space. */
  text: string;
  /** Which part it belongs to. */
  part: number;
}

export interface DateValue {
  year: number;
  month: number;
  day: number;
  /** True when written in Chinese numerals (二〇一四年九月二十八日). */
  chinese: boolean;
  /** True when written as figures only or with 号 (`2025.4.18`, `2025-04-18`, `2025年4月18号`). */
  informal?: boolean;
}

export interface Frame {
  fields: FrameField[];
  /** The document's own date (成文日期 of the first part that has one), used by date-dependent rules. */
  date: DateValue | null;
}

/* ---------------------------------------------------------------- inline enumerations */

/** `shi` 一是/二是, `yao` 一要/二要, `di` 第一，/第二，, `order` 首先/其次/最后. */
/** `一是`, `一要`, `第一，`, `首先，`, and numbers inside a paragraph: `（1）` and `①` after a clause's end. */
export type EnumerationKind = 'shi' | 'yao' | 'di' | 'qi' | 'order' | 'paren' | 'circled';

export interface EnumerationItem {
  /** 1-based ordinal (首先=1, 其次=2, 再次=3, 最后=last). */
  ordinal: number;
  /** The ordinal word as written: `三是`, `第二`, `其次`. */
  text: string;
  range: Range;
  /** Punctuation right after it (`，` `、` `：` or ''). */
  punct: string;
}

export interface Enumeration {
  kind: EnumerationKind;
  items: EnumerationItem[];
  /** Line range the series spans. */
  startLine: number;
  endLine: number;
}

/* ---------------------------------------------------------------- responsible units */

/** lead = 牵头; coop = 配合/参与/协办; guide = 指导; responsible = listed without a stated role. */
export type UnitRole = 'lead' | 'coop' | 'guide' | 'responsible';

export interface UnitRef {
  name: string;
  role: UnitRole;
  range: Range;
  /** True for collectives (各有关部门, 各单位, 各区县政府 …). */
  collective: boolean;
}

export interface Annotation {
  /** Whole annotation including its brackets (or the label lines). */
  range: Range;
  /** The text inside the brackets. */
  inner: string;
  innerRange: Range;
  /** Which of the 13 forms in shared/spec/annotation-formats.md. */
  form: number;
  units: UnitRef[];
  /** `2025年底前完成` etc., as written. */
  deadline: string | null;
  /** Separators used between units (`、` `，` `,` `；`). */
  separators: string[];
  line: number;
  /** It states the document's legend (`排在第一位的为牵头部门，下同`). */
  legend: boolean;
  /** Units it declares for every later task (`以下均需X落实，不再列出`). */
  defaults: string[];
  /** People it names beside the units (`牵头领导：张副市长`, a 责任领导 column), as written. */
  leaders: string[];
  /**
   * For a flattened table row (form 12): its index cell and task cell; `spaced` when its cells are
   * separated by spaces (a table copied from a PDF), so that a space between two units parts cells;
   * `continued` when its index cell is empty and it goes on from the row above (merged cells);
   * `merged` when its lead cell is an empty line of a table with one cell a line (most often a
   * cell merged with the one above: who leads is said in the row above); `leadColumn` when its
   * table has a 牵头单位 column (a unit in it is said to lead); `category` the line of the category
   * row it stands under (`一、优化政务服务`, its cells merged, the rows under it numbered from 1), when
   * its index cell is written (or goes on from a row whose is).
   */
  row?: { index: string; title: string; spaced?: true; continued?: true; merged?: true; leadColumn?: true; category?: number };
  /** Its bracket is left open at its line's end (a new item or paragraph follows): `range` ends there. */
  unclosed?: true;
  /**
   * Said in a numbered item's own sentence, no bracket nor label (`（一）原则同意……，由A牵头，B、C配合，
   * 于6月底前……`, as a 纪要's 议定事项 assign work): `start` when the assignment opens the item's
   * sentence, `inside` when it stands later in it or names the units as the sentence's subject
   * (`（二）市住建局要会同市财政局，于……`, `市城管局负责……`): kept only in a list of decisions (parse.ts);
   * `end` when it is the item's whole last sentence, in place of a bracket (`（一）……。由A负责，B配合。`,
   * `此项工作由A会同B负责。`): kept wherever the item stands, as `start` is.
   */
  prose?: 'start' | 'inside' | 'end';
}

export interface Task {
  /** The numbered item (or null for a sentence run inside a paragraph, form 8). */
  heading: Heading | null;
  /** Marker path, e.g. `四、（二）2.`. */
  path: string;
  line: number;
  /** The task's heading, or its first sentence. */
  title: string;
  range: Range;
  annotations: Annotation[];
  lead: string[];
  coop: string[];
  guide: string[];
  deadline: string | null;
  /** People answerable for it (牵头领导, 责任领导, 责任人), as its annotations name them. */
  leaders: string[];
}

/* ---------------------------------------------------------------- the document */

export interface GongwenDocument {
  source: SourceText;
  frame: Frame;
  parts: Part[];
  /** All headings, document order. */
  headings: Heading[];
  enumerations: Enumeration[];
  annotations: Annotation[];
  tasks: Task[];
  /** Lines the model treats as plain body text (not frame, not headings). */
  /** Set when the input was too large and some stages were capped. */
  capped: boolean;
}
