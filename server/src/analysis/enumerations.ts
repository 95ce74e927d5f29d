/**
 * Inline enumerations inside paragraphs: `一是……二是……`, `一要……二要……`, `第一，……第二，……`,
 * `其一，……其二，……` and `首先……其次……最后……`. Items are found at sentence starts only (after line start, `。；：，！？`,
 * a quote or an HTML tag), so `统一是`, `唯一是`, `第一次`, `第一书记` are not items.
 *
 * Items of one kind form a series until an item restarts at 1, a heading intervenes, or the
 * text runs on too far (a series never spans more than MAX_SERIES_GAP lines). `第一/第二` and
 * `首先/其次/再次/最后` count the same way, so they continue each other's series: `首先，……第二，
 * ……第三，……` is one series that mixes the two (GW108 reports it), and `第一，……第二，……最后，`
 * one that ends with 最后. A series takes the kind of its first item. One counted the other way
 * that opens on a line below an item (`第一，……。` | `首先，……；其次，……；最后，……。` | `第二，……`)
 * is a series inside that item: the outer series is set aside, and goes on at its next item.
 *
 * A quotation is a series of its own: `会议提出：“一是……，二是……。”` counts the quote's items
 * apart from the paragraph's, which go on after the closing quote. A quote's series starts only at
 * its first item (`“二是……”` quotes part of another text's list: nothing to check). A quote may
 * run on over a hard wrap, or into a paragraph that opens with a quotation mark again (how a
 * quotation of several paragraphs is written).
 */
import { Enumeration, EnumerationItem, EnumerationKind, Heading } from './model';
import { LineSlot, lineCached, PlacedSlot, placedCached, TEXT_ONLY } from './memo';
import { parseChinese, parseCircled } from './numerals';
import { isAnalysedText, Line, SourceText } from './source';
import { rangeOn } from './types';
import { continues, Wrapping, wrappingOf } from './wrapping';
import { list } from './young';
import type { Section } from './structure';

const MAX_SERIES_GAP = 12;

// `第一、二季度`, `第三、第四批`: ordinals listed, not an item (the numeral after the 、 tells).
// A number in brackets is an item before words (`（2）优良天数`), a measure's name (`（1）PM2.5年均浓度`)
// or a quotation (`（3）“双随机”抽查`).
const ITEM = String.raw`(?:([一二三四五六七八九十]{1,3})([是要])|第([一二三四五六七八九十]{1,3})([，,、：:；])(?![一二三四五六七八九十两第])|(首先|其次|再次|最后)([，,：:])|[（(]([0-9]{1,2})[）)](?=[一-鿿A-Za-z“《])|([①-⑳])|其([一二三四五六七八九十]{1,2})([，,：:；]))`;
/** An item after a sentence's end or a line's start; group 1 is what precedes it. */
const RE_ITEM = new RegExp(String.raw`(^|[。；;：:，,！？!?“”‘’"「」『』>　\s（(])${ITEM}`, 'g');
/** An item where the line's words start, after its indent (`　　一是`), with the same groups. */
const RE_ITEM_AT = new RegExp(`()${ITEM}`, 'y');

export interface LineItem {
  kind: EnumerationKind;
  ordinal: number;
  text: string;
  punct: string;
  /** Column where the item starts. */
  start: number;
  /**
   * The quotation it stands in: n for the line's nth quotation, 0 outside any, -1 before a closing
   * quote with no opening one on the line (inside a quotation running on from above, or not).
   */
  quote: number;
}

/** The series an item continues: ordinals and ordinal words are one way of counting. */
const familyOf = (kind: EnumerationKind): EnumerationKind => (kind === 'order' ? 'di' : kind);

/**
 * The series found inside one top-level section (structure.ts Section), as the scan left them at
 * the section's end (before the final filter), and the quotations it counted there. Kept only for
 * a section the scan entered and left with no series open across its bounds: every heading closes
 * the paragraphs' and quotations' series, and only a series led by top-level headings' titles
 * (`一、一要……` `二、二要……`) goes on from one section into the next.
 */
