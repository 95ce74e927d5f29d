/**
 * Findings carried from one version of a document to the next, for rules whose inputs an edit
 * did not touch.
 *
 * Most keystrokes change a heading's title or a body sentence, not the numbering: the markers,
 * the shape of the heading tree and the lines the markers stand on stay as they were, and so do
 * the annotations of every other line. A rule that declares `inputs: 'markers'` or
 * `inputs: 'annotations'` (rule.ts) reads nothing else, so while that input is unchanged its
 * findings are the previous version's, to the last range and message. lint() then hands them on
 * instead of running the rule (and the document-wide passes behind it: sequences, sibling
 * lists, level votes, unit counts).
 *
 * An edit that adds or removes lines (a line break typed or deleted, a paste) moves every line
 * below it: their markers and annotations are made again at their new line numbers, equal but
 * for the line. While the inputs are the same but for that move (SourceText.moved), the previous
 * findings are carried with their ranges, and their fixes' ranges, moved with the lines
 * (`movedFindings`); a finding that touches a line the edit changed is not, and its rule runs.
 *
 * What is kept between versions is small and plain: per heading its Marker (an object the
 * heading's Line already keeps, see structure.ts) and four numbers; the annotations list and
 * its lines' texts; per rule its findings, which are plain data. Findings with deferred fixes
 * (closures over one version's model) are never carried.
 */
import { isDeepStrictEqual } from 'util';
import { sayingOf } from './annotations';
import { Config } from './config';
import { Annotation, GongwenDocument, Heading, Marker } from './model';
import { Rule } from './rule';
import { isAimsSection, isArrangementSection } from './titles';
import type { Line, LineShift } from './source';
import type { Section } from './structure';
import { Finding, Fix, mappedRange } from './types';

/** Where a line of the previous version is now, or undefined when the edit changed it. */
type LineMap = (old: number) => number | undefined;

/** What the numbering of a document looks like: the only input of an `inputs: 'markers'` rule. */
/** Ints per heading in a Skeleton's shape. */
const STRIDE = 5;

export class Skeleton {
  private constructor(
    private readonly markers: Marker[],
    /**
     * Per heading (STRIDE ints): depth, part, flags (it starts a list, listStart, 1; it heads an
     * arrangements section with items, sequences.ts, 2; a section of aims with items, 4), line,
     * and the spaces after its marker (GW102's fix drops them with the marker's wrong brackets). The tree is in the depths: headings are listed in document order, so a heading's
     * parent is the last one before it a level up.
     */
    private readonly shape: Int32Array,
    /**
     * The sections (structure.ts) of the version this skeleton was last found to match, and where
     * each one's head stood among its headings (-1: not found). A section taken over whole is the
     * very same object, with the very same headings (none is changed once its section is closed):
     * where it stands at the same place, `matches` need not compare its headings one by one. Only
     * that version's own sections are held: the version keeps them anyway (its model handover).
     */
    private readonly sections: readonly Section[] = NO_SECTIONS,
    private readonly starts: Int32Array = NO_STARTS,
  ) {}

  /**
   * The skeleton of `headings`. The headings of a section `previous` holds (the very same Section
   * object, taken over whole) are copied from it rather than read again: its entries for them
   * are theirs (see `sections`).
   */
  static of(headings: readonly Heading[], sections: readonly Section[] = NO_SECTIONS, previous?: Skeleton): Skeleton {
    const n = headings.length;
    const markers: Marker[] = new Array(n);
    const shape = new Int32Array(STRIDE * n);
    const starts = startsOf(headings, sections);
    let was: Map<Section, number> | undefined;
    if (previous && previous.sections.length && sections.length) {
      was = new Map();
      for (let k = 0; k < previous.sections.length; k++) if (previous.starts[k] >= 0) was.set(previous.sections[k], previous.starts[k]);
    }
    let k = 0;
    for (let i = 0; i < n; i++) {
      while (k < sections.length && starts[k] < i) k++;
      const from = was && k < sections.length && starts[k] === i ? was.get(sections[k]) : undefined;
      if (from !== undefined) {
        const size = sections[k].size;
        for (let j = 0; j < size; j++) markers[i + j] = previous!.markers[from + j];
        shape.set(previous!.shape.subarray(STRIDE * from, STRIDE * (from + size)), STRIDE * i);
        i += size - 1;
        continue;
      }
      const h = headings[i];
      markers[i] = h.marker;
      shape[STRIDE * i] = h.depth;
      shape[STRIDE * i + 1] = h.part;
      shape[STRIDE * i + 2] = flags(h);
      shape[STRIDE * i + 3] = h.line;
      shape[STRIDE * i + 4] = h.markerGap;
    }
    return new Skeleton(markers, shape, sections, starts);
  }

