/**
 * Numbering sequences: which headings count on from which, and the value each one should have.
 *
 * Siblings of one marker kind under one parent form a *group*. A document numbers each kind in one
 * of two styles, both legitimate: restarting every group at 1, or running on through the part
 * (`（一）…（十五）` across `一、…五、`). The style is voted per part, kind and kind of parent from how
 * groups start: `1.` under `（一）` may run on through 重点任务 while `1.` straight under `一、`
 * restarts in 工作目标 and 保障措施 of the same plan. Where a group's parent is of another kind than
 * the group before it, or a running group's grandparent changes (a new `一、`), what is written
 * decides: starting at 1 is a restart. Articles (`第X条`) always run on through the whole text.
 * Used by the numbering rules, renumbering and completion, so all three agree.
 */
import { GongwenDocument, Heading, MarkerKind } from './model';
import { isAimsSection, isArrangementSection } from './titles';
import type { SectionEntry, SectionView } from './rule';
import { fitted } from './young';

export type NumberingStyle = 'restart' | 'running';

export interface Sequence {
  part: number;
  kind: MarkerKind;
  /** The style most of the sequence's groups follow (for messages and completion). */
  style: NumberingStyle;
  /** Groups in document order; each is a list of sibling headings of `kind`. */
  groups: Heading[][];
  /** Per group: true where it starts again at 1, false where it counts on from the group before. */
  restarts: boolean[];
  /** The group each heading belongs to. */
  readonly groupOf: Map<Heading, Heading[]>;
}

export interface Expectation {
  heading: Heading;
  /** The value this heading should carry given the values before it. */
  expected: number;
  /** Its place in its run: the value renumbering the run gives it (what fix-all writes there). */
  position: number;
  sequence: Sequence;
  /** The group of siblings `heading` is in (one of `sequence.groups`). */
  group: Heading[];
  /**
   * Where `heading` starts a block numbered apart inside its group (pastedBlock): the block, and
   * the headings it stands between, whose numbers go on from each other.
   */
  block?: { items: Heading[]; before: Heading; after: Heading };
}

/** Articles and chapters run on through a regulation, a plan's divisions (第X部分) through it; its sections (第X节) restart in each chapter. */
const ALWAYS_RUNNING = new Set<MarkerKind>(['article', 'chapter', 'division']);

/**
 * The numbering sequences of a document, in the document order of their first headings.
 * Not memoised per document on purpose: a WeakMap keyed by the document keeps every old
 * version's headings alive until a full GC, which let the heap of a server under constant typing
 * climb to 400 MB (see docs/performance-history.md); computing them again costs far less.
 */
export function sequencesOf(doc: GongwenDocument, sections?: () => readonly SectionEntry[]): Sequence[] {
  // Per part, by kind (no string keys: this runs for every heading of every analysis). Parts
  // follow each other in the text, so parts in order, then each part's kinds in insertion order,
  // is the document order of each sequence's first heading; groups are listed as they start.
  const byPart: Array<Map<MarkerKind, KindGroups>> = doc.parts.map(() => new Map());
  if (!sections) {
    for (const h of doc.headings) place(byPart[h.part], h);
  } else {
    // Section by section: the head joins the top-level groups; the groups below it, whose parents
    // are all in the section, are the section's own (sectionGroups), kept on a Section the parse
    // took over from the version before, so an edit works out only those of the sections it made
    // again. A section's groups follow its head's and come before the next section's, in the
    // order they start; its kinds first come in the order it has them: as heading by heading.
    for (const { view, section } of sections()) {
      place(byPart[view.head.part], view.head);
      const own = section ? (section.groups ??= sectionGroups(doc, view)) : sectionGroups(doc, view);
      for (let k = 0; k < own.length; k++) {
        const { part, kind, groups } = own[k];
        const kinds = byPart[part];
        let into = kinds.get(kind);
        if (!into) kinds.set(kind, (into = { open: new Map(), all: [] }));
        for (let g = 0; g < groups.length; g++) into.all.push(groups[g]);
      }
    }
  }
  const out: Sequence[] = [];
  byPart.forEach((kinds, part) => {
    // Each kind's votes first: where a kind's own groups tie, the part's other kinds say which
    // style the document keeps (a document numbers in one style, numbering.md).
    const votes: Votes[] = [];
    let restart = 0;
    let running = 0;
    const aims: AimsMemo[] = [];
    for (const [kind, groups] of kinds) {
      const memo = new AimsMemo(groups.all);
      aims.push(memo);
      const v = detectStyles(kind, groups.all, memo);
      votes.push(v);
      if (!ALWAYS_RUNNING.has(kind)) (restart += v.restart), (running += v.running);
    }
    let i = 0;
    for (const [kind, groups] of kinds) {
      const v = votes[i];
      const own = !ALWAYS_RUNNING.has(kind);
      const tie: NumberingStyle = running - (own ? v.running : 0) > restart - (own ? v.restart : 0) ? 'running' : 'restart';
      out.push(sequence(part, kind, groups.all, stylesOf(kind, v, tie), aims[i]));
      i++;
    }
  });
  return out;
}

