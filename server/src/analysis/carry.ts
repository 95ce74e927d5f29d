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
 * What is kept between versions is small and plain: per heading its Marker (an object the
 * heading's Line already keeps, see structure.ts) and three numbers; the annotations list and
 * its lines' texts; per rule its findings, which are plain data. Findings with deferred fixes
 * (closures over one version's model) are never carried.
 */
import { isDeepStrictEqual } from 'util';
import { Config } from './config';
import { Annotation, GongwenDocument, Heading, Marker } from './model';
import { Rule } from './rule';
import { Finding } from './types';

/** What the numbering of a document looks like: the only input of an `inputs: 'markers'` rule. */
export class Skeleton {
  private constructor(
    private readonly markers: Marker[],
    /** Per heading: depth, parent's index (-1 for none), part. */
    private readonly shape: Int32Array,
  ) {}

  static of(headings: readonly Heading[]): Skeleton {
    const n = headings.length;
    const markers: Marker[] = new Array(n);
    const shape = new Int32Array(3 * n);
    for (let i = 0; i < n; i++) {
      const h = headings[i];
      markers[i] = h.marker;
      shape[3 * i] = h.depth;
      shape[3 * i + 1] = h.parent ? h.parent.index : -1;
      shape[3 * i + 2] = h.part;
    }
    return new Skeleton(markers, shape);
  }

  /** Whether `headings` have this skeleton: the same markers on the same lines, in the same tree. */
  matches(headings: readonly Heading[]): boolean {
    const n = headings.length;
    if (n !== this.markers.length) return false;
    const shape = this.shape;
    for (let i = 0; i < n; i++) {
      const h = headings[i];
      if (!sameMarker(this.markers[i], h.marker)) return false;
      if (shape[3 * i] !== h.depth || shape[3 * i + 1] !== (h.parent ? h.parent.index : -1) || shape[3 * i + 2] !== h.part) return false;
    }
    return true;
  }
}

/**
 * The same marker as written at the same place. A Marker is a function of its line's text and
 * line number (structure.ts placeHeading), so an unchanged line yields the very same object; a
 * line edited after its marker yields an equal one.
 */
function sameMarker(a: Marker, b: Marker): boolean {
  if (a === b) return true;
  return (
    a.text === b.text &&
    a.kind === b.kind &&
    a.value === b.value &&
    a.range.start.line === b.range.start.line &&
    a.range.start.character === b.range.start.character &&
    a.range.end.character === b.range.end.character &&
    a.numeral === b.numeral &&
    a.punct === b.punct &&
    a.halfWidth === b.halfWidth &&
    a.canonical === b.canonical
  );
}

/** The kinds of input a rule may declare it reads (rule.ts `inputs`). */
export type RuleInputs = 'markers' | 'annotations' | 'lines';

/** How to key each kind of input read whole, and whether a document still has the input a key stands for. */
const INPUTS: { [K in Exclude<RuleInputs, 'lines'>]: { keyOf(doc: GongwenDocument): unknown; matches(key: unknown, doc: GongwenDocument): boolean } } = {
  markers: {
    keyOf: (doc) => Skeleton.of(doc.headings),
    matches: (key, doc) => (key as Skeleton).matches(doc.headings),
  },
  annotations: {
    keyOf: (doc) => AnnotationsKey.of(doc),
    matches: (key, doc) => (key as AnnotationsKey).matches(doc),
  },
};

/** The annotations of a document and the text of the lines they stand on. */
class AnnotationsKey {
  private constructor(
    private readonly annotations: readonly Annotation[],
    private readonly texts: readonly string[],
  ) {}

  static of(doc: GongwenDocument): AnnotationsKey {
    return new AnnotationsKey(
      doc.annotations,
      doc.annotations.map((a) => doc.source.lines[a.line].text),
    );
  }

  /**
   * The annotations of an unchanged line at an unchanged index are the very same objects from
   * version to version (annotations.ts keeps them on the Line). The few made afresh by every
   * analysis (table rows, names recognised as near misses of the document's units) are compared
   * by value, with their line's text.
   */
  matches(doc: GongwenDocument): boolean {
    const now = doc.annotations;
    if (now.length !== this.annotations.length) return false;
    for (let i = 0; i < now.length; i++) {
      const a = this.annotations[i];
      const b = now[i];
      if (a === b) continue;
      if (a.line !== b.line || this.texts[i] !== doc.source.lines[b.line].text || !isDeepStrictEqual(a, b)) return false;
    }
    return true;
  }
}

/** One lint's findings of the rules that declare their inputs, for the next version of the document. */
export class LintCarry {
  /** By rule id; a rule missing here (it reported deferred fixes, or was off) is run again. */
  readonly findings = new Map<string, Finding[]>();
  private readonly keys = new Map<RuleInputs, unknown>();
  /** Per kind of input, whether the document at hand still has it (decided on first ask). */
  private readonly verdicts = new Map<RuleInputs, boolean>();
  /** Per `inputs: 'lines'` rule, the context its findings were found in (rule.ts `context`). */
  private readonly contexts = new Map<string, readonly unknown[]>();

  /** `config`: the configuration the findings were found under (severities, locale, options). */
  constructor(readonly config: Config) {}

  /** The findings `rule` had on the previous version, if `doc` gives it the same inputs under `config`. */
  kept(rule: Rule, doc: GongwenDocument, config: Config): Finding[] | undefined {
    const inputs = rule.inputs;
    if (!inputs || inputs === 'lines' || config !== this.config) return undefined;
    const found = this.findings.get(rule.id);
    if (!found) return undefined;
    let same = this.verdicts.get(inputs);
    if (same === undefined) {
      const key = this.keys.get(inputs);
      same = key !== undefined && INPUTS[inputs].matches(key, doc);
      this.verdicts.set(inputs, same);
    }
    return same ? found : undefined;
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
    const reused = previous && previous.config === this.config && previous.verdicts.get(inputs) === true ? previous.keys.get(inputs) : undefined;
    this.keys.set(inputs, reused ?? INPUTS[inputs].keyOf(doc));
  }
}
