/**
 * One pass over the lines builds the frame, the document parts and the heading tree.
 *
 * - Parts: a cover 通知 ends at its 成文日期 / 附注 when numbered headings follow; an `附件`
 *   line on its own also starts a new part. Numbering restarts in each part.
 * - Headings: a marker at a line's content start (markers.ts). The tree is built from the
 *   markers' nominal levels, so a two-level `一、`→`1.` document nests naturally and a skipped
 *   level shows up as a child at an unusual depth (which the rules judge, not the parser).
 */
import * as F from './frame';
import { BULLETS, endsAsFigure, isFigure, isFigureRow, matchAloneMarker, matchMarker, MarkerMatch, missingDot, NOMINAL_LEVEL, withoutBullet } from './markers';
import { isUnitLike } from './units';
import { isCategoryRow, tabHeaderCells, tabRowEnd, tabRowFits } from './annotations';
import { continues, isFull, Wrapping, wrappingOf } from './wrapping';
import { char, LineSlot, lineCached, NONE, PlacedSlot, placedCached } from './memo';
import { DateValue, Frame, FrameField, FrameKind, Heading, Marker, MarkerKind, Part } from './model';
import { isAnalysedText, Line, SourceText } from './source';
import { toChinese } from './numerals';
import { firstAt, Range, rangeFromTo, rangeOn } from './types';
import { fitted, list } from './young';
import type { SectionGroups } from './sequences';

export interface Structure {
  frame: Frame;
  parts: Part[];
  headings: Heading[];
  /** The top-level headings' blocks as the scan met them (what the next version may take over). */
  sections: Section[];
  /** What the scan read of every line (handed to the next version's scan). */
  lines: LineFacts;
}

/**
 * A top-level heading and everything under it, as one scan of the lines met it. When the next
 * version of the document has the same lines from the heading down to the line that closed it,
 * and nothing above changed how those lines read, the next scan takes the subtree over: the same
 * Heading objects when it reaches the heading in the same part, wherever it now stands among the
 * headings (an edit above may have added or removed one: a heading knows its line, not its place
 * in `headings`), else copies in the new part (an edit above added or removed a part). An edit
 * inside one section then rebuilds that section's headings, not the document's.
 */
export interface Section {
  /** A heading without a parent. */
  head: Heading;
  /** Headings in its subtree, itself included: they follow it in `headings`. */
  size: number;
  /** The line that closed it: the next heading at its level or above, or the line count at the end of the text. */
  closedAt: number;
  /** The marker on `closedAt`, null at the end of the text. */
  closer: MarkerMatch | null;
  /** Only headings and body lines from its line to `closedAt`: no frame line, no `附件` line, no new part. */
  plain: boolean;
  /**
   * The numbering groups of its headings below the head (sequences.ts `sectionGroups`), worked out
   * on the first lint that asks and kept while the section is taken over (the same object).
   */
  groups: SectionGroups | undefined;
  /**
   * How many of its headings below the head are of each kind under each kind of parent (numbering.ts
   * `sectionLevels`, GW103's level usage), worked out and kept as `groups` are; null where its
   * headings are not all in the head's part.
   */
  levels: readonly number[] | null | undefined;
  /**
   * Whether any of its headings is an article (`第一条`; numbering.ts `hasArticles`, GW107 looks no
   * further where none is), worked out and kept as `groups` are.
   */
  articles: boolean | undefined;
}

/** What the previous version's scan hands to the next one (see Section). */
export interface StructureHandover {
  sections: readonly Section[];
  lines: LineFacts;
  /** How the previous version was wrapped (wrapping.ts): its sections are taken over only while it stays so. */
  wrapping: Wrapping | null;
  /**
   * The previous version's headings (its document's list, kept alive by it anyway): a section
   * taken over whole copies its headings from there (`size` of them from its head) in one go.
   */
  headings?: readonly Heading[];
}

/** Whether a frame line was found in part `part` (fields are in part order). */
function hasFields(fields: readonly FrameField[], part: number): boolean {
  return fields.length > 0 && fields[fields.length - 1].part === part;
}

/** How many lines at the top of a part may hold its 版头/发文字号/标题/主送机关. */
const TOP_ZONE_LINES = 12;

const MARKER_SLOT = new LineSlot<MarkerMatch | null>('marker');
// A marker alone on its line (`一、`, its title on the next: matchAloneMarker) is read too; the scan
// decides whether it heads anything (aloneTitle).
const markerOfLine = (own: string, l: Line) => {
  const content = own.slice(l.contentStart, l.contentEnd);
  return sharedMatch(matchMarker(content) ?? matchAloneMarker(content));
};

/**
 * One MarkerMatch for each marker as read (every field the same): a plan writes `（1）` and `2.` on
 * hundreds of lines, and each line's record held its own match with its own strings (~2.7 MB of the
 * 1M-character plan's model). Matches are never mutated. Identity still tells a line's marker apart
 * where it has to (SectionReuse.take: the closer's line must also be the same Line). Bounded: when
 * full it starts again (later lines get new objects, equal to the old).
 */
const MATCHES = new Map<string, MarkerMatch[]>();

function sharedMatch(m: MarkerMatch | null): MarkerMatch | null {
  if (m === null) return null;
  // Found by the marker's text, then compared field by field: no key made (a cold analysis reads
  // every line's marker).
  const same = MATCHES.get(m.text);
  if (same !== undefined) {
    for (let k = 0; k < same.length; k++) if (sameMatch(same[k], m)) return same[k];
    same.push(m);
    return m;
  }
  if (MATCHES.size >= 2048) MATCHES.clear();
  MATCHES.set(m.text, [m]);
  return m;
}

function sameMatch(a: MarkerMatch, b: MarkerMatch): boolean {
  return (
    a.kind === b.kind &&
    a.value === b.value &&
    a.numeral === b.numeral &&
    a.punct === b.punct &&
    a.halfWidth === b.halfWidth &&
    a.canonical === b.canonical &&
    'weak' in a === 'weak' in b &&
    a.weak === b.weak &&
    'alone' in a === 'alone' in b &&
    a.alone === b.alone
  );
}

/**
 * `previous`: the structure of the version `source` was built from (SourceText `previous`);
 * its sections whose lines are unchanged are taken over whole.
 */
