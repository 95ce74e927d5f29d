/**
 * Renumbering in the document's own numbering style (sequences.ts): a sibling run, or every
 * sequence of the document; markers it touches get their canonical punctuation (a `1．` keeps
 * its full-width dot, the document's house style). Only markers
 * change. Moving a task among its siblings carries its whole block and renumbers the runs of the
 * headings in the two blocks it swapped, nothing else; in a decimal plan (`2.1`, `2.1.1`) the pair
 * take each other's numbers and the headings in their blocks the new number before their own parts.
 */
import { houseFullDot, renumbered } from './markers';
import { headingAt } from './structure';
import { GongwenDocument, Heading } from './model';
import { parse } from './parse';
import { Config, defaultConfig } from './config';
import { renumberPlan, runOf, sequenceOf, sequencesOf } from './sequences';
import { applyEdits } from './edits';
import { Fix, TextEdit } from './types';

/** Edits that renumber the run `from` belongs to (or the whole document when omitted). */
export function renumberEdits(doc: GongwenDocument, from?: Heading): TextEdit[] {
  const seqs = sequencesOf(doc);
  const targets = from ? [sequenceOf(doc, from, seqs)].filter((s) => s !== undefined) : seqs;
  const edits: TextEdit[] = [];
  // A document that writes `1．` keeps its dot.
  const fullDot = houseFullDot(doc.headings.map((h) => h.marker));
  for (const seq of targets) {
    const group = from ? seq.groupOf.get(from) : undefined;
    const plan = group ? renumberPlan(seq, runOf(seq, group)[0][0]) : renumberPlan(seq);
    for (const { heading, value } of plan) {
      const want = renumbered(heading.marker, value, fullDot);
      if (heading.marker.text !== want) edits.push({ range: heading.marker.range, newText: want });
    }
  }
  return edits.sort((a, b) => a.range.start.line - b.range.start.line);
}

/**
 * Renumber the whole document until what it writes reads as written. One pass can make a marker read
 * another way on the next: `（1）` `3、` `（3）` gives `1.` `（2）`, a `（2）` after a `1.` read as its `2.`
 * (structure.ts), which the next pass writes. Passes repeat, as
 * fix-all's do, so that renumbering twice gives what renumbering once did. `model`: the model of `text`.
 */
export function renumberText(text: string, config: Config = defaultConfig(), model?: GongwenDocument): string {
  let doc = model ?? parse(text, config);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const next = applyEdits(text, renumberEdits(doc));
    if (next === text) break;
    text = next;
    if (pass + 1 < MAX_PASSES) doc = parse(text, config);
  }
  return text;
}

/** Bounds renumberText's passes (a document converges in two or three). */
const MAX_PASSES = 6;

export function renumber(text: string, config: Config = defaultConfig()): string {
  return renumberText(text, config);
}

/**
 * The edits that renumber the whole document (renumberText): one per line that changes, the whole
 * line (renumbering changes markers only, never how many lines there are).
 */
export function renumberDocumentEdits(text: string, config: Config = defaultConfig(), model?: GongwenDocument): TextEdit[] {
  return lineEdits(text, renumberText(text, config, model));
}

/**
 * Renumber the run of the heading on `line` (renumberEdits from it) until what it writes reads as
 * written, as renumberText does for the whole document: after `1.乙` `3.丙` `（3）丁` renumbered
 * from `1.`, the `（3）` is read as the `3.` after `2.丙`, which the next pass writes, so that the action offers
 * nothing more afterwards. Each pass renumbers the run of the heading on that line as it is then read
 * (renumbering never changes how many lines there are). `model`: the model of `text`.
 */
export function renumberRunText(text: string, line: number, config: Config = defaultConfig(), model?: GongwenDocument): string {
  let doc = model ?? parse(text, config);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const h = doc.headings.find((x) => x.line === line);
    if (!h) break;
    const next = applyEdits(text, renumberEdits(doc, h));
    if (next === text) break;
    text = next;
    if (pass + 1 < MAX_PASSES) doc = parse(text, config);
  }
  return text;
}

/**
 * The edits of renumberRunText, one per line that changes. With the model, the first pass needs no
 * parse, and a run that needs no renumbering none at all (the code action is asked on every move of the cursor).
 */
export function renumberRunEdits(text: string, line: number, config: Config = defaultConfig(), model?: GongwenDocument): TextEdit[] {
  return lineEdits(text, renumberRunText(text, line, config, model));
}

