/**
 * Numbering rules (GW1xx): sequences, marker punctuation, depth, decimal numbering, articles,
 * inline enumerations and heading punctuation. See docs/rules.md.
 */
import { droppedGap, houseFullDot, inWidthOf, spacedKinds, isToleratedVariant, markerFor, renumbered } from '../markers';
import { Enumeration, EnumerationItem, EnumerationKind, GongwenDocument, Heading, Marker, MarkerKind } from '../model';
import { parseChinese, parseGlyph, toChinese, toCircled } from '../numerals';
import { Derive, Rule, RuleContext, SectionEntry, SectionView } from '../rule';
import { breaksIn, Expectation, renumberPlan, runOf, Sequence, sequenceOf, sequencesOf } from '../sequences';
import { itemsOfLine } from '../enumerations';
import { isAnalysedText } from '../source';
import { Fix, Range, TextEdit } from '../types';
import { isFull, Wrapping, wrappingOf } from '../wrapping';
import { fitted } from '../young';

const KIND_NAME: Record<MarkerKind, string> = {
  cn: '一、',
  parenCn: '（一）',
  arabic: '1.',
  parenArabic: '（1）',
  circled: '①',
  enclosed: '㈠',
  division: '第一部分',
  chapter: '第一章',
  section: '第一节',
  article: '第一条',
  decimal: '1.1',
  padded: '01',
  question: '问题一：',
  phase: '第一阶段',
};

function replaceMarker(h: Heading, value: number, fullDot = false): TextEdit {
  return { range: h.marker.range, newText: renumbered(h.marker, value, fullDot) };
}

/** Whether the document's `1.`s are written `1．` (its markers' dot, kept by fixes). */
const fullDotOf = (doc: GongwenDocument): boolean => houseFullDot(doc.headings.map((h) => h.marker));

/** The four standard levels, whose items a drafter may write in one another's form (structure.ts reads them so). */
const STANDARD = new Set<MarkerKind>(['cn', 'parenCn', 'arabic', 'parenArabic']);
const CN_DIGIT = /[一二三四五六七八九十百零〇两]/;
const DIGIT = /[0-9０-９]/;

/**
 * The family a marker is written in, as its text shows (`（2）` a `（1）`, `3.` a `1.`, `⑵` a `（1）`),
 * whatever level structure.ts reads it at (`（2）` between `（一）` and `（三）` is read as a `（二）`).
 * Null where the text does not say: a `2）` (a `2.` or a `（2）` missing its bracket, read either way),
 * an OCR's `—、`.
 */
function writtenKind(m: Marker): MarkerKind | null {
  const t = m.text;
  const glyph = parseGlyph(t.charAt(0));
  if (glyph) return glyph.kind;
  const c = t.charAt(0);
  if (c === '（' || c === '(') {
    const n = t.replace(/^[（(][ \t\u3000]*/, '').charAt(0);
    return DIGIT.test(n) ? 'parenArabic' : CN_DIGIT.test(n) ? 'parenCn' : null;
  }
  if (DIGIT.test(c)) return /[）)][ \t\u3000]*$/.test(t) ? null : 'arabic';
  return CN_DIGIT.test(c) ? 'cn' : null;
}

/** The standard level `h` is written at where it is read at another (misfamilied), else the one it is read at. */
function asWritten(h: Heading): MarkerKind {
  return misfamilied(h) ? writtenKind(h.marker)! : h.marker.kind;
}

/** Whether `h` is read at another standard level than the form it is written in (`2.` read as the `（二）` between `（一）` and `（三）`). */
function misfamilied(h: Heading): boolean {
  if (!STANDARD.has(h.marker.kind)) return false;
  const w = writtenKind(h.marker);
  return w !== null && w !== h.marker.kind && STANDARD.has(w);
}

/**
 * Whether the items of `group` (siblings of one kind under `parent`, starting their run again) may
 * as well be `parent`'s siblings written in the form of a level below, as be its own items
 * misnumbered: `（一）` `（二）` `3.` `4.` `5.` under one `一、`, where the `3.`–`5.` go on from the
 * `（二）` as its siblings `（三）`–`（五）` would (a drafter who changed style half-way), or be a list of
 * the `（二）`'s own whose first number is wrong (so `2.` `3.` under a `（1）` that heads them, an inverted
 * list, may be its siblings `（2）` `（3）`). Only where no item of theirs holds items (a `3.` with
 * `（1）`s under it is a `1.`-level item: GW101 renumbers it), they count on one by one from the
 * parent's number, and the parent's next sibling, if any, goes on after them (`（六）`), not from the
 * parent (a `（三）` after them says they are its items). Neither reading is certain.
 */
function switchedGroup(group: readonly Heading[], doc: GongwenDocument): boolean {
  const parent = group[0].parent;
  if (!parent || !STANDARD.has(parent.marker.kind) || !STANDARD.has(group[0].marker.kind) || group[0].marker.kind === parent.marker.kind) return false;
  let value = parent.marker.value;
  for (const h of group) if (h.children.length || h.marker.value !== ++value) return false;
  const next = nextOfKind(parent, doc);
  return !next || next.marker.value === value + 1;
}

/**
 * Whether `group` (one of `seq.groups`) is a switched one: it starts its run again and
 * switchedGroup finds it. Asked of the few groups a break or an item in another form is in, not
 * worked out for every group of the document (the edits that change the numbering run GW101 and
 * GW102 again, and every group's answer was ~10 % of GW101's time on them).
 */
function switchedIn(seq: Sequence, group: readonly Heading[], doc: GongwenDocument): boolean {
  const i = seq.groups.indexOf(group as Heading[]);
  return i >= 0 && seq.restarts[i] && switchedGroup(group, doc);
}

/**
 * The lint's numbering breaks (breaksIn). The sequences themselves are not kept as a fact: held through the
 * rest of the lint (every heading's group, and each sequence's map of them), they were promoted
 * with every keystroke (8 MB more over the bench's 200 edits, young.ts).
 */
const numberingOf: Derive<{ breaks: Expectation[] }> = (doc, _config, _derived, sections) => ({ breaks: breaksIn(sequencesOf(doc, sections)) });

/** The sequences, for the few checks that need them whole (worked out again: see numberingOf). */
const sequencesFact: Derive<Sequence[]> = (doc, _config, _derived, sections) => sequencesOf(doc, sections);

/**
 * Whether the level structure.ts reads `h` at, written in another level's form, is uncertain, so that a
 * fix writing it in that form is no safe one: its group is a switched one (switchedGroup), or the
 * siblings written in the form they are read in are fewer than those written in another (`（一）`
 * `（1）` `2.` `（三）`: the `（1）` read as a `1.`, the `（三）` as a `3.`, though the `2.` alone in the
 * wrong form, a `（二）`, is as likely). A single item in another form amid siblings in their own
 * (`（一）` `2.` `（三）`) is certain. Two siblings, one in each form, are certain only where the
 * form they are read in is the standard's level under their parent (`（一）` `（2）`: a `（二）`; not
 * `1.` `（二）` under a `二、`, where `1.` `2.` are as common), or the part's other lists under a
 * parent of that kind are in it (a `1.` list under another `（一）`: `1.` `（2）` is `1.` `2.`); and never
 * where such a list is written in the odd one's form.
 */
function uncertainForm(h: Heading, doc: GongwenDocument, seqs: readonly Sequence[]): boolean {
  const seq = sequenceOf(doc, h, seqs as Sequence[]);
  const group = seq?.groupOf.get(h);
  if (!seq || !group) return true;
  if (switchedIn(seq, group, doc)) return true;
  let odd = 0;
  for (const s of group) if (misfamilied(s)) odd++;
  const own = group.length - odd;
  if (own > odd) return false;
  if (own < odd) return true;
  // A tie: the standard's level, and the part's other lists under a parent of this kind (or at its top level).
  const parentKind = h.parent ? h.parent.marker.kind : null;
  const written = writtenKind(h.marker);
  // (`1.` right under a `一、` is as common as a `（一）`: a two-level plan's.)
  let standard = NEXT_LEVEL.get(parentKind) === h.marker.kind && !(parentKind === 'cn' && written === 'arabic');
  for (const x of doc.headings) {
    if (x.part !== h.part || (x.parent ? x.parent.marker.kind : null) !== parentKind || group.includes(x) || misfamilied(x)) continue;
    if (x.marker.kind === written) return true;
    if (x.marker.kind === h.marker.kind) standard = true;
  }
  return !standard;
}

/** The standard's level under a parent of each kind (`一、` → `（一）` → `1.` → `（1）`; at the top, `一、`). */
const NEXT_LEVEL = new Map<MarkerKind | null, MarkerKind>([
  [null, 'cn'],
  ['cn', 'parenCn'],
  ['parenCn', 'arabic'],
  ['arabic', 'parenArabic'],
]);

/**
 * The markers `h` would have as the missing next sibling of a heading over it (its parent, or one
 * further up), where `h` may as well be that sibling written in the form of a level below as an item
 * of its own list: `（三）` ending `二、`'s items `（一）` `（二）` `（三）` `（三）` for `三、`; `（4）` ending the
 * `（1）`–`（3）` of a `2.` under a `（三）` for `（四）`; `（2）` opening the items of a `3.` under a `（一）`
 * for `（二）`. `h` holds no items, is numbered as that heading's next sibling would be, that sibling
 * is missing (its next of its kind, if any, is the one after), `h` ends its own list (no
 * sibling of its kind after it), and the headings between (its parent, ...) have no next of their kind
 * but one starting a list, which `h` would hold. Innermost first; empty where none.
 */
function asAncestorSibling(h: Heading, doc: GongwenDocument, fullDot: boolean): { above: Heading; marker: string }[] {
  const out: { above: Heading; marker: string }[] = [];
  if (h.children.length || !STANDARD.has(h.marker.kind)) return out;
  // (Or its list goes on right after it only as, so read, its own items, starting at 1 (`（一）` `1.` `2.`
  // `1.` `2.`: the `（二）`'s), or as its own next sibling written in the form it is read in (`（一）`
  // `1.`–`3.` `2.` `（三）`, the `（三）` read as a `4.`).)
  const after = nextOfKind(h, doc);
  if (after && after.marker.value !== 1 && !misfamilied(after)) return out;
  for (let a = h.parent; a && STANDARD.has(a.marker.kind); a = a.parent) {
    const next = nextOfKind(a, doc);
    const ends = !after || after.marker.value === 1 || (writtenKind(after.marker) === a.marker.kind && after.marker.value === h.marker.value + 1);
    if (ends && a.marker.kind !== h.marker.kind && h.marker.value === a.marker.value + 1 && (!next || next.marker.value === h.marker.value + 1)) {
      const kind = a.marker.kind;
      out.push({ above: a, marker: inWidthOf({ kind, text: h.marker.text }, markerFor(kind, h.marker.value), kind === 'arabic' && fullDot) });
    }
    // So read, the headings after `h` in the one above are its items: `a`'s next of its kind could
    // be one only where it starts a list (`（三）` `2.` `（4）` `1.`: the `（四）`'s `1.`, not a `3.`).
    if (next && next.marker.value !== 1) break;
  }
  return out;
}

/** Whether `a` is `h` or a heading over it. */
function holds(a: Heading, h: Heading): boolean {
  for (let x: Heading | null = h; x; x = x.parent) if (x === a) return true;
  return false;
}

/** The heading right before `h` in the document's order (the last heading under the sibling before it, or its parent). */
function headingBefore(h: Heading, doc: GongwenDocument): Heading | null {
  const siblings = siblingsOf(h, doc);
  const at = siblings.indexOf(h);
  if (at <= 0) return h.parent;
  let x = siblings[at - 1];
  while (x.children.length) x = x.children[x.children.length - 1];
  return x;
}

/**
 * A break at `h` that a heading's missing next sibling written in a lower level's form
 * (asAncestorSibling) explains: `h` itself, or a break right after such a heading `x`, inside the
 * heading it would be the sibling of (its items, so read: `（三）` `1.` `（1）`–`（4）` then `1.`), or at
 * that heading's next of its kind numbered after `x` (`（一）` `1.` `2.` `（2）` then `（三）`, the `（二）`
 * written `（2）`). Renumbering then rewrites what the drafter wrote right, as likely as it mends a
 * number: no fix of it is safe. Null where none.
 */
function slipAbove(h: Heading, doc: GongwenDocument, fullDot: boolean, before: boolean): { x: Heading; above: Heading; marker: string } | null {
  if (!before) {
    const own = asAncestorSibling(h, doc, fullDot);
    return own.length ? { x: h, ...own[0] } : null;
  }
  const x = headingBefore(h, doc);
  // (Not a sibling of `x`: a list that breaks after an item of its own reads the same either way; but for
  // a list starting again right after it, which would be its items.)
  if (!x || (x.parent === h.parent && !(h.marker.value === 1 && previousOfKind(h, doc) === x))) return null;
  for (const s of asAncestorSibling(x, doc, fullDot)) {
    if (holds(s.above, h)) return { x, ...s };
    // So read, the list goes on at `h` (the end, or its next number after it).
    const next = nextOfKind(h, doc);
    if (h.marker.kind === s.above.marker.kind && nextOfKind(s.above, doc) === h && (!next || next.marker.value === h.marker.value + 1)) return { x, ...s };
  }
  return null;
}

/**
 * The marker the item before `h` would have as its parent's first item, where a repeat at `h` of the
 * first number of its list may as well be that item written in the form of its own items (the `1.`
 * of a `（二）` written `（1）`, its `（1）` `（2）` `（3）` read after it: `（1）` `（1）` `（2）` `（3）`) as an
 * item inserted without renumbering: that item opens its parent's items, is numbered 1 as `h` is, and
 * holds none; the standard's level under the parent is another, whose own level under it is `h`'s;
 * `h`'s list goes on from it (its next of its kind, if any, a 2) and the parent's items of that level,
 * if any, go on from the 1 (their first a 2). Null otherwise.
 */
function asParentsFirst(h: Heading, doc: GongwenDocument, fullDot: boolean): string | null {
  const prev = previousOfKind(h, doc);
  if (!prev || h.marker.value !== 1 || prev.marker.value !== 1 || prev.children.length || !STANDARD.has(h.marker.kind)) return null;
  const siblings = siblingsOf(h, doc);
  if (siblings[0] !== prev) return null;
  const kind = NEXT_LEVEL.get(h.parent ? h.parent.marker.kind : null);
  if (!kind || kind === h.marker.kind || NEXT_LEVEL.get(kind) !== h.marker.kind) return null;
  const next = nextOfKind(h, doc);
  // (A list starting again after an item of that level, `（1）` `（1）` `2.` `（1）`, is that item's, so read.)
  if (next && next.marker.value !== 2 && !(next.marker.value === 1 && kindBetween(h, next, kind, doc))) return null;
  const first = siblings.find((x) => x.marker.kind === kind);
  if (first && first.marker.value !== 2) return null;
  return inWidthOf({ kind, text: prev.marker.text }, markerFor(kind, 1), kind === 'arabic' && fullDot);
}