  /**
   * This skeleton for `headings`, which it `matches`, and their `sections`: the same markers and
   * shape, the sections to skip on the next edit those of `headings`' version.
   */
  refreshed(headings: readonly Heading[], sections: readonly Section[] = NO_SECTIONS): Skeleton {
    if (sections === this.sections) return this;
    return new Skeleton(this.markers, this.shape, sections, startsOf(headings, sections));
  }

  /**
   * Whether `headings` have this skeleton: the same markers on the same lines, in the same tree.
   * matchesOn with no line moved, asked of every heading on every edit: a heading whose marker is
   * the very same object (its line unchanged) is not compared field by field, and a section the
   * skeleton was last matched with, at the same place still, not heading by heading.
   */
  matches(headings: readonly Heading[]): boolean {
    const n = headings.length;
    if (n !== this.markers.length) return false;
    const shape = this.shape;
    const markers = this.markers;
    const sections = this.sections;
    const starts = this.starts;
    let k = 0;
    for (let i = 0; i < n; i++) {
      const h = headings[i];
      while (k < sections.length && starts[k] < i) k++;
      if (k < sections.length && starts[k] === i && sections[k].head === h) {
        i += sections[k].size - 1;
        continue;
      }
      const at = STRIDE * i;
      if (shape[at + 3] !== h.line) return false;
      const m = markers[i];
      if (m !== h.marker && !sameMarker(m, h.marker, unmoved)) return false;
      if (shape[at] !== h.depth || shape[at + 1] !== h.part || shape[at + 2] !== flags(h) || shape[at + 4] !== h.markerGap) return false;
    }
    return true;
  }

  /**
   * Whether `headings` have this skeleton but for lines moved by `shift`: the same tree, and each
   * marker the same, on the line its old line moved to — or on its old line, when the edit changed
   * that line (a line break typed inside a heading's title leaves its marker where it was). Then
   * the map of old lines to new ones that the findings of a `markers` rule move by: every
   * marker's line goes where its marker went; other lines the edit changed go nowhere.
   */
  movedBy(headings: readonly Heading[], shift: LineShift): LineMap | undefined {
    const kept = new Set<number>();
    const where = (old: number): number => {
      const now = shift.line(old);
      if (now !== undefined) return now;
      kept.add(old);
      return old;
    };
    if (!this.matchesOn(headings, where)) return undefined;
    return (old) => shift.line(old) ?? (kept.has(old) ? old : undefined);
  }

  private matchesOn(headings: readonly Heading[], where: (line: number) => number): boolean {
    const n = headings.length;
    if (n !== this.markers.length) return false;
    const shape = this.shape;
    for (let i = 0; i < n; i++) {
      const h = headings[i];
      // Its line first: a Line object reused at its index (the same text there, source.ts) yields
      // the very same marker even where the edit moved that heading's line (two equal lines).
      if (where(shape[STRIDE * i + 3]) !== h.line) return false;
      if (!sameMarker(this.markers[i], h.marker, where)) return false;
      if (shape[STRIDE * i] !== h.depth || shape[STRIDE * i + 1] !== h.part || shape[STRIDE * i + 2] !== flags(h) || shape[STRIDE * i + 4] !== h.markerGap) return false;
    }
    return true;
  }
}