export function parseStructure(source: SourceText, previous?: StructureHandover): Structure {
  const n = source.lineCount;
  const facts = lineFacts(source, previous?.lines);
  const contents = facts.contents;
  let markers = facts.markers;

  // Items of an 附件说明 list (`附件：1. 名称` then `2. 名称`) are frame lines, not headings (on a
  // copy: the facts handed to the next version are every line's own).
  const attachmentEnd = new Map<number, number>();
  // In a hard-wrapped copy an item's name may go on on the next line (`1.……调研情况的报` | `告`).
  const wrapping = wrappingOf(source);
  for (const i of facts.attachments) {
    // The label alone (`附件：`, its items below) opens a list only where an item follows (past a blank line in a copy that sets one between all paragraphs).
    const alone = F.isAttachmentLabel(contents[i]);
    if (alone && !(i + 1 < n && (markers[i + 1]?.kind === 'arabic' || (!contents[i + 1] && i + 2 < n && markers[i + 2]?.kind === 'arabic')))) continue;
    let j = i + 1;
    // The number of the item last read: the label's own line's (`附件：1.……`), then each item's.
    let last = attachmentNumber(contents[i]);
    const isItem = (k: number) => markers[k]?.kind === 'arabic' && !/[。；]/.test(contents[k].slice(0, -1));
    for (; j < n; j++) {
      if (!contents[j]) {
        // A copy that sets a blank line between all its paragraphs (`附件：1.……` | `` | `2.……`): the
        // list goes on where its next number follows the blank.
        let k = j + 1;
        while (k < n && k < j + 3 && !contents[k]) k++;
        if ((last > 0 || (alone && j === i + 1)) && k < n && contents[k] && isItem(k) && markers[k]!.value === last + 1) {
          j = k - 1;
          continue;
        }
        break;
      }
      const item = isItem(j);
      if (!item && !(wrapping && !markers[j] && continues(source, wrapping, j - 1, j) && !F.isDateLine(contents[j]))) break;
      if (item) last = markers[j]!.value;
      if (markers === facts.markers) markers = markers.slice();
      markers[j] = null;
    }
    attachmentEnd.set(i, j - 1);
  }
  // A note's list begun on its label's line (`注：1.本公报部分数据为初步统计数。`, then `2.增长速度……`,
  // as a 统计公报 ends; a footnote's `注：①……` then `②……`, `注释：（1）……` then `（2）……`): its items are the
  // note's, not headings. They are in the label's section.
  for (let i = 0; i + 1 < n; i++) {
    const kind = markers[i + 1]?.value === 2 && contents[i] ? noteListKind(contents[i]) : null;
    if (!kind || markers[i + 1]!.kind !== kind) continue;
    for (let j = i + 1, want = 2; j < n && markers[j]?.kind === kind && markers[j]!.value === want; j++, want++) {
      if (markers === facts.markers) markers = markers.slice();
      markers[j] = null;
    }
  }
  // In a hard-wrapped copy, a line that goes on from a full line above is no heading, whatever
  // it starts with (`……建设统` | `一、开放、竞争、有序的……`): a paragraph ends in punctuation.
  if (wrapping) {
    for (let i = 0, prev = -1; i < n; i++) {
      if (!contents[i]) continue;
      // Not after a heading's line (a heading as wide as the text ends there), nor after a line that ends a sentence.
      if (markers[i] && prev >= 0 && !markers[prev] && !PARAGRAPH_END.test(contents[prev]) && continues(source, wrapping, prev, i)) {
        if (markers === facts.markers) markers = markers.slice();
        markers[i] = null;
      }
      prev = i;
    }
  }
  // A line broken inside a citation or a title (`……按照《实施细则》第` | `（三）款规定执行。`) goes on
  // on the next line, in any copy: no paragraph ends in 第, or inside 《》 or “”.
  for (let i = 1; i < n; i++) {
    if (markers[i] && contents[i - 1] && lineCached(BROKEN_SLOT, source.lines[i - 1], brokenOff)) {
      if (markers === facts.markers) markers = markers.slice();
      markers[i] = null;
    }
  }
  // A statistics table copied one cell a line, as a web page's table is: a numbered row label
  // (`一、本年新收政府信息公开申请数量`), then its figures each on a line of its own (`33`, `2`, …).
  // Both loops below look only next to the lines that may be figures (LineFacts `figures`), not at every line.
  let cellLabels: Set<number> | null = null;
  for (const f of facts.figures) {
    const i = f - 1;
    if (i + 2 >= n) break;
    if (markers[i] && loneFigure(contents[i + 1]) && loneFigure(contents[i + 2])) {
      if (markers === facts.markers) markers = markers.slice();
      markers[i] = null;
      (cellLabels ??= new Set()).add(i);
    }
  }
  // A statistics table's category row (`三、本年度办理结果` between `二、上年结转……	1	0	1` and
  // `（一）予以公开	18	1	20`, or between the figure `1` and the label `（一）予以公开` when one
  // cell is a line): the table's numbering, not the document's. The rows around it are in its
  // section (they are no headings), so an edit to them reads the section again. They are looked at
  // first, by their last characters: isCategoryRow splits the line, which every short heading of
  // every analysis would pay for (0.17 MB of garbage a keystroke on the 100k plan).
  for (const f of facts.figures) {
    const i = f + 1;
    if (i + 1 >= n) break;
    if (!markers[i] || !(endsAsFigure(contents[i + 1]) || cellLabels?.has(i + 1))) continue;
    const tabbed = numberedFigureRow(contents[i - 1]) && numberedFigureRow(contents[i + 1]);
    if ((tabbed || (cellLabels?.has(i + 1) && loneFigure(contents[i - 1]))) && isCategoryRow(contents[i], '\t')) {
      if (markers === facts.markers) markers = markers.slice();
      markers[i] = null;
    }
  }
  // A table of contents (`目　录`, then `1.总则……1` …): its entries are no headings. It ends where
  // the body repeats its first entry, or at a line that is no entry. A 简报's (`本期要目`) lists its
  // articles' headlines: each line below that repeats one opens its article (digestHeadlines).
  let headlines: Set<number> | null = null;
  for (const i of facts.toc) {
    if (DIGEST_HEAD.test(contents[i])) {
      const found = digestHeadlines(contents, markers, i);
      if (!found) continue;
      if (markers === facts.markers) markers = markers.slice();
      for (const j of found.entries) markers[j] = null;
      headlines ??= new Set();
      for (const j of found.headlines) headlines.add(j);
      continue;
    }
    let first: MarkerMatch | null = null;
    for (let j = i + 1; j < n; j++) {
      const c = contents[j];
      if (!c) continue;
      const m = markers[j];
      if (!m) {
        if (TOC_PAGE.test(c) && !/[。；]/.test(c)) continue; // an entry without a number (`附件……12`)
        break;
      }
      if (/[。；！？]/.test(c) || c.replace(TOC_LEADER, '').length > 60) break;
      // (A decimal number is the same entry by all its parts: `1.1` is not `1 总则` again.)
      if (first && m.kind === first.kind && m.value === first.value && (m.kind !== 'decimal' || m.numeral === first.numeral)) break;
      first ??= m;
      if (markers === facts.markers) markers = markers.slice();
      markers[j] = null;
    }
  }
  // A plan's box (`专栏1 重点工程`, then `1.高速铁路：……` `2.……`): its items are a list of its own,
  // no headings of the body (boxItems). Whether a line is one depends on the lines around it: a
  // section holding a box's head is read again.
  for (const i of facts.boxes) {
    const items = boxItems(contents, markers, i);
    if (!items.length) continue;
    if (markers === facts.markers) markers = markers.slice();
    for (const j of items) markers[j] = null;
  }
  // A table's row whose cells hold several paragraphs (`1．落实…` `2．配齐…` in a 具体措施 cell)
  // goes on over the lines below its first: those lines are no headings. Whether a line is one
  // depends on the table's header and the row's other lines: a section holding one is read again.
  const inRows = facts.tables.length ? rowLines(source, facts.tables, contents) : NO_LINES;
  for (const i of inRows) {
    if (!markers[i]) continue;
    if (markers === facts.markers) markers = markers.slice();
    markers[i] = null;
  }
  // A marker alone on its line (`一、` | `总体要求`, matchAloneMarker) heads the title on the next text
  // line (aloneTitle), read against every line's marker as it stands here. One that heads nothing
  // (`一、` | `（一）`, or before a date) is no marker for the lines around it either: a `（二）` alone
  // before the end is not the `（二）` that makes the `1.` above it a `（一）` (misfamiliedFirst).
  let aloneTitles: Map<number, number> | null = null;
  let unheaded: number[] | null = null;
  for (let i = 0; i < n; i++) {
    if (!markers[i]?.alone) continue;
    const title = aloneTitle(source, contents, markers, i);
    if (title >= 0) (aloneTitles ??= new Map()).set(i, title);
    else (unheaded ??= []).push(i);
  }
  if (unheaded) {
    if (markers === facts.markers) markers = markers.slice();
    for (const i of unheaded) markers[i] = null;
  }
  // The last line a heading may stand on: a numbered plan follows a cover notice's date only where one
  // does (not the items of a note, a list or a table set past the date, whose markers are no headings).
  let lastMarkerLine = n - 1;
  while (lastMarkerLine >= 0 && !markers[lastMarkerLine]) lastMarkerLine--;
  const breaks = attachedDocumentStarts(contents, markers, facts.cn);
  // A periodical's issue without `本期要目`: its later articles' headlines (periodicalHeadlines).
  if (!headlines) headlines = periodicalHeadlines(contents, markers);
  if (headlines) for (const j of headlines) breaks.add(j);

  const fields: FrameField[] = [];
  const parts: Part[] = [];
  const headings: Heading[] = [];
  const sections: Section[] = [];
  const reuse = previous && previous.sections.length && sameWrapping(previous.wrapping, wrapping) ? new SectionReuse(source, previous, breaks, markers, inRows) : null;
  /** The section being scanned: its head, where its subtree starts in `headings`, whether it is plain so far. */
  let open: { head: Heading; from: number; plain: boolean } | null = null;
  let frameDate: DateValue | null = null;

  let part = newPart('cover', 0);
  let topZone = true;
  let topSeen = 0; // text lines seen in the top zone
  let stack: Heading[] = [];
  let lastText = -1;
  /** The `一、`s of this scan that group the articles under them (headsArticles). */
  const overArticles = new Set<Heading>();
  /** The stages of this scan (`第一阶段：……`) whose items are `一、`s (phaseOverCn): above them, not under one. */
  const overCn = new Set<Heading>();
  /** The `1.`s of this scan listed under a `（2）` (an inverted list: invertedStart), and their later siblings. */
  const inverted = new Set<Heading>();
  const stackLevel = (h: Heading): number => (overArticles.has(h) ? ARTICLE_GROUP_LEVEL : overCn.has(h) ? PHASE_OVER_CN_LEVEL : inverted.has(h) ? stackLevel(h.parent!) + INVERTED_STEP : levelOf(h.marker));
  /** Whether the part holds a `1.` level (a `1.` not under a `（1）`) among its headings so far: looked for on from where the last ask stopped. */
  const arabicLevel = { part: -1, upTo: 0, seen: false };
  const partHasArabicLevel = (): boolean => {
    if (arabicLevel.part !== parts.length) {
      arabicLevel.part = parts.length;
      arabicLevel.seen = false;
    }
    for (; !arabicLevel.seen && arabicLevel.upTo < headings.length; arabicLevel.upTo++) {
      const h = headings[arabicLevel.upTo];
      if (h.part === parts.length && h.marker.kind === 'arabic' && h.parent?.marker.kind !== 'parenArabic') arabicLevel.seen = true;
    }
    arabicLevel.upTo = headings.length;
    return arabicLevel.seen;
  };

  /** A field over lines `line`…`endLine`, or over the end of its line from column `at` of its content. */
  const addField = (kind: FrameKind, line: number, endLine = line, at = 0, to = contents[endLine].length) => {
    const r: Range = {
      start: { line, character: source.lines[line].contentStart + at },
      end: { line: endLine, character: source.lines[endLine].contentStart + to },
    };
    // A wrapped title reads as one line; an 附件说明's items, and joint signatures, one a line, stay apart.
    const text =
      endLine === line ? contents[line].slice(at, to) : kind === 'signature' ? contents.slice(line, endLine + 1).join(' ').replace(SPACES, ' ') : contents.slice(line, endLine + 1).join(kind === 'attachments' ? ' ' : '');
    fields.push({ kind, line, endLine, range: r, text, part: parts.length });
  };
  /** The 成文日期 on line `line`, columns `at` to `to` of its content: a field, and the frame's date if it is the first. */
  const addDate = (line: number, at = 0, to = contents[line].length) => {
    addField('date', line, line, at, to);
    const d = F.parseDate(contents[line].slice(at, to));
    if (d && !frameDate) frameDate = d;
  };
  const closeSection = (closedAt: number, closer: MarkerMatch | null, plain: boolean) => {
    if (!open) return;
    const { head, from } = open;
    sections.push({ head, size: headings.length - from, closedAt, closer, plain: plain && open.plain, groups: undefined, levels: undefined, articles: undefined });
    open = null;
  };
  const closeHeadings = (beforeLine: number) => {
    // At the end of a part or of the text, the blocks still open end before the frame lines that
    // close it (附件说明, 落款, 成文日期, 附注, 抄送, 印发 and the 版记's rules): they are no heading's.
    // So do the paragraphs that close the document rather than its last item (`特此通知。`,
    // `本办法自……起施行。`, `各单位要根据本办法，结合实际制定……`: closingStart).
    const blockEnd = stack.length ? closingStart(frameTailStart(beforeLine, stack[stack.length - 1].line), stack[stack.length - 1]) : beforeLine;
    for (const h of stack) setEnd(h, blockEnd);
    stack = [];
    // At the end of the text a section is closed as any other; by a new part it is not plain.
    closeSection(beforeLine, null, beforeLine === n);
  };
  /**
   * The first line of the frame lines that end the text before `beforeLine` (blank lines between
   * them and the rules of a 版记 passed over), or `beforeLine` when the text ends otherwise. Not
   * above line `from`. Only the last fields read: they are in line order.
   */
  const frameTailStart = (beforeLine: number, from: number): number => {
    let k = beforeLine - 1;
    let f = fields.length - 1;
    let start = beforeLine;
    while (k > from) {
      if (source.lines[k].kind !== 'text') {
        k--;
        continue;
      }
      while (f >= 0 && fields[f].line > k) f--;
      if (f >= 0 && fields[f].endLine >= k) {
        start = k = fields[f].line;
        k--;
        continue;
      }
      if (!RULE_LINE.test(contents[k])) break;
      k--;
    }
    // After the last line of the block, not before (nor at) the heading's own line.
    return start < beforeLine ? Math.max(k, from) + 1 : beforeLine;
  };
  /**
   * The first line of the paragraphs closing the document before `beforeLine`, after the last
   * item `h` (F.isDocumentClosing), or `beforeLine`. The item keeps its own text: the rest of its
   * line when run in (then a request to the recipients, `请各……`, is a closing too), else its first
   * paragraph below. A closing starts a paragraph (the line before ends a sentence) and runs to the end.
   */
  const closingStart = (beforeLine: number, h: Heading): number => {
    let from = h.line + 1;
    if (!h.runIn) {
      while (from < beforeLine && !contents[from]) from++;
      from++;
    }
    let prev = from - 1;
    while (prev > h.line && !contents[prev]) prev--;
    for (let l = from; l < beforeLine; l++) {
      const c = contents[l];
      if (!c) continue;
      if (!markers[l] && PARAGRAPH_END.test(contents[prev]) && F.isDocumentClosing(c, h.runIn)) return l;
      prev = l;
    }
    return beforeLine;
  };
  const setEnd = (h: Heading, beforeLine: number) => {
    let end = Math.max(h.line, beforeLine - 1);
    while (end > h.line && source.lines[end].kind !== 'text') end--;
    // The block runs from its line's content start to the end of the last content line.
    (h as HeadingNode).setBlock(source.lines[h.line].contentStart, end, source.lines[end].contentEnd);
    // A heading closed with no items under it (most are) shares the one frozen empty list: its own
    // was 32 bytes on every such heading (~0.5 MB of the 1M-character plan's model). Nothing is
    // added to a heading's items once its block is closed.
    h.children = h.children.length ? fitted(h.children) : (NONE as never[]);
  };
  const startNewPart = (line: number) => {
    closeHeadings(line);
    // A part with nothing of its own yet (a `附件1` line, met again as the plan's title restarts
    // its numbering) is the one starting here: it keeps its first line and reads a top zone anew.
    if (parts.length && part.headings.length === 0 && part.title === null && !hasFields(fields, parts.length)) {
      topZone = true;
      topSeen = 0;
      return;
    }
    part.endLine = Math.max(part.startLine, line - 1);
    parts.push(part);
    part = newPart('body', line);
    topZone = true;
    topSeen = 0;
  };

  /** The line under an `附件1` line that the top zone reads as its part's title, though no document type ends it (`……参展报名表`). */
  let attachedTitleAt = -1;
  /** Where the next part starts once the ending document's 版记 (its 抄送, 印发 and rules) has been read, or -1. */
  let nextPartAt = -1;

  for (let i = 0; i < n; i++) {
    const c = contents[i];
    if (!c) continue;
    let marker = markers[i];
    if (nextPartAt >= 0 && i >= nextPartAt) {
      nextPartAt = -1;
      startNewPart(i);
    }
    if (breaks.has(i) && lastText >= 0) {
      startNewPart(i);
      if ((HEADLINE.test(c) || headlines?.has(i)) && !F.endsLikeTitle(c)) {
        // An article's headline is its part's title (the outline shows it), not a document title.
        part.title = c;
        part.titleRange = { start: { line: i, character: source.lines[i].contentStart }, end: { line: i, character: source.lines[i].contentEnd } };
        topZone = false;
        lastText = i;
        continue;
      }
    }

    // A standalone `附件` / `附件1` line (not 附件说明 with a colon) starts the attached part.
    // Whether it does depends on lines elsewhere: a section holding one is never taken over.
    const attachedTitle = !marker && /^附件[0-9０-９]{0,2}$/.test(c);
    // So does a table of contents, whose entries lose their markers.
    if (open && (attachedTitle || (c.length <= 4 && TOC_HEAD.test(c)) || inRows.has(i) || (!marker && c.length <= 40 && BOX_HEAD.test(c)))) open.plain = false;
    if (attachedTitle && i < lastMarkerLine && lastText >= 0) {
      startNewPart(i);
      attachedTitleAt = attachmentTitle(contents, markers, i);
      continue;
    }
    // After the 落款, one with its title below starts the attached part though no numbered heading
    // follows (a 回执's table, a form): the title line is the part's title (the outline shows it).
    const signedTitle = attachedTitle && lastText >= 0 && signedBefore(fields) ? attachmentTitle(contents, markers, i) : -1;
    if (signedTitle >= 0) {
      startNewPart(i);
      // A document's title (`……调查意见` over two lines) is read by the top zone, as any attached document's.
      if (F.looksLikeTitleStart(contents[signedTitle]) || titleEnd(contents, signedTitle) > signedTitle) {
        attachedTitleAt = signedTitle;
        continue;
      }
      part.title = contents[signedTitle];
      part.titleRange = { start: { line: signedTitle, character: source.lines[signedTitle].contentStart }, end: { line: signedTitle, character: source.lines[signedTitle].contentEnd } };
      topZone = false;
      i = lastText = signedTitle;
      continue;
    }

    if (topZone && !marker && lastText < 0 && !parts.length) {
      // A web page's header above the document (its site, a breadcrumb, `来源：…　发布时间：…`, a news
      // headline `我市召开……会议`): passed, so that the 公文's own title below it is read as the title.
      const title = titleBelowHeader(source, contents, markers, i);
      if (title > i) {
        lastText = title - 1;
        i = title - 1;
        continue;
      }
    }
    if (topZone && !marker) {
      // The plan a cover notice issues, titled as the notice names it though no document type ends the name
      // (`关于印发青山市2025年重点民生实事项目的通知` then `青山市2025年重点民生实事项目`).
      // So is an attachment's title under its `附件1` line after the 落款 (attachmentTitle), which names a form (`……参展报名表`).
      const issuedTitle = part.title === null && topSeen === 0 && (i === attachedTitleAt || (parts.length === 1 && parts[0].kind === 'cover' && namesIssued(parts[0].title, c)));
      const kind = (issuedTitle ? 'title' : topZoneKind(c, part, fields, parts.length)) ?? (issuerAbove(contents, markers, i, part, topSeen, fields) ? 'banner' : wrappedTitle(contents, i, part) ? 'title' : null);
      // A 纪要's or 简报's head: its issuer and date on one line under the title (the date is its 成文日期).
      const issued = !kind && part.title && topSeen < TOP_ZONE_LINES ? F.issuedDateAt(c) : -1;
      if (issued >= 0) {
        addDate(i, issued);
        topSeen++;
        lastText = i;
        continue;
      }
      // The date in brackets under a title (题注: a 决议's or 条例's `（2024年3月5日……通过）`): its
      // 成文日期, unless it was amended on a later date (then none is, and the line is passed). Under a speech's title (`（2024年3月5日）`) it
      // heads the speech, as the unbracketed one does (speechHeader): no 成文日期, and the top goes on.
      const noted = !kind && part.title && topSeen < TOP_ZONE_LINES && !fields.some((f) => f.part === parts.length && f.kind === 'date') ? F.bracketDate(c) : null;
      if (noted) {
        if (noted.only && !SPEECH_TITLE.test(part.title!)) {
          addDate(i, noted.at, noted.end);
        }
        topSeen++;
        lastText = i;
        continue;
      }
      // The first article under a 简报's or 督查通报's masthead (`督查通报` | `第3期` | issuer and
      // date): its headline or its own title (`关于……的督查通报`) opens a part, as a later
      // article's headline does, and that part's top reads on (its 主送机关).
      if (!kind && part.title && part.headings.length === 0 && mastheadRead(fields, parts.length) && articleTitle(c)) {
        const end = F.endsLikeTitle(c) ? i : titleEnd(contents, i);
        startNewPart(i);
        part.title = contents.slice(i, end + 1).join('');
        part.titleRange = { start: { line: i, character: source.lines[i].contentStart }, end: { line: end, character: source.lines[end].contentEnd } };
        topSeen = end - i + 1;
        i = lastText = end;
        continue;
      }
      if (kind && topSeen < TOP_ZONE_LINES) {
        if (kind === 'title') {
          const end = titleEnd(contents, i);
          addField('title', i, end);
          part.title = contents.slice(i, end + 1).join('');
          part.titleRange = { start: { line: i, character: source.lines[i].contentStart }, end: { line: end, character: source.lines[end].contentEnd } };
          topSeen += end - i + 1;
          lastText = end;
          i = end;
          continue;
        }
        addField(kind, i);
        topSeen++;
        lastText = i;
        continue;
      }
      topZone = false;
    }
    if (marker) topZone = false;

    if (!marker) {
      // `同志们：` below the speaker's name and the date that head a speech (which end the top zone).
      if (F.isSalutation(c) && !part.headings.length && greetsAfterSpeechHeader(contents, markers, part, fields, parts.length, i)) {
        addField('salutation', i);
        lastText = i;
        continue;
      }
      const kind = attachmentEnd.has(i) ? 'attachments' : tailKind(c, i, contents, fields, part);
      if (kind === 'date' && speechHeader(contents, markers, part, i)) {
        // The speaker and date under a speech's title head the speech: no 落款 or 成文日期.
        lastText = i;
        continue;
      }
      if (kind === 'date' && headUnderTitle(contents, markers, part, i)) {
        // The issuer and date under a 公报's title (`望江县统计局` | `2025年3月28日`) head it: its
        // 成文日期, as the bracketed `（2025年3月28日）` is; no 落款, and the document goes on.
        addDate(i);
        lastText = i;
        continue;
      }
      if (kind) {
        if (open) open.plain = false;
        if (kind === 'date') {
          const prev = lastText;
          if (prev >= 0 && !markers[prev] && F.isSignature(contents[prev]) && !fields.some((f) => f.line === prev)) {
            // Bodies issuing jointly sign one a line (`中共某县委办公室` over `某县人民政府办公室`).
            let first = prev;
            while (first > 0 && first > prev - 3 && !markers[first - 1] && F.isSignature(contents[first - 1]) && signedUnits(contents[first - 1]) && !fields.some((f) => f.endLine >= first - 1)) first--;
            addField('signature', first, prev);
          }
          addDate(i);
        } else if (kind === 'attachments') {
          const end = attachmentEnd.get(i) ?? i;
          addField(kind, i, end);
          i = end;
        } else if (kind === 'cc') {
          const end = ccEnd(contents, markers, fields, i, part);
          addField(kind, i, end);
          i = end;
        } else addField(kind, i);
        lastText = i;
        // The cover notice ends at its date or 附注 when a numbered plan follows.
        // So does any document at its date or 附注 when another one's title and 发文字号 (or 主送机关)
        // follow: the documents a 转发 carries, one inside the other.
        // The 版记 under it (`抄送：……`, `……印发`, its rules) is still the ending document's.
        if (kind === 'date' || kind === 'note') {
          const next = afterImprint(contents, markers, fields, part, nextTextLine(contents, i));
          if (next >= 0 && !F.isNote(contents[next]) && ((parts.length === 0 && part.kind === 'cover' && (i < lastMarkerLine || namesIssued(part.title, contents[next]))) || forwardedStart(contents, markers, next))) {
            if (next === nextTextLine(contents, i)) startNewPart(next);
            else nextPartAt = next;
          }
        }
        continue;
      }
      lastText = i;
      continue;
    }

    // A heading. A weak marker counts only where the lines around it say so: a `11.121人才…` or a
    // `17 研究……` that lost its dot where the previous sibling run expects it or the next item
    // follows (`1.8月26日…` / `2.8月28日…`: a list of dated items); a decimal document's chapter
    // (`1 总则`) where its numbers follow. A chapter that is none (`3 加强领导` among `2．` and
    // `4．`) is a `3.` that lost its dot, where one is due.
    // A web article's section number (`01`): alone on its line (or between slashes) it heads the
    // title on the next line, and is none without one (a table's cell); `10` and over only after `09`.
    let titleLine = -1;
    // A marker alone on its line (`一、` | `总体要求`, a PDF's or a Word export's copy) heads the title
    // on the next text line, and is none without one (another marker, a date, a 落款, a table's row).
    if (marker.alone) {
      titleLine = aloneTitles?.get(i) ?? -1;
      if (titleLine < 0) {
        lastText = i;
        continue;
      }
    } else if (marker.kind === 'padded') {
      if (marker.text.length === c.length) titleLine = paddedTitle(contents, markers, i);
      const counts = (titleLine >= 0 || marker.text.length < c.length) && (marker.numeral.charAt(0) === '0' || (stack.length > 0 && stack[0].marker.kind === 'padded' && stack[0].marker.value === marker.value - 1));
      if (!counts) {
        lastText = i;
        continue;
      }
    } else if (marker.weak) {
      let counts: boolean;
      if (marker.kind === 'decimal') {
        counts = decimalChapter(markers, i, marker);
        if (!counts) {
          const dotless = missingDot(marker.value, /^[0-9]+[ \t\u3000]*/.exec(c)![0]);
          if ((counts = expectsArabic(stack, dotless))) marker = dotless;
        }
      } else if (marker.kind !== 'arabic' || !/^[0-9０-９]/.test(marker.numeral)) counts = firstOfKind(stack, marker) && nextOfKind(markers, i, marker); // `—、` for `一、`, `l.` for `1.` (markers.ts)
      else counts = expectsArabic(stack, marker) || ((marker.value === 1 || marker.punct === '') && nextFollows(markers, i, marker.value + 1));
      if (!counts) {
        lastText = i;
        continue;
      }
    }
    // `3)` right after `2.` is the next `1.`-level item miswritten, as a `（3）` there is (misfamiliedArabic).
    const written = marker;
    if (isCloseOnly(marker) && underArabic(stack) && !misfamiliedArabic(stack, headings, markers, i, marker.value, open)) marker = asParenArabic(marker);
    else if (marker.kind === 'parenArabic' && misfamiliedArabic(stack, headings, markers, i, marker.value, open)) marker = asArabic(marker);
    else if (marker.kind === 'parenCn' && misfamiliedParenCn(stack, markers, i, marker.value)) marker = asArabic(marker);
    // `（5）` right after `（四）`: the next `（一）`-level item written in the form of the level below.
    else if (marker.kind === 'parenArabic' && misfamiliedParenArabic(stack, headings, marker.value, open)) marker = asParenCn(marker);
    // `（1）` opening a `（三）`'s items, the `2.` next: its first `1.` written in the form of the level below.
    else if (marker.kind === 'parenArabic' && misfamiliedFirst(stack, headings, markers, i, marker, 'parenCn', 'arabic', parts.length, open)) marker = asArabic(marker);
    // `1.` opening a `二、`'s items, the `（二）` next: its first `（一）` written in the form of the level below.
    else if (marker.kind === 'arabic' && misfamiliedFirst(stack, headings, markers, i, marker, 'cn', 'parenCn', parts.length, open)) marker = asParenCn(marker);
    // `2.` between `（一）` and `（三）` (`（二）` between `一、` and `三、`, `3.` between `（2）` and `（4）`): the sibling they skip, in another level's form.
    else {
      const sibling =
        misfamiliedBetween(stack, markers, i, marker, open) ??
        misfamiliedLast(stack, headings, markers, i, marker, open) ??
        misfamiliedAcross(stack, headings, markers, i, marker, parts.length, open) ??
        misfamiliedParent(stack, markers, i, marker);
      if (sibling) marker = asKind(marker, sibling);
    }
    // Not a marker alone on its line (`（2）` | `总体要求`) as a `2.`: written as the `2.` it would be read
    // as, it would head nothing (a `2.` alone is not read, matchAloneMarker), and renumbering or GW102's
    // fix would lose the heading; it is read in its own form (below a `1.`, a `（1）`-level item).
    if (written.alone && marker.kind === 'arabic') marker = written;
    // `一、支持粮食稳产增产` right above `第一条 ……`: a group of articles, above them (headsArticles).
    const container = marker.kind === 'cn' && headsArticles(contents, markers, i, stack, overArticles);
    // `1.` `2.` under a `（2）乙项：` in a part numbered `（一）` → `（1）` (no `1.` level above): a list
    // of the `（2）`'s own, set half a level below it (an inverted list), not siblings of the `（1）`s
    // that skip a level (GW104). Its later items stay in it, up to a `（3）` or above. Whether it
    // starts reads the part's headings before the section: a section where this is asked is read again.
    let invertedAt = -1;
    if (marker.kind === 'arabic' && stack.length) {
      invertedAt = invertedSibling(stack, inverted);
      if (invertedAt < 0 && invertedStart(stack, marker)) {
        if (open) open.plain = false;
        if (!partHasArabicLevel()) invertedAt = stack.length;
      }
    }
    // `第一阶段：……` over `一、开展调查。` (not under a `二、实施步骤` over `（一）`): a level above the `一、`s.
    const stageOverCn = marker.kind === 'phase' && phaseOverCn(markers, i);
    const level = container ? ARTICLE_GROUP_LEVEL : stageOverCn ? PHASE_OVER_CN_LEVEL : invertedAt >= 0 ? stackLevel(stack[invertedAt - 1]) + INVERTED_STEP : levelOf(marker);
    // A question (`问题二：……？`, `2.……？`) closes the one before it of its kind, with the lists of
    // that one's answer; any other heading closes what stands at its level or below, but not a
    // question whose answer it lists in (`（一）` under `3.……？`): only one at the level of the
    // question's parent or above (`五、咨询方式`), or of the question's own kind.
    const asked = marker.kind === 'question' || asks(marker.alone ? headingTextOf(source.lines[titleLine], NO_MARKER) : headingTextOf(source.lines[i], marker));
    const answered = asked ? openQuestion(stack, marker.kind) : -1;
    if (answered >= 0) while (stack.length > answered) setEnd(stack.pop()!, i);
    while (stack.length) {
      const top = stack[stack.length - 1];
      if (stackLevel(top) < level) break;
      if (isQuestion(top) && top.marker.kind !== marker.kind && !(top.parent && level <= stackLevel(top.parent))) break;
      setEnd(stack.pop()!, i);
    }
    const parent = stack.length ? stack[stack.length - 1] : null;
    // A second list after a line that introduces it (`扣分项：` then `1.`): read from the line
    // before, in the section before a top-level heading, so a section is taken over only as it was.
    const listStart = marker.value === 1 && (parent ? parent.children.length : part.headings.length) > 0 && introducedList(source, i);
    if (!parent) {
      // A new top-level heading closes the section before it (the stack is empty now).
      closeSection(i, marker, true);
      const was = reuse?.take(i, marker, listStart);
      if (was) {
        // The previous version's section, whole: its headings and its end. The scan goes on at the
        // line that closed it, a heading, which sets everything the lines before it would have.
        const same = was.head.part === parts.length ? was : copySection(was, parts.length);
        // Its headings as the previous version listed them, copied by the engine in one call rather
        // than walked heading by heading (pushSubtree): the walk ran over every heading on every edit.
        const at = same === was ? reuse!.headingsAt(was) : -1;
        if (at >= 0) pushRange(headings, previous!.headings!, at, was.size);
        else pushSubtree(same.head, headings);
        part.headings.push(same.head);
        sections.push(same);
        i = same.closedAt - 1;
        continue;
      }
    }
    const h = marker.alone
      ? makeAloneHeading(source, i, titleLine, marker, parent, parts.length, wrapping, listStart)
      : makeHeading(source, i, marker, parent, parts.length, wrapping, listStart, titleLine >= 0 ? contents[titleLine] : undefined);
    if (container) overArticles.add(h);
    if (stageOverCn) overCn.add(h);
    if (invertedAt >= 0) inverted.add(h);
    headings.push(h);
    if (parent) {
      // A closed heading shares the frozen empty list (closeHeadings): none is pushed to, but one
      // reopened would get a list of its own.
      if ((parent.children as readonly Heading[]) === NONE) parent.children = [h];
      else parent.children.push(h);
    } else {
      part.headings.push(h);
      open = { head: h, from: headings.length - 1, plain: true };
    }
    stack.push(h);
    lastText = i;
    if (titleLine >= 0) i = lastText = titleLine;
  }
  closeHeadings(n);
  part.endLine = n - 1;
  parts.push(part);
  if (parts.length === 1) parts[0].kind = 'body';
  if (parts[0].title === null) givePageTitle(source, contents, markers, fields, parts[0]);

  return { frame: { fields, date: frameDate ?? frontMatterDate(source) }, parts, headings, sections, lines: facts };
}