/** Whether a heading read at `kind` comes between `a` and `b` in the document's order. */
function kindBetween(a: Heading, b: Heading, kind: MarkerKind, doc: GongwenDocument): boolean {
  const to = doc.headings.indexOf(b);
  for (let k = doc.headings.indexOf(a) + 1; k > 0 && k < to; k++) if (doc.headings[k].marker.kind === kind) return true;
  return false;
}

/**
 * The item that may be the missing first item of `h`'s list, written in the form of its own items,
 * where `h`'s list starts at 2: the first item `c` of the nearest heading over `h` whose level under it
 * in the standard is `h`'s, numbered 1, in the level under `h`'s, holding no items, with no item of
 * `h`'s kind between it and `h` (`（二）` `（1）` `（1）` `2.`: the first `（1）` the `（二）`'s `1.`, the `2.`
 * going on from it). With the marker it would have; null where none.
 */
function asListsFirst(h: Heading, doc: GongwenDocument, fullDot: boolean): { prev: Heading; marker: string } | null {
  if (h.marker.value !== 2 || !STANDARD.has(h.marker.kind) || previousOfKind(h, doc)) return null;
  let p = h.parent;
  while (p && NEXT_LEVEL.get(p.marker.kind) !== h.marker.kind) p = p.parent;
  const c = p?.children[0];
  if (!c || c === h || c.marker.kind !== NEXT_LEVEL.get(h.marker.kind) || c.marker.value !== 1 || c.children.length) return null;
  const from = doc.headings.indexOf(c);
  const to = doc.headings.indexOf(h);
  if (from < 0 || to < from) return null;
  for (let k = from + 1; k < to; k++) if (doc.headings[k].marker.kind === h.marker.kind) return null;
  return { prev: c, marker: inWidthOf({ kind: h.marker.kind, text: c.marker.text }, markerFor(h.marker.kind, 1), h.marker.kind === 'arabic' && fullDot) };
}

/**
 * The first sibling before `h` (the first of its kind among them) written in another standard form
 * and numbered `value`, the number `h`'s list should start at: the missing item, maybe, in another
 * level's form (`1.` `1.` `（二）` under a `一、`). Undefined where none.
 */
function earlierInForm(h: Heading, value: number, doc: GongwenDocument): Heading | undefined {
  if (!STANDARD.has(h.marker.kind) || previousOfKind(h, doc)) return undefined;
  const siblings = siblingsOf(h, doc);
  for (const s of siblings) {
    if (s === h) break;
    if (STANDARD.has(s.marker.kind) && s.marker.kind !== h.marker.kind && s.marker.value === value) return s;
  }
  return undefined;
}

/** `h` and its siblings: its parent's items, or its part's top-level headings. */
function siblingsOf(h: Heading, doc: GongwenDocument): Heading[] {
  return h.parent ? h.parent.children : doc.parts[h.part].headings;
}

/** The sibling before `h` of its kind, if any. */
function previousOfKind(h: Heading, doc: GongwenDocument): Heading | undefined {
  const siblings = siblingsOf(h, doc);
  for (let k = siblings.indexOf(h) - 1; k >= 0; k--) if (siblings[k].marker.kind === h.marker.kind) return siblings[k];
  return undefined;
}

/** The sibling after `h` of its kind, if any. */
function nextOfKind(h: Heading, doc: GongwenDocument): Heading | undefined {
  const siblings = siblingsOf(h, doc);
  for (let k = siblings.indexOf(h) + 1; k < siblings.length; k++) if (siblings[k].marker.kind === h.marker.kind) return siblings[k];
  return undefined;
}

/**
 * The markers `h` would have as the next item of a list inside the sibling before it, where a break
 * at `h` may as well be that item written in `h`'s level's form (a drafter's slip of form) as a number
 * of `h`'s own list miswritten: `一、` `（一）` `（二）` `三、` `二、`, the `（三）` written `三、`, reads as
 * a skip, and `一、` `一、` `二、`, the `（一）` written `一、`, as a repeat; renumbering would rewrite the
 * sections after it. Along the last items of the previous sibling of `h`'s kind (its last item, that
 * item's last item, ...): one of a standard form other than `h`'s numbered one before `h`'s number
 * (`（二）` then `三、`: a `（三）`), or, for an `h` numbered 1, the last of them where it holds no items
 * (its first item, in the standard's level under it). Only where, so read, the list `h` leaves goes on
 * from that previous sibling, and `h`'s own items of that item's form (if any) go on after it; where `h`
 * ends its list (or, `ending`, the list goes on no further than the one after it), only where `h` holds
 * none (a mistyped number and a slip of form read the same), or holds items all in the form of
 * the level under that item. Empty where none.
 */
function asPreviousChild(h: Heading, doc: GongwenDocument, fullDot: boolean, ending = false): string[] {
  if (!STANDARD.has(h.marker.kind)) return [];
  const siblings = siblingsOf(h, doc);
  const prev = previousOfKind(h, doc);
  if (!prev) return [];
  // Read as that item, `h` leaves its list, which must then go on from `prev` (`二、` after it); an item
  // after `h` written in another form is no sign (`三、` `1.` `二、` `3.` `四、`: the `3.` `h`'s sibling so read).
  let next = nextOfKind(h, doc);
  while (next && misfamilied(next)) next = nextOfKind(next, doc);
  if (next && next.marker.value !== prev.marker.value + 1) return [];
  // And its items of that item's form, if any, go on after it as its siblings (`一、` `一、` `1.` `（二）`).
  // Where `h` ends its list (`二、` `（一）` `二、` at the end), it is as likely a `三、` miswritten, and the
  // renumbering changes nothing else: where it holds nothing, the two read the same (neither is
  // certain); where it holds items, only if all are in the form of the level under that item (`1.`
  // under it, as under a `（二）`) is the item above's reading as likely.
  // (`above`: the items over that item, below `prev`, outermost first.)
  // (An item of `h`'s read at another level than its form says is taken as written: `一、` `一、` `1.`
  // `（二）` `（三）`, the `1.` read as a `（一）`, is the second `一、`'s own item so read, a `（一）`'s `1.`.)
  const fits = (kind: MarkerKind, value: number, above: readonly Heading[]) => {
    const first = h.children.find((c) => asWritten(c) === kind);
    if (!next || ending) {
      // (and where the list's other items hold items of that form: `一、` `一、` `1.` `2.` may be a two-level plan's)
      return (
        h.children.length === 0 ||
        (h.children.every((c) => c.marker.kind === NEXT_LEVEL.get(kind)) &&
          siblings.some((x) => x !== h && x.marker.kind === h.marker.kind && x.children.some((c) => c.marker.kind === kind))) ||
        goesOnBelow(h, kind, value, above)
      );
    }
    return !first || first.marker.value === value + 1;
  };
  const out: string[] = [];
  const above: Heading[] = [];
  let x: Heading = prev;
  for (;;) {
    const last: Heading | undefined = x.children[x.children.length - 1];
    if (!last) {
      // h as x's first item, in the standard's level under x, or the level the items of x's kind
      // beside it hold (`1.` under the `二、` of a two-level plan; h's own, where its items go on
      // from such a `1.`: `三、` `一、` `2.` `3.`, fits says).
      if (h.marker.value !== 1) break;
      const kinds = new Set<MarkerKind | undefined>([NEXT_LEVEL.get(x.marker.kind)]);
      for (const s of siblingsOf(x, doc)) if (s.marker.kind === x.marker.kind && s.children.length && STANDARD.has(s.children[0].marker.kind)) kinds.add(s.children[0].marker.kind);
      for (const kind of kinds) {
        if (kind && kind !== h.marker.kind && fits(kind, 1, above)) out.push(inWidthOf({ kind, text: h.marker.text }, markerFor(kind, 1), kind === 'arabic' && fullDot));
      }
      break;
    }
    if (STANDARD.has(last.marker.kind) && last.marker.kind !== h.marker.kind && last.marker.value + 1 === h.marker.value && fits(last.marker.kind, h.marker.value, above)) {
      const kind = last.marker.kind;
      out.push(inWidthOf({ kind, text: h.marker.text }, markerFor(kind, h.marker.value), kind === 'arabic' && fullDot));
    }
    above.push(last);
    x = last;
  }
  return out;
}

/**
 * Whether `h`'s items, with `h` read as the item `value` of a `kind` list under the items `above`
 * (outermost first), go on from that list and the lists above it, as the items after such an item
 * would: `二、` `（一）` `1.` `二、` `3.` `（二）`, the `2.` written `二、`, holds a `3.` and a `（二）` that
 * go on from the `1.` and the `（一）` (read as a new `三、`, its `（二）` would skip a number). Its own
 * items first (in the standard's level under `kind`, from 1), then those of the lists above, each
 * going on from the last of its form; at least one of these, and no other.
 */
function goesOnBelow(h: Heading, kind: MarkerKind, value: number, above: readonly Heading[]): boolean {
  const levels = [...above.map((a) => a.marker.kind), kind];
  if (!levels.every((k) => STANDARD.has(k)) || new Set(levels).size !== levels.length) return false;
  const want = new Map<MarkerKind, number>(above.map((a) => [a.marker.kind, a.marker.value + 1]));
  want.set(kind, value + 1);
  const under = NEXT_LEVEL.get(kind);
  let own = under && !levels.includes(under) ? 1 : 0;
  let on = false;
  for (const c of h.children) {
    const k = asWritten(c);
    if (own && k === under && c.marker.value === own) {
      own++;
      continue;
    }
    const at = levels.indexOf(k);
    if (at < 0 || want.get(k) !== c.marker.value) return false;
    want.set(k, c.marker.value + 1);
    for (const d of levels.slice(at + 1)) want.set(d, 1);
    own = 0;
    on = true;
  }
  return on;
}

/**
 * The marker `h` would have as its parent's next sibling, where `h` is written in its parent's form
 * but read as the parent's item (`（一）` `1.` `2.` `（三）`: the `（三）` read as a `3.`), and may as well be
 * that sibling with its number mistyped by one (a `（二）`; or, repeating the parent's number, the one
 * after it) as an item written in the wrong form: one slip either way. Only where `h` holds no items
 * and ends its list (no item of its read level after it), and the parent has no next sibling of its
 * kind (which would say which one `h` is). Null otherwise.
 */
function asMistypedSibling(h: Heading, doc: GongwenDocument): string | null {
  const p = h.parent;
  if (!p || writtenKind(h.marker) !== p.marker.kind || h.children.length || nextOfKind(h, doc) || nextOfKind(p, doc)) return null;
  const want = p.marker.value + 1;
  if (Math.abs(h.marker.value - want) !== 1) return null;
  return inWidthOf({ kind: p.marker.kind, text: h.marker.text }, markerFor(p.marker.kind, want), false);
}

/**
 * The first item of `group`, where the break at `h` repeats its 2 and the group is read as numbered on
 * from the one before (ending at 1) for that 2 alone: no other group of the sequence numbers on, so
 * the 2 may as well be a 1 mistyped, the group starting again (`二、` `1.` `三、` `2.` `2.`: `1.` `2.`;
 * one slip either way, and more edits the other way where the list goes on: `（二）` `（二）` `（三）`).
 * Null otherwise.
 */
function mistypedStart(seq: Sequence, group: readonly Heading[], h: Heading): Heading | null {
  const i = seq.groups.indexOf(group as Heading[]);
  if (i < 1 || seq.restarts[i] || group[1] !== h || group[0].marker.value !== 2 || h.marker.value !== 2) return null;
  const prev = seq.groups[i - 1];
  if (prev[prev.length - 1].marker.value !== 1) return null;
  for (let k = 1; k < seq.groups.length; k++) if (k !== i && !seq.restarts[k]) return null;
  return group[0];
}

/** The note a fix's message gets where the form it writes is not certain (uncertainForm). */
function uncertainNote(ctx: RuleContext): string {
  return ctx.msg('同级序号写法不一，难以确定本意，请核对后修改。', ' Its siblings are written in mixed forms, so what was meant is not certain: check before changing it.');
}

