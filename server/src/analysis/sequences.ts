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
    // With them come their votes and restarts inside the section (SectionKind), so only the
    // pairs of groups across sections are looked at here.
    for (const { view, section } of sections()) {
      place(byPart[view.head.part], view.head);
      const own = section ? (section.groups ??= sectionGroups(doc, view)) : sectionGroups(doc, view);
      for (let k = 0; k < own.length; k++) {
        const sk = own[k];
        const kinds = byPart[sk.part];
        let into = kinds.get(sk.kind);
        if (!into) kinds.set(sk.kind, (into = { open: new Map(), all: [], sources: [] }));
        into.sources.push(sk);
        const groups = sk.groups;
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
    for (const [kind, groups] of kinds) {
      const v = detectStyles(groups.sources);
      votes.push(v);
      if (!ALWAYS_RUNNING.has(kind)) (restart += v.restart), (running += v.running);
    }
    let i = 0;
    for (const [kind, groups] of kinds) {
      const v = votes[i];
      const own = !ALWAYS_RUNNING.has(kind);
      const tie: NumberingStyle = running - (own ? v.running : 0) > restart - (own ? v.restart : 0) ? 'running' : 'restart';
      const styles = stylesOf(kind, v, tie);
      out.push(new SequenceNode(part, kind, styles.overall, groups.all, groupRestarts(kind, groups.sources, styles)));
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
  if (!groups) kinds.set(h.marker.kind, (groups = { open: new Map(), all: [], sources: [] }));
  const g = groups.open.get(h.parent);
  // A second list under one parent, after a sentence that introduces it (`有下列情形之一的，不得申报：`), counts again from 1.
  if (g && !h.listStart) g.push(h);
  else {
    const fresh = [h];
    groups.open.set(h.parent, fresh);
    groups.all.push(fresh);
    groups.sources.push(fresh);
  }
}

/** The groups of a section's headings below its head, by part and kind, each in the order it first comes (the groups' arrays are never changed after). */
export type SectionGroups = readonly SectionKind[];

/**
 * A section's groups of one part and kind (below its head), with what they vote and how they
 * start where the section alone decides it: every parent of theirs, and every heading above those
 * up to the head, is in the section. Worked out once per Section (kept while the parse takes it
 * over) and combined across the sections by sequencesOf, which looks only at the pairs of groups
 * across sections, through `flags`.
 */
export class SectionKind {
  constructor(
    readonly part: number,
    readonly kind: MarkerKind,
    readonly groups: readonly Heading[][],
    /** FIRST_AIMS, FIRST_ARRANGEMENTS, LAST_AIMS: what the groups at either end show the groups next to them in other sections. */
    readonly flags: number,
    /**
     * The votes of the pairs of consecutive groups here (pairVote), by parent kind: none
     * (undefined), one kind with `counts` (restart + running * COUNT), or [kind, restart, running, …].
     */
    readonly votedBy: MarkerKind | Array<MarkerKind | number> | undefined,
    readonly counts: number,
    /** restartCode of each group after the first, two bits each from bit 0 (up to CODES_IN_NUMBER groups), or one digit each. */
    readonly codes: number | string,
  ) {}
}

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
  return out.map((e) => sectionKind(e.part, e.kind, e.groups.map(fitted)));
}

const FIRST_AIMS = 1;
const FIRST_ARRANGEMENTS = 2;
const LAST_AIMS = 4;
/** Vote counts packed in one number: restart + running * COUNT. */
const COUNT = 1 << 15;
/** How many restart codes a number holds (two bits each, within a small integer). */
const CODES_IN_NUMBER = 15;

/** What `groups` (a section's, of one part and kind) vote and how they start inside the section. */
function sectionKind(part: number, kind: MarkerKind, groups: Heading[][]): SectionKind {
  const aims = new AimsMemo(groups);
  const n = groups.length;
  const flags = (aims.at(0) ? FIRST_AIMS : 0) | (arrangements(groups[0]) ? FIRST_ARRANGEMENTS : 0) | (aims.at(n - 1) ? LAST_AIMS : 0);
  let tally: Array<MarkerKind | number> | undefined;
  // A second list under one parent (place): it was made one for starting again at 1 (groupRestarts).
  const parents = new Set<Heading | null>([groups[0][0].parent]);
  let codes = 0;
  const digits: number[] | undefined = n - 1 > CODES_IN_NUMBER ? [] : undefined;
  for (let i = 1; i < n; i++) {
    const group = groups[i];
    const ends = first(group) === 1 ? endsOf(aims.at(i - 1), aims.at(i), arrangements(group)) : 0;
    const vote = pairVote(groups[i - 1], group, ends);
    if (vote >= 0) count((tally ??= []), parentKind(group)!, vote);
    const parent = group[0].parent;
    const code = parents.has(parent) ? RESTARTS : restartCode(kind, groups[i - 1], group, ends);
    parents.add(parent);
    if (digits) digits.push(code);
    else codes |= code << (2 * (i - 1));
  }
  const coded = digits ? digits.join('') : codes;
  // One parent kind, as nearly always: its counts in a number, not an array kept with the section.
  if (tally && tally.length === 3 && (tally[1] as number) < COUNT && (tally[2] as number) < COUNT) {
    return new SectionKind(part, kind, groups, flags, tally[0] as MarkerKind, (tally[1] as number) + (tally[2] as number) * COUNT, coded);
  }
  return new SectionKind(part, kind, groups, flags, tally && fitted(tally), 0, coded);
}

/** Adds `vote` (pairVote, not -1) to `tally`'s counts of parent kind `pk` ([kind, restart, running, …]). */
function count(tally: Array<MarkerKind | number>, pk: MarkerKind, vote: number): void {
  let at = 0;
  while (at < tally.length && tally[at] !== pk) at += 3;
  if (at === tally.length) tally.push(pk, 0, 0);
  if (vote === RESTART) (tally[at + 1] as number)++;
  else if (vote === RUNNING) (tally[at + 2] as number)++;
}

interface KindGroups {
  /** The group each parent's next heading of the kind joins. */
  open: Map<Heading | null, Heading[]>;
  /** Every group, in document order. */
  all: Heading[][];
  /**
   * Where they come from, in the same order: groups placed one by one (the top-level groups, or
   * every group where sequencesOf works heading by heading), or a section's groups of the kind.
   */
  sources: Array<Heading[] | SectionKind>;
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
/** Whether `group`'s parent heads a section on how the work is arranged (`六、保障措施`). */
const arrangements = (group: Heading[]): boolean => group[0].parent !== null && isArrangementSection(group[0].parent);

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

/** What besides their markers decides a pair of groups' vote and the second's restart (pairVote, restartCode). */
const PREV_AIMS = 1;
const AIMS = 2;
const ARRANGEMENTS = 4;
const endsOf = (prevAims: boolean, aims: boolean, arranged: boolean): number =>
  (prevAims ? PREV_AIMS : 0) | (aims ? AIMS : 0) | (arranged ? ARRANGEMENTS : 0);

const RESTART = 1;
const RUNNING = 2;

/**
 * How the pair of consecutive groups (`prev`, `group`) votes: -1 not at all (their parents are
 * of different kinds), 0 counted for its parent kind but saying nothing, RESTART or RUNNING.
 * `ends` (endsOf): whether either lies in aims and whether `group`'s parent heads arrangements,
 * read only where `group` starts at 1 (0 elsewhere).
 */
function pairVote(prev: Heading[], group: Heading[], ends: number): number {
  if (parentKind(group) !== parentKind(prev)) return -1;
  // A group that starts past 1 counts on, even with a gap (`7.` after a `1.`–`3.` restarted by mistake).
  const start = first(group);
  // An arrangements section starting again says nothing of how the tasks are counted (groupRestarts).
  if (start === 1 && ends & ARRANGEMENTS) return 0;
  // Nor do the aims (`（三）主要目标` then `1.`…`3.`) and the first tasks after them starting again.
  if (start === 1 && ends & (AIMS | PREV_AIMS)) return 0;
  // One that starts past 1 but not past where the group before ended (`（二）（一）` swapped under
  // `三、` after `（一）`…`（六）`) is a restart gone wrong, and says nothing either.
  if (start > 1 && start <= last(prev)) return 0;
  // Starting again under the next grandparent (`1.` under the first `（一）` of the next `一、`) is
  // what both styles do (groupRestarts), so it says nothing either.
  if (start === 1 && group[0].parent?.parent !== prev[0].parent?.parent) return 0;
  return start > 1 ? RUNNING : start === 1 ? RESTART : 0;
}

/** Restart codes (restartCode): counts on, starts again, starts again where its parent kind's style is to restart. */
const COUNTS_ON = 0;
const RESTARTS = 1;
const BY_STYLE = 2;

/**
 * Whether `group`, after `prev` in its sequence, starts again (a restart code): not the first
 * group of its sequence, nor a second list under a parent that has one. `ends` as for pairVote.
 */
function restartCode(kind: MarkerKind, prev: Heading[], group: Heading[], ends: number): number {
  if (ALWAYS_RUNNING.has(kind)) return COUNTS_ON;
  const start = first(group);
  // `六、保障措施` starting again at `（一）` after tasks numbered on through `二、`…`五、`: provincial
  // plans do, and the arrangements are no tasks to count on.
  if (start === 1 && ends & ARRANGEMENTS) return RESTARTS;
  // Targets listed `1.`…`3.` under `主要目标`, tasks starting again at `1.` under `（四）`: lists of
  // their own, whether the tasks then count on through the document or restart (inAims).
  if (start === 1 && ends & (AIMS | PREV_AIMS)) return RESTARTS;
  if (parentKind(group) !== parentKind(prev)) {
    // `1.` straight under `四、保障措施` after `1.`…`8.` under the `（一）`s of `三、`: as written.
    if (start === 1) return RESTARTS;
    if (start === last(prev) + 1) return COUNTS_ON;
  }
  // Where the style is to run on: running on under the `（一）`s of one `一、`, starting again
  // under the next `一、`.
  return start === 1 && group[0].parent?.parent !== prev[0].parent?.parent ? RESTARTS : BY_STYLE;
}

/**
 * endsOf for the pair of `prev` (the last group of the source before) and `group` (the first of
 * `src`) across two sources of a kind: `prevAims` 1 or 0 where the source before was a SectionKind
 * (its LAST_AIMS), -1 where `prev` was placed alone (then asked); a SectionKind's first group
 * answers from its flags. 0 where `group` does not start at 1 (pairVote and restartCode read none).
 */
function endsAcross(prev: Heading[], prevAims: number, src: Heading[] | SectionKind, group: Heading[]): number {
  if (first(group) !== 1) return 0;
  const sk = src instanceof SectionKind ? src : null;
  return endsOf(
    prevAims === -1 ? inAims(prev) : prevAims === 1,
    sk ? (sk.flags & FIRST_AIMS) !== 0 : inAims(group),
    sk ? (sk.flags & FIRST_ARRANGEMENTS) !== 0 : arrangements(group),
  );
}

/**
 * Votes, over each pair of consecutive groups whose parents are of one kind, how the second
 * starts: the pairs inside a section as its SectionKind counted them, the others looked at here.
 */
function detectStyles(sources: ReadonlyArray<Heading[] | SectionKind>): Votes {
  const votes = new Map<MarkerKind | null, { restart: number; running: number }>();
  let restart = 0;
  let running = 0;
  const add = (pk: MarkerKind | null, r: number, n: number): void => {
    let v = votes.get(pk);
    if (!v) votes.set(pk, (v = { restart: 0, running: 0 }));
    (v.restart += r), (v.running += n), (restart += r), (running += n);
  };
  let prev: Heading[] | null = null;
  let prevAims = -1;
  for (let s = 0; s < sources.length; s++) {
    const src = sources[s];
    const group = src instanceof SectionKind ? src.groups[0] : src;
    if (prev) {
      const vote = pairVote(prev, group, endsAcross(prev, prevAims, src, group));
      if (vote >= 0) add(parentKind(group), vote === RESTART ? 1 : 0, vote === RUNNING ? 1 : 0);
    }
    if (src instanceof SectionKind) {
      const by = src.votedBy;
      if (typeof by === 'string') add(by, src.counts % COUNT, Math.floor(src.counts / COUNT));
      else if (by) for (let k = 0; k < by.length; k += 3) add(by[k] as MarkerKind, by[k + 1] as number, by[k + 2] as number);
      prev = src.groups[src.groups.length - 1];
      prevAims = src.flags & LAST_AIMS ? 1 : 0;
    } else {
      prev = src;
      prevAims = -1;
    }
  }
  return { restart, running, byParent: votes };
}

/** Per group of `sources` (`n` in all), whether it starts again at 1 or counts on from the group before it. */
function groupRestarts(kind: MarkerKind, sources: ReadonlyArray<Heading[] | SectionKind>, styles: Styles): boolean[] {
  const out: boolean[] = [];
  const parents = new Set<Heading | null>();
  // The style of the last parent kind asked (a section's groups of a kind nearly always have one).
  let styledPk: MarkerKind | null | undefined;
  let styledRestart = false;
  const restarts = (code: number, group: Heading[]): boolean => {
    if (code !== BY_STYLE) return code === RESTARTS;
    const pk = parentKind(group);
    if (pk !== styledPk) (styledPk = pk), (styledRestart = (styles.byParent.get(pk) ?? styles.overall) === 'restart');
    return styledRestart;
  };
  let prev: Heading[] | null = null;
  let prevAims = -1;
  for (let s = 0; s < sources.length; s++) {
    const src = sources[s];
    const sk = src instanceof SectionKind ? src : null;
    const group = sk ? sk.groups[0] : (src as Heading[]);
    const parent = group[0].parent;
    // A second list under one parent (sequencesOf): it was made one for starting again at 1. (A
    // section's first group of a kind has its parent in the section, and no group before it there.)
    if (parents.has(parent)) out.push(true);
    else if (!prev) out.push(true);
    else {
      out.push(restarts(restartCode(kind, prev, group, endsAcross(prev, prevAims, src, group)), group));
    }
    if (sk) {
      const groups = sk.groups;
      const codes = sk.codes;
      if (typeof codes === 'number') {
        for (let g = 1, bits = codes; g < groups.length; g++, bits >>= 2) out.push(restarts(bits & 3, groups[g]));
      } else for (let g = 1; g < groups.length; g++) out.push(restarts(codes.charCodeAt(g - 1) - 48, groups[g]));
      prev = groups[groups.length - 1];
      prevAims = sk.flags & LAST_AIMS ? 1 : 0;
    } else {
      parents.add(parent);
      prev = group;
      prevAims = -1;
    }
  }
  return out;
}

/**
 * inAims of each of a section's groups of a kind, asked by index and worked out once: the vote of
 * a pair and the second's restart both ask it of a group and the one before it, and each answer
 * walks the group's ancestors' titles.
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
