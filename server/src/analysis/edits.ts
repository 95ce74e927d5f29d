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

/**
 * `findings`: those of `text` where the caller has them (the editor's live analysis), so that the first
 * pass analyses nothing.
 */
export function fixAll(text: string, config: Config = defaultConfig(), maxPasses = 8, findings?: Finding[]): FixAllResult {
  let applied = 0;
  for (let pass = 0; pass < maxPasses; pass++) {
    const fixes = safeFixes(pass === 0 && findings ? findings : analyze(text, config).findings);
    if (fixes.length === 0) break;
    const next = applyEdits(text, fixes.flatMap((fix) => fix.edits));
    if (next === text) break;
    applied += fixes.length;
    text = next;
  }
  return { text, applied };
}

/**
 * The edits that turn `before` into `after` where both have the same lines (fixes change words inside
 * lines, never where lines end): per line that differs, one edit of the span between what the two
 * share at its start and at its end, so that an editor keeps the cursor and the marks outside it.
 * Null where the line count or a line's end differs.
 */
export function lineDiffEdits(before: string, after: string): TextEdit[] | null {
  const a = before.split(/(\r\n|\n|\r)/);
  const b = after.split(/(\r\n|\n|\r)/);
  if (a.length !== b.length) return null;
  const edits: TextEdit[] = [];
  for (let k = 0; k < a.length; k++) {
    if (a[k] === b[k]) continue;
    // Odd indices are the line ends.
    if (k % 2 === 1) return null;
    const x = a[k];
    const y = b[k];
    let start = 0;
    while (start < x.length && start < y.length && x.charCodeAt(start) === y.charCodeAt(start)) start++;
    let endX = x.length;
    let endY = y.length;
    while (endX > start && endY > start && x.charCodeAt(endX - 1) === y.charCodeAt(endY - 1)) endX--, endY--;
    // Never between the two halves of a surrogate pair (an emoji, a rare character).
    if (start > 0 && isHigh(x.charCodeAt(start - 1))) start--;
    if (endX < x.length && isLow(x.charCodeAt(endX))) endX++, endY++;
    const line = k / 2;
    edits.push({ range: { start: { line, character: start }, end: { line, character: endX } }, newText: y.slice(start, endY) });
  }
  return edits;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
