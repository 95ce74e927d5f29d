/**
 * Applying text edits, and fix-all: apply every safe fix that does not overlap another, re-analyse,
 * repeat until nothing changes (bounded), so renumbering fixes that shift later markers converge.
 */
import { analyze } from './analyze';
import { Config, defaultConfig } from './config';
import { SourceText } from './source';
import { Finding, Fix, TextEdit } from './types';

/** Apply non-overlapping edits to `text` (edits are sorted here; overlapping ones are skipped). */
export function applyEdits(text: string, edits: TextEdit[]): string {
  if (edits.length === 0) return text;
  const src = new SourceText(text);
  const spans = edits
    .map((e) => ({ start: src.offsetAt(e.range.start), end: src.offsetAt(e.range.end), text: e.newText }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const s of spans) {
    if (s.start < at) continue; // overlaps the previous edit
    out += text.slice(at, s.start) + s.text;
    at = s.end;
  }
  return out + text.slice(at);
}

/** The edits of all safe fixes among `findings` that do not overlap each other. */
export function safeFixEdits(findings: Finding[]): TextEdit[] {
  return safeFixes(findings).flatMap((fix) => fix.edits);
}

/** The safe fixes among `findings` that do not overlap each other, in finding order. */
function safeFixes(findings: Finding[]): Fix[] {
  const chosen: Fix[] = [];
  const taken: Array<[number, number, number, number]> = [];
  for (const f of findings) {
    if (f.deferredFixes) continue; // never safe: no need to compute them
    const fix = f.fixes.find((x) => x.safe);
    if (!fix) continue;
    const overlaps = fix.edits.some((e) =>
      taken.some(
        ([sl, sc, el, ec]) =>
          !(
            e.range.end.line < sl ||
            (e.range.end.line === sl && e.range.end.character <= sc) ||
            e.range.start.line > el ||
            (e.range.start.line === el && e.range.start.character >= ec)
          ),
      ),
    );
    if (overlaps) continue;
    chosen.push(fix);
    for (const e of fix.edits) {
      taken.push([e.range.start.line, e.range.start.character, e.range.end.line, e.range.end.character]);
    }
  }
  return chosen;
}

export interface FixAllResult {
  text: string;
  /** How many fixes were applied in all passes (a fix may hold several edits: a bracket pair). */
  applied: number;
}

export function fixAll(text: string, config: Config = defaultConfig(), maxPasses = 8): FixAllResult {
  let applied = 0;
  for (let pass = 0; pass < maxPasses; pass++) {
    const fixes = safeFixes(analyze(text, config).findings);
    if (fixes.length === 0) break;
    const next = applyEdits(text, fixes.flatMap((fix) => fix.edits));
    if (next === text) break;
    applied += fixes.length;
    text = next;
  }
  return { text, applied };
}