const sequence: Rule = {
  id: 'GW101',
  name: 'numbering-sequence',
  family: 'numbering',
  defaultSeverity: 'error',
  description: {
    zh: '同级序号出现跳号、重号或顺序颠倒（按文档自身的编号方式判断：每级重新编号或全文连续编号）。一组下级序号接着上级序号编号、各项之下再无下级时（如一个“一、”之下“（一）”“（二）”之后写“3.”“4.”“5.”），既可能是“（二）”之下的编号有误，也可能是同级的“（三）”至“（五）”换了写法，或“（一）”“（二）”才是写法不一的一方：三种改法都提供，但都不会被“全部修复”自动采用。一组的最后一项出现重号或跳号、其序号恰是上级下一项应有的序号、而上级下一项缺失时（如“二、”之下“（一）”至“（三）”之后又一个“（三）”，其后没有“三、”），既可能应改为“（四）”，也可能是“三、”写成了“（三）”：两种改法都提供，都不自动采用。上级之上各级亦然（如“（一）”之下“3.”的第一项写成“（2）”、其后没有“（二）”，可能是“（二）”写成了“（2）”）；这样一项之后同级只有从 1 重新开始的一组（如“（一）”之下“1.”“2.”“1.”“2.”“3.”，“2.”可能本是“（二）”，其后是它的下一级），或只有一项写成上级样式、接着它编号的序号（如“（一）”之下“1.”至“3.”之后的“2.”“（三）”）时亦然，“（三）”改为本级样式也不自动采用；紧接这样一项之后的跳号、重号（如“（三）”之下“2.”的“（1）”至“（4）”之后又一个“1.”，或“（一）”之下最后一项“（2）”之后是“（三）”），也可能是那一项本是上级的下一项：两种改法都提供，都不自动采用。一组的第一项之后紧接着又一个序号 1、其后接着编号时（如“（二）”之下“（1）”“（1）”“（2）”“（3）”），既可能是插入一项后未重新编号，也可能是前一个“（1）”本是“（二）”之下的“1.”、写成了其下一级的样式：两种改法都提供，都不自动采用；其后是“2.”、其下又从“（1）”编号时（“（1）”“（1）”“2.”“（1）”），该处及从“2.”开始的那一组亦然。反过来，跳号或重号的一项恰是上一项之下那一组的下一项、写成了本级的样式时（如“一、”之下“（一）”“（二）”之后写“三、”，其后是“二、”；或“一、”“一、”“二、”），既可能是本级编号有误，也可能是“（三）”“（一）”写错了样式：两种改法都提供，本级这一组的重新编号不自动采用（该项为一组的最后一项时，只在其下没有下级时（此时打错序号与写错样式无从区分：如“一、”“（一）”“二、”“（一）”之后又一个“二、”，或全文只有“一、”“一、”两项）、其下各项是那一项的下一级样式且本文同级别处也用那一级时，或其下各项接着上面各组编号时（如“二、”之下“（一）”“1.”之后又一个“二、”，其下“3.”“（二）”）如此；序号为 1 时，那一项之下的一组也可以是本文同级各项之下所用的样式；其下读作另一层级的序号按其写法计，如“一、”“一、”“1.”“（二）”“（三）”，第二个“一、”可能本是“（一）”，“1.”是其下一项，此时该“1.”改为“（一）”也不自动采用）；重号的两项中前一项如此时（“（一）”“二、”“（三）”“二、”“三、”），同样处理；本级最后一项虽未跳号、重号，但可能是这样一项、其下各项接着上面各组编号时（如“二、”之下“（一）”“1.”“（1）”“（2）”之后的“三、”，其下“2.”“3.”“（二）”，“三、”可能本是“（3）”），其下从中间序号开始的一组（“（二）”）的重新编号也不自动采用，并提供改正该项的改法。一组从中间的序号开始、而其前面恰有一项另一种样式的序号是所缺的那一个时（如“一、”之下“1.”“1.”“（二）”，“（一）”写成了“1.”），既可能是本组编号有误，也可能是那一项写错了样式：两种改法都提供，本组的重新编号（及前面那一项与其后同样式一项的重号）不自动采用。长篇要点、方案、讲话稿的“第一部分”“第二部分”（及规划的“第一篇”、“第一编”）是“一、”之上的一级，其间跳号、重号同样提示；各部分之下的“一、”每部分重新编号或接续编号均可。一组只因其第一项为 2 而读作接着上一组（止于 1）编号、本序列其他各组都重新编号，其后又一个 2 时（如“二、”之下“1.”，“三、”之下“2.”“2.”），既可能是重号，也可能是第一项本是 1、打错了序号（本组重新编号）：两种改法都提供，都不自动采用。',
    en: 'Sibling numbers skip, repeat or go backwards (judged by the numbering style the document uses). Where a list goes on from its parent\'s number and its items hold none (3. 4. 5. after （一） （二） under one 一、), it may be the （二）\'s items misnumbered, its siblings （三） to （五） written in another form, or the （一） （二） may be the odd ones: all three fixes are offered, none applied by fix-all. Where the last item of a list repeats or skips a number and is numbered as its parent\'s next sibling would be, that sibling missing (a second （三） after 二、\'s （一） to （三）, no 三、 after it), it may be a （四） or the 三、 written in its items\' form: both fixes are offered, neither applied by fix-all. The same for a heading further up (a （2） opening a 3.\'s items under a （一）, no （二） after it), and where the list goes on after such an item only by starting again at 1 (1. 2. 1. 2. 3. under a （一）: the 2. may be a （二） holding the 1. to 3.) or by one item in the form of the heading above numbered on from it (2. （三） after a （一）\'s 1. to 3.; the fix of that （三） to the list\'s form is not applied by fix-all either), and for a break right after such an item, which it would then hold or which would go on from it (a second 1. after a 2.\'s （1） to （4） under a （三）; a （三） after a （一） whose last item is a （2）): that item may be the heading\'s next sibling; both fixes are offered, neither applied by fix-all. Where a list\'s first item is followed by another 1 and the list goes on from it (（1） （1） （2） （3） under a （二）), it may be an item inserted without renumbering or the first （1） may be the （二）\'s 1. written in the form of the level below: both fixes are offered, neither applied by fix-all; the same where a 2. follows, its own （1） after it (（1） （1） 2. （1）), for that repeat and for the list starting at the 2. The other way round, where an item that skips or repeats a number is numbered as the next item of the list inside the sibling above it, in this level\'s form (三、 after 一、\'s （一） （二）, with a 二、 after it; or 一、 一、 二、), it may be this list misnumbered or that （三） or （一） written in the wrong form: both fixes are offered, and the renumbering of this list is not applied by fix-all (for the last item of its list, only where it holds no items (a mistyped number and a slip of form then read the same: a second 二、 after 一、 （一） 二、 （一）, or a plan of just 一、 一、), where its own items are in the form of the level under that item and the list\'s other items hold items in that item\'s form, or where its items go on from the lists above it: a second 二、 after 二、\'s （一） 1., holding a 3. and a （二）; for an item numbered 1, the list under that item may also be in the form the items of its kind beside it hold; an item under it read at another level counts as written: in 一、 一、 1. （二） （三） the second 一、 may be a （一） and the 1. its item, so the fix of that 1. to （一） is not applied by fix-all either); the same where the first of two repeated numbers is such an item (（一） 二、 （三） 二、 三、); and where the last item of a list, numbered right, may be such an item, its items going on from the lists above (a 三、 after 二、\'s （一） 1. （1） （2）, holding 2. 3. （二）: the 三、 may be a （3）), the renumbering of a list under it that starts past its number (the （二）) is not applied by fix-all either, and the fix of that item is offered. Where a list starts past its first number and a sibling before it, in another form, has the missing number (1. 1. （二） under a 一、, the （一） written 1.), it may be this list misnumbered or that sibling in the wrong form: both fixes are offered, and the list\'s renumbering (and the repeat of that sibling with the next of its form) is not applied by fix-all. A long plan\'s, 要点\'s or speech\'s divisions (第一部分, 第二部分; a 规划\'s 第一篇, 第一编) are a level above 一、: a gap or a repeat among them is reported too; the 一、 under them may start again in each or run on. Where a list is read as numbered on from the one before (ending at 1) only because its first item is a 2, every other list of the sequence starting again, and another 2 follows (1. under 二、, then 2. 2. under 三、), it may be a repeat or its first item a 1 mistyped, the list starting again: both fixes are offered, neither applied by fix-all.',
  },
  fixable: true,
  inputs: 'markers',
  check(doc, ctx) {
    // The first break of a run gets the fix that renumbers everything after it; later breaks of
    // the same run get a fix for their own marker (a whole-run fix each would be quadratic).
    const planned = new Set<unknown>();
    let fullDot: boolean | undefined;
    // Runs whose first break may be an item of the list above in this level's form (asPreviousChild).
    const doubtful = new Set<unknown>();
    // The headings at a break that may be an item of the list above them in their level's form.
    // A repeat (`一、` `（一）` `二、` `二、` `三、`) may be the first of the two that is such an item
    // (the `（二）` written `二、`): the break at the second then names the first (`blamed`).
    const doubtfulHeads = new Map<Heading, string[]>();
    const blamed = new Map<Heading, Heading>();
    for (const b of ctx.derived(numberingOf).breaks) {
      const h = b.heading;
      if (b.block || h.marker.kind === 'article') continue;
      const alt = asPreviousChild(h, doc, (fullDot ??= ctx.derived(fullDotOf)));
      // (The first of a repeat may be such an item too, though the second is one: `一、` `（一）` `二、`
      // `（三）` `二、`, the `（二）` written `二、` or the `2.` after the `（三）`'s `1.`; the list under
      // the first, `（三）`, is then numbered as that first is read.)
      if (alt.length) doubtfulHeads.set(h, alt);
      const prev = previousOfKind(h, doc);
      if (!prev || prev.marker.value !== h.marker.value) continue;
      // So read, the list goes on at the second; where the second is not followed by its next number
      // (the end, or a `四、`: `二、` `二、` `四、`), the second is as likely the one miswritten.
      const next = nextOfKind(h, doc);
      if (next && next.marker.value !== h.marker.value + 1) continue;
      const altPrev = asPreviousChild(prev, doc, fullDot, !next);
      if (altPrev.length) {
        doubtfulHeads.set(prev, altPrev);
        if (!alt.length) blamed.set(h, prev);
      }
    }
    // The siblings before a list starting past its number that may be its missing item in another
    // form (earlierInForm), by that list's first item and by the sibling itself, with the marker it may be.
    const carriers = new Map<Heading, { carrier: Heading; item: string }>();
    for (const b of ctx.derived(numberingOf).breaks) {
      const h = b.heading;
      if (b.block || h !== b.group[0] || h.marker.value <= b.position) continue;
      const carrier = earlierInForm(h, b.position, doc);
      if (!carrier) continue;
      const item = inWidthOf({ kind: h.marker.kind, text: carrier.marker.text }, markerFor(h.marker.kind, b.position), h.marker.kind === 'arabic' && (fullDot ??= ctx.derived(fullDotOf)));
      carriers.set(h, { carrier, item });
      carriers.set(carrier, { carrier, item });
    }
    let seqs: Sequence[] | undefined;
    for (const b of ctx.derived(numberingOf).breaks) {
      if (b.heading.marker.kind === 'article') continue; // GW107
      const h = b.heading;
      if (b.block) {
        // A block numbered apart between two siblings that count on: no renumbering is right (the
        // block may belong a level down), so it is named, and the siblings after it are left alone.
        const { items, before, after } = b.block;
        const lastText = items[items.length - 1].marker.text;
        ctx.report({
          range: h.marker.range,
          message: ctx.msg(
            `“${h.marker.text}”至“${lastText}”在“${before.marker.text}”与“${after.marker.text}”之间另起编号，似为从其他文稿粘贴的内容：请按所在层级改用相应序号，或接续本级编号。`,
            `"${h.marker.text}" to "${lastText}" start again at 1 between "${before.marker.text}" and "${after.marker.text}", which count on: probably pasted from another text; use this level's markers or number on.`,
          ),
        });
        continue;
      }
      fullDot ??= ctx.derived(fullDotOf);
      // The value renumbering gives it (what fix-all writes), not the one after the number written
      // before it: after a move or a swap the two differ, and the message would name another.
      const want = renumbered(h.marker, b.position, fullDot);
      const what =
        h.marker.value < b.position
          ? ctx.msg('重号或顺序颠倒', 'repeated or out of order')
          : ctx.msg('跳号', 'a number is skipped');
      const run = runOf(b.sequence, b.group);
      const whole = !planned.has(run[0]);
      planned.add(run[0]);
      // Why this value: the run it counts in spans one group, several, or the whole sequence; a
      // sequence of one group (the `一、`s, a regulation's chapters) has no style to name.
      const [styleZh, styleEn] =
        b.sequence.groups.length === 1
          ? ['', '']
          : run.length === 1
            ? ['（每级重新编号）', ' (restarting under each parent)']
            : run.length === b.sequence.groups.length
              ? ['（全文连续编号）', ' (numbered on through the document)']
              : ['（连续编号）', ' (numbered on from the group before)'];
      // Only the markers that change: `1．` kept as written stays untouched.
      const plan = whole ? renumberPlan(b.sequence, h, b.group).filter((p) => renumbered(p.heading.marker, p.value, fullDot) !== p.heading.marker.text) : [{ heading: h, value: b.position }];
      const edits = plan.map((p) => replaceMarker(p.heading, p.value, fullDot));
      // Renumbering writes each marker in the form it is read in: where that form is uncertain (a
      // `（三）` read as the `3.` after a `2.` among siblings of mixed forms), it is no safe fix.
      const uncertain = plan.some((p) => misfamilied(p.heading) && uncertainForm(p.heading, doc, (seqs ??= ctx.derived(sequencesFact))));
      // A renumbering that changes this marker alone (the run's last item) says just that.
      const renumbering = whole && edits.length > 1;
      const fix: Fix = {
        title: renumbering
          ? ctx.msg(`重新编号：从“${h.marker.text}”起依次改为“${want}”…`, `Renumber from "${h.marker.text}" as "${want}"…`)
          : ctx.msg(`改为“${want}”`, `Change to "${want}"`),
        edits,
        safe: !uncertain,
        preferred: !uncertain,
        // Applied alone (a quick-fix), the renumbering repeats until the run reads as written (renumber.ts).
        ...(whole ? { renumbers: true } : {}),
      };
      // `（一）` `（二）` `3.` `4.` `5.` under one `一、`: the `3.`–`5.` are the `（二）`'s items misnumbered,
      // or its siblings `（三）`–`（五）` in another form (switchedGroup), or the `（一）` `（二）` are the odd
      // ones (`1.`–`5.`). Each is offered, none as safe.
      if (whole && h === b.group[0] && switchedIn(b.sequence, b.group, doc)) {
        const parent = h.parent!;
        const last = b.group[b.group.length - 1];
        const inForm = (kind: MarkerKind, x: Heading) => inWidthOf({ kind, text: x.marker.text }, markerFor(kind, x.marker.value), kind === 'arabic' && fullDot);
        const as = (x: Heading) => inForm(parent.marker.kind, x);
        // The parent and its siblings before it, in the items' form: only where none of them holds items
        // (the parent but for these) and none of its kind follows it.
        const siblings = siblingsOf(parent, doc);
        const at = siblings.indexOf(parent);
        const before = siblings.slice(0, at + 1).filter((x) => x.marker.kind === parent.marker.kind);
        const asItems = before.every((x) => x === parent || x.children.length === 0) && !siblings.slice(at + 1).some((x) => x.marker.kind === parent.marker.kind);
        const itemKind = h.marker.kind;
        const span = b.group.length > 1 ? `“${h.marker.text}”至“${last.marker.text}”` : `“${h.marker.text}”`;
        const spanEn = b.group.length > 1 ? `"${h.marker.text}" to "${last.marker.text}"` : `"${h.marker.text}"`;
        const wantSiblings = b.group.length > 1 ? `“${as(h)}”至“${as(last)}”` : `“${as(h)}”`;
        const wantSiblingsEn = b.group.length > 1 ? `"${as(h)}" to "${as(last)}"` : `"${as(h)}"`;
        ctx.report({
          range: h.marker.range,
          message: ctx.msg(
            `序号“${h.marker.text}”${what}：作为“${parent.marker.text}”的下一级，此处应为“${want}”${styleZh}；但${span}接着“${parent.marker.text}”编号，也可能是与之同级的${wantSiblings}换了写法，请核对。`,
            `Number "${h.marker.text}": ${what}; as items of "${parent.marker.text}", expected "${want}"${styleEn}; but ${spanEn} go on from "${parent.marker.text}": they may be its siblings ${wantSiblingsEn} written in another form. Check which is meant.`,
          ),
          fixes: [
            { ...fix, safe: false, preferred: false },
            {
              title: ctx.msg(`改为与“${parent.marker.text}”同级：${wantSiblings}`, `Make them siblings of "${parent.marker.text}": ${wantSiblingsEn}`),
              edits: b.group.filter((x) => as(x) !== x.marker.text).map((x) => ({ range: x.marker.range, newText: as(x) })),
              safe: false,
            },
            ...(asItems
              ? [
                  {
                    title: ctx.msg(
                      `将${before.length > 1 ? `“${before[0].marker.text}”至` : ''}“${parent.marker.text}”改为${before.length > 1 ? `“${inForm(itemKind, before[0])}”至` : ''}“${inForm(itemKind, parent)}”（与“${h.marker.text}”同级）`,
                      `Write ${before.length > 1 ? `"${before[0].marker.text}" to ` : ''}"${parent.marker.text}" as ${before.length > 1 ? `"${inForm(itemKind, before[0])}" to ` : ''}"${inForm(itemKind, parent)}" (siblings of "${h.marker.text}")`,
                    ),
                    edits: before.filter((x) => inForm(itemKind, x) !== x.marker.text).map((x) => ({ range: x.marker.range, newText: inForm(itemKind, x) })),
                    safe: false,
                  },
                ]
              : []),
          ],
        });
        continue;
      }
      const expected = ctx.msg(`序号“${h.marker.text}”${what}：此处应为“${want}”${styleZh}。`, `Number "${h.marker.text}": ${what}; expected "${want}"${styleEn}.`);
      // Where another reading is as likely: the renumbering offered but not safe, and the other reading's fixes beside it.
      const reportDoubt = (also: string, alternatives: Fix[]) =>
        ctx.report({ range: h.marker.range, message: expected + also, fixes: [{ ...fix, safe: false, preferred: false }, ...alternatives] });
      // A list starting past its number, where a sibling before it, in another form, has that number
      // (`一、` `1.` `1.` `（二）`: the `（一）` written `1.`, its own `1.` read beside it): that sibling
      // may be the missing item, so renumbering the list is no safe fix.
      // (A repeat at the carrier's next of its kind, `1.` `1.`, is read so too: the second `1.` its item.)
      const carried = whole ? (carriers.get(h) ?? carriers.get(previousOfKind(h, doc)!)) : undefined;
      if (carried) {
        const { carrier, item } = carried;
        reportDoubt(
          ctx.msg(
            `也可能是前面的“${carrier.marker.text}”本是“${item}”，写成了其他层级的样式，请核对。`,
            ` Or the "${carrier.marker.text}" before it may be "${item}" written in another level's form: check which is meant.`,
          ),
          [
            { title: ctx.msg(`将前面的“${carrier.marker.text}”改为“${item}”`, `Make the "${carrier.marker.text}" before it "${item}"`), edits: [{ range: carrier.marker.range, newText: item }], safe: false },
          ],
        );
        continue;
      }
      // A heading's missing next sibling, written in a lower level's form (`（三）` ending `二、`'s items
      // for `三、`), at this break or right before it (slipAbove): as likely as a number miswritten, so no
      // fix of this run is safe.
      const reportSlip = ({ x, above, marker }: { x: Heading; above: Heading; marker: string }) => {
        if (whole) doubtful.add(run[0]);
        reportDoubt(
          (x === h
            ? ctx.msg(
                `也可能是与“${above.marker.text}”同级的“${marker}”写成了“${h.marker.text}”，请核对。`,
                ` It may also be "${marker}", a sibling of "${above.marker.text}", written in the form of a level below: check which is meant.`,
              )
            : ctx.msg(
                `也可能是前面的“${x.marker.text}”本是与“${above.marker.text}”同级的“${marker}”，请核对。`,
                ` Or the "${x.marker.text}" before it may be "${marker}", a sibling of "${above.marker.text}", written in the form of a level below: check which is meant.`,
              )),
          [
            {
              title:
                x === h
                  ? ctx.msg(`改为与“${above.marker.text}”同级的“${marker}”`, `Make it "${marker}", a sibling of "${above.marker.text}"`)
                  : ctx.msg(`将前面的“${x.marker.text}”改为与“${above.marker.text}”同级的“${marker}”`, `Make the "${x.marker.text}" before it "${marker}", a sibling of "${above.marker.text}"`),
              edits: [{ range: x.marker.range, newText: marker }],
              safe: false,
            },
          ],
        );
      };
      // The parent's first item written in its items' form, this repeat its first item (asParentsFirst):
      // as likely as an item inserted without renumbering, so no fix of this run is safe.
      const parentsFirst = whole ? asParentsFirst(h, doc, fullDot) : null;
      // (Or a list starting at 2 after such an item: `（二）` `（1）` `（1）` `2.`, the `2.` going on from the first `（1）`.)
      const listsFirst = whole && !parentsFirst && h === b.group[0] ? asListsFirst(h, doc, fullDot) : null;
      const first = parentsFirst ?? listsFirst?.marker;
      if (first) {
        const prev = listsFirst ? listsFirst.prev : previousOfKind(h, doc)!;
        const parent = prev.parent ? prev.parent.marker.text : '';
        doubtful.add(run[0]);
        reportDoubt(
          ctx.msg(
            `也可能是前面的“${prev.marker.text}”本是${parent ? `“${parent}”之下` : ''}的“${first}”，写成了其下一级的样式，请核对。`,
            ` Or the "${prev.marker.text}" before it may be "${first}"${parent ? `, the first item of "${parent}",` : ''} written in the form of the level below: check which is meant.`,
          ),
          [
            { title: ctx.msg(`将前面的“${prev.marker.text}”改为“${first}”`, `Make the "${prev.marker.text}" before it "${first}"`), edits: [{ range: prev.marker.range, newText: first }], safe: false },
          ],
        );
        continue;
      }
      let slip = slipAbove(h, doc, fullDot, false);
      if (slip) {
        reportSlip(slip);
        continue;
      }
      // The next item of a list inside the sibling before it, written in this level's form (`（一）`
      // `（二）` then `三、` for `（三）`): as likely as a number miswritten, and renumbering would rewrite
      // the siblings after it, so no fix of this run is safe.
      const at = fix.safe && whole ? (blamed.get(h) ?? h) : h;
      const asChild = fix.safe && whole ? (doubtfulHeads.get(at) ?? []) : [];
      if (asChild.length) doubtful.add(run[0]);
      // A list under such a heading is numbered as the heading is read: where the heading may be the
      // item above's, so may its list be (`一、` `一、` `1.` `（二）`: the `（二）` a `（一）`'s sibling).
      let under = false;
      for (let a = h.parent; a && !under; a = a.parent) under = doubtfulHeads.has(a);
      if (asChild.length || under || (!whole && doubtful.has(run[0]))) {
        reportDoubt(
          (asChild.length
            ? at === h
              ? ctx.msg(
                  `也可能是上一项之下的“${asChild.join('”或“')}”写成了“${h.marker.text}”，请核对。`,
                  ` It may also be "${asChild.join('" or "')}", an item of the list above it, written in this level's form: check which is meant.`,
                )
              : ctx.msg(
                  `也可能是前一个“${at.marker.text}”本是其上一项之下的“${asChild.join('”或“')}”，请核对。`,
                  ` Or the "${at.marker.text}" before it may be "${asChild.join('" or "')}", an item of the list above that one, written in this level's form: check which is meant.`,
                )
            : ctx.msg('本级编号另有一处难以确定本意，请核对后修改。', ' Another number of this list is not certain: check before changing it.')),
          asChild.map((want) => ({
            title: at === h ? ctx.msg(`改为上一项之下的“${want}”`, `Make it "${want}", an item of the list above`) : ctx.msg(`将前一个“${at.marker.text}”改为“${want}”`, `Make the "${at.marker.text}" before it "${want}"`),
            edits: [{ range: at.marker.range, newText: want }],
            safe: false,
          })),
        );
        continue;
      }
      // A list starting past its number under a heading that ends its own list and may be the next item
      // of the list inside the sibling before it, its items going on from the lists above as that
      // item's would (asPreviousChild: `二、` `（一）` `1.` `（1）` `（2）` `三、` `2.` `3.` `（二）`, the `（3）`
      // written `三、`): the list is numbered as the heading is read, so renumbering it is no safe fix.
      const parent = fix.safe && whole && h === b.group[0] && !previousOfKind(h, doc) ? h.parent : null;
      const asParent = parent ? asPreviousChild(parent, doc, fullDot) : [];
      if (parent && asParent.length) {
        doubtful.add(run[0]);
        reportDoubt(
          ctx.msg(
            `也可能是其所属的“${parent.marker.text}”本是上一项之下的“${asParent.join('”或“')}”，本项接着上面的编号，请核对。`,
            ` Or the "${parent.marker.text}" it is under may be "${asParent.join('" or "')}", an item of the list above, this one going on from the numbers there: check which is meant.`,
          ),
          asParent.map((want) => ({
            title: ctx.msg(`将其所属的“${parent.marker.text}”改为“${want}”`, `Make the "${parent.marker.text}" it is under "${want}"`),
            edits: [{ range: parent.marker.range, newText: want }],
            safe: false,
          })),
        );
        continue;
      }
      // The same, the heading right before this break so read (slipAbove).
      slip = slipAbove(h, doc, fullDot, true);
      if (slip) {
        reportSlip(slip);
        continue;
      }
      // A repeated 2 in a list read as numbered on only for starting at that 2 (`二、` `1.` `三、` `2.` `2.`):
      // its first item may be a 1 mistyped, the list starting again (mistypedStart).
      const start = fix.safe && whole ? mistypedStart(b.sequence, b.group, h) : null;
      if (start) {
        doubtful.add(run[0]);
        const one = renumbered(start.marker, 1, fullDot);
        reportDoubt(
          ctx.msg(`也可能是前面的“${start.marker.text}”本是“${one}”（本组重新编号），请核对。`, ` Or the "${start.marker.text}" before it may be "${one}", the list starting again: check which is meant.`),
          [{ title: ctx.msg(`将前面的“${start.marker.text}”改为“${one}”`, `Make the "${start.marker.text}" before it "${one}"`), edits: [{ range: start.marker.range, newText: one }], safe: false }],
        );
        continue;
      }
      ctx.report({
        range: h.marker.range,
        message: expected + (uncertain ? uncertainNote(ctx) : ''),
        fixes: [fix],
      });
    }
  },
};

