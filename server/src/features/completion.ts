/**
 * Completion: unit names inside an annotation (features/units.ts knows them), and at the start of
 * a line the next markers, today's 成文日期 and a 发文字号 (analysis/completion.ts).
 */
import { CompletionItem, CompletionItemKind, InsertTextFormat } from 'vscode-languageserver/node';
import { lineStartSuggestions, writesUnitsAt } from '../analysis/completion';
import { ServerContext } from '../context';
import { knownUnits, unitTally } from './units';

export const capabilities = { completionProvider: { triggerCharacters: ['（', '(', '、', '，', '：'] } };

/** Only indentation (and perhaps the start of a marker or a year) before the cursor. */
const LINE_START = /^[\s\u3000]*([（(]?[一二三四五六七八九十0-9]*|20[0-9]{0,2})$/;

export function register(ctx: ServerContext): void {
  const en = ctx.locale === 'en';
  ctx.connection.onCompletion((params): CompletionItem[] => {
    const doc = ctx.documents.get(params.textDocument.uri);
    if (!doc) return [];
    const { doc: model, findings } = ctx.analysis(doc);
    const pos = params.position;
    // A name GW207 takes for a slip (`市人力资源社会保章局` beside `市人力资源社会保障局`) is not offered.
    const slips = new Set(findings.filter((f) => f.rule === 'GW207').map((f) => model.source.slice(f.range)));
    const units = writesUnitsAt(model, pos)
      ? [...knownUnits(model, ctx.config(doc.uri).units)].filter(([name]) => !slips.has(name)).map(([name, u], i): CompletionItem => ({
          label: name,
          kind: CompletionItemKind.Module,
          detail: u.mentions ? unitTally(u, en) : en ? 'unit registry' : '单位名录',
          // Units used most in this document first.
          sortText: '1' + String(100000 - u.mentions * 10 - u.leads).padStart(6, '0') + String(i).padStart(4, '0'),
        }))
      : [];
    const before = doc.getText({ start: { line: pos.line, character: 0 }, end: pos });
    const m = LINE_START.exec(before);
    if (!m) return units;
    // At a line's start a `（` opens a marker (`（二）`) more often than an annotation on a line of
    // its own: the markers come first, then the unit names.
    const typedFrom = pos.character - m[1].length;
    const markers = lineStartSuggestions(model, pos.line).map((s): CompletionItem => ({
      label: s.label,
      kind: s.kind === 'marker' ? CompletionItemKind.EnumMember : CompletionItemKind.Value,
      detail: en ? s.detail.en : s.detail.zh,
      sortText: '0' + s.sortText,
      filterText: s.label,
      insertTextFormat: s.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
      textEdit: { range: { start: { line: pos.line, character: typedFrom }, end: pos }, newText: s.insertText },
    }));
    return [...markers, ...units];
  });
}