export interface SectionSeries {
  series: readonly Enumeration[];
  quotations: number;
}

/** What one scan hands to the next version's: the series of each section it may take over. */
export type EnumerationHandover = ReadonlyMap<Section, SectionSeries>;

/**
 * The enumerations of `source`. A section the structure scan took over whole from the previous
 * version (`sections`, the same Section object as a key of `previous`) has the same lines and
 * headings, so its series are the previous version's objects, and the scan skips its lines; not
 * in a hard-wrapped text, where a series' gap is counted in paragraphs across headings.
 */
export function findEnumerations(
  source: SourceText,
  headings: Heading[],
  sections: readonly Section[] = [],
  previous?: EnumerationHandover,
): { enumerations: Enumeration[]; handover: EnumerationHandover } {
  const series: Enumeration[] = [];
  const handover = new Map<Section, SectionSeries>();
  const main = new Map<EnumerationKind, Enumeration>();
  // A series set aside where one of the other way of counting opens inside it (`第一，……。首先，……；
  // 其次，……；最后，……。第二，……`): it goes on when that one ends (`最后`) or its next item comes.
  const held = new Map<EnumerationKind, Enumeration>();
  // Headings are in line order: one cursor walks them alongside the lines.
  let next = 0;
  // In a hard-wrapped text (wrapping.ts) a paragraph is several lines: the gap between a series'
  // items is counted in paragraphs, and an item may be broken over a line's end (`三` | `是`).
  const wrapping = wrappingOf(source);
  let paragraph = 0;
  let prevText = -1;
  /** The paragraph each open series last had an item in. */
  const lastParagraph = new Map<Enumeration, number>();

  // The series inside the quotation last seen, and that quotation's number (quotations are numbered
  // in text order from 1); `carried` is the number of one still open at the last text line's end.
  const quoted = new Map<EnumerationKind, Enumeration>();
  let quotedIn = 0;
  let quotations = 0;
  let carried = 0;

  // `（一）一要……` `（二）二要……`: items leading sibling headings' titles are a series across the
  // headings (the heading closes the paragraphs' series, not this one), kept while siblings go on.
  let led: Enumeration | null = null;
  let ledBy: Heading | null = null;
  /** The column of the item leading this line's heading title, or -1. */
  let leadAt = -1;

  // The section the scan is in, where its series and quotations start, and whether it was entered
  // with no series open from before it (only then are its series its own, to hand over).
  let sec = 0;
  let inSection: Section | null = null;
  let withinFrom = 0;
  let withinQuotes = 0;
  /** No series led by a top-level heading's title is open, which the next top-level heading may go on. */
  const noneLedAcross = () => !led || !ledBy || ledBy.parent !== null;
  const leave = () => {
    if (inSection && noneLedAcross() && !wrapping) handover.set(inSection, { series: series.slice(withinFrom), quotations: quotations - withinQuotes });
    inSection = null;
  };

  const lines = source.lines;
  for (let i = 0; i < lines.length; i++) {
    if (inSection && i >= inSection.closedAt) leave();
    while (sec < sections.length && sections[sec].head.line < i) sec++;
    if (sec < sections.length && sections[sec].head.line === i) {
      const s = sections[sec];
      // Entered clean unless its head's title goes on a series led by the top-level titles before it.
      let clean = noneLedAcross();
      if (!clean && s.head.marker.kind === ledBy!.marker.kind) {
        const lead = leadOf(lines[i], s.head);
        clean = !lead || lead.kind !== led!.kind || lead.ordinal === 1;
      } else clean = true;
      const kept = clean && !wrapping ? previous?.get(s) : undefined;
      if (kept) {
        // Taken over: what its lines would give again. Its head closes every open series; its end, a
        // heading at the top level or the text's end, closes those it leaves open.
        for (const e of kept.series) series.push(e);
        quotations += kept.quotations;
        if (main.size) main.clear();
        if (held.size) held.clear();
        if (quoted.size) quoted.clear();
        carried = 0;
        led = ledBy = null;
        handover.set(s, kept);
        i = s.closedAt - 1;
        continue;
      }
      // (A section a new part or a frame line closes is never taken over: nothing to hand on.)
      if (clean && s.plain) {
        inSection = s;
        withinFrom = series.length;
        withinQuotes = quotations;
      }
    }
    const l = lines[i];
    if (!isAnalysedText(l)) continue;
    const goesOn = continues(source, wrapping, prevText, i);
    if (wrapping && !goesOn) paragraph++;
    prevText = i;
    while (next < headings.length && headings[next].line < l.index) next++;
    if (next < headings.length && headings[next].line === l.index) {
      // A heading closes every open series (its own run-in text may start a new one below).
      // Only when there is one: Map.clear allocates a fresh table, and most headings close none.
      if (main.size) main.clear();
      if (held.size) held.clear();
      if (quoted.size) quoted.clear();
      carried = 0;
      const h = headings[next];
      const lead = leadOf(l, h);
      leadAt = lead ? lead.range.start.character : -1;
      if (led && ledBy) {
        if (h.parent === ledBy.parent && h.marker.kind === ledBy.marker.kind) {
          // A sibling goes on with the next item, or ends the series.
          if (lead && lead.kind === led.kind && lead.ordinal !== 1) {
            led.items.push(lead);
            led.endLine = l.index;
            ledBy = h;
          } else led = ledBy = null;
        } else if (!descends(h, ledBy)) led = ledBy = null;
      }
      // Only a first item starts one (`（三）三要……` alone may be anything).
      if (lead && ledBy !== h && lead.ordinal === 1) {
        led = new EnumerationNode(lead.kind, l.index);
        led.items.push(lead);
        series.push(led);
        ledBy = h;
      }
    } else leadAt = -1;
    // Quotations: one open at the last line's end goes on here over a hard wrap, where this line
    // closes a quotation it did not open (a wrap wrappingOf could not tell), or when this
    // paragraph opens with a quotation mark (the quote's next paragraph).
    const profile = lineCached(QUOTES_SLOT, l, quotesOn);
    const inherited = carried && (goesOn || profile.closeAt >= 0 || OPENING.includes(l.text.charAt(l.contentStart))) ? carried : 0;
    const base = quotations;
    if (profile !== NO_QUOTES) quotations += profile.count;
    // A line without a closing quote of its own lies wholly inside the inherited quotation.
    const within = inherited && profile.closeAt < 0 ? inherited : 0;
    carried = within || (profile.openAtEnd ? base + profile.openAtEnd : 0);
    let items = lineCached(ITEMS_SLOT, l, itemsOn);
    let placed = items.length ? placedCached(PLACED_ITEMS_SLOT, l, TEXT_ONLY, placeItems) : (items as never[]);
    // `……。三` at the end of this line and `是……` at the start of the next, which goes on from it.
    const broken = wrapping ? brokenItem(source, wrapping, l, i) : null;
    if (broken) {
      items = [...items, broken.item];
      placed = [...placed, broken.placed];
    }
    if (items.length === 0) continue;
    for (let k = 0; k < items.length; k++) {
      const item = items[k];
      if (item.start === leadAt) continue; // counted with the headings
      const family = familyOf(item.kind);
      const quote = within || (item.quote > 0 ? base + item.quote : item.quote < 0 ? inherited : 0);
      let open = main;
      if (quote) {
        if (quote !== quotedIn) {
          if (quoted.size) quoted.clear();
          quotedIn = quote;
        }
        open = quoted;
        // `“二是……”` quotes part of a list: only a quotation's first item starts its series.
        if (!open.has(family) && item.ordinal !== 1) continue;
      }
      let current = open.get(family);
      if (current && open === main && current.kind !== item.kind && held.size) {
        // An item going on from the series set aside (the next, or one past it: GW108 tells): the inner one is over.
        const aside = held.get(family);
        if (aside && aside.kind === item.kind && item.ordinal > aside.items[aside.items.length - 1].ordinal) {
          open.set(family, aside);
          held.delete(family);
          current = aside;
        }
      }
      const gap = !current ? 0 : wrapping ? paragraph - (lastParagraph.get(current) ?? paragraph) : l.index - current.endLine;
      const startsNew =
        !current ||
        (item.ordinal === 1 && item.kind !== 'order') ||
        (item.kind === 'order' && item.text === '首先') ||
        gap > MAX_SERIES_GAP;
      if (startsNew) {
        // `第一，……。` | `首先，……`: a series counted the other way opens inside this one, in a
        // paragraph below its item (on the same line, `首先，甲；第一，……` mixes the two: GW108).
        if (current && open === main && current.kind !== item.kind && gap <= MAX_SERIES_GAP && l.index > current.endLine) held.set(family, current);
        else if (open === main && held.size) held.delete(family);
        const e = new EnumerationNode(item.kind, l.index);
        series.push(e);
        open.set(family, e);
      }
      const e = open.get(family)!;
      e.items.push(placed[k]);
      e.endLine = l.index;
      if (wrapping) lastParagraph.set(e, paragraph);
      if (item.kind === 'order' && item.text === '最后') {
        open.delete(family);
        const aside = open === main ? held.get(family) : undefined;
        if (aside && aside !== e) {
          open.set(family, aside);
          held.delete(family);
        }
      }
    }
  }
  leave();
  // A lone `一是` or `首先` is not an enumeration. A lone `（3）` or `③` is kept: it may go on from
  // the paragraph's `1.` `2.` in another form (GW109); nothing else reads a series not starting at 1.
  return { enumerations: series.filter((e) => e.items.length >= 2 || ((e.kind === 'paren' || e.kind === 'circled') && e.items[0].ordinal >= 3)), handover };
}

