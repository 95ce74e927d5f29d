/**
 * Text in → document model out. Each stage lives in its own file; this only wires them.
 */
import { findAnnotations } from './annotations';
import { findEnumerations } from './enumerations';
import { parseStructure } from './structure';
import { buildTasks } from './tasks';
import { GongwenDocument } from './model';
import { SourceText, UnchangedLines } from './source';
import { Config, defaultConfig } from './config';
import { analysedLength } from './limits';

/**
 * `previous`: the previous version's source, if any (its unchanged lines' caches are reused);
 * `unchanged`: which of its lines the edit since left alone, when the editor says so (`previous`
 * must then hold the whole of that version's text, not a capped part).
 */
export function parse(text: string, config: Config = defaultConfig(), previous?: SourceText, unchanged?: UnchangedLines): GongwenDocument {
  const length = analysedLength(text);
  // A capped text ends elsewhere than the editor's: its last lines are not the editor's last lines.
  const capped = length < text.length;
  const source = new SourceText(capped ? text.slice(0, length) : text, previous, capped ? undefined : unchanged);
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
    capped,
  };
  doc.tasks = buildTasks(doc, config);
  return doc;
}