/**
 * The edits of a fix as an editor applies it alone (a quick-fix): a renumbering fix (`Fix.renumbers`,
 * GW101's, of the finding on `line`) gives its edits, one pass, then renumbers the run of the heading
 * on `line` until what it writes reads as written (renumberRunText), as fix-all's repeated passes
 * would: a marker renumbered may make the one after it read as another level's item (`（四）` renumbered
 * `（一）` makes the `（2）` right after it its `（二）`), which the next pass writes. One whole-line edit per
 * line that changes (markers only). Any other fix: its edits.
 */
export function quickFixEdits(text: string, line: number, fix: Fix, config: Config = defaultConfig()): TextEdit[] {
  if (!fix.renumbers) return fix.edits;
  return lineEdits(text, renumberRunText(applyEdits(text, fix.edits), line, config));
}

/** One whole-line edit per line that differs between two texts with as many lines. */
function lineEdits(text: string, after: string): TextEdit[] {
  if (after === text) return [];
  const a = text.split(/\r\n|\n|\r/);
  const b = after.split(/\r\n|\n|\r/);
  const edits: TextEdit[] = [];
  for (let i = 0; i < a.length && i < b.length; i++) {
    if (a[i] !== b[i]) edits.push({ range: { start: { line: i, character: 0 }, end: { line: i, character: a[i].length } }, newText: b[i] });
  }
  return edits;
}

export interface MoveResult {
  /** One edit replacing the lines that changed. */
  edit: TextEdit;
  /** Where the moved heading now starts (0-based line). */
  newLine: number;
}

/** The heading the cursor is in: on its line, or the innermost whose block holds the line. */
export function headingForLine(doc: GongwenDocument, line: number): Heading | null {
  return headingAt(doc.headings, line);
}

/**
 * Swap a task's block with its previous or next sibling of the same kind, then renumber. `model`:
 * the model of `text` under `config` where the caller has it (the server's current analysis), so
 * that only the text after the move is parsed.
 */
