/**
 * Text in → document model out. Each stage lives in its own file; this only wires them.
 */
import { findAnnotations } from './annotations';
import { findEnumerations } from './enumerations';
import { parseStructure } from './structure';
import { buildTasks } from './tasks';
import { GongwenDocument } from './model';
import { SourceText } from './source';
import { Config, defaultConfig } from './config';
import { analysedLength } from './limits';

/** `previous`: the previous version's source, if any (its unchanged lines' caches are reused). */
export function parse(text: string, config: Config = defaultConfig(), previous?: SourceText): GongwenDocument {
  const length = analysedLength(text);
  const source = new SourceText(length < text.length ? text.slice(0, length) : text, previous);
  const { frame, parts, headings } = parseStructure(source);
  const enumerations = findEnumerations(source, headings);
  const annotations = findAnnotations(source, config);
  const doc: GongwenDocument = {
    source,
    frame,
    parts,
    headings,
    enumerations,
    annotations,
    tasks: [],
    capped: length < text.length,
  };
  doc.tasks = buildTasks(doc, config);
  return doc;
}