const NO_SECTIONS: readonly Section[] = [];
const NO_STARTS = new Int32Array(0);

/** Where each of `sections`' heads stands in `headings` (their subtrees follow them there), -1 where it is not found. */
function startsOf(headings: readonly Heading[], sections: readonly Section[]): Int32Array {
  if (sections.length === 0) return NO_STARTS;
  const starts = new Int32Array(sections.length).fill(-1);
  for (let i = 0, k = 0; i < headings.length && k < sections.length; ) {
    if (headings[i] === sections[k].head) {
      starts[k] = i;
      i += sections[k].size;
      k++;
    } else i++;
  }
  return starts;
}

/** Lines where they were: no edit added or removed lines. */
const unmoved = (line: number): number => line;

/** What else of a heading its numbering's checks read (Skeleton's flags). */
function flags(h: Heading): number {
  if (h.children.length === 0) return h.listStart ? 1 : 0;
  return (h.listStart ? 1 : 0) | (isArrangementSection(h) ? 2 : 0) | (isAimsSection(h) ? 4 : 0);
}

/**
 * The same marker as written at the same place (`where` its old line is now). A Marker is a
 * function of its line's text and line number (structure.ts placeHeading), so an unchanged line
 * yields the very same object; a line edited after its marker yields an equal one.
 */
function sameMarker(a: Marker, b: Marker, where: (line: number) => number): boolean {
  if (a === b) return true;
  if (a.text !== b.text || a.kind !== b.kind || a.value !== b.value) return false;
  // A model range is made when read (types.ts): each read once.
  const ra = a.range;
  const rb = b.range;
  const sa = ra.start;
  const sb = rb.start;
  return (
    where(sa.line) === sb.line &&
    sa.character === sb.character &&
    ra.end.character === rb.end.character &&
    a.numeral === b.numeral &&
    a.punct === b.punct &&
    a.halfWidth === b.halfWidth &&
    a.canonical === b.canonical
  );
}

/** The kinds of input a rule may declare it reads (rule.ts `inputs`). */
export type RuleInputs = 'markers' | 'annotations' | 'lines';

/**
 * How to key each kind of input read whole; whether a document still has the input a key stands
 * for; and whether it has it but for lines an edit moved (`movedBy`: the map of the old lines).
 */
const INPUTS: {
  [K in Exclude<RuleInputs, 'lines'>]: {
    /** `previous`: the previous version's key, which `doc` does not match (a key may reuse what it holds of what is unchanged). */
    keyOf(doc: GongwenDocument, sections?: readonly Section[], previous?: unknown): unknown;
    /** The key `key` that `doc` matches, for the next version (the same one, or one that keeps what makes the next match cheaper). */
    renewed(key: unknown, doc: GongwenDocument, sections?: readonly Section[]): unknown;
    matches(key: unknown, doc: GongwenDocument): boolean;
    movedBy(key: unknown, doc: GongwenDocument, shift: LineShift): LineMap | undefined;
  };
} = {
  markers: {
    keyOf: (doc, sections, previous) => Skeleton.of(doc.headings, sections, previous as Skeleton | undefined),
    renewed: (key, doc, sections) => (key as Skeleton).refreshed(doc.headings, sections),
    matches: (key, doc) => (key as Skeleton).matches(doc.headings),
    movedBy: (key, doc, shift) => (key as Skeleton).movedBy(doc.headings, shift),
  },
  annotations: {
    keyOf: (doc) => AnnotationsKey.of(doc),
    renewed: (key) => key,
    matches: (key, doc) => (key as AnnotationsKey).matches(doc),
    movedBy: (key, doc, shift) => ((key as AnnotationsKey).movedBy(doc, shift) ? (old) => shift.line(old) : undefined),
  },
};

