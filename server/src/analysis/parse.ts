/**
 * Text in → document model out. Each stage lives in its own file; this only wires them.
 */
import { AnnotationFacts, annotationsWithFacts } from './annotations';
import { EnumerationHandover, findEnumerations } from './enumerations';
import { LineFacts, parseStructure, Section } from './structure';
import { wrappingOf } from './wrapping';
import { moveTallies } from './tally';
import { buildTasks, withoutOrganisers, withoutPeople, withoutStrayAssignments } from './tasks';
import { GongwenDocument } from './model';
import { SourceText } from './source';
import { LineText } from './lineText';
import { Config, defaultConfig } from './config';
import { analysedLength, MAX_ANALYSED_CHARS } from './limits';

/**
 * What one parse hands to the next parse of the same document: its model, and the sections the
 * next version may take over whole when their lines are unchanged (structure.ts Section).
 */
export interface ModelHandover {
  doc: GongwenDocument;
  sections: readonly Section[];
  lines: LineFacts;
  annotations: AnnotationFacts;
  /** Whether any annotation declares defaults (`以下均需X落实`). */
  defaults: boolean;
  /** Whether any task is a unit heading's (tasks.ts TasksHandover). */
  unitHeaded: boolean;
  /** Whether the annotations are all those found on the lines (tasks.ts AnnotationsTaken `whole`). */
  whole: boolean;
  /** The series found in each section (enumerations.ts SectionSeries). */
  enumerations: EnumerationHandover;
}

/**
 * `text`: one string, or lines (lineText.ts) as the server keeps an open document. `previous`:
 * the previous version's source, if any (its unchanged lines' caches are reused).
 */
export function parse(text: string | LineText, config: Config = defaultConfig(), previous?: SourceText): GongwenDocument {
  return parseModel(text, config, previous).doc;
}

/**
 * parse(), and what it hands to the next parse. `model`: what the parse of `previous` handed
 * over (its source must be `previous`); sections it shares with this version are taken over.
 */
export function parseModel(text: string | LineText, config: Config, previous?: SourceText, model?: ModelHandover): { doc: GongwenDocument; handover: ModelHandover } {
  // Only a text over the limit is cut (at a line break), as one string: lines are joined for it.
  const whole = text.length > MAX_ANALYSED_CHARS && typeof text !== 'string' ? text.text : text;
  const length = typeof whole === 'string' ? analysedLength(whole) : whole.length;
  const capped = length < whole.length;
  const source = new SourceText(capped ? (whole as string).slice(0, length) : whole, previous);
  // Sections are taken over only from the model of the very source this one was built from.
  const prior = model && !capped && previous && model.doc.source === previous && !model.doc.capped ? model : undefined;
  // First, from the previous version's count of line widths: every stage asks for it.
  wrappingOf(source, previous);
  // The sums over the lines the rules read on every edit, moved on from the previous version's (tally.ts).
  if (previous) moveTallies(source, previous);
  const { frame, parts, headings, sections, lines } = parseStructure(source, prior && { sections: prior.sections, lines: prior.lines, wrapping: wrappingOf(prior.doc.source), headings: prior.doc.headings });
  const series = findEnumerations(source, headings, sections, prior?.enumerations);
  const enumerations = series.enumerations;
  const found = annotationsWithFacts(source, config, prior?.annotations);
  const { facts, sameOutside } = found;
  const annotations = withoutStrayAssignments(withoutPeople(withoutOrganisers(found.annotations, headings), source), { headings, parts, source });
  const doc: GongwenDocument = {
    source,
    frame,
    parts,
    headings,
    enumerations,
    annotations,
    tasks: [],
    capped,
  };
  const all = annotations === found.annotations;
  const { tasks, defaults, unitHeaded } = buildTasks(doc, config, sections, prior, { sameOutside, whole: all });
  doc.tasks = tasks;
  return { doc, handover: { doc, sections, lines, annotations: facts, defaults, unitHeaded, whole: all, enumerations: series.handover } };
}