/**
 * What the scan reads of every line on its own: its content, the marker at its start, whether it
 * opens an 附件说明 list, whether its marker is a `一、`. Facts of the previous version (`previous`)
 * hold for the lines that are its Line objects (the same text at the same index); only the lines
 * an edit changed are looked at, the rest copied.
 */
export interface LineFacts {
  contents: string[];
  /** Every line's own marker (an 附件说明 list's items lose theirs in parseStructure, not here). */
  markers: Array<MarkerMatch | null>;
  /** Lines that open an 附件说明 list, in order. */
  attachments: number[];
  /** Lines whose marker is a `一、`, in order. */
  cn: number[];
  /** Lines that head a table of contents (`目　录`), in order. */
  toc: number[];
  /** Lines that head a table with tab-separated cells (a Word table pasted), in order. */
  tables: number[];
  /** Lines that head a plan's box (`专栏1 重点工程`), in order. */
  boxes: number[];
  /** Lines that may be a figure or end as one (figureLike): what a statistics table's rows are looked for next to, in order. */
  figures: number[];
}

function lineFacts(source: SourceText, previous?: LineFacts): LineFacts {
  const n = source.lineCount;
  const { from, to } = previous ? source.changedLines : { from: 0, to: n };
  const keep = previous !== undefined && (from > 0 || to < n);
  const contents: string[] = keep ? previous.contents.slice(0, n) : new Array(n);
  const markers: Array<MarkerMatch | null> = keep ? previous.markers.slice(0, n) : new Array(n);
  // A shorter previous version: the lines past its end are all among the changed ones.
  contents.length = n;
  markers.length = n;
  const attachments: number[] = [];
  const cn: number[] = [];
  const toc: number[] = [];
  const tables: number[] = [];
  const boxes: number[] = [];
  const figures: number[] = [];
  if (keep) for (const i of previous.attachments) if (i < from) attachments.push(i);
  if (keep) for (const i of previous.cn) if (i < from) cn.push(i);
  if (keep) for (const i of previous.toc) if (i < from) toc.push(i);
  if (keep) for (const i of previous.tables) if (i < from) tables.push(i);
  if (keep) for (const i of previous.boxes) if (i < from) boxes.push(i);
  if (keep) for (const i of previous.figures) if (i < from) figures.push(i);
  for (let i = from; i < to; i++) {
    const l = source.lines[i];
    const text = isAnalysedText(l) ? source.content(i) : '';
    contents[i] = text;
    // Matches are never mutated, so they are cached per line text and shared between versions.
    const m = text ? lineCached(MARKER_SLOT, l, markerOfLine) : null;
    markers[i] = m;
    if (text && (F.isAttachments(text) || F.isAttachmentLabel(text))) attachments.push(i);
    if (m && m.kind === 'cn') cn.push(i);
    if (!m && text.length <= 5 && (TOC_HEAD.test(text) || DIGEST_HEAD.test(text))) toc.push(i);
    if (!m && text.indexOf('\t') > 0 && tabHeaderCells(l) > 0) tables.push(i);
    if (!m && text.length <= 40 && BOX_HEAD.test(text)) boxes.push(i);
    if (figureLike(text)) figures.push(i);
  }
  if (keep) for (const i of previous.attachments) if (i >= to && i < n) attachments.push(i);
  if (keep) for (const i of previous.cn) if (i >= to && i < n) cn.push(i);
  if (keep) for (const i of previous.toc) if (i >= to && i < n) toc.push(i);
  if (keep) for (const i of previous.tables) if (i >= to && i < n) tables.push(i);
  if (keep) for (const i of previous.boxes) if (i >= to && i < n) boxes.push(i);
  if (keep) for (const i of previous.figures) if (i >= to && i < n) figures.push(i);
  return { contents, markers, attachments, cn, toc, tables, boxes, figures };
}

/** Larger runs are copied in pieces: a call's arguments are bounded by the stack. */
const PUSH_CHUNK = 8192;

/** `from[at]` … `from[at + size - 1]` onto the end of `headings`, by the engine's own push (no loop run by the interpreter). */
function pushRange(headings: Heading[], from: readonly Heading[], at: number, size: number): void {
  for (let k = 0; k < size; k += PUSH_CHUNK) headings.push(...from.slice(at + k, at + Math.min(size, k + PUSH_CHUNK)));
}

/** `h` and its descendants onto the end of `headings`, in document order (depth first). */
function pushSubtree(h: Heading, headings: Heading[]): void {
  headings.push(h);
  // By index: a heading's items are its own list or the shared frozen empty one (setEnd), and
  // `for…of` over both kinds of array made an iterator per heading (~0.3 MB an edit).
  const children = h.children;
  for (let k = 0; k < children.length; k++) pushSubtree(children[k], headings);
}

/**
 * A previous version's section in another part (an edit above added or removed one): its
 * headings copied, each with its new part, the tree rebuilt among the copies. Everything else
 * (markers, titles, ranges, ends) is the same, and so are the objects it holds.
 */
function copySection(s: Section, part: number): Section {
  const copy = (h: Heading, parent: Heading | null): Heading => {
    const c = new HeadingNode(h.marker as LineMarker, h.line, parent, part, h.title, h.runIn, h.endPunct, h.listStart);
    c.copyBlock(h as HeadingNode);
    if (h.children.length) {
      const kids = list<Heading>();
      for (const child of h.children) kids.push(copy(child, c));
      c.children = fitted(kids);
    }
    return c;
  };
  return { head: copy(s.head, null), size: s.size, closedAt: s.closedAt, closer: s.closer, plain: s.plain, groups: undefined, levels: undefined, articles: undefined };
}

/**
 * Which of the previous version's sections the scan can take over, asked in document order as
 * the scan meets each top-level heading. A section qualifies when:
 * - it was plain (only headings and body lines), it starts on this line, and the scan reaches
 *   it with no heading open (it is top-level again);
 * - its lines, from its heading to the line before the one that closed it, are the previous
 *   version's Line objects (SourceText.unchangedBetween): the same text on the same lines;
 * - the line that closed it still holds the very marker that closed it, and not a weak one
 *   (whether a weak marker counts depends on the headings open above it), nor one alone on its
 *   line (whether it counts depends on the line after it, aloneTitle); at the end of the
 *   text, the text still ends there;
 * - neither its head nor its closer is a `1）`, whose level depends on the headings open above it;
 * - its head starts a second list (`扣分项：` before it) as it did then;
 * - no line in it now starts an attached document (those depend on markers elsewhere).
 * A plain section reads nothing outside these lines: its markers are cached per line, and an
 * 附件说明 list, whose items lose their markers, would have made it not plain.
 */
class SectionReuse {
  private next = 0;

  constructor(
    private readonly source: SourceText,
    private readonly previous: StructureHandover,
    private readonly breaks: ReadonlySet<number>,
    private readonly markers: ReadonlyArray<MarkerMatch | null>,
    private readonly inRows: ReadonlySet<number>,
  ) {}

  take(line: number, marker: MarkerMatch, listStart: boolean): Section | undefined {
    const sections = this.previous.sections;
    while (this.next < sections.length && sections[this.next].head.line < line) this.next++;
    const s = sections[this.next];
    if (!s || s.head.line !== line || !s.plain) return undefined;
    // A `1）` heads or closes a section as the headings open above it say (isCloseOnly): read again.
    if (isCloseOnly(this.markers[line]!)) return undefined;
    // A head read in another form now than then (`（2）` after a `1.` is read as `2.`): read again.
    if (s.head.marker.kind !== marker.kind) return undefined;
    // A head that starts a second list now and not then (the line before it was edited), or the reverse.
    if (s.head.listStart !== listStart) return undefined;
    const n = this.source.lineCount;
    if (s.closer ? s.closedAt >= n || this.markers[s.closedAt] !== s.closer || !this.source.unchangedBetween(s.closedAt, s.closedAt + 1) || s.closer.weak || s.closer.alone || isCloseOnly(s.closer) : s.closedAt !== n) return undefined;
    // A `（三）` that closed it right after a `2.` under a `（一）` may be the `3.` it continues, as the
    // lines after it say (misfamiliedParenCn, which reads past this section): read again.
    if (s.closer?.kind === 'parenCn' && mayContinueArabic(s.head, s.closer.value)) return undefined;
    if (!this.source.unchangedBetween(line, s.closedAt)) return undefined;
    for (const b of this.breaks) if (b >= line && b < s.closedAt) return undefined;
    for (const r of this.inRows) if (r >= line && r < s.closedAt) return undefined;
    return s;
  }

  /**
   * Where the previous version's list of headings holds `s`'s (its head then its subtree, `size`
   * of them), or -1 when it was not handed over or does not hold them there.
   */
  headingsAt(s: Section): number {
    const all = this.previous.headings;
    if (!all) return -1;
    let at = firstAt(all, s.head.line);
    while (at < all.length && all[at] !== s.head && all[at].line === s.head.line) at++;
    return at < all.length && all[at] === s.head && at + s.size <= all.length ? at : -1;
  }
}

const NO_LINES: ReadonlySet<number> = new Set();

/**
 * The lines of the tables headed on `headers` (tab-separated cells) that go on with a row begun
 * on a line above (tabRowEnd). A table runs over its rows, blank lines and category rows.
 */
function rowLines(source: SourceText, headers: readonly number[], contents: readonly string[]): Set<number> {
  const out = new Set<number>();
  const n = source.lineCount;
  for (const h of headers) {
    const cells = tabHeaderCells(source.lines[h]);
    for (let i = h + 1; i < n; i++) {
      const c = contents[i];
      if (!c) continue;
      if (source.lines[i].text.indexOf('\t') < 0) {
        if (isCategoryRow(c, '\t')) continue;
        break;
      }
      const last = tabRowEnd(source, i, cells);
      // A line of another width ends the table, as the annotations' scan reads it.
      if (last === i && !tabRowFits(source.lines[h], source.lines[i].text)) break;
      for (let k = i + 1; k <= last; k++) out.add(k);
      i = last;
    }
  }
  return out;
}

/**
 * An article's headline in a 简报 or a 信息 (`护理部多措并举推进优质护理服务`): a short line
 * without punctuation, whose article numbers its points from `一、` again; a bullet may lead it
 * (`◆县农业农村局扎实推进夏粮生产`).
 */
const HEADLINE = new RegExp(`^(?:${BULLETS})?[\\u4e00-\\u9fff“”《》0-9０-９]{6,40}$`);

/**
 * A file may carry several documents one after another (a notice issuing two regulations): a
 * title-like line shortly before a second `一、` starts a new part; so does an article's headline. (A
 * division, `第二部分　社会事业`, is a heading above its `一、`: markers.ts.)
 */