/** The annotations of a document and the lines they stand on. */
class AnnotationsKey {
  private constructor(
    private readonly annotations: readonly Annotation[],
    /**
     * The lines of the version the annotations were read from, where the text each stood on is
     * read when an annotation is compared (a Line is never changed): the list the version has
     * anyway, rather than a list of texts made on every edit that changes an annotation.
     */
    private readonly lines: readonly Line[],
  ) {}

  static of(doc: GongwenDocument): AnnotationsKey {
    return new AnnotationsKey(doc.annotations, doc.source.lines);
  }

  /**
   * The annotations of an unchanged line at an unchanged index are the very same objects from
   * version to version (annotations.ts keeps them on the Line). The few made afresh by every
   * analysis (table rows, names recognised as near misses of the document's units) are compared
   * by value, with their line's text.
   */
  matches(doc: GongwenDocument): boolean {
    // `each` unrolled: asked on every edit, over every annotation (most of them the very same objects).
    const now = doc.annotations;
    const was = this.annotations;
    if (now.length !== was.length) return false;
    const lines = doc.source.lines;
    for (let i = 0; i < now.length; i++) {
      const a = was[i];
      const b = now[i];
      if (a === b) continue;
      if (a.line !== b.line || this.lines[a.line].text !== lines[b.line].text || !isDeepStrictEqual(a, b)) return false;
    }
    return true;
  }

  /**
   * Whether the document has these annotations but for lines moved by `shift`: each on the line
   * its old line moved to, with the same text, saying the same (one parse of that text,
   * annotations.ts sayingOf) in the same form. Annotations made afresh by every analysis (table
   * rows, near misses) say the same only as the very same object, so with any of those on a
   * moved line the rules run again.
   */
  movedBy(doc: GongwenDocument, shift: LineShift): boolean {
    if (!this.neighboursKept(doc)) return false;
    return this.each(
      doc,
      (a, b, text) =>
        shift.line(a.line) === b.line &&
        text === doc.source.lines[b.line].text &&
        // The same parse under the same Config (LintCarry.kept): the same units, collectives included.
        sayingOf(a) === sayingOf(b) &&
        a.form === b.form,
      // The very same object on a Line reused at its index (equal lines, source.ts) may still be
      // one the edit moved: its line is checked too.
      (a) => shift.line(a.line) === a.line,
    );
  }

  /**
   * Whether each annotation still stands on the same line as the one before it, on the next line,
   * or further down, as it did: rules read label lines one under another as one task's
   * (`牵头单位：…` | `配合单位：…`, GW203, GW204), so a line added or removed between two
   * annotations may change what they find although each annotation only moved.
   */
  private neighboursKept(doc: GongwenDocument): boolean {
    const was = this.annotations;
    const now = doc.annotations;
    if (now.length !== was.length) return false;
    for (let i = 1; i < now.length; i++) {
      if (Math.min(2, was[i].line - was[i - 1].line) !== Math.min(2, now[i].line - now[i - 1].line)) return false;
    }
    return true;
  }

  /** Whether the document has as many annotations, each this key's own object (where it `stays`) or `same` as it (`text`: its line's text then). */
  private each(doc: GongwenDocument, same: (was: Annotation, now: Annotation, text: string) => boolean, stays: (a: Annotation) => boolean = () => true): boolean {
    const now = doc.annotations;
    if (now.length !== this.annotations.length) return false;
    for (let i = 0; i < now.length; i++) {
      const a = this.annotations[i];
      if (a === now[i] ? !stays(a) : !same(a, now[i], this.lines[a.line].text)) return false;
    }
    return true;
  }
}

/**
 * The findings of a rule on the previous version, for this one where its input only moved with
 * the lines (`where`): each with its ranges, and its fixes' ranges, on the lines they moved to. A
 * finding that did not move is itself. Undefined when one of them cannot be moved: it touches a
 * line the edit changed, or a fix's command carries other arguments than names (they might be
 * places).
 */
