/** The analysis result as plain data, for comparing an incremental analysis with a cold one. */
import { analyze, Config, defaultConfig, Heading } from '../../server/src/analysis';
import { clearLineCaches } from '../../server/src/analysis/memo';

/** The whole model and the findings as plain data (the heading tree by index; deferred fixes included). */
export function modelOf(result: ReturnType<typeof analyze>) {
  const d = result.doc;
  const at = new Map(d.headings.map((h, i) => [h, i]));
  const heading = (h: Heading | null) => (h ? at.get(h) : null);
  return {
    lines: d.source.lines.map((l) => ({ index: l.index, text: l.text, contentStart: l.contentStart, contentEnd: l.contentEnd, kind: l.kind })),
    frame: d.frame,
    parts: d.parts.map((p) => ({ ...p, headings: p.headings.map(heading) })),
    // blockRange and titleRange are read, not own properties (made when read).
    headings: d.headings.map((h) => ({ ...h, blockRange: h.blockRange, titleRange: h.titleRange, parent: heading(h.parent), children: h.children.map(heading) })),
    enumerations: d.enumerations,
    annotations: d.annotations,
    tasks: d.tasks.map((t) => ({ ...t, heading: heading(t.heading) })),
    capped: d.capped,
    findings: result.findings.map((f) => ({ rule: f.rule, range: f.range, message: f.message, severity: f.severity, fixes: f.fixes })),
  };
}

/** The model of a cold analysis: the per-line caches emptied first, nothing handed over. */
export function coldModel(text: string, config: Config = defaultConfig()) {
  clearLineCaches();
  return modelOf(analyze(text, config));
}