const punctuation: Rule = {
  id: 'GW102',
  name: 'marker-punctuation',
  family: 'numbering',
  defaultSeverity: 'warning',
  description: {
    zh: '序号后的标点或括号不规范：“一、”用顿号，“（一）”“（1）”“①”后不加标点，“1.”用圆点，括号用全角（“1）”在“1.”之下读作少了前括号的“（1）”，在别处读作“1.”）。全角圆点或全角数字（“1．”“１．”“（１）”）是常见写法，只在与半角的“1.”“（1）”混用时提示（提示少数的一方）；全文多用“1．”时，重新编号和改正“1、”等写法也用“1．”。改正“(一) ”“一. ”等写法时，序号后多打的空格一并去掉（“（一）”“一、”后直接接正文），全文“（一）”后普遍空一格的除外；“1.”后的空格保留。识别OCR或重新录入时的误写：“—、”“-、”“一 、”以及顿号打了两次的“一、、”读作“一、”，“（-）”读作“（一）”，“l.”“I.”读作“1.”（仅在其为同级第一项、其后还有同级序号时），改为规范写法。同级之中个别序号写成了其他层级的样式（如“（一）”“2.”“（三）”中的“2.”），改为同级的样式；同级序号写法混杂（如“（一）”之下“（1）”“2.”“（三）”），或仅两项、一项一种写法而标准层级和本文其他各处都无法判断（如“二、”之下“1.”“（二）”），或其前一项跳号、重号且可能是再上一项之下的一项写成了本级样式（如“三、”“1.”“二、”“3.”“四、”中的“3.”，“二、”可能本是“2.”；其后接连几项都是另一种写法时，各项亦然；或其前一项可能是上级标题所缺的下一项写成了下一级样式，如“（一）”之下“1.”至“3.”之后“2.”“（三）”中的“（三）”），或其所属的上级序号如此（如“一、”“一、”“1.”“（二）”“（三）”中的“1.”，第二个“一、”可能本是“（一）”、“1.”是其下一项）时，只提供改法，不由“全部修复”自动采用。写成上级样式、读作上级之下一项的序号（如“（一）”之下“1.”“2.”之后的“（三）”，读作“3.”），其下没有下级、其后没有同级下一项、上级之后也没有同级下一项，而其序号与上级的下一项只差一时，也可能是上级的下一项（“（二）”）打错了序号：两种改法都提供，都不自动采用。“1.”之下紧接着的“（2）”其后是“2.”时，是“1.”之下第一项打错了序号（GW101），不读作写错样式的“2.”；“（1）”与“（3）”之间的“（二）”读作写成上级样式的“（2）”。',
    en: 'Wrong punctuation or brackets on a marker: 一、 takes 、, （一）/（1）/① take none, 1. takes a dot, brackets are full-width (1） under a 1. is read as （1） missing its opening bracket, elsewhere as 1.). A full-width dot or full-width digits (1．, １．, （１）) are a common variant, noted only where the document also writes half-width 1. or （1） (the fewer of the two are noted); where most of its 1.s are written 1．, renumbering and the fix of 1、 keep that dot. The fix of (一) or 一. also drops the spaces typed after it (（一） and 一、 are followed directly by the text), unless the document mostly writes the standard form with a space; the space after 1. stays. Markers misread by OCR or retyped from a PDF are read as what they stand for and fixed: —、 -、 一 、 (and 一、、, its 、 typed twice) as 一、, （-） as （一）, l. and I. as 1. (only where it stands first among its siblings and another follows). An item written in another level\'s form amid its siblings (2. between （一） and （三）) is fixed to their form; where its siblings are written in mixed forms (（一） （1） 2. （三）), or two siblings one in each form that neither the standard nor the document\'s other lists tell apart (1. （二） under a 二、), or the item before it skips or repeats a number and may be an item of the list above written in this level\'s form (the 3. of 三、 1. 二、 3. 四、, where the 二、 may be a 2.; so are the items in another form that follow such an item one after another; or the item before it may be a heading\'s missing next sibling written in a lower level\'s form: the （三） of 2. （三） after a （一）\'s 1. to 3.), or the heading it is under is such an item (the 1. of 一、 一、 1. （二） （三）, where the second 一、 may be a （一） and the 1. its item), the fix is offered but not applied by fix-all. An item in its parent\'s form read as the parent\'s item (the （三） after 1. 2. under a （一）, read as a 3.), holding none, the last of its list, its parent with no next sibling, and numbered one off the parent\'s next, may as well be that next sibling with its number mistyped (a （二）): both fixes are offered, neither applied by fix-all. A （2） right under a 1. with a 2. after it is the 1.\'s first item mistyped (GW101), not a 2. in the wrong form; a （二） between a （1） and a （3） is read as the （2） in the form of a level above.',
  },
  fixable: true,
  inputs: 'markers',
  check(doc, ctx) {
    // `1．` or `（１）` throughout is a house style; beside `1.` or `（1）` it is an inconsistency:
    // a full-width dot where the document also writes a half-width one, full-width digits where it
    // also writes half-width ones.
    let half: { dot: boolean; digits: boolean } | undefined;
    let fullDot: boolean | undefined;
    let spaced: Set<MarkerKind> | undefined;
    let seqs: Sequence[] | undefined;
    // Right after a numbering break that may be an item of the list above in its level's form
    // (asPreviousChild: `三、` `1.` `二、` `3.` `四、`, the `二、` a `2.`), an item written in another form
    // (the `3.`) is that item's sibling as likely as one of its own level's.
    let breakHeads: Set<Heading> | undefined;
    // (Or after such a break and items in another form right after it: `（一）` `1.`–`3.` `（一）` `（2）`
    // `（3）`, the second `（一）` a `（1）`, the `（2）` and the `（3）` alike.)
    const afterDoubtful = (h: Heading) => {
      let p = previousOfKind(h, doc);
      while (p && misfamilied(p)) p = previousOfKind(p, doc);
      if (!p || !(breakHeads ??= new Set(ctx.derived(numberingOf).breaks.map((b) => b.heading))).has(p)) return false;
      return asPreviousChild(p, doc, (fullDot ??= ctx.derived(fullDotOf))).length > 0;
    };
    // (Or after a break that may be a heading's missing next sibling in a lower level's form, its own
    // next sibling written in the form it is read in: `（一）` `1.`–`3.` `2.` `（三）`, the `2.` a `（二）`.)
    const afterSlipAbove = (h: Heading) => {
      const p = previousOfKind(h, doc);
      if (!p || !(breakHeads ??= new Set(ctx.derived(numberingOf).breaks.map((b) => b.heading))).has(p)) return false;
      return asAncestorSibling(p, doc, (fullDot ??= ctx.derived(fullDotOf))).length > 0;
    };
    // (Or under such a break: `一、` `一、` `1.` `（二）` `（三）`, the `1.` read as a `（一）`, is the second
    // `一、`'s own item where that `一、` is the first one's `（一）`, as written.)
    const underDoubtful = (h: Heading) => {
      for (let a = h.parent; a; a = a.parent) {
        if ((breakHeads ??= new Set(ctx.derived(numberingOf).breaks.map((b) => b.heading))).has(a) && asPreviousChild(a, doc, (fullDot ??= ctx.derived(fullDotOf))).length > 0) return true;
      }
      return false;
    };
    for (const h of doc.headings) {
      const m = h.marker;
      if (m.kind === 'decimal') continue;
      if (m.text === m.canonical) {
        // `9.` where most of the document's `1.`s are written `1．`: the odd one out is this one.
        if (m.kind !== 'arabic' || !(fullDot ??= ctx.derived(fullDotOf))) continue;
        const want = m.canonical.replace(/\.$/, '．');
        ctx.report({
          range: m.range,
          severity: 'info',
          message: ctx.msg(`序号“${m.text}”用半角圆点，而本文序号多用全角圆点，宜统一为“${want}”。`, `"${m.text}" has a half-width dot where the document's numbers mostly have a full-width one; write "${want}".`),
          fixes: [{ title: ctx.msg(`改为“${want}”`, `Change to "${want}"`), edits: [{ range: m.range, newText: want }], safe: true, preferred: true }],
        });
        continue;
      }
      const tolerated = isToleratedVariant(m);
      if (tolerated) {
        half ??= halfWidthUsed(doc);
        // A full-width dot is flagged where the document mostly writes half-width ones (not the other way).
        const dotOdd = half.dot && m.text.includes('．') && !(fullDot ??= ctx.derived(fullDotOf));
        if (!(dotOdd || (half.digits && FULL_WIDTH_DIGIT.test(m.text)))) continue;
      }
      // `8、` in a document that writes `1．`: its own dot.
      const canonical = tolerated ? m.canonical : inWidthOf(m, m.canonical, (fullDot ??= ctx.derived(fullDotOf)));
      if (canonical === m.text) continue;
      // Written in another level's form: certain only where its siblings say so (uncertainForm).
      const mixed = misfamilied(h) && uncertainForm(h, doc, (seqs ??= ctx.derived(sequencesFact)));
      const doubted = !mixed && misfamilied(h) && afterDoubtful(h);
      const under = !mixed && !doubted && misfamilied(h) && underDoubtful(h);
      const sibling = !mixed && !doubted && !under && misfamilied(h) && afterSlipAbove(h);
      const mistyped = !mixed && !doubted && !under && !sibling && misfamilied(h) ? asMistypedSibling(h, doc) : null;
      const uncertain = mixed || doubted || under || sibling || mistyped !== null;
      // `(一) 树立` → `（一）树立`: the space typed after the ASCII brackets goes with them.
      const gap = h.markerGap && droppedGap(h, (spaced ??= spacedKinds(doc.headings)));
      const edit = gap ? { range: { start: m.range.start, end: { line: m.range.end.line, character: m.range.end.character + gap } }, newText: canonical } : { range: m.range, newText: canonical };
      ctx.report({
        range: m.range,
        severity: tolerated ? 'info' : undefined,
        message: tolerated
          ? ctx.msg(`序号“${m.text}”使用了全角字符，而本文其他序号用半角，规范写法为“${m.canonical}”。`, `"${m.text}" is written full-width where the document elsewhere writes half-width; the standard form is "${m.canonical}".`)
          : ctx.msg(`序号“${m.text.trimEnd()}”写法不规范，应为“${canonical}”。`, `Marker "${m.text.trimEnd()}" is malformed; write "${canonical}".`) +
            (mixed
              ? uncertainNote(ctx)
              : doubted
                ? ctx.msg('其前一项的序号也可能是上一项之下的一项，本项的层级难以确定，请核对后修改。', ' The number before it may be an item of the list above, so its level is not certain: check before changing it.')
                : under
                  ? ctx.msg('其所属的上级序号也可能是再上一项之下的一项，本项的层级难以确定，请核对后修改。', ' The heading it is under may be an item of the list above that heading, so its level is not certain: check before changing it.')
                  : sibling
                    ? ctx.msg('其前一项的序号也可能是上级标题的下一项写成了下一级的样式，本项的层级难以确定，请核对后修改。', ' The number before it may be the next sibling of a heading above written in a lower level\'s form, so its level is not certain: check before changing it.')
                    : mistyped
                      ? ctx.msg(
                          `也可能是与“${h.parent!.marker.text}”同级的“${mistyped}”打错了序号，请核对后修改。`,
                          ` It may also be "${mistyped}", a sibling of "${h.parent!.marker.text}", with its number mistyped: check before changing it.`,
                        )
                      : ''),
        fixes: [
          { title: ctx.msg(`改为“${canonical}”`, `Change to "${canonical}"`), edits: [edit], safe: !uncertain, preferred: !uncertain },
          ...(mistyped ? [{ title: ctx.msg(`改为与“${h.parent!.marker.text}”同级的“${mistyped}”`, `Make it "${mistyped}", a sibling of "${h.parent!.marker.text}"`), edits: [{ range: m.range, newText: mistyped }], safe: false }] : []),
        ],
      });
    }
  },
};