function attachedDocumentStarts(contents: string[], markers: Array<MarkerMatch | null>, cnLines: readonly number[]): Set<number> {
  const starts = new Set<number>();
  let seenTop = false;
  for (const i of cnLines) {
    // A `一、` read as no heading (an 附件说明's item, a line that goes on from a wrapped one).
    const m = markers[i];
    if (!m) continue;
    if (m.value === 1 && seenTop) {
      let seen = 0;
      for (let j = i - 1; j >= 0 && seen < 3; j--) {
        if (!contents[j]) continue;
        if (markers[j]) break;
        seen++;
        if (contents[j].length <= 60 && (F.endsLikeTitle(contents[j]) || HEADLINE.test(contents[j]))) {
          starts.add(j);
          break;
        }
      }
    } else if (m.value === 1) {
      // The first `一、` after articles or items (a 令 and its 办法, then a 决定): a title with its
      // date in brackets below it (题注) shortly before starts a document of its own.
      const j = notedTitleAbove(contents, markers, i);
      if (j > 0 && markers.slice(0, j).some((x) => x !== null)) starts.add(j);
    }
    seenTop = true;
  }
  return starts;
}

/** The title line a few lines above line `i` whose next line is a date in brackets (题注), or -1. */
function notedTitleAbove(contents: string[], markers: ReadonlyArray<MarkerMatch | null>, i: number): number {
  let seen = 0;
  let below = -1;
  for (let j = i - 1; j >= 0 && seen < 4; j--) {
    if (!contents[j]) continue;
    if (markers[j]) break;
    seen++;
    if (below > 0 && contents[j].length <= 60 && F.endsLikeTitle(contents[j]) && F.bracketDate(contents[below])) return j;
    below = j;
  }
  return -1;
}

/** A Markdown heading of the first level (`# 标题`) on a line of its own. */
const ATX_TITLE = /^[\s\u3000\u00a0\ufeff\u200b-\u200d\u2060]*#[ \t]/;
/** The front matter's own `title:` (not a key of the same name nested under another). */
const FRONT_TITLE = /^title:[ \t]*/;

/**
 * The title a Markdown or web copy gives a text whose frame reads none (Part.pageTitle): the
 * `# …` heading on its first line of text, where the scan read nothing else (no marker, no frame
 * line); else its front matter's `title:`. Only the lines above the text are read.
 */
function givePageTitle(source: SourceText, contents: readonly string[], markers: ReadonlyArray<MarkerMatch | null>, fields: readonly FrameField[], part: Part): void {
  const lines = source.lines;
  let front = -1;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.kind === 'frontMatter') {
      if (front < 0 && FRONT_TITLE.test(l.text)) front = i;
      continue;
    }
    if (l.kind !== 'text') continue;
    if (contents[i] && !markers[i] && ATX_TITLE.test(l.text) && !fields.some((f) => f.line <= i && i <= f.endLine)) {
      part.pageTitle = contents[i];
      part.pageTitleRange = rangeFromTo(i, l.contentStart, i, l.contentEnd);
      return;
    }
    break;
  }
  const value = front >= 0 ? frontMatterValue(lines[front].text, FRONT_TITLE.exec(lines[front].text)![0].length) : null;
  if (value) {
    part.pageTitle = value.text;
    part.pageTitleRange = rangeFromTo(front, value.from, front, value.to);
  }
}

/**
 * A front matter key's value from column `at` of `line`: without its quotes (`"…"` with its `\"`
 * escapes, `'…'` with its `''`) or a trailing comment; null when empty or a block or flow value.
 */
function frontMatterValue(line: string, at: number): { text: string; from: number; to: number } | null {
  const rest = line.slice(at);
  const quoted = /^"((?:[^"\\]|\\.)*)"|^'((?:[^']|'')*)'/.exec(rest);
  let text: string;
  let from = at;
  let to: number;
  if (quoted) {
    text = quoted[1] !== undefined ? quoted[1].replace(/\\(.)/g, '$1') : quoted[2].replace(/''/g, "'");
    from = at + 1;
    to = at + quoted[0].length - 1;
  } else {
    if (/^[|>[{&*!]/.test(rest)) return null;
    const plain = /^(.*?)(?:[ \t]+#.*)?[ \t]*$/.exec(rest)![1];
    text = plain;
    to = at + plain.length;
  }
  const lead = text.length - text.trimStart().length;
  text = text.trim();
  if (!text) return null;
  if (!quoted) from += lead;
  return { text, from, to };
}

/** A web copy's `date:` in its front matter, when the text itself carries no 成文日期. */
function frontMatterDate(source: SourceText): DateValue | null {
  for (const l of source.lines) {
    if (l.kind !== 'frontMatter') continue;
    const m = /^date:\s*['"]?(.+?)['"]?\s*$/.exec(l.text.trim());
    if (!m) continue;
    const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(m[1]);
    const t = iso ? null : Date.parse(m[1]);
    if (iso) return { year: +iso[1], month: +iso[2], day: +iso[3], chinese: false };
    if (t !== null && !Number.isNaN(t)) {
      const d = new Date(t);
      return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), chinese: false };
    }
  }
  return null;
}

/**
 * Whether `line` is the title of the document a notice's title says it issues (`关于印发《X》的通知`
 * then `X`): the plan starts there even where no numbered heading follows (its numbering lost in
 * a copy, or none).
 */
function namesIssued(title: string | null, line: string): boolean {
  if (!title || line.length < 4) return false;
  const m = /《([^《》]{4,60})》/.exec(title) ?? /(?:印发|转发|发布)(.{4,60}?)的(?:通知|通告|公告)$/.exec(title);
  return m !== null && withoutSpaces(m[1]) === withoutSpaces(line);
}

function withoutSpaces(s: string): string {
  return s.replace(/[\s\u3000]+/g, '');
}

function newPart(kind: Part['kind'], startLine: number): Part {
  return { kind, title: null, titleRange: null, startLine, endLine: startLine, headings: [] };
}

/** A heading title that asks (`……？`): a 问答's question, whose answer's lists stand under it. */
function asks(t: Pick<HeadingText, 'title' | 'endPunct'>): boolean {
  return t.endPunct === '？' || (t.endPunct === '' && t.title.charCodeAt(t.title.length - 1) === 0x3f /* ? */);
}

/** Whether `h` is a 问答's question: numbered as one (`问题一：`), or a heading that asks. */
export function isQuestion(h: Heading): boolean {
  return h.marker.kind === 'question' || asks(h);
}

/** Where on `stack` the innermost question of `kind` stands, or -1. */
function openQuestion(stack: readonly Heading[], kind: Marker['kind']): number {
  for (let k = stack.length - 1; k >= 0; k--) if (stack[k].marker.kind === kind && isQuestion(stack[k])) return k;
  return -1;
}

function levelOf(m: Marker | MarkerMatch): number {
  if (m.kind === 'decimal') return NOMINAL_LEVEL.decimal + 0.1 * (m.numeral.split(/[.．]/).length - 1);
  return NOMINAL_LEVEL[m.kind];
}

const SPACES = /[\s\u3000]+/g;

/** A line of a joint 落款: a unit, or several side by side (`湖西省教育厅    湖西省财政厅`). */
function signedUnits(c: string): boolean {
  const names = c.split(SPACES);
  for (const name of names) if (name && !isUnitLike(name)) return false;
  return true;
}

/** The types of document that name their recipients (主送机关) under the title. */
const ADDRESSED = /(?:通知|通报|意见|决定|批复|函|请示|报告)》?$/;

/** What a line near the top of a part is, if it is a frame line. */
function topZoneKind(c: string, part: Part, fields: FrameField[], partIndex: number): FrameKind | null {
  const here = (k: FrameKind) => fields.some((f) => f.part === partIndex && f.kind === k);
  // A joint 版头 sets each issuer's `……文件` on a line of its own (`甲市农业农村局文件` | `甲市财政局文件`): the next right after the first.
  if (F.isBanner(c) && !here('title') && (!here('banner') || (fields[fields.length - 1].kind === 'banner' && fields[fields.length - 1].part === partIndex))) return 'banner';
  if (F.isDocNumber(c)) return 'docNumber';
  if (!part.title && !here('recipients') && F.looksLikeTitleStart(c)) return 'title';
  // `第12期` under a 纪要's or 简报's title, `第3号` under a 令's.
  if ((part.title || here('banner')) && !here('serial') && !here('docNumber') && F.isSerial(c)) return 'serial';
  if (F.isSalutation(c)) return 'salutation';
  // A later part's own: a notice forwarded inside the first, or an attached 函, addresses its recipients too.
  if ((partIndex === 0 || (part.title && ADDRESSED.test(part.title))) && !here('recipients') && F.isRecipients(c)) return 'recipients';
  return null;
}

/** A speech's or report's title (`在……会议上的讲话`), which the speaker and the date may follow. */
const SPEECH_TITLE = /(?:讲话|发言|致辞|讲话稿|讲稿|发言稿|讲话提纲|报告|主持词)(?:（[^（）]{1,12}）)?$/;

/**
 * Whether date line `i` is the date under a speech's title, right below it or below the speaker (and a subtitle)
 * (`党委书记  刘建华` / `二〇二四年一月十八日`), as the bracketed `（2024年1月18日）` is.
 */
function speechHeader(contents: string[], markers: Array<MarkerMatch | null>, part: Part, i: number): boolean {
  if (!part.titleRange || !part.title || !SPEECH_TITLE.test(part.title)) return false;
  let between = 0;
  for (let k = part.titleRange.end.line + 1; k < i; k++) {
    if (!contents[k]) continue;
    if (markers[k] || !F.isSignature(contents[k]) || ++between > 2) return false;
  }
  return part.titleRange.end.line < i;
}

/**
 * Whether line `i` follows a speech's title with only its head between (the speaker, a subtitle,
 * the date, bracketed or not: at most three lines), the part holding no 称谓 yet: its `同志们：`.
 */
function greetsAfterSpeechHeader(contents: string[], markers: Array<MarkerMatch | null>, part: Part, fields: readonly FrameField[], partIndex: number, i: number): boolean {
  if (!part.titleRange || !part.title || !SPEECH_TITLE.test(part.title) || part.titleRange.end.line >= i) return false;
  if (fields.some((f) => f.part === partIndex && f.kind === 'salutation')) return false;
  let between = 0;
  for (let k = part.titleRange.end.line + 1; k < i; k++) {
    const c = contents[k];
    if (!c) continue;
    if (markers[k] || !(F.isSignature(c) || F.isDateLine(c) || F.bracketDate(c)) || ++between > 3) return false;
  }
  return true;
}

/**
 * Whether date line `i` stands right under its part's title, below at most two lines naming the
 * issuers (a 统计公报's `望江县统计局` | `国家统计局望江调查队` | `2025年3月28日`), before any heading:
 * the document's head, not its 落款 and 成文日期 closing a cover notice.
 */
function headUnderTitle(contents: string[], markers: Array<MarkerMatch | null>, part: Part, i: number): boolean {
  if (!part.titleRange || part.headings.length || part.titleRange.end.line >= i) return false;
  let between = 0;
  for (let k = part.titleRange.end.line + 1; k < i; k++) {
    if (!contents[k]) continue;
    if (markers[k] || !F.isSignature(contents[k]) || ++between > 2) return false;
  }
  return true;
}

/**
 * Whether part `partIndex` has read a periodical's masthead: its `第3期` (serial) and the issuer
 * and date on one line under it.
 */
function mastheadRead(fields: readonly FrameField[], partIndex: number): boolean {
  let serial = false;
  let date = false;
  for (const f of fields) {
    if (f.part !== partIndex) continue;
    if (f.kind === 'serial') serial = true;
    else if (f.kind === 'date') date = true;
  }
  return serial && date;
}

/** How many text lines at a document's top may hold a periodical's masthead (its title, `第3期`, its issuer and date). */
const MASTHEAD_LINES = 5;

/**
 * The headlines of a periodical's later articles where the issue has no `本期要目` to list them (a
 * 简报's or 工作动态's masthead `第3期` then its issuer and date at the top): a headline alone on its line
 * (HEADLINE, no title's ending), no marker, after a paragraph that ends as a sentence does, with a
 * paragraph of its own below it (a sentence, longer than the headline). The first article's
 * headline is the masthead's (mastheadRead); null where none is found.
 */
function periodicalHeadlines(contents: readonly string[], markers: ReadonlyArray<MarkerMatch | null>): Set<number> | null {
  const n = contents.length;
  let serial = false;
  let dated = false;
  let seen = 0;
  let i = 0;
  for (; i < n && seen < MASTHEAD_LINES && !(serial && dated); i++) {
    const c = contents[i];
    if (!c) continue;
    seen++;
    if (F.isSerial(c)) serial = true;
    else if (serial && F.issuedDateAt(c) >= 0) dated = true;
  }
  if (!serial || !dated) return null;
  let out: Set<number> | null = null;
  let last = '';
  for (; i < n; i++) {
    const c = contents[i];
    if (!c) continue;
    const before = last;
    last = c;
    if (markers[i] || !HEADLINE.test(c) || F.endsLikeTitle(c) || !/[。！？]$/.test(before)) continue;
    let k = i + 1;
    while (k < n && !contents[k]) k++;
    const below = k < n ? contents[k] : '';
    if (markers[k] || below.length <= c.length || !/[。！？]/.test(below)) continue;
    (out ??= new Set()).add(i);
  }
  return out;
}

/** An article's title line: a document's title (`关于……的督查通报`) or a headline without punctuation. */
function articleTitle(c: string): boolean {
  return c.length <= 60 && (F.looksLikeTitleStart(c) || HEADLINE.test(c)) && !F.isRecipients(c) && !F.isDateLine(c);
}

/** A 纪要, whose list of those present (`出席：`, `列席：`) is part of its frame. */
const MINUTES = /纪\s*要》?$/;

/**
 * The issuing office's name on the first line of a part, right above its 发文字号 (a 函's or
 * 报告's 版头, `江州市人民政府` over `江府报〔2024〕15号`) or a form's short name (`富川县人民政府督查室`
 * over `督 办 单`, `会议纪要`): the 版头 of a document without `文件` in it. Not the first line of a
 * title wrapped before `关于` or mid-name (`……办公厅` | `2023年……年度报告`).
 */
function issuerAbove(contents: string[], markers: ReadonlyArray<MarkerMatch | null>, i: number, part: Part, topSeen: number, fields: readonly FrameField[]): boolean {
  // The next issuer of a joint 版头 follows the first, read as its banner.
  const last = fields.length ? fields[fields.length - 1] : null;
  const joint = last !== null && last.kind === 'banner' && nextTextLine(contents, last.line) === i;
  if ((topSeen > 0 && !joint) || part.title || !issuerLine(contents[i])) return false;
  let next = nextTextLine(contents, i);
  // Joint issuers, one a line (`中共清河市委办公室` | `清河市人民政府办公室` | `清办发〔2025〕4号`): the last stands above the number.
  for (let more = 0; more < JOINT_ISSUERS && next > i && !markers[next] && issuerLine(contents[next]) && !F.isDocNumber(contents[next]); more++) next = nextTextLine(contents, next);
  return next > i && !markers[next] && (isFormName(contents[next]) || F.isDocNumber(contents[next]));
}

/** How many more issuers' names a joint 版头 without `文件` may stack above its 发文字号. */
const JOINT_ISSUERS = 3;

function issuerLine(c: string): boolean {
  return c.length <= 30 && isUnitLike(c);
}

/**
 * A title naming only the kind of document (`督办单`, `会议纪要`, or spaced out: `通  知`), not the
 * second line of a wrapped title (`……事业单位` | `转制为企业的规定`).
 */
function isFormName(c: string): boolean {
  return (c.length <= 4 || F.spacedOut(c)) && F.endsLikeTitle(c);
}

function tailKind(c: string, i: number, contents: string[], fields: FrameField[], part: Part): FrameKind | null {
  if (part.title && MINUTES.test(part.title) && F.isAttendees(c)) return 'attendees';
  if (F.isDateLine(c)) return 'date';
  if (F.isNote(c)) return 'note';
  if (F.isAttachments(c)) return 'attachments';
  if (F.isCc(c)) return 'cc';
  if (F.isPrinted(c)) return 'printed';
  // A 发文字号 in parentheses under the title of a regulation (`（余府发〔2012〕3号）`).
  if (F.isDocNumber(c) && !fields.some((f) => f.kind === 'docNumber' && f.line === i)) return 'docNumber';
  void contents;
  return null;
}

/** The number of the item an 附件说明 names on its label's line (`附件：1.名称` → 1), 0 for none. */
function attachmentNumber(content: string): number {
  const m = ATTACHMENT_FIRST.exec(content);
  return m ? Number(m[1].replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10))) : 0;
}
const ATTACHMENT_FIRST = /^附\s*件[：:][\s\u3000]*([0-9０-９]{1,2})[.．、]/;
const NOTE_LABEL = /^(?:注|注释|说明|备注)[：:][\s\u3000]*/;
/** The form of a note's first item on its label's line (`注：1.`, `注：①`, `注释：（1）`): its items follow one a line. */
function noteListKind(content: string): MarkerKind | null {
  const label = NOTE_LABEL.exec(content);
  if (!label) return null;
  const first = matchMarker(content.slice(label[0].length));
  return first && first.value === 1 && !first.weak && (first.kind === 'arabic' || first.kind === 'parenArabic' || first.kind === 'circled' || first.kind === 'enclosed') ? first.kind : null;
}

