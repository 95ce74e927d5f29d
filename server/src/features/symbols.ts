/** Document symbols (the outline and breadcrumbs) and folding ranges, from analysis/outline.ts. */
import { DocumentSymbol, FoldingRange, FoldingRangeKind, SymbolKind } from 'vscode-languageserver/node';
import { buildOutline, OutlineSymbol, speechParts, symbolName } from '../analysis/outline';
import { ServerContext } from '../context';

export const capabilities = { documentSymbolProvider: true, foldingRangeProvider: true };

const KIND: Record<OutlineSymbol['kind'], SymbolKind> = {
  frame: SymbolKind.File,
  section: SymbolKind.Namespace,
  task: SymbolKind.Event,
};

function toSymbol(s: OutlineSymbol): DocumentSymbol {
  return {
    name: symbolName(s) || '—',
    detail: s.detail,
    kind: s.marker ? KIND[s.kind] : s.level === 0 && s.children.length ? SymbolKind.Module : SymbolKind.Field,
    range: s.range,
    selectionRange: s.selectionRange,
    children: s.children.map(toSymbol),
  };
}

export function register(ctx: ServerContext): void {
  ctx.connection.onDocumentSymbol((params) => {
    const doc = ctx.documents.get(params.textDocument.uri);
    return doc ? buildOutline(ctx.analysis(doc).doc, ctx.locale).map(toSymbol) : [];
  });

  ctx.connection.onFoldingRanges((params) => {
    const doc = ctx.documents.get(params.textDocument.uri);
    if (!doc) return [];
    const model = ctx.analysis(doc).doc;
    const ranges: FoldingRange[] = [];
    for (const h of model.headings) {
      if (h.endLine > h.line) ranges.push({ startLine: h.line, endLine: h.endLine, kind: FoldingRangeKind.Region });
    }
    // A speech's points (`第一，……。` heading its paragraphs) where its part has no numbered headings.
    const fold = (s: OutlineSymbol) => {
      if (s.range.end.line > s.line) ranges.push({ startLine: s.line, endLine: s.range.end.line, kind: FoldingRangeKind.Region });
      s.children.forEach(fold);
    };
    for (const p of model.parts) if (!p.headings.length) speechParts(model, p).forEach(fold);
    // A part folds from its first line of text to its last: not from the blank line above a 发文字号
    // (a fold marker on an empty line) nor over the blank lines before the next part's title.
    const lines = model.source.lines;
    if (model.parts.length > 1) {
      for (const p of model.parts) {
        let start = p.startLine;
        let end = p.endLine;
        while (start < end && lines[start].kind !== 'text') start++;
        while (end > start && lines[end].kind !== 'text') end--;
        if (end > start) ranges.push({ startLine: start, endLine: end, kind: FoldingRangeKind.Region });
      }
    }
    return ranges;
  });
}