export function moveHeading(text: string, line: number, direction: -1 | 1, config: Config = defaultConfig(), model?: GongwenDocument): MoveResult | null {
  const doc = model ?? parse(text, config);
  const h = headingForLine(doc, line);
  if (!h) return null;
  const siblings = (h.parent ? h.parent.children : doc.parts[h.part].headings).filter((x) => x.marker.kind === h.marker.kind);
  const other = siblings[siblings.indexOf(h) + direction];
  if (!other) return null;
  const [first, second] = direction < 0 ? [other, h] : [h, other];
  // Lines with their ends (`\r\n` is one end: a lookbehind for `\r` alone would split it in two).
  const lines = text.split(/(?<=\n|\r(?!\n))/);
  // Blocks end at the next heading of the same or a higher level; the second block runs to its end
  // (the last item of a list ends before the document's closing paragraphs, 附件说明, 落款 and date,
  // which stay where they are: structure.ts). The blank lines that end a block stay where they are, between the two and
  // after the second, so that the layout is kept (`二、` blank `三、` blank → `二、` blank `三、` blank).
  const blank = (l: number) => /^[\s\u3000]*$/.test(lines[l]);
  let firstEnd = second.line - 1;
  while (firstEnd > first.line && blank(firstEnd)) firstEnd--;
  const secondEnd = second.endLine;
  const eol = /\r\n|\n|\r/.exec(text)?.[0] ?? '\n';
  const withEol = (from: number, to: number) => {
    const chunk = lines.slice(from, to + 1).join('');
    return /(\r\n|\n|\r)$/.test(chunk) ? chunk : chunk + eol;
  };
  // Each of the pair is written in the form it was read as (`（3）` read as the `3.` after `2.`) and
  // with the other's number: in its new place the form or number as written could make it another
  // level (the `（1）` under `1.`) or no heading at all (`2.2025年……` first: a year, not a `2.`).
  const fullDot = houseFullDot(doc.headings.map((x) => x.marker));
  const head = (x: Heading, value: number) => {
    const m = x.marker.range;
    const l = lines[x.line];
    return l.slice(0, m.start.character) + renumbered(x.marker, value, fullDot) + l.slice(m.end.character);
  };
  if (first.marker.kind === 'decimal') {
    // Decimal numbers (`2.1`, `2.1.1`; a chapter `2`) are renumbered by their whole number: the pair
    // take each other's, and the headings in each block take the new number before their own last parts.
    renumberDecimalBlock(doc, lines, first, firstEnd, second.marker.text);
    renumberDecimalBlock(doc, lines, second, secondEnd, first.marker.text);
  } else {
    const [firstValue, secondValue] = [first.marker.value, second.marker.value];
    lines[first.line] = head(first, secondValue);
    lines[second.line] = head(second, firstValue);
    // The sibling right after the pair follows another block now: written in another level's form
    // (`（3）` read as the `（三）` after a `（二）` with no item yet), it would read as an item of that block
    // (a `（1）` under its last `1.`); it too is written in the form it was read as.
    const next = siblings[siblings.indexOf(second) + 1];
    if (next && next.line === secondEnd + 1) lines[next.line] = head(next, next.marker.value);
  }
  const a = withEol(first.line, firstEnd);
  const b = withEol(second.line, secondEnd);
  const gap = lines.slice(firstEnd + 1, second.line).join('');
  let swapped = lines.slice(0, first.line).join('') + b + gap + a + lines.slice(secondEnd + 1).join('');
  // Keep a file that did not end with a line break that way.
  if (!/(\r\n|\n|\r)$/.test(text)) swapped = swapped.replace(/(\r\n|\n|\r)$/, '');
  const newLine = direction < 0 ? first.line : first.line + (secondEnd - second.line + 1) + (second.line - firstEnd - 1);
  // Renumber what the move changed, not the whole document: the runs of the headings in the two
  // blocks (the moved pair's siblings, and their children's runs where those count on).
  // Passes repeat until what they write reads as written (renumberText): a marker renumbered can make
  // the one after it read as another level's (`（2）` after a `（一）` with no item yet is its `（二）`), and
  // a heading renumbered outside the blocks (a sibling of the pair) the items under it another run
  // (`（二）` counting on under a second `一、` restarts under the `二、` it becomes). Each later pass also
  // renumbers the runs of the headings a pass changed and of those under them, and of every heading
  // between the pair and the last line changed: the move's edit spans those lines, and a sibling
  // renumbered below the blocks (a repeated `三、` made `四、`) can make the items under an unchanged
  // heading before it another run (a `（二）` read as counting on across an inserted `三、`).
  let after = swapped;
  const changed = new Set<number>();
  let last = secondEnd;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const moved = parse(after, config);
    const edits: TextEdit[] = [];
    const seen = new Set<string>();
    for (const x of moved.headings) {
      const inSpan = x.line >= first.line && x.line <= last;
      if (!inSpan && !changed.has(x.line) && !(x.parent && changed.has(x.parent.line))) continue;
      for (const e of renumberEdits(moved, x)) {
        const key = `${e.range.start.line}:${e.range.start.character}`;
        if (!seen.has(key)) seen.add(key), edits.push(e);
      }
    }
    if (!edits.length) break;
    for (const e of edits) changed.add(e.range.start.line), (last = Math.max(last, e.range.start.line));
    after = applyEdits(after, edits);
  }
  return { edit: minimalEdit(text, after), newLine };
}

/**
 * Write the decimal heading `x` (in `lines`) with the number `number`, and each decimal heading in
 * its block (to `end`) whose number starts with `x`'s (`2.1.1` under `2.1`) with `number` in its stead
 * (`2.2.1`); a number that does not start with its parent's stays as written. Only the numbers change.
 */
function renumberDecimalBlock(doc: GongwenDocument, lines: string[], x: Heading, end: number, number: string): void {
  const own = x.marker.text;
  const write = (h: Heading, text: string) => {
    const m = h.marker.range;
    const l = lines[h.line];
    lines[h.line] = l.slice(0, m.start.character) + text + l.slice(m.end.character);
  };
  write(x, number);
  for (const h of doc.headings) {
    if (h.line <= x.line || h.line > end || h.marker.kind !== 'decimal') continue;
    const text = h.marker.text;
    if (text.length > own.length && text.startsWith(own) && /[.．]/.test(text.charAt(own.length))) write(h, number + text.slice(own.length));
  }
}

/** One edit replacing only the lines that differ between two texts. */
function minimalEdit(before: string, after: string): TextEdit {
  const a = before.split(/\r\n|\n|\r/);
  const b = after.split(/\r\n|\n|\r/);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length - 1;
  let endB = b.length - 1;
  while (endA >= start && endB >= start && a[endA] === b[endB]) {
    endA--;
    endB--;
  }
  const eol = /\r\n|\n|\r/.exec(before)?.[0] ?? '\n';
  return {
    range: { start: { line: start, character: 0 }, end: { line: Math.max(start, endA), character: endA >= start ? a[endA].length : 0 } },
    newText: endB >= start ? b.slice(start, endB + 1).join(eol) : '',
  };
}