/** A rule of the 版记 (`————`, `────`). */
const RULE_LINE = /^[—─－\-_=━]{4,}$/;

/**
 * The last line of a 抄送 wrapped onto the lines below (`抄送：市委各部门，……，市法院，` |
 * `市检察院。`): up to its `。`, never past another frame line, a heading or the 版记's rule.
 */
function ccEnd(contents: string[], markers: ReadonlyArray<MarkerMatch | null>, fields: FrameField[], i: number, part: Part): number {
  let end = i;
  for (let k = 0; k < 2 && !/[。.]$/.test(contents[end]); k++) {
    const j = nextTextLine(contents, end);
    if (j < 0 || j > end + 2 || markers[j] || contents[j].length > 80 || RULE_LINE.test(contents[j]) || /[：:]/.test(contents[j])) break;
    if (tailKind(contents[j], j, contents, fields, part)) break;
    end = j;
  }
  return end;
}

/**
 * A title may wrap over up to three lines; it ends at the line that ends like a title, or at the draft's
 * status in brackets right under it (`……审核办法` | `（征求意见稿）`), which is the title's as on one line.
 */
function titleEnd(contents: string[], start: number): number {
  const end = titleLastLine(contents, start);
  return end + 1 < contents.length && F.isDraftStatus(contents[end + 1]) ? end + 1 : end;
}

function titleLastLine(contents: string[], start: number): number {
  if (F.endsLikeTitle(contents[start])) return start;
  for (let j = start + 1; j < Math.min(contents.length, start + 3); j++) {
    const c = contents[j];
    if (!c || c.length > 60 || /[。；：:]$/.test(c) || F.isDocNumber(c) || RULE_LINE.test(c) || matchMarker(c)) break;
    if (F.endsLikeTitle(c)) return j;
  }
  return start;
}

/** How many lines a web page's header may take above the document's title. */
const PAGE_HEADER_LINES = 6;

/**
 * The line where a 公文's own title starts below a web page's header that opens the text at line
 * `i` (its site's name, a breadcrumb `首页 > 政务公开`, a line `来源：…　发布时间：…`, a news headline
 * `我市召开……会议` or `我市出台《……方案》`), or -1 when the text opens with its title or no title
 * follows. A header's lines are short and end no sentence; the title below them is one (`关于印发
 * 《……》的通知`, maybe wrapped) with its 主送机关 under it, or any title under a page's 来源 or 发布时间 line.
 * A 发文字号 or 版头 opens the document too.
 */
function titleBelowHeader(source: SourceText, contents: string[], markers: ReadonlyArray<MarkerMatch | null>, i: number): number {
  let meta = false;
  /** The first title under a 来源 or 发布时间 line, if none has its 主送机关 under it. */
  let underMeta = -1;
  /** The header's lines passed so far: issuers' names joint-issuing the title stand over it (`中共……办公室` | `……人民政府办公室` | `关于……`). */
  const visited: number[] = [];
  for (let k = i, prev = -1, seen = 0; k >= 0 && seen <= PAGE_HEADER_LINES; prev = k, k = nextTextLine(contents, k), seen++) {
    const c = contents[k];
    if (k > i) visited.push(prev);
    if (markers[k]) break;
    // A 简报's or 督查通报's masthead (`第3期`, its issuer and date on one line) is the document's own head.
    if (F.isSerial(c) || F.issuedDateAt(c) >= 0) return -1;
    // The page's labels on a line of their own (`来源：…　发布时间：…`) are markup, read as no text (source.ts).
    for (let j = prev + 1; j < k && !meta; j++) if (source.lines[j].kind === 'markup' && source.lines[j].contentEnd > source.lines[j].contentStart) meta = true;
    if (F.isBanner(c) || F.isDocNumber(c)) {
      if (!meta && !F.looksLikeTitleStart(contents[nextTextLine(contents, k)] ?? '')) return underMeta;
      // The issuing office's name above a 发文字号 is the document's 版头 (issuerAbove).
      const start = prev >= 0 && F.isDocNumber(c) && issuerLine(contents[prev]) && !SITE_NAME.test(contents[prev]) ? prev : k;
      return start > i ? start : -1;
    }
    if (F.looksLikeTitleStart(c)) {
      const end = titleEnd(contents, k);
      const title = end > k ? contents.slice(k, end + 1).join('') : c;
      const below = nextTextLine(contents, end);
      if (F.endsLikeTitle(title)) {
        // The issuers' names over `关于……的通知` are the title's first line (`青禾县人民政府办公室` | `关于……`).
        let start = k;
        for (let j = visited.length - 1; j >= 0 && issuersOverTitle(contents, visited[j], k); j--) start = visited[j];
        if (below > 0 && F.isRecipients(contents[below])) return start > i ? start : -1;
        // A 公告's, 通告's or 公示's, addressed to no one: over it only the issuers' names (`中共某市委组织部` | `关于……的公告`).
        if (!meta && visited.length && visited.length <= JOINT_ISSUERS + 1 && visited.every((j) => issuerLine(contents[j]) && !SITE_NAME.test(contents[j]) && !F.isPageHeader(contents[j]))) return start > i ? start : -1;
        if (meta && underMeta < 0) underMeta = start;
      }
    }
    if (c.length > 80 || /[。；！？]$/.test(c) || F.isRecipients(c) || F.isSalutation(c)) break;
    if (F.isPageHeader(c)) meta = true;
  }
  return underMeta;
}

/** Whether line `p`, the names of issuers (not a site's: `……门户网站`), begins the title wrapped onto line `k`. */
function issuersOverTitle(contents: string[], p: number, k: number): boolean {
  const c = contents[p];
  return c.length <= 40 && !F.isPageHeader(c) && !SITE_NAME.test(c) && signedUnits(c) && titleEnd(contents, p) >= k;
}

/** A web site's name (`平川市人民政府门户网站`, `……网`), not an issuer's. */
const SITE_NAME = /(?:网站|网|门户|平台|客户端|公众号)$/;

/** A title that wraps without `关于` (`中共……贯彻落实` / `……《……》实施办法`). */
function wrappedTitle(contents: string[], i: number, part: Part): boolean {
  const c = contents[i];
  return !part.title && c.length <= 40 && !/[。；，：:！？]$/.test(c) && !RULE_LINE.test(c) && titleEnd(contents, i) > i;
}

/**
 * `1）`, `1)`: an Arabic numeral with a closing bracket only. Under a `1.` it is the level below,
 * `（1）` without its opening bracket (asParenArabic); elsewhere a `1.` with the wrong punctuation.
 * Which it is depends on the headings open above it, as for a weak marker.
 */
function isCloseOnly(m: Pick<MarkerMatch, 'kind' | 'punct'>): boolean {
  return m.kind === 'arabic' && (m.punct === '）' || m.punct === ')');
}

/** Whether the innermost open heading of the four standard levels is a `1.` or a `（1）` (not a `1）` read as a `1.`). */
function underArabic(stack: Heading[]): boolean {
  for (let k = stack.length - 1; k >= 0; k--) {
    const m = stack[k].marker;
    const kind = m.kind;
    if (kind === 'arabic' || kind === 'parenArabic') return !isCloseOnly(m);
    if (kind === 'cn' || kind === 'parenCn' || kind === 'enclosed' || NOMINAL_LEVEL[kind] <= 0) return false;
  }
  return false;
}

/** `2）` read as `（2）` (one object per match, so the heading placed from it is kept per line). */
const AS_PAREN_ARABIC = new WeakMap<MarkerMatch, MarkerMatch>();
function asParenArabic(m: MarkerMatch): MarkerMatch {
  let p = AS_PAREN_ARABIC.get(m);
  if (!p) AS_PAREN_ARABIC.set(m, (p = { ...m, kind: 'parenArabic', punct: '', halfWidth: m.punct === ')', canonical: `（${m.value}）` }));
  return p;
}

/**
 * `（5）` (or `5)`) right after `4.`: the next `1.`-level task written in the form of the level below. Its
 * first child would be a `（1）`, so it is read as a `5.` (GW102 offers the form), unless the
 * `（1）`s run on and have just reached `（4）`: the last `（1）` of this section, or where the section
 * has none, of the part before it (`（1）`…`（4）` under `一、`, `（5）` under `二、`'s `4.`, numbered on
 * at every level; a section where the part before it is read is read again, not plain). Nor where the
 * next `1.`-level item after it is numbered as it is (`1.` `（2）` `2.`: read as a `2.`, it would make the
 * `2.` a repeat; it is the `1.`'s first item, mistyped; a section where this reads so is read again).
 */
function misfamiliedArabic(stack: Heading[], headings: Heading[], markers: ReadonlyArray<MarkerMatch | null>, line: number, value: number, open: { plain: boolean } | null): boolean {
  if (value < 2 || stack.length === 0) return false;
  const top = stack[stack.length - 1].marker;
  if (top.kind !== 'arabic' || top.value !== value - 1) return false;
  if (arabicNext(markers, line) === value) {
    // (Read again rather than taken over, as a reading of lines past its own may be.)
    if (open) open.plain = false;
    return false;
  }
  return !runsOnTo(stack, headings, value - 1, open);
}

/** The number of the next marker after `line` at the `1.` level or above, where it is a `1.` (0 where another, or none within 60 lines). */
function arabicNext(markers: ReadonlyArray<MarkerMatch | null>, line: number): number {
  for (let j = line + 1, end = Math.min(markers.length, line + 60); j < end; j++) {
    const m = markers[j];
    if (!m || m.weak || isCloseOnly(m)) continue;
    if (NOMINAL_LEVEL[m.kind] <= NOMINAL_LEVEL.arabic) return m.kind === 'arabic' ? m.value : 0;
  }
  return 0;
}

/**
 * Whether the `（1）`s run on to a `（n）` right before the heading being read, which would be the
 * first item of the heading open above it (the top of `stack`): the last `（1）` of this section (the
 * headings from `stack[0]` on) is a `（n）`; where the section has none, the last one in the part
 * before it under a heading of the same kind (`（1）`…`（4）` under `一、`'s `1.`s, then `4.` `（5）` under
 * `二、`: numbered on at every level). A section where the part before it is read is not plain.
 */
function runsOnTo(stack: readonly Heading[], headings: readonly Heading[], n: number, open: { plain: boolean } | null): boolean {
  let k = headings.length - 1;
  for (; headings[k] !== stack[0]; k--) {
    const m = headings[k].marker;
    if (m.kind === 'parenArabic') return m.value === n;
  }
  if (open) open.plain = false;
  const under = stack[stack.length - 1].marker.kind;
  for (k--; k >= 0 && headings[k].part === stack[0].part; k--) {
    const h = headings[k];
    if (h.marker.kind === 'parenArabic' && h.parent?.marker.kind === under) return h.marker.value === n;
  }
  return false;
}

/**
 * Whether a `（N）` after the subtree of `head` could be read as the `N.` its last heading
 * continues (misfamiliedParenCn, from the headings open there: the last one and its parent).
 */
function mayContinueArabic(head: Heading, value: number): boolean {
  let last = head;
  while (last.children.length) last = last.children[last.children.length - 1];
  return last.parent !== null && last.marker.kind === 'arabic' && last.marker.value === value - 1 && last.parent.marker.kind === 'parenCn';
}

/**
 * `（三）` right after `2.` under a `（一）`: the next `1.`-level item written in the form of the
 * level above. It is read as a `3.` (GW102 offers the form) only where the `（一）`s' own sequence
 * does not expect it (under `（二）` a `（三）` is its next sibling) and the lines after it do not say
 * it is one of them: items of its own under it (`1.`, or any number but the next of the run), or a
 * `（四）` or the parent's next but one after it (the `（三）` then stands for a sibling, misnumbered).
 */
function misfamiliedParenCn(stack: readonly Heading[], markers: ReadonlyArray<MarkerMatch | null>, line: number, value: number): boolean {
  if (value < 2 || stack.length < 2) return false;
  const top = stack[stack.length - 1].marker;
  const parent = stack[stack.length - 2].marker;
  if (top.kind !== 'arabic' || isCloseOnly(top) || top.value !== value - 1) return false;
  if (parent.kind !== 'parenCn' || parent.value === value - 1) return false;
  for (let j = line + 1, end = Math.min(markers.length, line + 60); j < end; j++) {
    const m = markers[j];
    if (!m) continue;
    if (NOMINAL_LEVEL[m.kind] <= NOMINAL_LEVEL.parenCn) return !(m.kind === 'parenCn' && (m.value === value + 1 || m.value === parent.value + 2));
    if (m.kind === 'arabic' && m.value !== value + 1) return false;
  }
  return true;
}

/**
 * `（5）` right after `（四）`, before any item of it: the next `（一）`-level item written in the
 * form of the level below (its first child would be a `（1）`). It is read as a `（五）` (GW102 offers
 * the form), unless the `（1）`s run on and have just reached `（4）` (runsOnTo: in this section, or
 * the `（1）`s under `（一）`s before it in the part, numbered on at every level).
 */
function misfamiliedParenArabic(stack: Heading[], headings: Heading[], value: number, open: { plain: boolean } | null): boolean {
  if (value < 2 || stack.length === 0) return false;
  const top = stack[stack.length - 1];
  if (top.marker.kind !== 'parenCn' || top.marker.value !== value - 1 || top.children.length) return false;
  if (runsOnTo(stack, headings, value - 1, open)) return false;
  // A `（一）` heading its part beside an earlier `（1）` (`（1）壬` `（一）戊` `（2）癸`, GW104 on the mix):
  // the `（2）` goes on from that `（1）` in its own form, as the `（1）`s running on above do; the lines
  // before the section count, so it is read again (not plain, as runsOnTo left it).
  if (top === stack[0]) {
    for (let k = headings.length - 2; k >= 0 && headings[k].part === top.part; k--) {
      const h = headings[k];
      if (h.parent !== null) continue;
      if (h.marker.kind === 'parenArabic') return h.marker.value !== value - 1;
      if (h.marker.kind !== 'parenCn') break;
    }
  }
  return true;
}

/**
 * `（1）` right under a `（三）` (or `1.` right under a `二、`), before any item of it, where the next
 * heading is a `2.` (a `（二）`): the first item of that level written in the form of the level
 * below (it would skip a level, and the `2.` after it says which level it is). It is read in that
 * level's form (GW102 offers it), so the `2.` is its next sibling, not a `1.` misnumbered. Not
 * where the last item of that level before it in the part is a `1.` (a `（一）`): numbered on through
 * the document, the `2.` is that one's next, and the `（1）` stands apart (GW104). What the part
 * holds before the section counts, so a section where this is asked is read again (not plain).
 */
function misfamiliedFirst(
  stack: readonly Heading[],
  headings: readonly Heading[],
  markers: ReadonlyArray<MarkerMatch | null>,
  line: number,
  marker: MarkerMatch,
  parent: MarkerKind,
  level: MarkerKind,
  part: number,
  open: { plain: boolean } | null,
): boolean {
  // A `1）` (close-only, else read as a `1.`) there is that `（一）` too: read otherwise, its fix would write `1.`, and the next run `（一）`.
  if (marker.value !== 1 || marker.weak || stack.length === 0) return false;
  const top = stack[stack.length - 1];
  if (top.marker.kind !== parent || top.children.length) return false;
  let next: MarkerMatch | null = null;
  for (let j = line + 1, end = Math.min(markers.length, line + 60); j < end && !next; j++) next = markers[j];
  if (!next || next.kind !== level || next.value !== 2 || next.weak || isCloseOnly(next)) return false;
  if (open) open.plain = false;
  for (let k = headings.length - 1; k >= 0 && headings[k].part === part; k--) {
    if (headings[k].marker.kind === level) return headings[k].marker.value !== 1;
  }
  return true;
}

/** How far below its parent an inverted list's item stands (above the level after the parent's: a `（2）`'s `1.` over a `①`). */
const INVERTED_STEP = 0.5;

/**
 * Where on `stack` an inverted list's item stands whose next sibling a `1.` is: the innermost
 * `1.` of such a list, with only its own items (of a level below) above it; -1 if none.
 */
function invertedSibling(stack: readonly Heading[], inverted: ReadonlySet<Heading>): number {
  for (let k = stack.length - 1; k >= 0; k--) {
    const h = stack[k];
    if (inverted.has(h)) return k;
    if (NOMINAL_LEVEL[h.marker.kind] <= NOMINAL_LEVEL.arabic) return -1;
  }
  return -1;
}

/**
 * Whether a `1.` may open an inverted list under the heading open above it: a `（2）` (not a
 * question) with no items yet, right under a `（一）` or a `一、`, with no `1.` open above it (a
 * `（一）` → `（1）` chain, where the `1.` level is skipped). The part's headings say the rest
 * (partHasArabicLevel). Not by its number: renumbering makes the first `3、` among `（1）`s a `1.`,
 * and the fix-all after it would read the lines otherwise again.
 */
function invertedStart(stack: readonly Heading[], marker: MarkerMatch): boolean {
  if (marker.weak || isCloseOnly(marker)) return false;
  const top = stack[stack.length - 1];
  if (top.marker.kind !== 'parenArabic' || top.children.length || isQuestion(top)) return false;
  const parent = top.parent?.marker.kind;
  if (parent !== 'parenCn' && parent !== 'cn') return false;
  for (const h of stack) if (h.marker.kind === 'arabic') return false;
  return true;
}