const FULL_WIDTH_DIGIT = /[０-９]/;

/** Whether the document's markers write a half-width dot (`1.`), and half-width digits (`1.`, `（1）`). */
function halfWidthUsed(doc: GongwenDocument): { dot: boolean; digits: boolean } {
  let dot = false;
  let digits = false;
  for (const h of doc.headings) {
    const m = h.marker;
    if (m.kind === 'decimal') continue;
    if (m.kind === 'arabic' && m.punct === '.') dot = true;
    if (/[0-9]/.test(m.numeral)) digits = true;
  }
  return { dot, digits };
}

/** The marker kinds used at one level of one part (under one parent kind, or at the root). */
interface LevelUsage {
  counts: Map<MarkerKind, number>;
  /** The most used kind there (the first such in document order) and its count. */
  usual: MarkerKind;
  usualCount: number;
  total: number;
  /**
   * The parents whose children are of each kind (how many sibling groups use it): only
   * inPastedBlock reads them, for a heading of a kind not usual at its level, so they are gathered
   * on its first ask (levelParents), not for every heading of every edit that changes the numbering.
   */
  parents?: Map<MarkerKind, Set<Heading | null>>;
  /** The part and the parent kind (or 'root') this level is, for levelParents. */
  part: number;
  key: MarkerKind | 'root';
}

/** How each part nests marker kinds: part → parent kind (or 'root') → the kinds of its children. */
type KindUsage = Array<Map<MarkerKind | 'root', LevelUsage>>;

/**
 * childKindUsage of the lint, section by section: the heads are counted here, the headings below
 * each head from its section's counts (sectionLevels), kept on a Section the parse took over.
 */
const levelUsage: Derive<KindUsage> = (doc, _config, _derived, sections) => childKindUsage(doc, sections);

export function childKindUsage(doc: GongwenDocument, sections?: () => readonly SectionEntry[]): KindUsage {
  const byPart: KindUsage = doc.parts.map(() => new Map());
  const count = (part: number, key: MarkerKind | 'root', kind: MarkerKind, n: number): void => {
    const level = byPart[part];
    let u = level.get(key);
    if (!u) level.set(key, (u = { counts: new Map(), usual: kind, usualCount: 0, total: 0, part, key }));
    u.counts.set(kind, (u.counts.get(kind) ?? 0) + n);
    u.total += n;
  };
  const headings = doc.headings;
  if (!sections) {
    for (const h of headings) count(h.part, h.parent ? h.parent.marker.kind : 'root', h.marker.kind, 1);
  } else {
    // A section's counts list each kind under each parent kind in the order the section first has
    // it, after its head: counted in that order, each level's kinds come in document order, as
    // heading by heading (the usual kind is the first of the most used).
    for (const { view, section } of sections()) {
      const head = view.head;
      count(head.part, 'root', head.marker.kind, 1);
      const levels = section ? (section.levels === undefined ? (section.levels = sectionLevels(doc, view)) : section.levels) : sectionLevels(doc, view);
      if (levels === null) {
        for (let i = view.from + 1; i < view.to; i++) count(headings[i].part, headings[i].parent!.marker.kind, headings[i].marker.kind, 1);
      } else {
        for (let k = 0; k < levels.length; k++) {
          const code = levels[k];
          count(head.part, KINDS[(code >> KIND_BITS) & KIND_MASK], KINDS[code & KIND_MASK], code >> (2 * KIND_BITS));
        }
      }
    }
  }
  for (const level of byPart) {
    for (const u of level.values()) {
      for (const [kind, n] of u.counts) {
        if (n > u.usualCount) {
          u.usual = kind;
          u.usualCount = n;
        }
      }
    }
  }
  return byPart;
}

/** Every marker kind, by index (sectionLevels' codes). */
const KINDS = Object.keys(KIND_NAME) as MarkerKind[];
const KIND_INDEX = new Map<MarkerKind, number>(KINDS.map((k, i) => [k, i]));
const KIND_BITS = 32 - Math.clz32(KINDS.length);
const KIND_MASK = (1 << KIND_BITS) - 1;

/**
 * How many of `view`'s headings below its head are of each kind under each kind of parent, in the
 * order the section first has each pair: one small integer each (count, parent kind, kind), or
 * null where they are not all in the head's part (then counted one by one).
 */
function sectionLevels(doc: GongwenDocument, view: SectionView): readonly number[] | null {
  const out: number[] = [];
  const part = view.head.part;
  for (let i = view.from + 1; i < view.to; i++) {
    const h = doc.headings[i];
    if (h.part !== part) return null;
    const pair = (KIND_INDEX.get(h.parent!.marker.kind)! << KIND_BITS) | KIND_INDEX.get(h.marker.kind)!;
    let k = 0;
    while (k < out.length && (out[k] & ((1 << (2 * KIND_BITS)) - 1)) !== pair) k++;
    if (k === out.length) out.push(pair);
    out[k] += 1 << (2 * KIND_BITS);
  }
  // Kept while the section is, without the spare room of an array built by push (young.ts fitted).
  return fitted(out);
}

const REGULATION = new Set<MarkerKind>(['chapter', 'section', 'article', 'enclosed']);

/**
 * Whether `h` is in a block pasted from a text numbered otherwise, or typed a level too deep
 * (`（1）（2）（3）` under one `（二）`, where the other `（一）`s all hold `1.`s): items of a family
 * below the usual one, with none under them, all of their parent's children, under no article
 * (whose items are written many ways); one such block where at least three quarters of the level's
 * parents (three or more) hold the usual kind, or two where at least two thirds do (four or more). A family above the usual one is no
 * mistake (`（一）` over `1.`s in one section of a plan numbered `一、` → `1.`: the level the
 * standard has there), nor one with items under it (a level of its own).
 */
/** `u.parents`, gathered from `doc`'s headings at `u`'s level on first ask. */
function levelParents(doc: GongwenDocument, u: LevelUsage): Map<MarkerKind, Set<Heading | null>> {
  if (u.parents) return u.parents;
  const parents = new Map<MarkerKind, Set<Heading | null>>();
  for (const h of doc.headings) {
    if (h.part !== u.part || (h.parent ? h.parent.marker.kind : 'root') !== u.key) continue;
    const ps = parents.get(h.marker.kind);
    if (ps) ps.add(h.parent);
    else parents.set(h.marker.kind, new Set([h.parent]));
  }
  return (u.parents = parents);
}

function inPastedBlock(h: Heading, u: LevelUsage, doc: GongwenDocument): boolean {
  if (!h.parent || REGULATION.has(h.parent.marker.kind)) return false;
  if (!((NOMINAL[h.marker.kind] ?? 0) > (NOMINAL[u.usual] ?? Infinity))) return false;
  const parents = levelParents(doc, u);
  const blocks = parents.get(h.marker.kind)!;
  if (blocks.size > 2) return false;
  for (const p of blocks) if (!p || !p.children.every((c) => c.marker.kind === h.marker.kind && c.children.length === 0)) return false;
  const usual = parents.get(u.usual)!.size;
  let all = 0;
  for (const ps of parents.values()) all += ps.size;
  return blocks.size === 1 ? usual >= 3 && usual >= 0.75 * all : usual >= 4 && usual >= 2 * blocks.size && usual >= (2 / 3) * all;
}