export function movedFindings(findings: readonly Finding[], where: LineMap): Finding[] | undefined {
  const out: Finding[] = [];
  for (const f of findings) {
    if (f.deferredFixes) return undefined;
    const range = mappedRange(f.range, where);
    if (!range) return undefined;
    let fixes: Fix[] = f.fixes;
    let movedFix = false;
    for (let k = 0; k < f.fixes.length; k++) {
      const fix = f.fixes[k];
      if (fix.command && !fix.command.args.every((x) => typeof x === 'string')) return undefined;
      let edits = fix.edits;
      for (let e = 0; e < fix.edits.length; e++) {
        const r = mappedRange(fix.edits[e].range, where);
        if (!r) return undefined;
        if (r === fix.edits[e].range) continue;
        if (edits === fix.edits) edits = fix.edits.slice();
        edits[e] = { ...fix.edits[e], range: r };
      }
      if (edits === fix.edits) continue;
      if (!movedFix) fixes = f.fixes.slice();
      movedFix = true;
      fixes[k] = { ...fix, edits };
    }
    out.push(range === f.range && !movedFix ? f : { ...f, range, fixes });
  }
  return out;
}

/** One lint's findings of the rules that declare their inputs, for the next version of the document. */
export class LintCarry {
  /** By rule id; a rule missing here (it reported deferred fixes, or was off) is run again. */
  readonly findings = new Map<string, Finding[]>();
  private readonly keys = new Map<RuleInputs, unknown>();
  /**
   * Per kind of input, whether the document at hand still has it (decided on first ask): `true`,
   * or the map of old lines to new ones when it has it but for lines an edit moved, or `false`.
   */
  private readonly verdicts = new Map<RuleInputs, boolean | LineMap>();
  /** Per `inputs: 'lines'` rule, the context its findings were found in (rule.ts `context`). */
  private readonly contexts = new Map<string, readonly unknown[]>();

  /**
   * Per section-local rule (rule.ts `sections`): the context its findings were found in, and its
   * findings in each section of this version (structure.ts `Section`, by identity).
   */
  private readonly inSections = new Map<string, { context: readonly unknown[]; bySection: Map<Section, Finding[]> }>();

  /**
   * `config`: the configuration the findings were found under (severities, locale, options);
   * `sections`: the sections of the version they were found on (structure.ts), if it has them.
   */
  constructor(
    readonly config: Config,
    private readonly sections?: readonly Section[],
  ) {}

  /** Whether anything is kept for the next version. */
  get holds(): boolean {
    return this.findings.size > 0 || this.inSections.size > 0;
  }

  /**
   * Forget the findings kept for sections that `current` (the next version's sections) does not
   * hold: those sections were not taken over and are not held through that version's lint.
   */
  keepOnly(current: readonly Section[]): void {
    if (this.inSections.size === 0) return;
    const now = new Set(current);
    for (const kept of this.inSections.values()) for (const s of kept.bySection.keys()) if (!now.has(s)) kept.bySection.delete(s);
  }

  /**
   * For a section-local rule in the same `context` under the same Config: its previous findings
   * per section, for the sections taken over whole.
   */
  keptInSections(rule: Rule, config: Config, context: readonly unknown[]): Map<Section, Finding[]> | undefined {
    if (config !== this.config) return undefined;
    const kept = this.inSections.get(rule.id);
    if (!kept || kept.context.length !== context.length || !kept.context.every((v, i) => Object.is(v, context[i]))) return undefined;
    return kept.bySection;
  }

  /**
   * A section-local rule whose findings `previous` handed on whole (its inputs unchanged) keeps
   * its findings per section too, for the next edit that changes its inputs: each section kept
   * there is the very same Section object still (keepOnly), with the same findings.
   */
  handOnSections(rule: Rule, previous: LintCarry): void {
    const kept = previous.inSections.get(rule.id);
    if (kept && previous.config === this.config) this.inSections.set(rule.id, kept);
  }