/** The four standard levels, whose items a drafter may retype in one another's form. */
const STANDARD_KINDS: ReadonlySet<MarkerKind> = new Set<MarkerKind>(['cn', 'parenCn', 'arabic', 'parenArabic']);

/**
 * `2.` right after `（一）`, before any item of it, where the next heading of its level or above is
 * a `（三）`: the `（二）` the sequence expects, written in the form of the level below (pasted or
 * retyped from a list numbered otherwise). So `（二）` between `一、` and `三、`, `4．` between
 * `（三）` and `（五）`, and the one form above: `3.` between `（2）` and `（4）` (a `（3）`, not a list of the
 * `（2）`'s own, invertedStart). Its number, not the `1` a first item has, and the sibling after it that goes
 * on from it say which: it is read as that sibling (GW102 offers the form), not as a first child
 * misnumbered (GW101) with the `（三）` after it then seen as skipping the `（二）`. Items of a level
 * below its own may stand under it; an item of its own form between (`（一）` `2.` `3.` `（三）`), any
 * other number, or no such sibling after it (`（一）` then `1.` `2.` then `（二）`: a list of its own)
 * leave it as it reads, except the last of its siblings, from its third item on, in the form of the
 * level below, closed by its parent's next sibling or the end of the text (lastOfSiblings:
 * `（一）（二）（三）` `4.` `三、`). The kind it is read as, or null.
 */
function misfamiliedBetween(stack: readonly Heading[], markers: ReadonlyArray<MarkerMatch | null>, line: number, marker: MarkerMatch, open: { plain: boolean } | null): MarkerKind | null {
  if (marker.value < 2 || marker.weak || isCloseOnly(marker) || !STANDARD_KINDS.has(marker.kind) || stack.length === 0) return null;
  const top = stack[stack.length - 1];
  const kind = top.marker.kind;
  if (top.marker.value !== marker.value - 1 || top.children.length || !STANDARD_KINDS.has(kind) || isCloseOnly(top.marker) || isQuestion(top)) return null;
  const own = NOMINAL_LEVEL[marker.kind];
  // A form above: only `3.` between `（2）` and `（4）` (a `1.` under a `（2）` may start an inverted
  // list, invertedStart); a `（三）` after a `2.` is misfamiliedParenCn's to read.
  // (Or a form two levels above or more, `（二）` between `（1）` and `（3）`, its sibling after it: read as
  // written, that `（3）` would skip a level under it, or the `（二）` skip its own level's number. Not a
  // `二、`, a section's head: `一、` `（一）` `1.` `二、` `3.` `（二）` may as well be a repeated `二、`, GW101's.)
  const far = own < NOMINAL_LEVEL[kind] - 1 && marker.kind !== 'cn';
  if (own <= NOMINAL_LEVEL[kind] && !(marker.kind === 'arabic' && kind === 'parenArabic') && !far) return null;
  const bound = Math.max(own, NOMINAL_LEVEL[kind]);
  for (let j = line + 1, end = Math.min(markers.length, line + 60); j < end; j++) {
    const m = markers[j];
    if (!m || NOMINAL_LEVEL[m.kind] > bound) continue;
    if (m.kind === kind) return m.value === marker.value + 1 && !m.weak && !isCloseOnly(m) && !(far && firstBelowAfter(markers, j, marker.kind, kind)) ? kind : null;
    if (far) return null;
    // The last of its siblings: the parent's next sibling (`三、`) closes them.
    return NOMINAL_LEVEL[m.kind] < NOMINAL_LEVEL[kind] && STANDARD_KINDS.has(m.kind) && !m.weak && onlyOwnItemsAfter(markers, line, marker, j) && lastOfSiblings(markers, line, marker, own, kind, open) ? kind : null;
  }
  // The last of its siblings at the end of the text (no heading of its level or above after it).
  for (let j = line + 60; j < markers.length; j++) {
    const m = markers[j];
    if (m && NOMINAL_LEVEL[m.kind] <= bound) return null;
  }
  return onlyOwnItemsAfter(markers, line, marker, markers.length) && lastOfSiblings(markers, line, marker, own, kind, open) ? kind : null;
}

/**
 * Whether the next heading after `line` above the items of `kind` (past those) is a 1 of the level under
 * `own`: `（1）` `（二）` `（3）` `1.`, the `1.` the first item of a `（三）` written `（3）`, so the `（二）` is one as written.
 */
function firstBelowAfter(markers: ReadonlyArray<MarkerMatch | null>, line: number, own: MarkerKind, kind: MarkerKind): boolean {
  const under = STANDARD_ORDER[STANDARD_ORDER.indexOf(own) + 1];
  for (let j = line + 1, end = Math.min(markers.length, line + 60); j < end; j++) {
    const m = markers[j];
    if (!m || m.kind === kind || NOMINAL_LEVEL[m.kind] > NOMINAL_LEVEL[kind]) continue;
    return m.kind === under && m.value === 1;
  }
  return false;
}

/**
 * Whether the lines after `marker` up to `end` hold only items of its own form numbered from 1 and
 * the items below those: what a `（三）` written `3.` has. A first item below its own form (`（1）`
 * right under the `3.`) is what a `3.` has, not a `（三）`: a first child misnumbered (GW101), as
 * misfamiliedLast reads it too.
 */
function onlyOwnItemsAfter(markers: ReadonlyArray<MarkerMatch | null>, line: number, marker: MarkerMatch, end: number): boolean {
  let child = 1;
  for (let j = line + 1; j < end; j++) {
    const m = markers[j];
    if (!m) continue;
    if (m.kind === marker.kind) {
      if (m.value !== child) return false;
      child++;
    } else if (child === 1 || m.weak || isCloseOnly(m)) return false;
  }
  return true;
}

/**
 * Whether an item misfamiliedBetween finds with no sibling after it (`（一）（二）（三）` `4.` `三、`,
 * `五、` `六、` `（七）` at the end) is the last of its siblings in the wrong form: only in the form of
 * the level below, from its third item on (a `2.` right under a `（一）` may be its own list's first
 * item misnumbered), and, where items of its form stand above, only where their lists start again
 * from 1 (`1.` `2.` then `1.`: numbered per section) and the last of them is not the number before its
 * own (`1.`…`3.` numbered on through the text: a `4.` under the `（三）` goes on from them).
 */
function lastOfSiblings(markers: ReadonlyArray<MarkerMatch | null>, line: number, marker: MarkerMatch, own: number, kind: MarkerKind, open: { plain: boolean } | null): boolean {
  if (marker.value < 3 || own <= NOMINAL_LEVEL[kind]) return false;
  // It reads the text before the section: a section where this is asked is read again.
  if (open) open.plain = false;
  // Items of its form above: only where their lists start again from 1 (`1.` `2.` … `1.`), and the
  // last of them is not the number before its own.
  let any = false;
  let followedByOne = false;
  // The last item of a list that a `1.` follows, waiting for the item before it (a list in order).
  let ended = 0;
  for (let j = line - 1; j >= 0; j--) {
    const m = markers[j];
    if (!m || m.kind !== marker.kind) continue;
    if (!any) {
      if (m.value === marker.value - 1) return false;
      any = true;
    } else if (ended && m.value === ended - 1) return true;
    ended = followedByOne && m.value >= 2 ? m.value : 0;
    followedByOne = m.value === 1;
  }
  return !any;
}

/** The standard levels from the top. */
const STANDARD_ORDER: readonly MarkerKind[] = ['cn', 'parenCn', 'arabic', 'parenArabic'];

/**
 * `7.` right under a `三、`, before any item of it, in a document numbering its `（一）`s on through
 * the text: where the last `（一）`-level item above in the part is a `（六）` and the next heading of
 * its level or above a `（八）`, it is the `（七）` between them written in the form of the level below
 * (misfamiliedBetween across the parent: a list of the `三、`'s own would skip the `（一）` level). So
 * a `（3）` between a `2.` and a `4.` across a `（二）`. What the part holds before the section
 * counts, so a section where this is asked is read again (not plain). The kind it is read as, or null.
 */
function misfamiliedAcross(
  stack: readonly Heading[],
  headings: readonly Heading[],
  markers: ReadonlyArray<MarkerMatch | null>,
  line: number,
  marker: MarkerMatch,
  part: number,
  open: { plain: boolean } | null,
): MarkerKind | null {
  if (marker.value < 2 || marker.weak || isCloseOnly(marker) || stack.length === 0) return null;
  const at = STANDARD_ORDER.indexOf(marker.kind);
  if (at < 2) return null;
  const kind = STANDARD_ORDER[at - 1];
  const top = stack[stack.length - 1];
  if (top.marker.kind !== STANDARD_ORDER[at - 2] || top.children.length || isCloseOnly(top.marker)) return null;
  let next: MarkerMatch | null = null;
  for (let j = line + 1, end = Math.min(markers.length, line + 60); j < end && !next; j++) {
    const m = markers[j];
    if (m && NOMINAL_LEVEL[m.kind] <= NOMINAL_LEVEL[marker.kind]) next = m;
  }
  if (!next || next.kind !== kind || next.value !== marker.value + 1 || next.weak || isCloseOnly(next)) return null;
  if (open) open.plain = false;
  for (let k = headings.length - 1; k >= 0 && headings[k].part === part; k--) {
    if (headings[k].marker.kind === kind) return headings[k].marker.value === marker.value - 1 ? kind : null;
  }
  return null;
}

/**
 * `3.` right after `（二）`, as its first item, where no sibling of its level follows: the last
 * `（三）` of the list, written in the form of the level below (so `（三）` after `二、`, `3.` or `（3）`
 * after `二、`, `（3）` after `（二）`). Read as that item (GW102 offers the form) only where the
 * document says so: its number is 3 or more (a list counted to `（二）`); no item of its form stands
 * under the list's items before it (none to number on from, none whose numbering it could repeat: a child list is then
 * a likely reading, GW101); and the lines after it, up to the next heading of the list's level or
 * above (a higher one, the list's next number, or the end of the text), hold only items of its
 * own form numbered from 1 (the items a `（三）` has, not a `3.` going on to `4.`) and the items
 * below those. A first item below its own form (`（1）` under the `3.`) is what a `3.` has, not a
 * `（三）`: left as it reads (GW101), as is anything else. Nor where an item of its form is open
 * above it (a `2.……？` question over the list: the `3.` is its next), or where lists of its form
 * stand before the list in the part but do not all restart at 1, two of them at least (numbered
 * on through the document, or moved: a first item may be a `3.`). What the part holds before the section counts, so a section where this is asked is
 * read again (not plain). The kind it is read as, or null.
 */
function misfamiliedLast(
  stack: readonly Heading[],
  headings: readonly Heading[],
  markers: ReadonlyArray<MarkerMatch | null>,
  line: number,
  marker: MarkerMatch,
  open: { plain: boolean } | null,
): MarkerKind | null {
  if (marker.value < 3 || marker.weak || isCloseOnly(marker) || !STANDARD_KINDS.has(marker.kind) || stack.length === 0) return null;
  const top = stack[stack.length - 1];
  const kind = top.marker.kind;
  if ((kind !== 'cn' && kind !== 'parenCn') || top.marker.value !== marker.value - 1 || top.children.length || isQuestion(top)) return null;
  const list = NOMINAL_LEVEL[kind];
  const own = NOMINAL_LEVEL[marker.kind];
  if (own <= list) return null;
  // The lines after it: its own items from 1, and theirs; then a heading of the list's level or above.
  let child = 1;
  let end = true;
  for (let j = line + 1, stop = Math.min(markers.length, line + 60); j < stop; j++) {
    const m = markers[j];
    if (!m) continue;
    if (m.weak || isCloseOnly(m)) return null;
    const level = NOMINAL_LEVEL[m.kind];
    if (level <= list) {
      if (level === list && !(m.kind === kind && m.value === marker.value + 1)) return null;
      end = false;
      break;
    }
    if (m.kind === marker.kind) {
      if (m.value !== child) return null;
      child++;
    } else if (level < own || child === 1) return null;
  }
  if (end && line + 60 < markers.length) return null;
  // An item of its form open above it (a `2.……？` question over the list): its next sibling.
  for (const h of stack) if (h.marker.kind === marker.kind || isQuestion(h)) return null;
  // The list's items before it (under the same parent): none with an item of its form under it;
  // before them in the part, lists of its form that restart at 1 (as follows).
  if (open) open.plain = false;
  let k = headings.length - 1;
  for (; k >= 0 && headings[k] !== top.parent && headings[k].part === top.part; k--) {
    if (headings[k].marker.kind === marker.kind) return null;
  }
  // Before them, lists of its form say whether a first item may stand at 3 (numbered on through
  // the document, or moved there): only where two or more of them restart at 1, and none starts
  // at another number, is it no first item.
  let restarts = 0;
  for (; k >= 0 && headings[k].part === top.part; k--) {
    const h = headings[k];
    if (h.marker.kind !== marker.kind) continue;
    const first = h.parent?.children.find((c) => c.marker.kind === marker.kind);
    if (!first) return null;
    if (first === h) {
      if (h.marker.value !== 1) return null;
      restarts++;
    }
  }
  return restarts === 0 || restarts >= 2 ? kind : null;
}

/**
 * `（二）` after the `（一）` `（二）` of a `一、`, with items of its own from `（一）` under it, then `三、`
 * (or the end of the text): the `二、` the sequence expects, written in the form of the level below
 * (so `2.` after the `1.` `2.` of a `（一）`, with its `1.` `2.`, then `（三）`; `（三）` under a `二、` with no
 * `（一）`s, `（五）` after a `四、`'s `（三）`). Not the `一、`'s next item (a `（二）` after its `（一）`, left as
 * it reads). The lines after it, up to the next heading of the level above, hold only items of its
 * form in order, from 1 or on from the `一、`'s where those go on from an earlier list (a document
 * numbering them on through the text), one
 * at least (its own list starting is what says it heads them), and the items below those, and that
 * heading is the number after it (or the text ends, after two items of its own at least); anything else (another
 * number, a weak or `1）`-type marker, an item of another form before its first) leaves it as it
 * reads (GW101). It reads only the lines after it and the headings open above it: a section it
 * closes is read again anyway (its closer is this reading, not the line's marker). The kind it is
 * read as, or null.
 */
function misfamiliedParent(stack: readonly Heading[], markers: ReadonlyArray<MarkerMatch | null>, line: number, marker: MarkerMatch): MarkerKind | null {
  if (marker.value < 2 || marker.weak || isCloseOnly(marker) || !STANDARD_KINDS.has(marker.kind) || stack.length === 0) return null;
  const at = STANDARD_ORDER.indexOf(marker.kind);
  if (at < 1) return null;
  const kind = STANDARD_ORDER[at - 1];
  const own = NOMINAL_LEVEL[marker.kind];
  const above = NOMINAL_LEVEL[kind];
  // The open item of the level above, with only items of its form or below open under it.
  let k = stack.length - 1;
  for (; k >= 0 && stack[k].marker.kind !== kind; k--) if (NOMINAL_LEVEL[stack[k].marker.kind] < own) return null;
  if (k < 0) return null;
  const parent = stack[k];
  if (parent.marker.value !== marker.value - 1 || isCloseOnly(parent.marker) || isQuestion(parent)) return null;
  let last = 0;
  let opening = 0;
  for (const c of parent.children) if (c.marker.kind === marker.kind) (last = c.marker.value), (opening ||= c.marker.value);
  if (last && last + 1 === marker.value) return null;
  // (The parent's items go on from an earlier list only where it has siblings before it: under a first
  // `一、`, `（二）` `（二）` `（三）` is its list misnumbered, not one numbered on.)
  if (opening > 1 && parent.marker.value < 2) opening = 0;
  // Its items: from 1, or on from the parent's where those go on from an earlier list too (numbered
  // on through the text: a `四、`'s `（八）`…`（十一）`, then `（五）` `（十二）`).
  let first = 0;
  let child = 0;
  for (let j = line + 1; j < markers.length; j++) {
    const m = markers[j];
    if (!m) continue;
    if (m.weak || isCloseOnly(m)) return null;
    const level = NOMINAL_LEVEL[m.kind];
    if (level <= above) return m.kind === kind && m.value === marker.value + 1 && child > 0 ? kind : null;
    if (m.kind === marker.kind) {
      if (!first) {
        if (m.value !== 1 && !(opening > 1 && m.value === last + 1)) return null;
        first = child = m.value;
      } else if (m.value !== child + 1) return null;
      else child = m.value;
    } else if (!first || level < own) return null;
  }
  // At the end of the text, two items of its own at least.
  return first && child > first ? kind : null;
}

/** A marker read as the one of `kind` with its number (`2.` as `（二）`, `（2）` as `二、`). */
function asKind(m: MarkerMatch, kind: MarkerKind): MarkerMatch {
  switch (kind) {
    case 'cn':
      return asCn(m);
    case 'parenCn':
      return asParenCn(m);
    case 'arabic':
      return asArabic(m);
    default:
      return asParenArabic(m);
  }
}