/** `h` into its group among `kinds` (its part's), or a group of its own. */
function place(kinds: Map<MarkerKind, KindGroups>, h: Heading): void {
  // (An unnumbered question, `问：……？`, counts in no sequence.)
  if (h.marker.kind === 'decimal' || (h.marker.kind === 'question' && h.marker.value === 0)) return;
  let groups = kinds.get(h.marker.kind);
  if (!groups) kinds.set(h.marker.kind, (groups = { open: new Map(), all: [] }));
  const g = groups.open.get(h.parent);
  // A second list under one parent, after a sentence that introduces it (`有下列情形之一的，不得申报：`), counts again from 1.
  if (g && !h.listStart) g.push(h);
  else {
    const fresh = [h];
    groups.open.set(h.parent, fresh);
    groups.all.push(fresh);
  }
}

/** The groups of a section's headings below its head, by part and kind, each in the order it first comes (the groups' arrays are never changed after). */
export type SectionGroups = ReadonlyArray<{ readonly part: number; readonly kind: MarkerKind; readonly groups: readonly Heading[][] }>;

/** The groups of `view`'s headings below its head: their parents are in the section, so the section alone decides them. */
export function sectionGroups(doc: GongwenDocument, view: SectionView): SectionGroups {
  const out: Array<{ part: number; kind: MarkerKind; groups: Heading[][] }> = [];
  let byPart: Array<Map<MarkerKind, KindGroups>> | undefined;
  for (let i = view.from + 1; i < view.to; i++) {
    const h = doc.headings[i];
    const kinds = ((byPart ??= [])[h.part] ??= new Map());
    const had = kinds.get(h.marker.kind);
    place(kinds, h);
    const now = kinds.get(h.marker.kind);
    if (!had && now) out.push({ part: h.part, kind: h.marker.kind, groups: now.all });
  }
  // Kept while the section is, without the spare room of arrays built by push (young.ts fitted).
  for (const e of out) e.groups = e.groups.map(fitted);
  return fitted(out);
}

interface KindGroups {
  /** The group each parent's next heading of the kind joins. */
  open: Map<Heading | null, Heading[]>;
  /** Every group, in document order. */
  all: Heading[][];
}

/** `groups` in document order (Map iteration follows insertion, i.e. each group's first heading). */
function sequence(part: number, kind: MarkerKind, groups: Heading[][], styles: Styles, aims: AimsMemo): Sequence {
  return new SequenceNode(part, kind, styles.overall, groups, groupRestarts(kind, groups, styles, aims));
}

/**
 * A class with `groupOf` on its prototype, not a literal with a getter: a getter in a literal is
 * a fresh closure per object, which V8 keeps in a hidden class of its own — in the old
 * generation, where it held every version's headings alive through young collections (young.ts).
 */
class SequenceNode implements Sequence {
  private groupMap: Map<Heading, Heading[]> | undefined;
  constructor(
    readonly part: number,
    readonly kind: MarkerKind,
    readonly style: NumberingStyle,
    readonly groups: Heading[][],
    readonly restarts: boolean[],
  ) {}

  /** Only fixes and renumbering ask for it: built on first use. */
  get groupOf(): Map<Heading, Heading[]> {
    if (!this.groupMap) {
      this.groupMap = new Map();
      for (const g of this.groups) for (const h of g) this.groupMap.set(h, g);
    }
    return this.groupMap;
  }
}

interface Styles {
  overall: NumberingStyle;
  /** By the kind of the groups' parent (null: top level). */
  byParent: Map<MarkerKind | null, NumberingStyle>;
}

const parentKind = (group: Heading[]): MarkerKind | null => group[0].parent?.marker.kind ?? null;
const first = (group: Heading[]): number => group[0].marker.value;
const last = (group: Heading[]): number => group[group.length - 1].marker.value;

interface Votes {
  restart: number;
  running: number;
  /** By the kind of the groups' parent (null: top level). */
  byParent: Map<MarkerKind | null, { restart: number; running: number }>;
}

/** The styles `votes` give; where they tie, `tie` (what the part's other kinds vote). */
function stylesOf(kind: MarkerKind, votes: Votes, tie: NumberingStyle): Styles {
  const pick = (v: { restart: number; running: number }): NumberingStyle =>
    v.running > v.restart ? 'running' : v.running < v.restart ? 'restart' : tie;
  const byParent = new Map<MarkerKind | null, NumberingStyle>();
  for (const [pk, v] of votes.byParent) byParent.set(pk, pick(v));
  return { overall: ALWAYS_RUNNING.has(kind) ? 'running' : pick(votes), byParent };
}

