/**
 * What to offer at the start of a line, where static snippets cannot be right: the next marker
 * of the current level and the first of the next deeper level (in the document's numbering
 * style), 成文日期 for today without leading zeros, and a 发文字号 with the current year.
 */
import { UNIT_LABEL_NAMES } from './annotations';
import { isSignature } from './frame';
import { markerFor, renumbered } from './markers';
import { GongwenDocument, Heading, MarkerKind } from './model';
import { sequencesOf } from './sequences';
import { inside, Position } from './types';

export interface LineStartSuggestion {
  kind: 'marker' | 'date' | 'docNumber';
  label: string;
  /** Snippet syntax when `snippet`. */
  insertText: string;
  snippet: boolean;
  detail: { zh: string; en: string };
  sortText: string;
}

const DEEPER: Partial<Record<MarkerKind, MarkerKind>> = { division: 'cn', phase: 'parenCn', cn: 'parenCn', parenCn: 'arabic', arabic: 'parenArabic', parenArabic: 'circled', chapter: 'article', section: 'article' };

/** `2026年3月5日`: 成文日期 without leading zeros (VS Code's $CURRENT_MONTH pads, so it cannot). */
export function chineseDate(d: Date): string {
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`;
}

export function lineStartSuggestions(doc: GongwenDocument, line: number, now: Date = new Date()): LineStartSuggestion[] {
  const out: LineStartSuggestion[] = [];
  const prev = [...doc.headings].reverse().find((h) => h.line < line) ?? null;
  const seqs = sequencesOf(doc);

  /** The value a new heading of `kind` gets after `after` (same kind) or as a first child. */
  const nextValue = (kind: MarkerKind, sibling: Heading | null, part: number): number => {
    if (sibling) return sibling.marker.value + 1;
    const seq = seqs.find((s) => s.part === part && s.kind === kind);
    if (seq && seq.style === 'running') {
      // Running on through the document: continue after the last heading of this kind before here.
      const before = seq.groups.flat().filter((h) => h.line < line);
      if (before.length) return before[before.length - 1].marker.value + 1;
    }
    return 1;
  };
  const add = (kind: MarkerKind, value: number, detail: LineStartSuggestion['detail'], rank: number, like?: Heading) => {
    // A question's next is written as it is (`问3：` after `问2：`, `问：` after `问：`); so is a
    // division's (`第二篇` after `第一篇`, not `第二部分`).
    const label = (kind === 'question' || kind === 'division' || kind === 'phase') && like ? renumbered(like.marker, value) : markerFor(kind, value);
    if (out.some((s) => s.label === label)) return;
    out.push({ kind: 'marker', label, insertText: label, snippet: false, detail, sortText: `0${rank}` });
  };

  if (prev) {
    let rank = 0;
    // The next sibling at this level and at each level above.
    for (let h: Heading | null = prev; h; h = h.parent) {
      add(h.marker.kind, nextValue(h.marker.kind, h, h.part), rank === 0 ? { zh: '下一项（同级）', en: 'next item (same level)' } : { zh: '上级的下一项', en: 'next item of an upper level' }, rank === 0 ? 1 : rank + 2, h);
      rank++;
    }
    // The first child of the current heading, in the kind this document uses one level down.
    const childKind = usualChildKind(doc, prev.marker.kind) ?? DEEPER[prev.marker.kind];
    if (childKind) {
      const value = prev.children.length ? prev.children[prev.children.length - 1].marker.value + 1 : nextValue(childKind, null, prev.part);
      add(childKind, value, { zh: '下一级第一项', en: 'first item one level down' }, 2);
    }
  } else {
    add('cn', 1, { zh: '第一部分', en: 'first section' }, 1);
  }

  const prevText = previousTextLine(doc, line);
  if (prevText !== null && isSignature(prevText)) {
    const date = chineseDate(now);
    out.unshift({ kind: 'date', label: date, insertText: date, snippet: false, detail: { zh: '成文日期（今天）', en: 'date (today)' }, sortText: '00' });
  } else {
    const date = chineseDate(now);
    out.push({ kind: 'date', label: date, insertText: date, snippet: false, detail: { zh: '成文日期（今天）', en: 'date (today)' }, sortText: '09' });
  }
  if (line <= 3 && !doc.frame.fields.some((f) => f.kind === 'docNumber')) {
    const year = now.getFullYear();
    out.push({
      kind: 'docNumber',
      label: `〔${year}〕号`,
      insertText: `\${1:机关代字}〔${year}〕\${2:1}号`,
      snippet: true,
      detail: { zh: '发文字号', en: 'document number' },
      sortText: '05',
    });
  }
  return out;
}

function usualChildKind(doc: GongwenDocument, kind: MarkerKind): MarkerKind | undefined {
  const counts = new Map<MarkerKind, number>();
  for (const h of doc.headings) if (h.parent && h.parent.marker.kind === kind) counts.set(h.marker.kind, (counts.get(h.marker.kind) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

function previousTextLine(doc: GongwenDocument, line: number): string | null {
  for (let i = line - 1; i >= 0; i--) {
    if (doc.source.lines[i].kind === 'text') return doc.source.content(i);
  }
  return null;
}

/**
 * Whether `pos` is where unit names are written: inside an annotation, inside a `（`, `(` or `【`
 * on its line that has not been closed yet, or after a unit label (`牵头单位：`, `【配合单位】`)
 * in the same sentence. Not on a frame line: the brackets of a title (`（试行）`), a 主送机关
 * (`市政府各部门（单位）：`) or an 附注 (`（此件公开发布）`) hold no responsible units.
 */
export function writesUnitsAt(doc: GongwenDocument, pos: Position): boolean {
  if (doc.annotations.some((a) => inside(a.range, pos, false))) return true;
  if (doc.frame.fields.some((f) => f.line <= pos.line && pos.line <= f.endLine)) return false;
  const before = doc.source.lines[pos.line]?.text.slice(0, pos.character) ?? '';
  const open = Math.max(before.lastIndexOf('（'), before.lastIndexOf('('), before.lastIndexOf('【'));
  const close = Math.max(before.lastIndexOf('）'), before.lastIndexOf(')'), before.lastIndexOf('】'));
  return (open >= 0 && open > close) || AFTER_UNIT_LABEL.test(before);
}

/** A unit label and the names typed after it so far, to the cursor. */
const AFTER_UNIT_LABEL = new RegExp(`${UNIT_LABEL_NAMES}(?:[：:]|】)[^。；;：:（）()【】]*$`);