/** An item leading a heading's title (`（三）四要抓好……`): `一是` or `一要`, made on each analysis. */
function leadOf(l: Line, h: Heading): (EnumerationItem & { kind: EnumerationKind }) | null {
  if (h.line !== l.index || h.title.length < 3) return null;
  const at = h.titleColumn;
  RE_ITEM_AT.lastIndex = at;
  const m = RE_ITEM_AT.exec(l.text);
  if (!m || !m[2]) return null;
  const ordinal = parseChinese(m[2]);
  if (!Number.isFinite(ordinal)) return null;
  const text = m[2] + m[3];
  return { kind: m[3] === '是' ? 'shi' : 'yao', ordinal, text, range: rangeOn(l.index, at, text.length), punct: '' };
}

/** Whether `h` lies under `a` in the heading tree. */
function descends(h: Heading, a: Heading): boolean {
  for (let p = h.parent; p; p = p.parent) if (p === a) return true;
  return false;
}

/**
 * A class, not a literal: rebuilt on every analysis, it must start young (young.ts). Its fields
 * are Enumeration's (the interface below merges them in), assigned in the constructor in its order.
 */
interface EnumerationNode extends Enumeration {}
class EnumerationNode {
  constructor(kind: EnumerationKind, line: number) {
    this.kind = kind;
    this.items = list();
    this.startLine = line;
    this.endLine = line;
  }
}