/** Votes, over each pair of consecutive groups whose parents are of one kind, how the second starts. */
function detectStyles(kind: MarkerKind, groups: Heading[][], aims: AimsMemo): Votes {
  const votes = new Map<MarkerKind | null, { restart: number; running: number }>();
  let restart = 0;
  let running = 0;
  for (let i = 1; i < groups.length; i++) {
    const pk = parentKind(groups[i]);
    if (pk !== parentKind(groups[i - 1])) continue;
    let v = votes.get(pk);
    if (!v) votes.set(pk, (v = { restart: 0, running: 0 }));
    // A group that starts past 1 counts on, even with a gap (`7.` after a `1.`–`3.` restarted by mistake).
    const start = first(groups[i]);
    // An arrangements section starting again says nothing of how the tasks are counted (groupRestarts).
    if (start === 1 && groups[i][0].parent !== null && isArrangementSection(groups[i][0].parent!)) continue;
    // Nor do the aims (`（三）主要目标` then `1.`…`3.`) and the first tasks after them starting again.
    if (start === 1 && (aims.at(i) || aims.at(i - 1))) continue;
    // One that starts past 1 but not past where the group before ended (`（二）（一）` swapped under
    // `三、` after `（一）`…`（六）`) is a restart gone wrong, and says nothing either.
    if (start > 1 && start <= last(groups[i - 1])) continue;
    // Starting again under the next grandparent (`1.` under the first `（一）` of the next `一、`) is
    // what both styles do (groupRestarts), so it says nothing either.
    if (start === 1 && groups[i][0].parent?.parent !== groups[i - 1][0].parent?.parent) continue;
    if (start > 1) v.running++, running++;
    else if (start === 1) v.restart++, restart++;
  }
  return { restart, running, byParent: votes };
}

function groupRestarts(kind: MarkerKind, groups: Heading[][], styles: Styles, aims: AimsMemo): boolean[] {
  const parents = new Set<Heading | null>();
  return groups.map((group, i) => {
    const parent = group[0].parent;
    // A second list under one parent (sequencesOf): it was made one for starting again at 1.
    if (parents.has(parent)) return true;
    parents.add(parent);
    if (i === 0) return true;
    if (ALWAYS_RUNNING.has(kind)) return false;
    const prev = groups[i - 1];
    const start = first(group);
    // `六、保障措施` starting again at `（一）` after tasks numbered on through `二、`…`五、`: provincial
    // plans do, and the arrangements are no tasks to count on.
    if (start === 1 && parent !== null && isArrangementSection(parent)) return true;
    // Targets listed `1.`…`3.` under `主要目标`, tasks starting again at `1.` under `（四）`: lists of
    // their own, whether the tasks then count on through the document or restart (inAims).
    if (start === 1 && (aims.at(i) || aims.at(i - 1))) return true;
    const pk = parentKind(group);
    if (pk !== parentKind(prev)) {
      // `1.` straight under `四、保障措施` after `1.`…`8.` under the `（一）`s of `三、`: as written.
      if (start === 1) return true;
      if (start === last(prev) + 1) return false;
    }
    const style = styles.byParent.get(pk) ?? styles.overall;
    if (style === 'restart') return true;
    // Running on under the `（一）`s of one `一、`, starting again under the next `一、`.
    return start === 1 && group[0].parent?.parent !== prev[0].parent?.parent;
  });
}

/**
 * inAims of each of a kind's groups, asked by index and worked out once per sequencesOf: both
 * detectStyles and groupRestarts ask it of a group and the one before it, and each answer walks
 * the group's ancestors' titles.
 */
class AimsMemo {
  private readonly known: Int8Array;

  constructor(private readonly groups: readonly Heading[][]) {
    this.known = new Int8Array(groups.length);
  }

  at(i: number): boolean {
    let k = this.known[i];
    if (k === 0) this.known[i] = k = inAims(this.groups[i]) ? 1 : 2;
    return k === 1;
  }
}

/**
 * Whether a group lies in a section of aims (its parent or a heading above it: `（三）主要目标`): the
 * targets there are numbered apart from the tasks, and say nothing of how the tasks are counted.
 */
function inAims(group: Heading[]): boolean {
  for (let x = group[0].parent; x; x = x.parent) if (isAimsSection(x)) return true;
  return false;
}


/** The groups counted as one run with `group`: from the last restart at or before it to the next. */
export function runOf(seq: Sequence, group: Heading[]): Heading[][] {
  const at = seq.groups.indexOf(group);
  let from = at;
  while (from > 0 && !seq.restarts[from]) from--;
  let to = at + 1;
  while (to < seq.groups.length && !seq.restarts[to]) to++;
  return seq.groups.slice(from, to);
}