const depth: Rule = {
  id: 'GW103',
  name: 'marker-depth',
  family: 'numbering',
  defaultSeverity: 'warning',
  description: {
    zh: '序号层级用错：同一文档在该层级普遍使用另一种序号（如“一、”之下用了“（1）”，而其他各处都用“（一）”）。标准的下一级序号不提示：各处“一、”之下直接用“1.”时，某一部分（如“五、工作要求”）之下用“（一）”。改正时沿用全文序号的写法（全文多用“1．”时改为“1．”）。',
    en: 'A marker of the wrong family for its depth: the document uses another family at this level everywhere else. The standard\'s next level is fine: （一） under one 一、 where the others go straight to 1. The fix writes the document\'s own form (1． where most of its 1.s are written so).',
  },
  fixable: true,
  inputs: 'markers',
  check(doc, ctx) {
    const usage = ctx.derived(levelUsage);
    let fullDot: boolean | undefined;
    for (const h of doc.headings) {
      // A web article's `01` sections are a level of their own, never another family miswritten; so are a 问答's questions.
      if (REGULATION.has(h.marker.kind) || h.marker.kind === 'decimal' || h.marker.kind === 'padded' || h.marker.kind === 'question' || h.marker.kind === 'phase') continue;
      const u = usage[h.part].get(h.parent ? h.parent.marker.kind : 'root')!;
      const { counts, usual, usualCount, total } = u;
      const mine = counts.get(h.marker.kind) ?? 0;
      // Only a clear house style, and only a kind that is rare at this level and not used below it,
      // or used by one block alone (inPastedBlock).
      if (usual === h.marker.kind) continue;
      if (usualCount < 3 || usualCount / total < 0.75 || mine > 2) {
        if (!inPastedBlock(h, u, doc)) continue;
      }
      if (REGULATION.has(usual) || usual === 'decimal' || usual === 'padded' || usual === 'question' || usual === 'phase') continue;
      if (h.parent && h.marker.kind === 'arabic' && usual === 'parenCn') continue; // a level skip: GW104
      // A family between the parent's and the usual one (`五、工作要求` | `（一）……` where the tasks go
      // `一、` → `1.`): the standard's own next level, where the rest of the document skips it.
      if (h.parent && between(NOMINAL[h.parent.marker.kind], NOMINAL[h.marker.kind], NOMINAL[usual])) continue;
      // In the document's own width and dot: `（１）` becomes `１．`, `（1）` in a `1．` document `1．`.
      const want = inWidthOf({ kind: usual, text: h.marker.text }, markerFor(usual, h.marker.value), usual === 'arabic' && (fullDot ??= ctx.derived(fullDotOf)));
      ctx.report({
        range: h.marker.range,
        message: ctx.msg(
          `此层级在本文中使用“${KIND_NAME[usual]}”式序号，“${h.marker.text}”与之不一致，应为“${want}”。`,
          `This level uses "${KIND_NAME[usual]}" markers elsewhere; "${h.marker.text}" should be "${want}".`,
        ),
        fixes: [{ title: ctx.msg(`改为“${want}”`, `Change to "${want}"`), edits: [{ range: h.marker.range, newText: want }], safe: false }],
      });
    }
  },
};

const levelSkip: Rule = {
  id: 'GW104',
  name: 'level-skip',
  family: 'numbering',
  defaultSeverity: 'warning',
  description: {
    zh: '同一标题下层级混用：部分下级直接用“1.”而其兄弟项用“（一）”，跳过了一级（全文统一的两级结构“一、→1.”不受影响）。',
    en: 'Under one heading some children skip a level (1. beside （一）); a document that is consistently two-level is fine.',
  },
  fixable: false,
  inputs: 'markers',
  // A part's top-level headings are compared here, every heading's children per section (they read nothing else).
  sections: {
    context: () => NO_CONTEXT,
    check(doc, section, ctx) {
      const headings = doc.headings;
      for (let i = section.from; i < section.to; i++) if (headings[i].children.length) levelsSkipped(headings[i].children, ctx);
    },
  },
  check(doc, ctx) {
    for (const p of doc.parts) if (p.headings.length) levelsSkipped(p.headings, ctx);
  },
};

/** What a section-local rule that reads nothing outside its section compares (rule.ts SectionLocal `context`). */
const NO_CONTEXT: readonly unknown[] = Object.freeze([]);

/** GW104 over one list of siblings: those a level below another sibling's kind. */
function levelsSkipped(parentChildren: readonly Heading[], ctx: RuleContext): void {
  if (parentChildren.every((h) => h.marker.kind === parentChildren[0].marker.kind)) return; // one kind: nothing skipped
  const kinds = new Set(parentChildren.map((h) => h.marker.kind));
  for (const h of parentChildren) {
    const mine = NOMINAL[h.marker.kind];
    const skipped = mine === undefined ? undefined : [...kinds].find((k) => (NOMINAL[k] ?? Infinity) < mine);
    if (!skipped) continue;
    ctx.report({
      range: h.marker.range,
      message: ctx.msg(
        `“${h.marker.text}”与同级的“${KIND_NAME[skipped]}”式标题并列，跳过了“${KIND_NAME[skipped]}”一级。`,
        `"${h.marker.text}" stands beside "${KIND_NAME[skipped]}" siblings, skipping that level.`,
      ),
    });
  }
}
const NOMINAL: Partial<Record<MarkerKind, number>> = { cn: 1, parenCn: 2, arabic: 3, parenArabic: 4, circled: 5 };
/** Whether nominal level `mine` lies strictly between `above` and `below` (all known). */
function between(above: number | undefined, mine: number | undefined, below: number | undefined): boolean {
  return above !== undefined && mine !== undefined && below !== undefined && above < mine && mine < below;
}

const tooDeep: Rule = {
  id: 'GW105',
  name: 'too-deep',
  family: 'numbering',
  defaultSeverity: 'warning',
  description: {
    zh: '层级超过五级。公文结构层次一般不超过四级，更细的内容宜用“一是、二是”在段内表述。',
    en: 'More than five levels; beyond four, use 一是/二是 inside the paragraph.',
  },
  fixable: false,
  inputs: 'markers',
  // Every heading lies in its top-level heading's section: all is checked per section.
  sections: {
    context: () => NO_CONTEXT,
    check(doc, section, ctx) {
      const headings = doc.headings;
      for (let i = section.from; i < section.to; i++) {
        const h = headings[i];
        if (h.depth > 5) {
          ctx.report({
            range: h.marker.range,
            message: ctx.msg(`此处为第${toChinese(h.depth)}级标题，层级过深（不宜超过五级）。`, `Level ${h.depth} heading: too deep (at most five levels).`),
          });
        }
      }
    },
  },
  check() {},
};

const decimal: Rule = {
  id: 'GW106',
  name: 'decimal-numbering',
  family: 'numbering',
  defaultSeverity: 'warning',
  description: {
    zh: '在使用“一、（一）1.”的公文中夹杂“1.1”式多级数字编号。整篇统一使用数字编号的文档（如应急预案）不受影响。',
    en: 'Decimal numbers (1.1) mixed into a document numbered 一、（一）1.; a document numbered decimally throughout (e.g. an emergency plan) is left alone.',
  },
  fixable: false,
  inputs: 'markers',
  check(doc, ctx) {
    const decimals = doc.headings.filter((h) => h.marker.kind === 'decimal');
    // A document that numbers decimally throughout does so on purpose.
    if (decimals.length * 2 >= doc.headings.length || decimals.length >= 3) return;
    for (const h of decimals) {
      ctx.report({
        range: h.marker.range,
        message: ctx.msg(
          `“${h.marker.text}”是多级数字编号，公文应依次使用“一、”“（一）”“1.”“（1）”。`,
          `"${h.marker.text}" is decimal numbering; use 一、 （一） 1. （1） instead.`,
        ),
      });
    }
  },
};

const articles: Rule = {
  id: 'GW107',
  name: 'article-continuity',
  family: 'numbering',
  defaultSeverity: 'error',
  description: {
    zh: '“第X条”应全文连续编号，不因分章、分节而重新编号，也不跳号、重号。',
    en: 'Articles (第X条) are numbered continuously through the whole text, not per chapter.',
  },
  fixable: true,
  // Not `inputs: 'markers'`: whether the text cites articles (a reason not to renumber blindly) is in the body lines.
  check(doc, ctx) {
    if (!ctx.derived(hasArticles)) return;
    let planned = false;
    let cited: boolean | undefined;
    for (const b of ctx.derived(numberingOf).breaks) {
      if (b.heading.marker.kind !== 'article') continue;
      const h = b.heading;
      // `依照本办法第八条处理`: renumbering would leave the citation pointing at another article.
      cited ??= citesArticles(doc);
      const note = cited ? ctx.msg('（正文引用了条文序号，请一并核对）', ' (the text cites articles: check the citations)') : '';
      const want = renumbered(h.marker, b.position);
      const restarted = h.marker.value === 1 && b.position > 1;
      ctx.report({
        range: h.marker.range,
        message: restarted
          ? ctx.msg(`条文应全文连续编号，此处不应从“第一条”重新开始，应为“${want}”。`, `Articles run on through the text; expected "${want}", not a restart.`)
          : ctx.msg(`条文序号不连续，此处应为“${want}”。`, `Article number out of sequence; expected "${want}".`),
        fixes: [
          {
            title: (planned ? ctx.msg(`改为“${want}”`, `Change to "${want}"`) : ctx.msg(`重新编号：从此条起依次改为“${want}”…`, `Renumber from here as "${want}"…`)) + note,
            edits: planned ? [replaceMarker(h, b.position)] : renumberPlan(b.sequence, h, b.group).map((p) => replaceMarker(p.heading, p.value)),
            // Not applied by fix-all where the text cites articles.
            safe: !cited,
            preferred: true,
          },
        ],
      });
      planned = true;
    }
  },
};

/**
 * Whether any heading is an article (`第一条`), section by section: a section the parse took over
 * (the same Section object, the same headings) keeps its answer (Section.articles), so an edit
 * looks again only at the sections it made again.
 */
const hasArticles: Derive<boolean> = (doc, _config, _derived, sections) => {
  const headings = doc.headings;
  for (const { view, section } of sections()) {
    let has = section?.articles;
    if (has === undefined) {
      has = false;
      for (let i = view.from; i < view.to; i++) {
        if (headings[i].marker.kind === 'article') {
          has = true;
          break;
        }
      }
      if (section) section.articles = has;
    }
    if (has) return true;
  }
  return false;
};

/** `第八条` in running text (not an article's own marker at its line's start). */
const CITED_ARTICLE = /第[一二三四五六七八九十百零〇两]{1,5}[条條]/g;

/** Whether any line cites an article by number, other than the articles' own markers. */
function citesArticles(doc: GongwenDocument): boolean {
  const source = doc.source;
  for (let i = 0; i < source.lineCount; i++) {
    const c = source.content(i);
    if (!c || (c.indexOf('条') < 0 && c.indexOf('條') < 0)) continue;
    CITED_ARTICLE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = CITED_ARTICLE.exec(c))) if (m.index > 0) return true;
  }
  return false;
}

const ORDER_NAMES = ['', '首先', '其次', '再次'];

function enumerationWord(e: Enumeration, ordinal: number): string {
  switch (e.kind) {
    case 'shi':
      return `${toChinese(ordinal)}是`;
    case 'yao':
      return `${toChinese(ordinal)}要`;
    case 'di':
      return `第${toChinese(ordinal)}`;
    case 'qi':
      return `其${toChinese(ordinal)}`;
    case 'order':
      return ORDER_NAMES[ordinal] ?? '最后';
    case 'paren':
      return `（${ordinal}）`;
    case 'circled':
      return toCircled(ordinal);
  }
}

/** The edit that writes `want` for item `it`; an item broken over a line's end (`三` | `是`) keeps its break: only the numeral changes. */
function renumberItem(it: EnumerationItem, want: string): TextEdit {
  const r = it.range;
  if (r.start.line === r.end.line) return { range: r, newText: want };
  const numeral = it.text.slice(0, -1);
  return { range: { start: r.start, end: { line: r.start.line, character: r.start.character + numeral.length } }, newText: want.slice(0, -1) };
}

const enumSequence: Rule = {
  id: 'GW108',
  name: 'enumeration-sequence',
  family: 'numbering',
  defaultSeverity: 'warning',
  description: {
    zh: '段内列举“一是……二是……”“第一，……第二，……”“其一，……其二，……”及段内序号“（1）……；（2）……”“①……；②……”跳号或重号；一组“一是……三是”中的一项写成“二要”（或反之）；“首先”与“第一”混用于同一组列举。',
    en: 'Inline enumerations (一是/二是, 第一/第二, 其一/其二, and （1）/① inside a paragraph) skip or repeat; one item of a 一是…三是 series written 二要 (or the reverse); 首先 mixed with 第一 in one series.',
  },
  fixable: true,
  check(doc, ctx) {
    const mixedMessage = () => ctx.msg('同一组列举中“首先、其次”与“第一、第二”混用，应统一。', 'First/then (首先/其次) mixed with 第一/第二 in one series; use one.');
    for (const e of doc.enumerations) {
      // `首先，……第二，……` or `第一，……其次，……`: one series counted two ways.
      const switched = styleSwitch(e);
      if (switched) {
        ctx.report({ range: switched.range, message: mixedMessage() });
        continue;
      }
      if (e.kind === 'order') {
        // `首先…其次…其次…最后`: the second 其次 is a 再次 (a second 首先 starts a new series).
        const seen = new Set<string>();
        for (const it of e.items) {
          if (it.text === '最后') break;
          // (再次 said again is how some drafters go on: left alone.)
          if (seen.has(it.text) && it.text === '其次') {
            ctx.report({
              range: it.range,
              message: ctx.msg('段内列举“其次”重复，此处应为“再次”。', '"其次" repeats in one series; expected "再次".'),
              fixes: [{ title: ctx.msg('改为“再次”', 'Change to "再次"'), edits: [{ range: it.range, newText: '再次' }], safe: false }],
            });
          }
          seen.add(it.text);
        }
        continue;
      }
      // `（1）` heading its line, then `（2）…；（3）…` after it: the inline items go on from a heading's.
      if ((e.kind === 'paren' || e.kind === 'circled') && e.items[0].ordinal !== 1) continue;
      let prev = 0;
      let count = 0;
      let prevItem: EnumerationItem | null = null;
      for (const it of e.items) {
        if (it.text === '最后') break; // `第一，……第二，……最后，` ends a series of ordinals
        const expected = prev + 1;
        count++;
        // An item where renumbering would put it is right once the break before it is fixed (`一是…三是…三是`: one finding).
        if (it.ordinal !== expected && it.ordinal !== count) {
          const want = enumerationWord(e, expected);
          // `一是……二要……三是`: the missing `二是` is there, written as the other word.
          const odd = it.ordinal > expected && prevItem ? otherFormBetween(doc, e.kind, expected, prevItem, it) : null;
          if (odd) {
            ctx.report({
              range: odd.range,
              message: ctx.msg(`段内列举“${odd.text}”与同组的“${prevItem!.text}”写法不一，应为“${want}”。`, `"${odd.text}" is written unlike "${prevItem!.text}" in its series; expected "${want}".`),
              fixes: [{ title: ctx.msg(`改为“${want}”`, `Change to "${want}"`), edits: [{ range: odd.range, newText: want }], safe: false }],
            });
            prev = it.ordinal;
            prevItem = it;
            continue;
          }
          ctx.report({
            range: it.range,
            message: ctx.msg(
              `段内列举“${it.text}”${it.ordinal < expected ? '重号' : '跳号'}，此处应为“${want}”。`,
              `Enumeration "${it.text}" ${it.ordinal < expected ? 'repeats' : 'skips'}; expected "${want}".`,
            ),
            fixes: [{ title: ctx.msg(`改为“${want}”`, `Change to "${want}"`), edits: [renumberItem(it, want)], safe: false }],
          });
        }
        prev = it.ordinal;
        prevItem = it;
      }
    }
    // Two series, 首先…其次 and 第一…第二, interleaved on the same lines.
    const orders = doc.enumerations.filter((e) => e.kind === 'order' && !styleSwitch(e));
    for (const d of doc.enumerations.filter((e) => e.kind === 'di' && !styleSwitch(e))) {
      const clash = orders.find((o) => o.startLine <= d.endLine && d.startLine <= o.endLine && !within(o, d) && !within(d, o));
      if (!clash) continue;
      ctx.report({ range: clash.items[0].range, message: mixedMessage() });
    }
  },
};