/** A numeral closing a sentence at a line's end (`……。三`), the start of an item broken over the line's end. */
const NUMERAL_AT_END = /(?:^|[。；;：:，,！？!?”"」>　\s（(])([一二三四五六七八九十]{1,3})$/;

/**
 * An item broken over line `i`'s end in a hard-wrapped text: `三` ends the line, `是` or `要`
 * starts the next, which goes on from it. Its range runs from the numeral to the 是 on the next
 * line; made on each analysis (it depends on two lines).
 */
function brokenItem(source: SourceText, wrapping: Wrapping, l: Line, i: number): { item: LineItem; placed: EnumerationItem } | null {
  const c = l.text.charCodeAt(l.contentEnd - 1);
  if (c < 0x4e00 || c > 0x9fff) return null;
  const m = NUMERAL_AT_END.exec(l.text.slice(Math.max(l.contentStart, l.contentEnd - 4), l.contentEnd));
  if (!m) return null;
  let j = i + 1;
  while (j < source.lines.length && (source.lines[j].kind === 'blank' || source.lines[j].kind === 'pageNumber')) j++;
  if (j >= source.lines.length || !continues(source, wrapping, i, j)) return null;
  const next = source.lines[j];
  const verb = next.text.charAt(next.contentStart);
  if (verb !== '是' && verb !== '要') return null;
  const ordinal = parseChinese(m[1]);
  if (!Number.isFinite(ordinal)) return null;
  const start = l.contentEnd - m[1].length;
  const text = m[1] + verb;
  return {
    item: { kind: verb === '是' ? 'shi' : 'yao', ordinal, text, punct: '', start, quote: lineCached(QUOTES_SLOT, l, quotesOn).openAtEnd },
    placed: { ordinal, text, range: { start: { line: i, character: start }, end: { line: j, character: next.contentStart + 1 } }, punct: '' },
  };
}

/** The items of one line with their ranges, kept on the Line (memo.ts placedCached). */
const PLACED_ITEMS_SLOT = new PlacedSlot<EnumerationItem[]>('enumeration items');

function placeItems(_own: string, l: Line): EnumerationItem[] {
  return lineCached(ITEMS_SLOT, l, itemsOn).map((item) => ({
    ordinal: item.ordinal,
    text: item.text,
    range: rangeOn(l.index, item.start, item.text.length),
    punct: item.punct,
  }));
}

/** The enumeration items of one line (columns only; cached by the line's text). */
const ITEMS_SLOT = new LineSlot<LineItem[]>('enumerations');

/** The items a line holds (`一是`, `二要`, `第三，` …), as findEnumerations reads them: columns, cached by the line's text. */
export function itemsOfLine(l: Line): readonly LineItem[] {
  return lineCached(ITEMS_SLOT, l, itemsOn);
}

function itemsOn(text: string, l: Line): LineItem[] {
  const from = l.contentStart;
  const to = l.contentEnd;
  const out: LineItem[] = [];
  let m: RegExpExecArray | null;
  if (from > 0) {
    RE_ITEM_AT.lastIndex = from;
    m = RE_ITEM_AT.exec(text);
    const item = m && m.index < to ? toItem(m) : null;
    if (item) out.push(item);
  }
  RE_ITEM.lastIndex = from;
  while ((m = RE_ITEM.exec(text)) !== null) {
    if (m.index >= to) break;
    const item = toItem(m);
    if (item) out.push(item);
  }
  if (out.length && text.includes('首先')) bareFirst(text, from, to, out);
  if (out.length) {
    const quotes = lineCached(QUOTES_SLOT, l, quotesOn);
    if (quotes !== NO_QUOTES) walkQuotes(text, from, to, out.sort((a, b) => a.start - b.start), quotes.closeAt);
  }
  return out;
}

/** `首先` with no comma after it, at a sentence start: ordinary prose, or an item (see bareFirst). */
const RE_BARE_FIRST = /(^|[。；;：:，,！？!?“”‘’"「」『』>　\s（(])首先(?![，,：:])/g;

/**
 * `会议由书记主持，首先通报……；第二，由书记作对照检查……`: a 首先 without its comma is an item
 * where a `第二` is the next ordinal after it on the line (one series counted two ways, GW108).
 * Elsewhere it is prose (`首先要看到……`) and stays out.
 */
function bareFirst(text: string, from: number, to: number, out: LineItem[]): void {
  out.sort((a, b) => a.start - b.start);
  RE_BARE_FIRST.lastIndex = from;
  let m: RegExpExecArray | null;
  const found: LineItem[] = [];
  while ((m = RE_BARE_FIRST.exec(text)) !== null && m.index < to) {
    const start = m.index + m[1].length;
    const after = out.find((it) => it.start > start && (it.kind === 'di' || it.kind === 'order'));
    if (after && after.kind === 'di' && after.ordinal === 2) found.push({ kind: 'order', ordinal: 1, text: '首先', punct: '', start, quote: 0 });
  }
  if (found.length) {
    out.push(...found);
    out.sort((a, b) => a.start - b.start);
  }
}

const OPENING = '“‘「『';
const CLOSING = '”’」』';

/** How a line's quotation marks stand (columns only; cached by the line's text). */
interface Quotes {
  /** How many quotations open on the line (nested ones not counted). */
  count: number;
  /** The first closing quote with no opening one before it on the line, or -1. */
  closeAt: number;
  /** The number of the quotation still open at the line's end, or 0. */
  openAtEnd: number;
}

const NO_QUOTES: Quotes = Object.freeze({ count: 0, closeAt: -1, openAtEnd: 0 });
const QUOTES_SLOT = new LineSlot<Quotes>('quotations');

/** The quotation marks of a line from `from` to `to`; `items` (in column order) get their `quote`. */
function walkQuotes(text: string, from: number, to: number, items: LineItem[] | null, closeAt: number): Quotes {
  let depth = 0;
  let count = 0;
  let k = 0;
  for (let c = from; c < to; c++) {
    if (items) {
      for (; k < items.length && items[k].start === c; k++) items[k].quote = depth > 0 ? count : c < closeAt ? -1 : 0;
    }
    const ch = text.charAt(c);
    // A straight quote opens at depth 0 and closes otherwise.
    if (OPENING.includes(ch) || (ch === '"' && depth === 0)) {
      if (depth++ === 0) count++;
    } else if (CLOSING.includes(ch) || ch === '"') {
      if (depth > 0) depth--;
      else if (closeAt < 0) closeAt = c;
    }
  }
  return { count, closeAt, openAtEnd: depth > 0 ? count : 0 };
}

function quotesOn(text: string, l: Line): Quotes {
  const from = l.contentStart;
  const to = l.contentEnd;
  for (let c = from; c < to; c++) {
    const ch = text.charAt(c);
    if (OPENING.includes(ch) || CLOSING.includes(ch) || ch === '"') return walkQuotes(text, from, to, null, -1);
  }
  return NO_QUOTES;
}

function toItem(m: RegExpExecArray): LineItem | null {
  const start = m.index + m[1].length;
  if (m[2]) {
    const ordinal = parseChinese(m[2]);
    if (!Number.isFinite(ordinal)) return null;
    const text = m[2] + m[3];
    return { kind: m[3] === '是' ? 'shi' : 'yao', ordinal, text, punct: '', start, quote: 0 };
  }
  if (m[4]) {
    const ordinal = parseChinese(m[4]);
    if (!Number.isFinite(ordinal)) return null;
    return { kind: 'di', ordinal, text: `第${m[4]}`, punct: m[5], start, quote: 0 };
  }
  if (m[8] || m[9]) {
    // `……；（2）推进稽核；`, `……；②推进稽核`: only after a clause's end inside a paragraph (at a line's start they are headings).
    if (!m[1] || !INLINE_BEFORE.includes(m[1])) return null;
    return m[8]
      ? { kind: 'paren', ordinal: Number(m[8]), text: m[0].slice(m[1].length), punct: '', start, quote: 0 }
      : { kind: 'circled', ordinal: parseCircled(m[9]), text: m[9], punct: '', start, quote: 0 };
  }
  if (m[10]) {
    // `其一，……其二，……`: not `其一致`, `其二者` (the comma tells).
    const ordinal = parseChinese(m[10]);
    if (!Number.isFinite(ordinal)) return null;
    return { kind: 'qi', ordinal, text: `其${m[10]}`, punct: m[11], start, quote: 0 };
  }
  const word = m[6];
  const ordinal = word === '首先' ? 1 : word === '其次' ? 2 : word === '再次' ? 3 : 99;
  return { kind: 'order', ordinal, text: word, punct: m[7], start, quote: 0 };
}

/** What ends the clause before an inline `（2）` or `②`. */
const INLINE_BEFORE = '。；;：:，,';
