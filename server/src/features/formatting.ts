/** Document and range formatting (analysis/format.ts). */
import { DocumentFormattingParams, DocumentRangeFormattingParams, TextEdit } from 'vscode-languageserver/node';
import { formatEdits } from '../analysis/format';
import { ServerContext } from '../context';

export const capabilities = { documentFormattingProvider: true, documentRangeFormattingProvider: true };

export function register(ctx: ServerContext): void {
  const format = (params: DocumentFormattingParams | DocumentRangeFormattingParams): TextEdit[] => {
    const doc = ctx.documents.get(params.textDocument.uri);
    if (!doc) return [];
    const range = 'range' in params ? params.range : undefined;
    return formatEdits(doc.getText(), ctx.config(doc.uri), range, ctx.analysis(doc).doc);
  };
  ctx.connection.onDocumentFormatting(format);
  ctx.connection.onDocumentRangeFormatting(format);
}