/** `（2）` or `2.` read as `二、` (one object per match, as for asParenArabic). */
const AS_CN = new WeakMap<MarkerMatch, MarkerMatch>();
function asCn(m: MarkerMatch): MarkerMatch {
  let c = AS_CN.get(m);
  if (!c) AS_CN.set(m, (c = { ...m, kind: 'cn', canonical: `${toChinese(m.value)}、` }));
  return c;
}

/** `（5）` read as `（五）` (one object per match, as for asParenArabic). */
const AS_PAREN_CN = new WeakMap<MarkerMatch, MarkerMatch>();
function asParenCn(m: MarkerMatch): MarkerMatch {
  let c = AS_PAREN_CN.get(m);
  if (!c) AS_PAREN_CN.set(m, (c = { ...m, kind: 'parenCn', canonical: `（${toChinese(m.value)}）` }));
  return c;
}

/** `（5）` read as `5.` (one object per match, as for asParenArabic). */
const AS_ARABIC = new WeakMap<MarkerMatch, MarkerMatch>();
function asArabic(m: MarkerMatch): MarkerMatch {
  let a = AS_ARABIC.get(m);
  if (!a) AS_ARABIC.set(m, (a = { ...m, kind: 'arabic', punct: '', canonical: `${m.value}.` }));
  return a;
}

/** A table of contents' heading line: `目录`, `目　录`, `目 录：`. */
const TOC_HEAD = /^目[\s\u3000]*录[：:]?$/;
/** A 简报's or 工作动态's list of its articles: `本期要目`, `本期目录：`, `本期导读`. */
const DIGEST_HEAD = /^本期(?:要目|目录|导读)[：:]?$/;
/** A digest's entry: a headline (a bullet or a number may lead it), no sentence. */
const DIGEST_ENTRY_MAX = 40;

/**
 * The entries under a 简报's `本期要目` on line `head` (the lines up to the first line that repeats one,
 * where the first article starts, or to a line that is no headline), and the lines below them that repeat
 * an entry, bullet and number aside: each opens its article. Null where no line repeats one.
 */
function digestHeadlines(contents: readonly string[], markers: ReadonlyArray<MarkerMatch | null>, head: number): { entries: number[]; headlines: number[] } | null {
  const entries: number[] = [];
  const names = new Set<string>();
  const n = contents.length;
  const name = (j: number): string => {
    const m = markers[j];
    return withoutBullet(m ? contents[j].slice(m.text.length) : contents[j]).trim();
  };
  let j = head + 1;
  for (; j < n; j++) {
    const c = contents[j];
    if (!c) continue;
    const t = name(j);
    if (names.has(t) || !t || t.length > DIGEST_ENTRY_MAX || /[。；！？：:]/.test(t)) break;
    entries.push(j);
    names.add(t);
  }
  const headlines: number[] = [];
  for (; j < n; j++) if (contents[j] && contents[j].length <= DIGEST_ENTRY_MAX + 4 && names.has(name(j))) headlines.push(j);
  return headlines.length && entries.length ? { entries, headlines } : null;
}
/** Dot leaders, or a tab, before an entry's page number. */
const TOC_LEADER = /(?:[.．…·…\-—_]{2,}|\t)\s*[0-9]*$/;
/** An entry ending in its page number after leaders or a tab. */
const TOC_PAGE = /(?:[.．…·\-—_]{2,}|\t)\s*[0-9]+$/;

/** The level of a `一、` that groups articles: below a chapter's section, above an article. */
const ARTICLE_GROUP_LEVEL = NOMINAL_LEVEL.article - 0.5;
/** The level of a plan's stage whose items are `一、`s: above them, below an article. */
const PHASE_OVER_CN_LEVEL = NOMINAL_LEVEL.cn - 0.5;

/** Whether the next marker after the stage on line `i` (`第一阶段：……`) is a `一、`: the stage heads the `一、`s, not a `二、实施步骤`'s `（一）`s. */
function phaseOverCn(markers: ReadonlyArray<MarkerMatch | null>, i: number): boolean {
  for (let j = i + 1; j < markers.length; j++) if (markers[j]) return markers[j]!.kind === 'cn';
  return false;
}

/**
 * Whether the `一、` on line `line` groups the articles after it (a 若干政策 numbered `一、支持粮食
 * 稳产增产` / `第一条 ……` / `第二条 ……` / `二、……`, the articles running on through it): a title
 * alone on its line, with the next text line an article, and no article open above it but in such
 * a group (`第四条 ……如下：` / `一、……` / `三、……` / `第五条`: the items of an article).
 */
function headsArticles(contents: readonly string[], markers: ReadonlyArray<MarkerMatch | null>, line: number, stack: readonly Heading[], groups: ReadonlySet<Heading>): boolean {
  if (/[。；：:，！？]/.test(contents[line])) return false;
  let next = line + 1;
  while (next < contents.length && !contents[next]) next++;
  if (next >= contents.length || markers[next]?.kind !== 'article') return false;
  for (const h of stack) if (h.marker.kind === 'article' && !(h.parent && groups.has(h.parent))) return false;
  return true;
}

/** A plan's box heading its own list: `专栏1 重点工程`, `专栏1：`, `专栏 1`, `专栏一`. */
const BOX_HEAD = /^专栏[\s\u3000]*(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})(?:[\s\u3000：:]|$)[^。；！？]*$/;

/** How far back the box looks for the body's numbers it interrupts. */
const BOX_LOOKBACK = 300;

/**
 * The lines of the items of the box headed on line `head` (`专栏1 重点工程`, then `1.高速铁路：……`):
 * a list of its own starting at 1 on the next line, not the body's siblings, tasks or ledger
 * entries. It ends where the body's numbering resumes (`3.提升内河航运能力` after the box's `1.`–`3.`,
 * which follow a `2.` of the body) or at a heading of a higher level or another kind. An item
 * whose number both the box and the body expect is the box's unless it ends in a bracket as the
 * body's item before the box does (its units); a first item `1.` the body also expects (nothing of
 * its kind above it under its heading) is the box's only where the body would skip a level
 * (`①` under a `5.`): `（一）` under `三、` may be the body's going on after a box whose text was lost.
 * Items under the box's items go with them. A number that fits neither list leaves the lines as
 * they read without the box.
 */
function boxItems(contents: readonly string[], markers: ReadonlyArray<MarkerMatch | null>, head: number): number[] {
  let first = head + 1;
  while (first < contents.length && !contents[first]) first++;
  const m1 = first < contents.length ? markers[first] : null;
  if (!m1 || m1.value !== 1 || m1.weak || NOMINAL_LEVEL[m1.kind] < 1 || m1.kind === 'decimal') return NO_ITEMS;
  const kind = m1.kind;
  const level = NOMINAL_LEVEL[kind];
  // The body's numbers of this kind before the box: under the same heading (`local`), and the last anywhere (`running`).
  let local = 0;
  let running = 0;
  let localLine = -1;
  let open: MarkerMatch | null = null;
  let closed = false;
  for (let j = head - 1, end = Math.max(0, head - BOX_LOOKBACK); j >= end; j--) {
    const m = markers[j];
    if (!m) continue;
    open ??= m;
    if (m.kind === kind) {
      if (!closed) (local = m.value), (localLine = j);
      running = m.value;
      break;
    }
    if (levelOf(m) < level) closed = true;
  }
  const fitsBody = (v: number) => v === local + 1 || v === running + 1;
  const bodyBracket = localLine >= 0 && ENDS_IN_BRACKET.test(contents[localLine]);
  const items: number[] = [];
  let count = 0;
  for (let j = first; j < contents.length; j++) {
    const m = markers[j];
    if (!m) {
      if (BOX_HEAD.test(contents[j])) break;
      continue;
    }
    if (m.kind !== kind) {
      if (levelOf(m) <= level) break;
      if (count) items.push(j); // an item's own items
      continue;
    }
    const box = m.value === count + 1;
    const body = fitsBody(m.value);
    // A number that fits neither: a mistake in the box or in the body, which reading the lines as
    // the body's headings shows (GW101 names the value each list expects there).
    if (!box && !body) return NO_ITEMS;
    if (!box) break;
    if (body) {
      if (count === 0 ? !(open && level > levelOf(open) + 1) : bodyBracket && ENDS_IN_BRACKET.test(contents[j])) break;
    }
    items.push(j);
    count++;
  }
  return count ? items : NO_ITEMS;
}

const NO_ITEMS: number[] = [];
/** A line ending in a closing bracket (a task's units, `（省交通运输厅）`). */
const ENDS_IN_BRACKET = /[）)][。；]?$/;

/** Whether a line is broken mid-phrase: it ends in a citation's 第, or inside a title or a quotation. */
function brokenOff(own: string, l: Line): boolean {
  const c = own.slice(l.contentStart, l.contentEnd);
  return c.endsWith('第') || c.lastIndexOf('《') > c.lastIndexOf('》') || c.lastIndexOf('“') > c.lastIndexOf('”');
}
const BROKEN_SLOT = new LineSlot<boolean>('brokenOff');

/**
 * A statistics table's row whose label is numbered as a heading is (`（一）予以公开	18	1	20`).
 * Not cached per line: asked only of lines next to a heading that end as a figure does (endsAsFigure).
 */
function numberedFigureRow(c: string): boolean {
  return NUMBERED_LABEL.test(c) && isFigureRow(c);
}
const NUMBERED_LABEL = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(](?:[一二三四五六七八九十]{1,3}|[0-9]{1,2})[）)]|[0-9]{1,2}[.．、])/;

/** Whether a line's content may be a figure alone (loneFigure): short, and ending as a figure does. Tells most lines apart without a regex. */
function mayBeFigure(c: string): boolean {
  if (c.length === 0 || c.length > 24) return false;
  // FIGURE also takes a figure ending in its separator (`12.`, `1,263,`).
  const last = c.charCodeAt(c.length - 1);
  return endsAsFigure(c) || last === 0x2e || last === 0x2c || last === 0xff0e || last === 0xff0c;
}

/** Whether a line's content may be a figure alone (mayBeFigure) or ends as a figure does (endsAsFigure): rare in prose. */
function figureLike(c: string): boolean {
  return endsAsFigure(c) || mayBeFigure(c);
}

/** A line that is one figure alone (`37`, `12.3%`): a table's cell, one a line. Not cached, as numberedFigureRow. */
function loneFigure(c: string): boolean {
  return mayBeFigure(c) && isFigure(c.trim());
}

/** What may end a paragraph: the punctuation that closes a sentence, a quotation or a bracket. */
const PARAGRAPH_END = /[。！？!?；;：:”’」』）)…]$/;

function sameWrapping(a: Wrapping | null, b: Wrapping | null): boolean {
  return a === b || (a !== null && b !== null && a.columns === b.columns && a.width === b.width);
}

/**
 * Whether the innermost open `1.` is the one before `m`. A `3、4月份` counts only after a `2、`
 * (after a `2.` it is a date in the text under it).
 */
function expectsArabic(stack: Heading[], m: MarkerMatch): boolean {
  for (let k = stack.length - 1; k >= 0; k--) {
    const o = stack[k].marker;
    if (o.kind === 'arabic') return o.value === m.value - 1 && (m.punct !== '、' || o.punct === '、');
  }
  return false;
}

/** Whether a 落款 or 成文日期 has been met: the attachments after it (附件1, 附件2 …) follow the signed document. */
function signedBefore(fields: readonly FrameField[]): boolean {
  for (let k = fields.length - 1; k >= 0; k--) if (fields[k].kind === 'signature' || fields[k].kind === 'date') return true;
  return false;
}

/**
 * The line holding the title under an `附件` line: the next text line, within a few, when it is
 * short, with no marker and no sentence's punctuation (`参会回执`, `任务分工表`); else -1.
 */
function attachmentTitle(contents: readonly string[], markers: ReadonlyArray<MarkerMatch | null>, line: number): number {
  for (let j = line + 1; j < contents.length && j <= line + PADDED_TITLE_GAP; j++) {
    const c = contents[j];
    if (!c) continue;
    return !markers[j] && c.length <= 40 && !NOT_A_SECTION_TITLE.test(c) && !F.isDateLine(c) && c.indexOf('\t') < 0 ? j : -1;
  }
  return -1;
}

/** How far below a web article's `01` its title may stand (blank lines between, as a copy leaves them). */
const PADDED_TITLE_GAP = 4;
/** What a section's title is not: a sentence, a clause, a label. */
const NOT_A_SECTION_TITLE = /[。；;，,！？!?：:]/;

/**
 * The line holding the title of a web article's `01` alone on its line: the next text line, a short
 * phrase with no marker, no sentence's punctuation and no unit's name (a table's cells, one a line,
 * are no section); -1 when there is none. It lies in the section the `01` heads.
 */
function paddedTitle(contents: readonly string[], markers: ReadonlyArray<MarkerMatch | null>, line: number): number {
  for (let j = line + 1; j < contents.length && j <= line + PADDED_TITLE_GAP; j++) {
    const c = contents[j];
    if (!c) continue;
    return !markers[j] && c.length <= 30 && !NOT_A_SECTION_TITLE.test(c) && !isUnitLike(c) ? j : -1;
  }
  return -1;
}

/** An alone marker's title may stand this many lines below it (up to three blank lines, or a PDF's page number, between). */
const ALONE_TITLE_GAP = 4;

/**
 * The line holding the title of a marker alone on its line (`一、` | `总体要求`, `（一）` | `指导思想`):
 * the next text line within ALONE_TITLE_GAP, unless it is a marker itself (`一、` | `（一）`: the
 * `一、` heads nothing), a table's row (tab- or pipe-separated cells, or figures), a date, an 附件
 * line, a 落款 over its 成文日期, or a 附注; -1 when there is none. It lies in the section the marker
 * heads (so a section taken over reads nothing beyond its lines).
 */
function aloneTitle(source: SourceText, contents: readonly string[], markers: ReadonlyArray<MarkerMatch | null>, line: number): number {
  for (let j = line + 1; j < contents.length && j <= line + ALONE_TITLE_GAP; j++) {
    const c = contents[j];
    if (!c) continue;
    if (markers[j] || c.indexOf('\t') >= 0 || c.charCodeAt(0) === 0x7c /* | */ || isFigureRow(c) || loneFigure(c)) return -1;
    if (F.isDateLine(c) || F.isNote(c) || c.startsWith('附件') || F.isCc(c) || F.isPrinted(c)) return -1;
    // A 落款: a unit's name over the date (`某某县人民政府` | `2025年3月1日`).
    if (F.isSignature(c)) {
      const k = nextTextLine(contents as string[], j);
      if (k >= 0 && F.isDateLine(contents[k])) return -1;
    }
    return source.lines[j].kind === 'text' ? j : -1;
  }
  return -1;
}

/**
 * Whether the next line with a marker after `line` holds a `value.` (a `2.` after a `1.8月26日`, an
 * `18.` after a `17 研究确定……` that lost its dot). That line lies in the section holding `line` or
 * closes it, so a section taken over reads nothing beyond its lines.
 */
function nextFollows(markers: ReadonlyArray<MarkerMatch | null>, line: number, value: number): boolean {
  for (let j = line + 1, end = Math.min(markers.length, line + 60); j < end; j++) {
    const m = markers[j];
    if (m) return m.kind === 'arabic' && m.value === value && m.punct !== '' && !isCloseOnly(m);
  }
  return false;
}

/**
 * Whether `m` stands first among its siblings of its kind (none open above it at its level) and
 * another of its kind follows it before any of a level above: the `二、` below a `—、` (a `一、`
 * misread), the `（二）` below a `（-）`, the `2.` below an `l.`. Never by their numbers, which
 * renumbering changes: what it renumbers is read as before.
 */
function firstOfKind(stack: Heading[], m: MarkerMatch): boolean {
  for (let k = stack.length - 1; k >= 0; k--) {
    const o = stack[k].marker;
    if (o.kind === m.kind) return false;
    if (NOMINAL_LEVEL[o.kind] < NOMINAL_LEVEL[m.kind]) break;
  }
  return true;
}

function nextOfKind(markers: ReadonlyArray<MarkerMatch | null>, line: number, m: MarkerMatch): boolean {
  for (let j = line + 1, end = Math.min(markers.length, line + 2000); j < end; j++) {
    const n = markers[j];
    if (!n) continue;
    if (n.kind === m.kind) return true;
    if (NOMINAL_LEVEL[n.kind] <= NOMINAL_LEVEL[m.kind]) return false;
  }
  return false;
}

/**
 * Whether a chapter `m` of a decimally numbered document (`2 组织指挥体系`) is one: the next line
 * with a marker holds a number under it (`2.1`), or, a chapter without numbers under it
 * (`5 后期处置`), the chapter before it ends just above (`4.3`) and the next one, if any, follows.
 * The first chapter (`1 范围` of a standard, with text and no numbers under it) is one where the
 * next chapter follows with nothing numbered before it.
 */
function decimalChapter(markers: ReadonlyArray<MarkerMatch | null>, line: number, m: MarkerMatch): boolean {
  let next: MarkerMatch | null = null;
  for (let j = line + 1, end = Math.min(markers.length, line + 60); j < end && !next; j++) next = markers[j];
  if (next && next.kind === 'decimal' && !next.weak && next.numeral.startsWith(m.numeral) && /^[.．]/.test(next.numeral.slice(m.numeral.length))) return true;
  if (next && !(next.kind === 'decimal' && next.weak && next.value === m.value + 1)) return false;
  let prev: MarkerMatch | null = null;
  for (let j = line - 1, end = Math.max(0, line - 200); j >= end && !prev; j--) prev = markers[j];
  if (prev === null) return m.value === 1 && next !== null;
  return prev.kind === 'decimal' && parseInt(prev.numeral, 10) === m.value - 1;
}

