/**
 * The formatter: canonical markers (with the house `1．` where the document writes it so),
 * full-width punctuation between Chinese characters, `、` between the units of an annotation, no
 * trailing whitespace, and (optionally) the two ideographic-space paragraph indent. Minimal edits; touches only punctuation and whitespace,
 * never a word; idempotent. ASCII contexts (`1,000`, `(a)`, URLs, `3.5`) and markup are left alone.
 */
import { sameGroup } from './annotations';
import { Config, defaultConfig } from './config';
import { parse } from './parse';
import { GongwenDocument, MarkerKind } from './model';
import { Range, rangeOn, TextEdit } from './types';
import { HAN } from './script';
import { droppedGap, houseFullDot, spacedKinds } from './markers';

/** Opening brackets and quotes; `(` too, since a bracketed Chinese aside becomes `（`. */
const OPENERS = /[“‘《（〔【「『(]/;
/** An attached document's label on its own line (`附件`, `附件2`), set flush left above its title. */
const ATTACHMENT_LABEL = /^附件[0-9０-９一二三四五六七八九十]*$/;
const HALF_TO_FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！' };

export function formatEdits(text: string, config: Config = defaultConfig(), range?: Range, doc: GongwenDocument = parse(text, config)): TextEdit[] {
  const edits: TextEdit[] = [];
  const src = doc.source;
  const inRange = (line: number) => !range || (line >= range.start.line && line <= range.end.line);
  const markerLines = new Map(doc.headings.map((h) => [h.line, h]));
  // Lines that are no body paragraphs, for the indent: the frame, an attached part's label and
  // title (`附件2` / `重点任务分工表`), and a table's rows (a task table's, or any with tabs or `|`).
  const frameLines = new Set<number>();
  // The lines of a task table's rows.
  const tableRows = new Set<number>();
  for (const a of doc.annotations) if (a.form === 12) for (let l = a.range.start.line; l <= a.range.end.line; l++) tableRows.add(l);
  if (config.indentParagraphs) {
    for (const f of doc.frame.fields) for (let l = f.line; l <= f.endLine; l++) frameLines.add(l);
    for (const p of doc.parts) if (p.titleRange) for (let l = p.startLine; l <= p.titleRange.end.line; l++) frameLines.add(l);
    for (const l of tableRows) frameLines.add(l);
  }

  let fullDot: boolean | undefined;
  let spaced: Set<MarkerKind> | undefined;
  // An attached part's label (`附件`), and whether the line is the title right below it.
  let afterLabel = false;
  for (const l of src.lines) {
    let notBody = false;
    if (config.indentParagraphs && l.kind === 'text') {
      const content = l.text.slice(l.contentStart, l.contentEnd);
      const label = ATTACHMENT_LABEL.test(content);
      notBody = label || (afterLabel && !markerLines.has(l.index) && !/[。；：:;]$/.test(content));
      afterLabel = label;
    }
    if (!inRange(l.index) || l.kind === 'frontMatter') continue;
    const t = l.text;
    // Trailing whitespace; but for a tab-separated table's row (a task table's, a line with a tab
    // between its cells, or one under such a row), tabs at its end part its empty cells
    // (`3\t推进……\t\t`, `4\t\t\t`) and stay.
    let trail = /[ \t\u3000]+$/.exec(t);
    if (trail && trail[0].includes('\t') && (tableRows.has(l.index) || tabRowAbove(src, l.index) || (trail.index > 0 && t.lastIndexOf('\t', trail.index - 1) >= 0))) trail = /[ \u3000]+$/.exec(t);
    if (trail) edits.push(edit(l.index, trail.index, t.length, ''));
    if (l.kind !== 'text') continue;

    // Canonical marker, with the document's own dot where most of its `1.`s are written `1．`
    // (as GW102's fixes and renumbering write it: formatting and fix-all must not undo each other).
    const h = markerLines.get(l.index);
    // Where the text starts once the marker is written: after the spaces its fix drops.
    let from = h ? h.marker.range.end.character : l.contentStart;
    if (h && h.marker.kind !== 'decimal') {
      const want = h.marker.kind === 'arabic' && (fullDot ??= houseFullDot(doc.headings.map((x) => x.marker))) ? h.marker.canonical.replace(/\.$/, '．') : h.marker.canonical;
      if (h.marker.text !== want) {
        // `(一) 树立` → `（一）树立`, as GW102's fix writes it (markers.ts droppedGap).
        const gap = h.markerGap && droppedGap(h, (spaced ??= spacedKinds(doc.headings)));
        const r = h.marker.range;
        edits.push({ range: gap ? { start: r.start, end: { line: r.end.line, character: r.end.character + gap } } : r, newText: want });
        // Read what follows as the next run will, with nothing before it (`一.　(一)…` → `一、（一）…`).
        from += gap;
      }
    }
    punctuationEdits(t, from, l.contentEnd, l.index, edits);

    // Paragraph indent (optional): body paragraphs start with two ideographic spaces.
    // Not a bare Markdown decoration (`>` or `###` with nothing after it: what `> ` or `### ` is once
    // its trailing space is gone, so formatting twice gives what formatting once did).
    const kept = trail ? t.slice(0, trail.index) : t;
    if (config.indentParagraphs && !frameLines.has(l.index) && !notBody && !/[\t|]/.test(kept) && !/^[ \t\u3000]*(?:(?:>[ \t]*)+|#{1,6})$/.test(kept) && l.contentStart === /^[ \t\u3000]*/.exec(t)![0].length) {
      const lead = t.slice(0, l.contentStart);
      if (lead !== '\u3000\u3000') edits.push(edit(l.index, 0, l.contentStart, '\u3000\u3000'));
    }
  }

  // `、` between the units of one annotation (what GW205 asks for).
  for (const a of doc.annotations) {
    if (!inRange(a.line)) continue;
    for (let i = 1; i < a.units.length; i++) {
      const p = a.units[i - 1];
      const q = a.units[i];
      if (!sameGroup(a, p, q)) continue;
      // Both on one line (sameGroup), not always the annotation's first (a wrapped bracket).
      const between = src.lines[q.range.start.line].text.slice(p.range.end.character, q.range.start.character);
      if (between === ',' || between === '，') {
        replaceOrAdd(edits, { range: { start: p.range.end, end: q.range.start }, newText: '、' });
      }
    }
  }
  return sortAndDedupe(edits);
}

/** Half-width `,;:?!` and `()` between Chinese characters → full-width. */
function punctuationEdits(t: string, from: number, to: number, line: number, edits: TextEdit[]): void {
  let inTag = false;
  for (let i = from; i < to; i++) {
    const c = t[i];
    if (c === '<') inTag = /^<\/?[A-Za-z]/.test(t.slice(i, i + 3));
    if (inTag) {
      if (c === '>') inTag = false;
      continue;
    }
    if (c in HALF_TO_FULL) {
      const prev = prevSignificant(t, i, from);
      const next = nextSignificant(t, i, to);
      const lineEnd = next === '';
      const ok = HAN.test(prev) && (HAN.test(next) || OPENERS.test(next) || (lineEnd && c !== ','));
      if (ok && !/https?$/i.test(t.slice(Math.max(from, i - 5), i))) edits.push(edit(line, i, i + 1, HALF_TO_FULL[c]));
    } else if (c === '(') {
      const close = t.indexOf(')', i + 1);
      if (close < 0 || close >= to) continue;
      const inner = t.slice(i + 1, close);
      if (/[()（）]/.test(inner) || !HAN.test(inner) || /^[\x20-\x7e]*$/.test(inner)) continue;
      const before = prevSignificant(t, i, from);
      const after = nextSignificant(t, close, to);
      if (!(HAN.test(before) || HAN.test(after) || /[。，；：]/.test(after) || before === '' || after === '')) continue;
      edits.push(edit(line, i, i + 1, '（'));
      edits.push(edit(line, close, close + 1, '）'));
      // The inside is scanned on, as it will be on the next pass (where the brackets are `（）`).
    }
  }
}

function prevSignificant(t: string, i: number, from: number): string {
  for (let k = i - 1; k >= from; k--) if (t[k] !== ' ') return t[k];
  return '';
}
function nextSignificant(t: string, i: number, to: number): string {
  for (let k = i + 1; k < to; k++) if (t[k] !== ' ') return t[k];
  return '';
}

function edit(line: number, start: number, end: number, newText: string): TextEdit {
  return { range: rangeOn(line, start, end - start), newText };
}

/** Add `e`, replacing an edit that starts at the same place (e.g. `,` → `，` where `、` is due). */
function replaceOrAdd(edits: TextEdit[], e: TextEdit): void {
  const at = edits.findIndex((x) => x.range.start.line === e.range.start.line && x.range.start.character === e.range.start.character);
  if (at >= 0) edits[at] = e;
  else edits.push(e);
}

function sortAndDedupe(edits: TextEdit[]): TextEdit[] {
  // An insertion before a replacement at the same place (the indent before a marker at column 0).
  const sorted = edits.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.range.end.character - b.range.end.character);
  const out: TextEdit[] = [];
  for (const e of sorted) {
    const last = out[out.length - 1];
    if (last && last.range.end.line === e.range.start.line && last.range.end.character > e.range.start.character) continue; // overlap
    out.push(e);
  }
  return out;
}

/** Whether the nearest line above `line` that is not blank holds a tab between its cells (a tab-separated table's row). */
function tabRowAbove(src: GongwenDocument['source'], line: number): boolean {
  for (let k = line - 1; k >= 0; k--) {
    const t = src.lines[k].text;
    if (src.lines[k].kind === 'blank') continue;
    return /[^\t]\t+[^\t\s]/.test(t.trimEnd());
  }
  return false;
}
