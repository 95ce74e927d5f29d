/**
 * Text in → document model out. Each stage lives in its own file; this only wires them.
 */
import { AnnotationFacts, annotationsWithFacts } from './annotations';
import { findEnumerations } from './enumerations';
import { LineFacts, parseStructure, Section } from './structure';
import { buildTasks } from './tasks';
import { GongwenDocument } from './model';
import { SourceText, UnchangedLines } from './source';
import { Config, defaultConfig } from './config';
import { analysedLength } from './limits';

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
}

/**
 * `previous`: the previous version's source, if any (its unchanged lines' caches are reused);
 * `unchanged`: which of its lines the edit since left alone, when the editor says so (`previous`
 * must then hold the whole of that version's text, not a capped part).
 */
export function parse(text: string, config: Config = defaultConfig(), previous?: SourceText, unchanged?: UnchangedLines): GongwenDocument {
  return parseModel(text, config, previous, unchanged).doc;
}

/**
 * parse(), and what it hands to the next parse. `model`: what the parse of `previous` handed
 * over (its source must be `previous`); sections it shares with this version are taken over.
 */
export function parseModel(text: string, config: Config, previous?: SourceText, unchanged?: UnchangedLines, model?: ModelHandover): { doc: GongwenDocument; handover: ModelHandover } {
  const length = analysedLength(text);
  // A capped text ends elsewhere than the editor's: its last lines are not the editor's last lines.
  const capped = length < text.length;
  const source = new SourceText(capped ? text.slice(0, length) : text, previous, capped ? undefined : unchanged);
  // Sections are taken over only from the model of the very source this one was built from.
  const prior = model && !capped && previous && model.doc.source === previous && !model.doc.capped ? model : undefined;
  const { frame, parts, headings, sections, copied, lines } = parseStructure(source, prior && { headings: prior.doc.headings, sections: prior.sections, lines: prior.lines });
  const enumerations = findEnumerations(source, headings);
  const { annotations, facts, sameOutside } = annotationsWithFacts(source, config, prior?.annotations);
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
  const { tasks, defaults } = buildTasks(doc, config, { sections, copied }, prior, { sameOutside });
  doc.tasks = tasks;
  return { doc, handover: { doc, sections, lines, annotations: facts, defaults } };
}