  /** Keep a section-local rule's findings per section, found in `context`. */
  keepInSections(rule: Rule, context: readonly unknown[], bySection: Map<Section, Finding[]>): void {
    this.inSections.set(rule.id, { context, bySection });
  }

  /** The findings `rule` had on the previous version, if `doc` gives it the same inputs under `config`. */
  kept(rule: Rule, doc: GongwenDocument, config: Config): Finding[] | undefined {
    const inputs = rule.inputs;
    if (!inputs || inputs === 'lines' || config !== this.config) return undefined;
    const found = this.findings.get(rule.id);
    if (!found) return undefined;
    let verdict = this.verdicts.get(inputs);
    if (verdict === undefined) {
      const key = this.keys.get(inputs);
      const moved = doc.source.moved;
      verdict = key !== undefined && (INPUTS[inputs].matches(key, doc) || (moved !== undefined && (INPUTS[inputs].movedBy(key, doc, moved) ?? false)));
      this.verdicts.set(inputs, verdict);
    }
    if (verdict === false) return undefined;
    return verdict === true ? found : movedFindings(found, verdict);
  }

  /**
   * For an `inputs: 'lines'` rule in the same `context`: its previous findings on the lines of
   * `doc` that are the previous version's Line objects (the same text at the same index), and
   * the lines it must look at again.
   */
  keptOnLines(rule: Rule, doc: GongwenDocument, config: Config, context: readonly unknown[]): { findings: Finding[]; lines: { from: number; to: number } } | undefined {
    if (rule.inputs !== 'lines' || config !== this.config) return undefined;
    const found = this.findings.get(rule.id);
    const was = this.contexts.get(rule.id);
    if (!found || !was || was.length !== context.length || !was.every((v, i) => Object.is(v, context[i]))) return undefined;
    const moved = doc.source.moved;
    if (moved) {
      // Lines added or removed: the findings on the lines below move with them (each lies on one
      // line, whose text is the same), those before stay; the edit's own lines are looked at.
      const findings: Finding[] = [];
      for (const f of found) {
        const line = f.range.start.line;
        if (line < moved.from) findings.push(f);
        else if (!moved.changed(line)) {
          const [m] = movedFindings([f], (old) => (old === line ? line + moved.delta : undefined)) ?? [];
          if (!m) return undefined;
          findings.push(m);
        }
      }
      return { findings, lines: { from: moved.from, to: moved.to } };
    }
    const lines = doc.source.changedLines;
    // Lines past the end of a shorter text are gone: `changedLines` covers only lines that exist.
    const count = doc.source.lineCount;
    const findings: Finding[] = [];
    for (const f of found) {
      const line = f.range.start.line;
      if (line < lines.from || (line >= lines.to && line < count)) findings.push(f);
    }
    return { findings, lines };
  }

  /**
   * Keep `findings` of `rule` (which declares its inputs) for the next version: the key of its
   * inputs is `previous`'s where that still matches `doc`, else made from `doc`. An
   * `inputs: 'lines'` rule keeps the `context` they were found in instead.
   */
  keep(rule: Rule, findings: Finding[], doc: GongwenDocument, previous?: LintCarry, context?: readonly unknown[]): void {
    const inputs = rule.inputs;
    if (!inputs) return;
    this.findings.set(rule.id, findings);
    if (inputs === 'lines') {
      this.contexts.set(rule.id, context ?? []);
      return;
    }
    if (this.keys.has(inputs)) return;
    const before = previous?.keys.get(inputs);
    const reused = previous && previous.config === this.config && previous.verdicts.get(inputs) === true ? before : undefined;
    this.keys.set(inputs, reused !== undefined ? INPUTS[inputs].renewed(reused, doc, this.sections) : INPUTS[inputs].keyOf(doc, this.sections, before));
  }
}
