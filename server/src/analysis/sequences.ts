/**
 * Numbering sequences: which headings count on from which, and the value each one should have.
 *
 * Siblings of one marker kind under one parent form a *group*. A document numbers each kind in one
 * of two styles, both legitimate: restarting every group at 1, or running on through the part
 * (`（一）…（十五）` across `一、…五、`). The style is voted per part and kind from how groups start;
 * articles (`第X条`) always run on through the whole text. Used by the numbering rules, renumbering
 * and completion, so all three agree.
 */
import { GongwenDocument, Heading, MarkerKind } from './model';

export type NumberingStyle = 'restart' | 'running';

export interface Sequence {
  part: number;
  kind: MarkerKind;
  style: NumberingStyle;
  /** Groups in document order; each is a list of sibling headings of `kind`. */
  groups: Heading[][];
  /** The group each heading belongs to. */
  readonly groupOf: Map<Heading, Heading[]>;
}

export interface Expectation {
  heading: Heading;
  /** The value this heading should carry given the values before it. */
  expected: number;
  sequence: Sequence;
  /** The group of siblings `heading` is in (one of `sequence.groups`). */
  group: Heading[];
}

const ALWAYS_RUNNING = new Set<MarkerKind>(['article', 'chapter', 'section']);

/**
 * The numbering sequences of a document, in the document order of their first headings.
 * Not memoised per document on purpose: a WeakMap keyed by the document keeps every old
 * version's headings alive until a full GC, which let the heap of a server under constant typing
 * climb to 400 MB (see docs/performance-history.md); computing them again costs far less.
 */
export function sequencesOf(doc: GongwenDocument): Sequence[] {
  // Per part, by kind (no string keys: this runs for every heading of every analysis). Parts
  // follow each other in the text, so parts in order, then each part's kinds in insertion order,
  // is the document order of each sequence's first heading.
  const byPart: Array<Map<MarkerKind, Map<Heading | null, Heading[]>>> = doc.parts.map(() => new Map());
  for (const h of doc.headings) {
    if (h.marker.kind === 'decimal') continue;
    const kinds = byPart[h.part];
    let groups = kinds.get(h.marker.kind);
    if (!groups) kinds.set(h.marker.kind, (groups = new Map()));
    const g = groups.get(h.parent);
    if (g) g.push(h);
    else groups.set(h.parent, [h]);
  }
  const out: Sequence[] = [];
  byPart.forEach((kinds, part) => {
    for (const [kind, groupMap] of kinds) out.push(sequence(part, kind, [...groupMap.values()]));
  });
  return out;
}

/** `groups` in document order (Map iteration follows insertion, i.e. each group's first heading). */
function sequence(part: number, kind: MarkerKind, groups: Heading[][]): Sequence {
  return new SequenceNode(part, kind, detectStyle(kind, groups), groups);
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

function detectStyle(kind: MarkerKind, groups: Heading[][]): NumberingStyle {
  if (ALWAYS_RUNNING.has(kind)) return 'running';
  let restart = 0;
  let running = 0;
  for (let i = 1; i < groups.length; i++) {
    const first = groups[i][0].marker.value;
    const prev = groups[i - 1];
    const prevLast = prev[prev.length - 1].marker.value;
    if (first === prevLast + 1 && first !== 1) running++;
    else if (first === 1) restart++;
  }
  return running > restart ? 'running' : 'restart';
}

/** Every heading whose value differs from what its sequence expects. */
export function sequenceBreaks(doc: GongwenDocument): Expectation[] {
  const breaks: Expectation[] = [];
  for (const seq of sequencesOf(doc)) {
    let prevValue = 0;
    seq.groups.forEach((group) => {
      if (seq.style === 'restart') prevValue = 0;
      group.forEach((h) => {
        const expected = prevValue + 1;
        if (h.marker.value !== expected) breaks.push({ heading: h, expected, sequence: seq, group });
        // Count on from what is written, so one break yields one finding, not a cascade.
        prevValue = h.marker.value;
      });
    });
  }
  return breaks.sort((a, b) => a.heading.index - b.heading.index);
}

/**
 * The values a sequence should carry, from `from` (inclusive) on: the renumbering plan used by
 * the sequence fix and by the renumber command.
 */
export function renumberPlan(seq: Sequence, from?: Heading, group?: Heading[]): Array<{ heading: Heading; value: number }> {
  const plan: Array<{ heading: Heading; value: number }> = [];
  // Restarting: only `from`'s own group changes (`group`, when the caller knows it). Running on: everything after it.
  const groups = from && seq.style === 'restart' ? [group ?? seq.groupOf.get(from) ?? []] : seq.groups;
  let value = 0;
  let started = !from;
  for (const group of groups) {
    if (seq.style === 'restart') value = 0;
    for (const h of group) {
      value++;
      if (h === from) started = true;
      if (started) plan.push({ heading: h, value });
    }
  }
  return plan;
}

export function sequenceOf(doc: GongwenDocument, h: Heading, seqs = sequencesOf(doc)): Sequence | undefined {
  return seqs.find((s) => s.part === h.part && s.kind === h.marker.kind && s.groupOf.has(h));
}