/**
 * Whether `inner`'s items stand on the lines between two items of `outer` that follow each other,
 * or below its last (`第一，……。` | `首先，……；其次，……；最后，……。` | `第二，……`): a series inside one
 * item of the other, in a paragraph of its own.
 */
function within(inner: Enumeration, outer: Enumeration): boolean {
  const items = outer.items;
  // The item of `outer` on the last line above `inner`; `inner` ends above the next one.
  let k = -1;
  for (let j = 0; j < items.length && items[j].range.start.line < inner.startLine; j++) k = j;
  return k >= 0 && (k + 1 === items.length || inner.endLine < items[k + 1].range.start.line);
}

/**
 * The item of `ordinal` written in the other form (`二要` in a series of `一是`s, `二是` in one of
 * `一要`s) between items `a` and `b` of the series (their lines, at most a few apart), as the
 * enumeration scan reads items; null when there is none.
 */
function otherFormBetween(doc: GongwenDocument, kind: EnumerationKind, ordinal: number, a: EnumerationItem, b: EnumerationItem): { range: Range; text: string } | null {
  const otherKind = kind === 'shi' ? 'yao' : kind === 'yao' ? 'shi' : null;
  if (!otherKind || b.range.start.line - a.range.end.line > 3) return null;
  for (let line = a.range.end.line; line <= b.range.start.line; line++) {
    const l = doc.source.lines[line];
    if (!isAnalysedText(l)) continue;
    const from = line === a.range.end.line ? a.range.end.character : 0;
    const to = line === b.range.start.line ? b.range.start.character : l.text.length;
    for (const item of itemsOfLine(l)) {
      if (item.kind === otherKind && item.ordinal === ordinal && item.start >= from && item.start + item.text.length <= to) return { range: { start: { line, character: item.start }, end: { line, character: item.start + item.text.length } }, text: item.text };
    }
  }
  return null;
}

/** `首先` `其次` `再次`: ordinal words that do not go with `第一` `第二` in one series (`最后` goes with either). */
const ORDER_WORDS = new Set(['首先', '其次', '再次']);

/**
 * The item where a series of ordinals (`第一`) turns to ordinal words (`首先` `其次` `再次`), or
 * the reverse; null when it keeps to one (enumerations.ts lets the two continue each other).
 */
function styleSwitch(e: Enumeration): EnumerationItem | null {
  if (e.kind !== 'di' && e.kind !== 'order') return null;
  let first: boolean | null = null;
  for (const it of e.items) {
    const ordinal = it.text.charCodeAt(0) === 0x7b2c; /* 第 */
    if (!ordinal && !ORDER_WORDS.has(it.text)) continue;
    if (first === null) first = ordinal;
    else if (ordinal !== first) return it;
  }
  return null;
}

const enumPunctuation: Rule = {
  id: 'GW109',
  name: 'enumeration-punctuation',
  family: 'numbering',
  defaultSeverity: 'warning',
  description: {
    zh: '“第一”“第二”作段内列举时后面用逗号“第一，”，不用顿号“第一、”。段内一组序号中途换了写法（“1.……；2.……；（3）……”）时，提示换了写法的序号，改为与前面一致的“3.”。',
    en: 'Ordinals 第一/第二 in running text take a comma (第一，), not 、. A paragraph\'s numbers that change form midway (1.……；2.……；（3）……) are noted where they change, with the form of those before them (3.).',
  },
  fixable: true,
  check(doc, ctx) {
    for (const e of doc.enumerations) {
      if (e.kind === 'paren' || e.kind === 'circled') {
        switchedForm(e, doc, ctx);
        continue;
      }
      if (e.kind !== 'di' && e.kind !== 'order') continue;
      for (const it of e.items) {
        // `第一、`; `首先、` is left to GW108 when it mixes (its items may be either).
        if (it.punct !== '、' || it.text.charCodeAt(0) !== 0x7b2c /* 第 */) continue;
        const r = { start: it.range.end, end: { line: it.range.end.line, character: it.range.end.character + 1 } };
        // `第二、，建设……`: the comma is there already; the 、 goes.
        const after = doc.source.lines[r.end.line].text.charAt(r.end.character);
        const comma = after === '，' || after === ',' ? '' : '，';
        ctx.report({
          range: { start: it.range.start, end: r.end },
          message: ctx.msg(`“${it.text}、”应为“${it.text}，”。`, `"${it.text}、" should be "${it.text}，".`),
          fixes: [{ title: comma ? ctx.msg('改为逗号“，”', 'Use a comma "，"') : ctx.msg('删去顿号“、”', 'Remove the "、"'), edits: [{ range: r, newText: comma }], safe: true, preferred: true }],
        });
      }
    }
  },
};

/** `1.加强领导；` inside a paragraph: a number after a clause's end, a word after it (not `1.5亿`, `2.3%`, `第3.2条`). */
const INLINE_ARABIC = /(?:^|[：:；;。，,！？\s\u3000])([0-9]{1,2})([.．、])(?=[\u4e00-\u9fff“《])/g;

/**
 * `1.……；2.……；（3）……`: a series of `（1）`/`①` numbers that starts at 3 right after the same
 * paragraph's `1.` and `2.` goes on with them in another form. Each of its items on that line is
 * noted, with the form of the numbers before it. Only where the line holds every number before it
 * in order, two at least (a `2.` alone, a `1.` alone, or `1.` `2.` in another paragraph, say nothing).
 */
function switchedForm(e: Enumeration, doc: GongwenDocument, ctx: RuleContext): void {
  let line = -1;
  let want = 0;
  let punct = '';
  let run = '';
  for (const it of e.items) {
    const at = it.range.start.line;
    if (at !== line) {
      // The first of the series' items on its line: the numbers before it there.
      line = at;
      punct = it.ordinal >= 3 && it.ordinal <= 20 ? arabicRunBefore(doc.source.lines[at].text.slice(0, it.range.start.character), it.ordinal) : '';
      want = it.ordinal;
      run = `“${want - 2}${punct}”“${want - 1}${punct}”`;
    }
    if (!punct || it.ordinal !== want) {
      punct = '';
      continue;
    }
    const canonical = `${want}${punct}`;
    ctx.report({
      range: it.range,
      message: ctx.msg(`段内序号“${it.text}”与前面的${run}写法不一，应为“${canonical}”。`, `"${it.text}" is written unlike the numbers before it in the paragraph (${run}); write "${canonical}".`),
      fixes: [{ title: ctx.msg(`改为“${canonical}”`, `Change to "${canonical}"`), edits: [{ range: it.range, newText: canonical }], safe: true, preferred: true }],
    });
    want++;
  }
}

/** The punctuation of the inline numbers `1.` to `n-1.` that `text` holds in order, or '' when it does not. */
function arabicRunBefore(text: string, n: number): string {
  let expect = 1;
  let punct = '';
  INLINE_ARABIC.lastIndex = 0;
  for (let m; (m = INLINE_ARABIC.exec(text)); ) {
    const v = Number(m[1]);
    if (v === expect || v === 1) {
      expect = v + 1;
      punct = m[2];
    } else expect = -1;
  }
  return expect === n ? punct : '';
}

/**
 * A heading on a line of its own, with a title, not a decimal (`1.`) one nor a web article's `01`
 * (whose title may be the next line): what GW110 compares. Not
 * one whose line is full in a hard-wrapped text (wrapping.ts): its title may go on below. Nor an
 * item that gives a label and what it says (`一、会议时间：2025年1月10日上午9:00。`): a run-in item,
 * whose 。 ends its content, beside stand-alone headings (`四、会议议程`) in a notice of a meeting.
 * Nor a sentence that leads into what follows (a 招标公告's `七、对本次招标提出询问，请按以下方式联系。`,
 * as the standard form words it; `有关事项说明如下。`): its 。 is the sentence's. Nor a 决定's item that
 * is the amendment's whole text (`三、废止《××办法》`, `二、删去第十条。`, `一、将第三条中的“市国土资源局”
 * 改为“……”。`): a sentence, whose stop is the sentence's, not a heading's.
 */
function ownsOwnLine(h: Heading, doc: GongwenDocument, wrapping: Wrapping | null): boolean {
  return !h.runIn && h.title.length > 0 && h.marker.kind !== 'decimal' && h.marker.kind !== 'padded' && !LABELLED.test(h.title) && !LEAD_IN.test(h.title) && !isAmendment(h.title) && !(wrapping && isFull(wrapping, doc.source.lines[h.line]));
}

/**
 * An amendment said in full (a 修改决定's or 废止决定's item): words quoted or an article named, then
 * the verb that changes or strikes them out (`将第五条中的“市环保局”修改为……`, `……”修改` at a
 * line's end); 删去 / 废止 an article or a title (`删去第十条`, `废止《××办法》`); an article added
 * (`在第十条后增加一条`, `增加一款`). Not a heading that merely starts with 将 (`将党的领导贯穿始终`).
 */
const AMENDMENT = /^(?:将|把)?[^。]{0,60}?(?:第[一二三四五六七八九十百零〇0-9]+[条款项章节目]|[”’》])[^。“”‘’]{0,12}?(?:修改为|修改成|改为|改成|删去|删除|修改$)|^(?:删去|删除|废止|撤销)[^。]{0,6}?(?:第[一二三四五六七八九十百零〇0-9]+[条款项章节目]|[《“])|^在[^。]{0,40}?[后前中]增加|增加一[条款项]/;

/** The verbs AMENDMENT ends on: a title without one is told at once (AMENDMENT's lazy runs cost ~0.1 ms per keystroke over a plan's headings). */
const AMENDMENT_VERB = /修改|改[为成]|删[去除]|废止|撤销|增加/;

function isAmendment(title: string): boolean {
  return AMENDMENT_VERB.test(title) && AMENDMENT.test(title);
}

/** A sentence that ends by pointing at what follows: `……如下`, `请按以下方式联系`, `……下列事项`. */
const LEAD_IN = /(?:如下|(?:以下|下列)[\u4e00-\u9fff]{0,6})$/;

/** A short label, a colon and content after it (`会议地点：市统计局五楼会议室`). */
const LABELLED = /^[\u4e00-\u9fff“”（）]{2,12}[：:][\s\u3000]*[^\s\u3000]/;

const headingPunctuation: Rule = {
  id: 'GW110',
  name: 'heading-punctuation',
  family: 'numbering',
  defaultSeverity: 'info',
  description: {
    zh: '同级独占一行的标题句末标点不一致：多数不加句号而个别加了“。”（或相反）。修改决定、废止决定中本身就是修改内容的条目（“三、废止《××办法》”“二、删去第十条。”“一、将第三条中的‘……’改为‘……’。”）是句子而非标题，不参与比较。从Word复制时标题与正文在同一行、以空格隔开的（“一、总体要求　坚持……，……。”），标题到空格为止，不以正文句末的句号计。',
    en: 'Sibling headings on their own lines end inconsistently: most without 。 and one with it (or the reverse). A 决定’s item that is the amendment’s whole text (三、废止《××办法》, 二、删去第十条。, 一、将第三条中的“…”改为“…”。) is a sentence, not a heading, and is not compared. A heading and its body on one line, set apart by a gap as a Word copy has them (一、总体要求　坚持……，……。), end their title at the gap: the body’s full stop is not the title’s.',
  },
  fixable: true,
  // A part's top-level headings are compared here, every heading's children per section: those
  // read only their own section (and the wrapping), so a section taken over keeps its findings.
  sections: {
    context: (doc) => {
      const w = wrappingOf(doc.source);
      return w ? [w.width, w.columns] : [];
    },
    check(doc, section, ctx) {
      const wrapping = wrappingOf(doc.source);
      const headings = doc.headings;
      for (let i = section.from; i < section.to; i++) if (headings[i].children.length) oddEndings(headings[i].children, doc, wrapping, ctx);
    },
  },
  check(doc, ctx) {
    const wrapping = wrappingOf(doc.source);
    for (const p of doc.parts) if (p.headings.length) oddEndings(p.headings, doc, wrapping, ctx);
  },
};

/** GW110 over one list of siblings: those ending unlike a clear majority of the others. */
function oddEndings(siblings: readonly Heading[], doc: GongwenDocument, wrapping: Wrapping | null, ctx: RuleContext): void {
  const ownsItsLine = (h: Heading) => ownsOwnLine(h, doc, wrapping);
  // Counted first, the odd ones listed only when there are some: this runs over every sibling
  // list of each section an edit made again.
  let own = 0;
  let withStop = 0;
  let without = 0;
  for (const h of siblings) {
    if (!ownsItsLine(h)) continue;
    own++;
    if (h.endPunct === '。') withStop++;
    else if (h.endPunct === '') without++;
  }
  if (own < 3) return;
  // Flag only a clear minority (at most a third) against a majority of the other form.
  const minority = (a: number, b: number) => a > 0 && a * 3 <= own && b > a;
  const odd = minority(withStop, without) ? '。' : minority(without, withStop) ? '' : null;
  if (odd === null) return;
  for (const h of siblings) {
    if (!ownsItsLine(h) || h.endPunct !== odd) continue;
    const end = h.titleRange.end;
    const adding = h.endPunct === '';
    ctx.report({
      range: h.titleRange,
      message: adding
        ? ctx.msg('同级标题句末均有句号，此标题缺少“。”。', 'Sibling headings end with 。; this one does not.')
        : ctx.msg('同级标题句末均不加标点，此标题多了“。”。', 'Sibling headings have no final 。; this one does.'),
      fixes: [
        {
          title: adding ? ctx.msg('补上句号“。”', 'Add "。"') : ctx.msg('删去句号“。”', 'Remove "。"'),
          edits: [
            adding
              ? { range: { start: end, end }, newText: '。' }
              : { range: { start: end, end: { line: end.line, character: end.character + 1 } }, newText: '' },
          ],
          safe: true,
        },
      ],
    });
  }
}