/** Whether line `i` heads a document of its own: a title, then its 发文字号 or 主送机关. */
function forwardedStart(contents: string[], markers: ReadonlyArray<MarkerMatch | null>, i: number): boolean {
  if (markers[i]) return false;
  // Its issuing office may stand above its title (`富川县人民政府督查室` over `交 办 单`).
  if (!F.looksLikeTitleStart(contents[i])) {
    if (!issuerLine(contents[i])) return false;
    i = nextTextLine(contents, i);
    if (i < 0 || markers[i]) return false;
    if (F.isDocNumber(contents[i])) return true;
    if (!isFormName(contents[i])) return false;
  }
  const next = nextTextLine(contents, titleEnd(contents, i));
  return next > i && !markers[next] && (F.isDocNumber(contents[next]) || F.isRecipients(contents[next]));
}

/**
 * The first text line from `i` on that is no line of a 版记 (`抄送：……` with its wrapped lines,
 * `……2025年1月24日印发`, a rule `————`), or -1.
 */
function afterImprint(contents: string[], markers: ReadonlyArray<MarkerMatch | null>, fields: FrameField[], part: Part, i: number): number {
  while (i >= 0 && !markers[i] && (F.isCc(contents[i]) || F.isPrinted(contents[i]) || RULE_LINE.test(contents[i]))) {
    i = nextTextLine(contents, F.isCc(contents[i]) ? ccEnd(contents, markers, fields, i, part) : i);
  }
  return i;
}

function nextTextLine(contents: string[], i: number): number {
  for (let j = i + 1; j < contents.length; j++) if (contents[j]) return j;
  return -1;
}

const BOLD_END = /\*\*$/;
const BOLD_START = /^\*\*/;

/** The parts of a heading line after its marker: a function of the line's text (cached per line). */
interface HeadingText {
  /** Column of the title within the content. */
  titleAt: number;
  /** How many spaces (ASCII, ideographic, no-break) stand right after the marker (`(一) 树立`: 1). */
  gap: number;
  title: string;
  runIn: boolean;
  endPunct: string;
  /** The length of the marker it was read after: a line's marker may be read two ways (`2 工作`: a chapter `2`, or a `2.` that lost its dot, `2 `). */
  markerLength: number;
}

const HEADING_SLOT = new LineSlot<HeadingText>('heading');

/** The parts of heading line `l` after its marker `m`: cached by the line's text for the marker read first, made again for another. */
function headingTextOf(l: Line, m: MarkerMatch): HeadingText {
  const t = lineCached(HEADING_SLOT, l, headingText, m);
  return t.markerLength === m.text.length ? t : headingText(l.text, l, m);
}

/** A bare phrase (2–20 characters, no punctuation) and the gap after it (ideographic spaces, a tab, or two spaces) before more text. */
const RUN_IN_GAP = /(?<=^[^\s\u3000\p{P}]{2,20})(?:[\u3000\t]+| {2,})(?=[^\s\u3000])/u;

function headingText(own: string, l: Line, m: MarkerMatch): HeadingText {
  const content = own.slice(l.contentStart, l.contentEnd);
  const afterMarker = content.slice(m.text.length);
  // Markdown bold around the title (`1. **深化改革。**`, `**（一）强化理论武装。** 深入……`) is no part of it.
  const lead = /^[\s\u3000]*(?:\*\*(?=\S))?/.exec(afterMarker)![0].length;
  const rest = afterMarker.slice(lead);
  const stop = rest.search(/[。！？]/);
  let title = rest;
  let runIn = false;
  let endPunct = '';
  let quoted = 0;
  // A title set off from its body by a gap, as a Word copy puts a bold heading and its paragraph on one
  // line (`一、总体要求　坚持安全第一、预防为主，……。`): the title ends at the gap, where it is a bare
  // phrase and what follows is a sentence of clauses (not a title's second phrase: `一、提高政治站位　压实工作责任`).
  const gapped = stop > 0 ? RUN_IN_GAP.exec(rest.slice(0, stop)) : null;
  if (gapped && /[，,；;]/.test(rest.slice(gapped.index, stop))) {
    title = rest.slice(0, gapped.index);
    runIn = true;
  } else if (stop >= 0) {
    // A sentence quoted whole (`1.“新建5G基站3000个。”（市工信局）`, a 政府工作报告's words under
    // its 分工): the title is the sentence inside the quotes, not its opening quote left alone.
    quoted = rest.charCodeAt(0) === 0x201c && rest.charCodeAt(stop + 1) === 0x201d && rest.indexOf('”') === stop + 1 ? 1 : 0;
    title = rest.slice(quoted, stop).replace(BOLD_END, '');
    endPunct = char(rest, stop);
    runIn = rest.slice(stop + 1 + quoted).replace(BOLD_START, '').trim().length > 0;
  } else {
    const last = char(rest, rest.length - 1);
    if (/[；：:，]/.test(last)) {
      endPunct = last;
      title = rest.slice(0, -1);
    }
  }
  const gap = /^[ \u3000\u00a0]*/.exec(afterMarker)![0].length;
  return { titleAt: m.text.length + lead + quoted, gap, title, runIn, endPunct, markerLength: m.text.length };
}

/**
 * A heading line's marker, kept on its Line (placedCached): the match found in the line's text and
 * the heading's title (both kept by text, memo.ts), and where the marker stands. Its range and the
 * title's are made when read, so a heading line holds this one small object; it held four (the
 * marker copied with its range, the title range, and an object around them: ~190 bytes more per
 * heading, ~4 MB on a 1M-character plan). Plain properties, not `#private`: so that two markers at
 * different places are not deep-equal. Serialised as a plain Marker (`toJSON`).
 */
class LineMarker implements Marker {
  constructor(
    private readonly match: MarkerMatch,
    private readonly line: number,
    private readonly at: number,
    private readonly heading: HeadingText,
  ) {}

  get kind(): Marker['kind'] {
    return this.match.kind;
  }

  get value(): number {
    return this.match.value;
  }

  get numeral(): string {
    return this.match.numeral;
  }

  get text(): string {
    return this.match.text;
  }

  get range(): Range {
    return rangeOn(this.line, this.at, this.match.text.length);
  }

  /** Where the marker starts and ends on its line (the range's columns, without making it). */
  get from(): number {
    return this.at;
  }

  get to(): number {
    return this.at + this.match.text.length;
  }

  get punct(): string {
    return this.match.punct;
  }

  get halfWidth(): boolean {
    return this.match.halfWidth;
  }

  get canonical(): string {
    return this.match.canonical;
  }

  /** How many spaces stand right after the marker (HeadingText gap). */
  get gap(): number {
    return this.heading.gap;
  }

  /** Where the heading's title starts on this line (its range's start column, without making it). */
  get titleFrom(): number {
    return this.at + this.heading.titleAt;
  }

  /** The range of the heading's title on this line. */
  titleRange(): Range {
    return rangeOn(this.line, this.at + this.heading.titleAt, this.heading.title.length);
  }

  toJSON(): Marker {
    return { kind: this.kind, value: this.value, numeral: this.numeral, text: this.text, range: this.range, punct: this.punct, halfWidth: this.halfWidth, canonical: this.canonical };
  }
}

const PLACED_HEADING_SLOT = new PlacedSlot<LineMarker>('heading');

function placeHeading(_own: string, l: Line, m: MarkerMatch): LineMarker {
  return new LineMarker(m, l.index, l.contentStart, headingTextOf(l, m));
}

/**
 * `title`: a title on a line of its own below the marker's (a web article's `01`, paddedTitle);
 * its range stays on the marker's line, empty.
 */
function makeHeading(source: SourceText, line: number, m: MarkerMatch, parent: Heading | null, part: number, wrapping: Wrapping | null, listStart: boolean, title?: string): Heading {
  const l = source.lines[line];
  const marker = placedCached(PLACED_HEADING_SLOT, l, m, placeHeading, m);
  if (title !== undefined) return new HeadingNode(marker, line, parent, part, title, false, '', listStart);
  let t: Pick<HeadingText, 'title' | 'runIn' | 'endPunct'> = headingTextOf(l, m);
  if (wrapping && !t.runIn && t.endPunct === '' && isFull(wrapping, l)) t = titleGoingOn(source, wrapping, line, t.title);
  return new HeadingNode(marker, line, parent, part, t.title, t.runIn, t.endPunct, listStart);
}

/**
 * A heading whose marker stands alone on `line`, its title on `titleLine` (aloneTitle): the title
 * read from that line as from a heading's line after its marker (up to its `。`, run in where text
 * follows; going on below in a hard-wrapped copy), its range on that line.
 */
function makeAloneHeading(source: SourceText, line: number, titleLine: number, m: MarkerMatch, parent: Heading | null, part: number, wrapping: Wrapping | null, listStart: boolean): Heading {
  const marker = placedCached(PLACED_HEADING_SLOT, source.lines[line], m, placeHeading, m);
  const l = source.lines[titleLine];
  let t: Pick<HeadingText, 'titleAt' | 'title' | 'runIn' | 'endPunct'> = headingTextOf(l, NO_MARKER);
  if (wrapping && !t.runIn && t.endPunct === '' && isFull(wrapping, l)) t = { ...titleGoingOn(source, wrapping, titleLine, t.title), titleAt: t.titleAt };
  const h = new HeadingNode(marker, line, parent, part, t.title, t.runIn, t.endPunct, listStart);
  // Its title's range on its own line, up to that line's end where the title goes on below.
  h.setTitleOn(titleLine, l.contentStart + t.titleAt, Math.min(l.contentEnd, l.contentStart + t.titleAt + t.title.length));
  return h;
}

/** No marker: a title line under an alone marker is read as a heading's line from its start. */
const NO_MARKER: MarkerMatch = { kind: 'cn', value: 0, numeral: '', text: '', punct: '', halfWidth: false, canonical: '' };

/**
 * Whether the text line before `line` ends with a colon, introducing a list: for a heading under
 * a parent, that line is in its parent's section; for a top-level one, in the section before it
 * (SectionReuse.take compares what it reads now).
 */
function introducedList(source: SourceText, line: number): boolean {
  for (let k = line - 1, n = 0; k >= 0 && n < 3; k--, n++) {
    const text = source.content(k).trim();
    if (!text) continue;
    return /[：:]$/.test(text) && matchMarker(text) === null;
  }
  return false;
}

/** A title may go on over this many lines after its heading's. */
const MAX_TITLE_LINES = 6;

/**
 * The title of a heading whose line is full in a hard-wrapped copy: it goes on on the lines below
 * that go on from it, to the first `。！？` (then the body may follow: a run-in heading), or to the
 * end of a line that is not full. Not past another heading.
 */
function titleGoingOn(source: SourceText, wrapping: Wrapping, line: number, title: string): Pick<HeadingText, 'title' | 'runIn' | 'endPunct'> {
  let prev = line;
  for (let k = line + 1, taken = 0; k < source.lineCount && taken < MAX_TITLE_LINES; k++) {
    const l = source.lines[k];
    if (l.kind === 'blank' || l.kind === 'pageNumber') continue;
    if (!isAnalysedText(l) || !continues(source, wrapping, prev, k)) break;
    const content = source.content(k);
    if (matchMarker(content)) break;
    taken++;
    const stop = content.search(/[。！？]/);
    if (stop >= 0) return { title: title + content.slice(0, stop), runIn: content.slice(stop + 1).trim().length > 0, endPunct: char(content, stop) };
    title += content;
    if (!isFull(wrapping, l)) break;
    prev = k;
  }
  return { title, runIn: false, endPunct: '' };
}

/**
 * A class, not a literal: rebuilt on every analysis, it must start young (young.ts). Its fields
 * are Heading's (the interface below merges them in), assigned in the constructor in its order.
 */
interface HeadingNode extends Heading {}
class HeadingNode {
  /** What later stages worked out for this heading and keep with it (headingMemo). */
  #memo: unknown = undefined;
  /** What its title says of its section, as bits (titleFacts); -1 until first asked. */
  #titleFacts = -1;
  /** A number a later stage works out from its items alone and keeps with it (headingStamp); 0 for none. */
  #stamp = 0;
  /** Where its block starts on its line and ends on `endLine`: numbers, the range is made when read. */
  #blockFrom: number;
  #blockTo: number;
  /** A title on a line below the marker's (makeAloneHeading): that line and its columns; -1 for none. */
  #titleLine = -1;
  #titleFrom = 0;
  #titleTo = 0;

  constructor(marker: LineMarker, line: number, parent: Heading | null, part: number, title: string, runIn: boolean, endPunct: string, listStart: boolean) {
    this.marker = marker;
    this.line = line;
    this.depth = parent ? parent.depth + 1 : 1;
    this.title = title;
    this.runIn = runIn;
    this.endPunct = endPunct;
    // Set when the block closes (setEnd); until then the marker's range.
    this.#blockFrom = marker.from;
    this.#blockTo = marker.to;
    this.endLine = line;
    this.parent = parent;
    this.children = list();
    this.part = part;
    this.listStart = listStart;
  }

  get blockRange(): Range {
    return rangeFromTo(this.line, this.#blockFrom, this.endLine, this.#blockTo);
  }

  /** Made when read, by its marker (LineMarker). */
  get titleRange(): Range {
    if (this.#titleLine >= 0) return rangeFromTo(this.#titleLine, this.#titleFrom, this.#titleLine, this.#titleTo);
    return (this.marker as LineMarker).titleRange();
  }

  setTitleOn(line: number, from: number, to: number): void {
    this.#titleLine = line;
    this.#titleFrom = from;
    this.#titleTo = to;
  }

  get titleColumn(): number {
    return (this.marker as LineMarker).titleFrom;
  }

  get markerGap(): number {
    return (this.marker as LineMarker).gap;
  }

  setBlock(from: number, endLine: number, to: number): void {
    this.#blockFrom = from;
    this.endLine = endLine;
    this.#blockTo = to;
  }

  copyBlock(h: HeadingNode): void {
    this.setBlock(h.#blockFrom, h.endLine, h.#blockTo);
    if (h.#titleLine >= 0) this.setTitleOn(h.#titleLine, h.#titleFrom, h.#titleTo);
  }

  static memo(h: Heading): unknown {
    return h instanceof HeadingNode ? h.#memo : undefined;
  }

  static remember(h: Heading, value: unknown): void {
    if (h instanceof HeadingNode) h.#memo = value;
  }

  static stamp(h: Heading): number {
    return h instanceof HeadingNode ? h.#stamp : 0;
  }

  static stamped(h: Heading, value: number): void {
    if (h instanceof HeadingNode) h.#stamp = value;
  }

  static titleFacts(h: Heading, compute: (title: string) => number): number {
    if (!(h instanceof HeadingNode)) return compute(h.title);
    if (h.#titleFacts < 0) h.#titleFacts = compute(h.title);
    return h.#titleFacts;
  }
}

/**
 * What a heading's title says of its section (titles.ts: aims, arrangements, an event's place or
 * time), as bits `compute` makes from the title, once per heading: a title is fixed when its heading
 * is made, and a heading taken over by the next version keeps the answer. The numbering's checks,
 * tasks.ts and the carry key (carry.ts Skeleton) ask it of every heading on every analysis; two
 * regular expressions per heading each time were ~4 % of a keystroke's re-analysis. One `compute`
 * per program (titles.ts `sectionFacts`).
 */
export const titleFacts = (h: Heading, compute: (title: string) => number): number => HeadingNode.titleFacts(h, compute);

/** The innermost heading whose block holds `line`: the last heading at or before it, or its nearest ancestor that still holds the line. */
export function headingAt(headings: readonly Heading[], line: number): Heading | null {
  const last = firstAt(headings, line + 1) - 1;
  for (let h: Heading | null = last >= 0 ? headings[last] : null; h; h = h.parent) if (h.endLine >= line) return h;
  return null;
}

/**
 * A cache slot on a heading, for a later stage's work on it (tasks.ts keeps what a top-level
 * heading's subtree needs there). A heading taken over by the next version (Section) keeps it; the
 * owner checks it is still right. A private field: not a property, so the model's shape, its
 * comparisons and its JSON do not see it; and it lives and dies with its heading (a WeakMap keyed
 * by young headings would keep them through young-generation collections, young.ts).
 */
export const headingMemo = {
  get: (h: Heading): unknown => HeadingNode.memo(h),
  set: (h: Heading, value: unknown): void => HeadingNode.remember(h, value),
};

/**
 * A second slot on a heading, for one number a later stage works out from its items (their
 * markers and titles, fixed for the heading's life: a heading taken over keeps its subtree) and a
 * stamp of what else it read (tasks.ts: whether its items are a list of duties headed by units,
 * under a Config). A number: no allocation per heading; 0 until set.
 */
export const headingStamp = {
  get: (h: Heading): number => HeadingNode.stamp(h),
  set: (h: Heading, value: number): void => HeadingNode.stamped(h, value),
};