/** Every heading whose value differs from what its sequence expects, in `seqs` (a document's sequencesOf). */
export function breaksIn(seqs: readonly Sequence[]): Expectation[] {
  const breaks: Expectation[] = [];
  for (const seq of seqs) {
    let prevValue = 0;
    // How many headings the run has had: a heading carrying this value is where renumbering
    // would put it, so it is right once the break before it is fixed (`4.` `4.` `6.`: only the
    // second `4.` is wrong; `1.`–`3.` restarted by mistake, then `7.`: only the restart is).
    let count = 0;
    seq.groups.forEach((group, i) => {
      if (seq.restarts[i]) prevValue = count = 0;
      for (let j = 0; j < group.length; j++) {
        const h = group[j];
        const expected = prevValue + 1;
        const value = h.marker.value;
        const block = value === 1 && j > 0 && !ALWAYS_RUNNING.has(seq.kind) ? pastedBlock(group, j, prevValue) : null;
        if (block) {
          // One break for the block; the siblings after it count on from the one before it.
          breaks.push({ heading: h, expected, position: count + 1, sequence: seq, group, block });
          j += block.items.length - 1;
          continue;
        }
        count++;
        // A sibling of another kind standing in the first places (`1.开展……` then `（二）` `（三）`,
        // a level skipped or the wrong kind: GW104's, GW103's) is counted there: no break.
        if (value !== expected && value !== count && !(j === 0 && value === expected + standIns(h, seq.kind))) breaks.push({ heading: h, expected, position: count, sequence: seq, group });
        // Count on from what is written, so one break yields one finding, not a cascade.
        prevValue = value;
      }
    });
  }
  return breaks.sort((a, b) => a.heading.line - b.heading.line);
}

/** How many siblings of another heading kind stand right before `h` under its parent (none at the top level). */
function standIns(h: Heading, kind: MarkerKind): number {
  const siblings = h.parent?.children;
  if (!siblings) return 0;
  let n = 0;
  for (const c of siblings) {
    if (c === h) return n;
    if (c.marker.kind === kind || !(c.marker.kind in LIST_KINDS)) return 0;
    n++;
  }
  return 0;
}

/** The kinds of a document's list levels (`一、` `（一）` `1.` `（1）` `①`). */
const LIST_KINDS: Partial<Record<MarkerKind, true>> = { cn: true, parenCn: true, arabic: true, parenArabic: true, circled: true };

/**
 * Where a block numbered from 1 of its own sits inside a group, between two siblings that count on
 * from each other (`二、` `一、` `二、` `三、` `三、`: a section pasted from another document, its
 * `一、`s one level too high): the block and what it interrupts, or null. The block is at least
 * two items counting up from 1 at `j`; after it, the sibling after it carries `before + 1`, or the
 * items under its last one count on from those under the sibling before it (`（二）` … `（三）`,
 * the real tasks that the block's last item now holds).
 */
function pastedBlock(group: readonly Heading[], j: number, before: number): Expectation['block'] | null {
  let k = j + 1;
  while (k < group.length && group[k].marker.value === group[k - 1].marker.value + 1) k++;
  if (k - j < 2) return null;
  const items = group.slice(j, k);
  if (k < group.length && group[k].marker.value === before + 1) return { items, before: group[j - 1], after: group[k] };
  const under = group[k - 1].children[0];
  if (!under || under.marker.value === 1) return null;
  let last: Heading | null = null;
  for (const c of group[j - 1].children) if (c.marker.kind === under.marker.kind) last = c;
  return last && under.marker.value === last.marker.value + 1 ? { items, before: last, after: under } : null;
}

/**
 * The values a sequence should carry, from `from` (inclusive) on: the renumbering plan used by
 * the sequence fix and by the renumber command.
 */
export function renumberPlan(seq: Sequence, from?: Heading, group?: Heading[]): Array<{ heading: Heading; value: number }> {
  const plan: Array<{ heading: Heading; value: number }> = [];
  // From a heading: only the run it is in changes (its group, or the groups counting on with it).
  const own = from ? group ?? seq.groupOf.get(from) : undefined;
  const groups = own ? runOf(seq, own) : seq.groups;
  const offset = own ? seq.groups.indexOf(groups[0]) : 0;
  let value = 0;
  let started = !from;
  groups.forEach((g, i) => {
    if (seq.restarts[offset + i]) value = 0;
    for (const h of g) {
      value++;
      if (h === from) started = true;
      if (started) plan.push({ heading: h, value });
    }
  });
  return plan;
}

export function sequenceOf(doc: GongwenDocument, h: Heading, seqs = sequencesOf(doc)): Sequence | undefined {
  return seqs.find((s) => s.part === h.part && s.kind === h.marker.kind && s.groupOf.has(h));
}