/** A table row's 序号 cell in figures (`7`, `7.`, `7、`), as a number; NaN otherwise. */
function rowIndex(cell: string): number {
  const m = /^([0-9]{1,3})[.．、]?$/.exec(cell.trim());
  return m ? Number(m[1]) : NaN;
}

/** Rows further apart than this many lines are not one table's (a task table's rows are adjacent, but for category rows). */
const MAX_ROW_GAP = 4;

const tableIndexSequence: Rule = {
  id: 'GW111',
  name: 'table-index-sequence',
  family: 'numbering',
  defaultSeverity: 'warning',
  description: {
    zh: '任务分工表的“序号”列跳号或重号（每张表从1起连续编号；分类行后重新从1起编号的不受影响）。',
    en: 'The 序号 column of a task table skips or repeats a number (each table counts from 1; restarting at 1 after a category row is fine).',
  },
  fixable: false,
  inputs: 'annotations',
  check(doc, ctx) {
    let prev = NaN;
    let prevLine = -Infinity;
    // The row's place in its table's run (the table counting from its first row's number).
    let position = NaN;
    for (const a of doc.annotations) {
      if (!a.row) continue;
      if (a.row.continued) {
        prevLine = a.range.end.line; // a row under merged cells: the numbered row's
        continue;
      }
      const n = rowIndex(a.row.index);
      // Counted from the row above's last line (a row may run over several: one cell a line).
      if (a.line - prevLine > MAX_ROW_GAP || Number.isNaN(n) || Number.isNaN(prev) || n === 1) {
        prev = position = n;
        prevLine = a.range.end.line;
        continue;
      }
      prevLine = a.range.end.line;
      position++;
      // In sequence, or where renumbering would put it once the row before is fixed (`7, 9, 9, 10`: one finding).
      if (n === prev + 1 || n === position) {
        prev = n;
        continue;
      }
      const want = prev + 1;
      const text = doc.source.lines[a.line].text;
      const at = text.indexOf(a.row.index.trim());
      ctx.report({
        range: at >= 0 ? { start: { line: a.line, character: at }, end: { line: a.line, character: at + a.row.index.trim().length } } : a.range,
        message: ctx.msg(`表格序号“${n}”${n <= prev ? '重号' : '跳号'}，此处应为“${want}”。`, `Table row number "${n}" ${n <= prev ? 'repeats' : 'skips'}; expected "${want}".`),
      });
      // The rows after go on from the one written (`5, 7, 8`: one finding), or from where renumbering puts it.
      prev = n;
    }
  },
};

/** A decimal number's parts (`2.1.3` → 2, 1, 3). */
function decimalParts(numeral: string): number[] {
  return numeral.split(/[.．]/).map(Number);
}

/** `numeral` with its first parts replaced by `prefix`, its dots kept as written (`4．2` → `3．2`). */
function withPrefix(numeral: string, prefix: readonly number[]): string {
  const pieces = numeral.split(/([.．])/);
  for (let k = 0; k < prefix.length; k++) pieces[2 * k] = String(prefix[k]);
  return pieces.join('');
}

/** Every decimal number in `h`'s subtree, `h`'s own first. */
function decimalSubtree(h: Heading, into: Heading[] = []): Heading[] {
  if (h.marker.kind === 'decimal') into.push(h);
  for (const c of h.children) decimalSubtree(c, into);
  return into;
}

const decimalSequence: Rule = {
  id: 'GW112',
  name: 'decimal-sequence',
  family: 'numbering',
  defaultSeverity: 'warning',
  description: {
    zh: '通篇使用多级数字编号的文档（如应急预案的“1 总则”“1.1”“1.1.1”）中，同级编号跳号、重号，或下级编号与上级编号不一致（“2.3”下写成“2.4.1”）。',
    en: 'In a document numbered decimally throughout (an emergency plan: 1 总则, 1.1, 1.1.1), sibling numbers skip or repeat, or a number does not start with its parent\'s (2.4.1 under 2.3).',
  },
  fixable: true,
  inputs: 'markers',
  check(doc, ctx) {
    const check = (kids: readonly Heading[], parent: Heading | null) => {
      const above = parent && parent.marker.kind === 'decimal' ? decimalParts(parent.marker.numeral) : null;
      let prev: number[] | null = null;
      for (let k = 0; k < kids.length; k++) {
        const h = kids[k];
        if (h.marker.kind !== 'decimal') {
          prev = null;
          continue;
        }
        const p = decimalParts(h.marker.numeral);
        const depth = p.length - 1;
        let want: number[] | null = null;
        if (above && depth === above.length) want = [...above, prev && prev.length === p.length ? prev[depth] + 1 : 1];
        else if (prev && prev.length === p.length && (depth === 0 || prev.slice(0, depth).every((x, i) => x === p[i]))) want = [...p.slice(0, depth), prev[depth] + 1];
        if (want && want.some((x, i) => x !== p[i])) {
          // Renumber it and the siblings after it in one run, each with the numbers under it.
          const run: Heading[] = [];
          for (let j = k; j < kids.length && kids[j].marker.kind === 'decimal' && decimalParts(kids[j].marker.numeral).length === p.length; j++) run.push(kids[j]);
          const edits = [];
          let n = want[depth];
          for (const r of run) {
            const to = [...want.slice(0, depth), n++];
            for (const d of decimalSubtree(r)) {
              const text = withPrefix(d.marker.numeral, to);
              if (text !== d.marker.numeral) edits.push({ range: d.marker.range, newText: text });
            }
          }
          const written = h.marker.numeral;
          const wanted = withPrefix(written, want);
          const prefixWrong = above !== null && depth === above.length && above.some((x, i) => x !== p[i]);
          const repeats = prev !== null && p[depth] <= prev[depth];
          ctx.report({
            range: h.marker.range,
            message: prefixWrong
              ? ctx.msg(`编号“${written}”应为“${wanted}”（下级编号应以上级编号“${parent!.marker.numeral}”开头）。`, `Number "${written}" should be "${wanted}" (under "${parent!.marker.numeral}").`)
              : ctx.msg(`编号“${written}”${repeats ? '重号' : '跳号'}，应为“${wanted}”。`, `Number "${written}" ${repeats ? 'repeats' : 'skips'}; expected "${wanted}".`),
            fixes: [
              {
                // Not applied by fix-all: the text may refer to these numbers (`按本预案4.2执行`).
                title: ctx.msg(`从“${written}”起重新编号本级及其下级编号`, `Renumber from "${written}" on, with the numbers under each`),
                edits,
                safe: false,
              },
            ],
          });
          // The siblings after go on from the number written (one finding for one mistake).
        }
        prev = p;
      }
    };
    if (!doc.headings.some((h) => h.marker.kind === 'decimal')) return;
    for (const part of doc.parts) check(part.headings, null);
    for (const h of doc.headings) if (h.children.length) check(h.children, h);
  },
};

/**
 * A line that starts with a group's, a stage's or a schedule's label (`第一督查组`, `第二小组：…`,
 * `第三批`, `第一阶段（3月—4月）`, `第二天（4月15日）`): no heading, but counted as one where several
 * stand in one section. The label is the whole line or ends at a colon, a bracket, a comma or a
 * space (`第二批支持……清单` is a title); what stands between the numeral and 组 is a short noun,
 * never a 章/节/条/部分, and nothing stands before 天 or 周.
 */
const LABEL_LINE = /^第([一二三四五六七八九十]{1,3}|[0-9]{1,2})(?:([\u4e00-\u9fff]{0,4}?)(小组|组|批|阶段)|()(天|周))(?=$|[\s\u3000：:（(，,])/;
/**
 * A problem numbered after its noun (`问题一：`, `问题2：`), the whole line or up to a colon or a
 * space, as a 整改报告 lists them. One that asks (`问题一：……？`) is a 问答's question, a heading (markers.ts).
 */
const QUESTION_LINE = /^问题([一二三四五六七八九十]{1,3}|[0-9]{1,2})(?=$|[\s\u3000：:])/;
/** A meeting's item numbered after its noun (`议题一：……`, `议题2：……`), as an agenda and a 纪要 list them. */
const AGENDA_LINE = /^议题([一二三四五六七八九十]{1,3}|[0-9]{1,2})(?=$|[\s\u3000：:])/;
/** What never stands in a label's noun: a document's own divisions. */
const NOT_LABEL_NOUN = /[章节節条條款项部编篇]/;
/** A series of labels is checked only with at least this many, the first of them 第一. */
const MIN_LABELS = 3;

interface LabelLine {
  line: number;
  ordinal: number;
  /** Columns where the numeral starts and ends. */
  from: number;
  to: number;
  chinese: boolean;
  noun: string;
  /** The label as written (`第四督查组`). */
  written: string;
  /** What stands before the numeral (`第`, `问题`, `议题`). */
  before: string;
}

const labelSequence: Rule = {
  id: 'GW113',
  name: 'label-sequence',
  family: 'numbering',
  defaultSeverity: 'warning',
  description: {
    zh: '同一节中以“第一督查组”“第二小组”“第三批”“第一阶段”“第一天”、所列问题的“问题一：”或会议议程、纪要的“议题一：”“议题1：”等开头的各行，从“第一”（“问题一”“议题一”）起排列，中间跳号或重号。问答中提问的“问题一：……？”是标题，由GW101检查。',
    en: 'Lines of one section that start with a group\'s, a stage\'s or a day\'s label (第一督查组, 第二小组, 第三批, 第一阶段, 第一天), a listed problem\'s (问题一：) or a meeting\'s agenda item (议题一：, 议题1：, in an agenda or a 纪要), counted from 第一 (问题一, 议题一), skip or repeat a number. A 问答\'s questions (问题一：……？) are headings, checked by GW101.',
  },
  fixable: true,
  // A series ends at the next heading that does not stand under its first label's heading, so at
  // the latest at the next top-level heading: each section's series are its own (its head's line up
  // to the next section's), checked per section; `check` looks only at the lines above the first heading.
  sections: {
    context: () => NO_CONTEXT,
    check(doc, section, ctx) {
      const headings = doc.headings;
      labelsBetween(doc, section.head.line, section.to < headings.length ? headings[section.to].line : doc.source.lines.length, section.from, ctx);
    },
  },
  check(doc, ctx) {
    const headings = doc.headings;
    labelsBetween(doc, 0, headings.length ? headings[0].line : doc.source.lines.length, 0, ctx);
  },
};

/**
 * GW113 over lines `from` to `to - 1`, where no series runs in from above nor on past `to`
 * (the text's start or a top-level heading's line, the next one's or the text's end); `next` is
 * the index of the first heading at or after `from`.
 */
function labelsBetween(doc: GongwenDocument, from: number, to: number, next: number, ctx: RuleContext): void {
  const lines = doc.source.lines;
  const headings = doc.headings;
  // The series open, by noun, each with the heading whose text holds its first label: the
  // headings under that one (`1.` items under `下午：` of a `第一天`) do not end it, the next one
  // of its rank or above does.
  const open = new Map<string, { owner: Heading | null; items: LabelLine[] }>();
  let current: Heading | null = null;
  for (let i = from; i < to; i++) {
    const l = lines[i];
    if (next < headings.length && headings[next].line === i) {
      current = headings[next++];
      if (open.size) {
        for (const [noun, run] of open) {
          if (run.owner !== null && descends(current, run.owner)) continue;
          checkLabels(run.items, ctx);
          open.delete(noun);
        }
      }
      continue;
    }
    const first = l.text.charCodeAt(l.contentStart);
    if ((first !== 0x7b2c /* 第 */ && first !== 0x95ee /* 问 */ && first !== 0x8bae) /* 议 */ || !isAnalysedText(l)) continue;
    // `问题一：` and `议题一：` name their noun before the numeral.
    const named = first === 0x95ee ? '问题' : first === 0x8bae ? '议题' : '';
    const m = (named === '问题' ? QUESTION_LINE : named ? AGENDA_LINE : LABEL_LINE).exec(l.text.slice(l.contentStart));
    if (!m || (!named && m[2] && NOT_LABEL_NOUN.test(m[2]))) continue;
    const chinese = m[1].charCodeAt(0) > 0x7f;
    const ordinal = chinese ? parseChinese(m[1]) : Number(m[1]);
    // A question's or an agenda item's series is keyed apart from any 第…问题 label's.
    const noun = named ? '' : m[3] ? m[2] + m[3] : m[5];
    const before = named || '第';
    const start = l.contentStart + before.length;
    const item: LabelLine = { line: i, ordinal, from: start, to: start + m[1].length, chinese, noun, written: m[0], before };
    const key = named || noun;
    const run = open.get(key);
    // A 第一 starts a series (again); an item with none open before it is no series of ours.
    if (ordinal === 1) {
      if (run) checkLabels(run.items, ctx);
      open.set(key, { owner: current, items: [item] });
    } else if (run) run.items.push(item);
  }
  for (const run of open.values()) checkLabels(run.items, ctx);
}

/** Whether `h` stands under `owner`. */
function descends(h: Heading, owner: Heading): boolean {
  for (let x = h.parent; x; x = x.parent) if (x === owner) return true;
  return false;
}

/** GW113 over one series of labels: the first a 第一, then each one more. */
function checkLabels(run: readonly LabelLine[], ctx: Parameters<Rule['check']>[1]): void {
  if (run.length < MIN_LABELS) return;
  let prev = 0;
  for (let k = 0; k < run.length; k++) {
    const it = run[k];
    // An item where renumbering would put it is right once the break before it is fixed (`一、二、四、四`:
    // one finding); the number asked for is the one renumbering writes (`一、三、二`: 二 there, then 三).
    const expected = k + 1;
    if (it.ordinal !== prev + 1 && it.ordinal !== expected) {
      const numeral = it.chinese ? toChinese(expected) : String(expected);
      const written = it.written;
      const want = `${it.before}${numeral}${it.noun}`;
      const range = { start: { line: it.line, character: it.from - it.before.length }, end: { line: it.line, character: it.to + it.noun.length } };
      ctx.report({
        range,
        message: ctx.msg(
          `“${written}”${it.ordinal < expected ? '重号或顺序颠倒' : '跳号'}：此处应为“${want}”。`,
          `"${written}" ${it.ordinal < expected ? 'repeats or is out of order' : 'skips a number'}; expected "${want}".`,
        ),
        fixes: [{ title: ctx.msg(`改为“${want}”`, `Change to "${want}"`), edits: [{ range: { start: { line: it.line, character: it.from }, end: { line: it.line, character: it.to } }, newText: numeral }], safe: false }],
      });
    }
    prev = it.ordinal;
  }
}

export const numberingRules: Rule[] = [sequence, punctuation, depth, levelSkip, tooDeep, decimal, articles, enumSequence, enumPunctuation, headingPunctuation, tableIndexSequence, decimalSequence, labelSequence];
