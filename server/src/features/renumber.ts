/**
 * Renumbering and moving tasks: the “重新编号” code action on a heading, and the commands behind
 * 公文助手：重新编号 / 上移任务 / 下移任务 (the client passes the document and the cursor line).
 */
import { CodeAction, CodeActionKind, CodeActionParams, ExecuteCommandParams } from 'vscode-languageserver/node';
import { headingForLine, moveHeading, renumberDocumentEdits, renumberEdits, renumberRunEdits } from '../analysis/renumber';
import { ResolveData, ServerContext } from '../context';
import { MOVE_COMMAND, RENUMBER_COMMAND } from '../protocol';

/** The `resolve` of a 重新编号 action sent without its edit. */
const RENUMBER_RUN = 'gongwen.renumberRun';

export const capabilities = {
  executeCommandProvider: { commands: [RENUMBER_COMMAND, MOVE_COMMAND] },
};

export function register(ctx: ServerContext): void {
  const en = ctx.locale === 'en';

  ctx.onCodeAction((params: CodeActionParams): CodeAction[] => {
    const only = params.context.only;
    if (only && !only.some((k) => CodeActionKind.RefactorRewrite.startsWith(k))) return [];
    const doc = ctx.documents.get(params.textDocument.uri);
    if (!doc) return [];
    const model = ctx.analysis(doc).doc;
    const h = model.headings.find((x) => x.line === params.range.start.line);
    if (!h) return [];
    // The first pass from the model: nothing to renumber, no action (and no parse); otherwise passes
    // repeat until the run reads as written (renumberRunEdits). Capped: the model covers only the first part.
    if (!renumberEdits(model, h).length) return [];
    const title = en ? 'Renumber this run of items' : '重新编号（本级各项）';
    // Where the client resolves edits, the passes (a parse each) run only when the action is chosen.
    if (ctx.resolveEdits) {
      const data: ResolveData = { resolve: RENUMBER_RUN, uri: doc.uri, line: h.line };
      return [{ title, kind: CodeActionKind.RefactorRewrite, data }];
    }
    const edits = runEdits(doc.uri, h.line);
    if (!edits.length) return [];
    return [{ title, kind: CodeActionKind.RefactorRewrite, edit: { changes: { [doc.uri]: edits } } }];
  });

  /** The 重新编号 action's edits for the run of the heading on `line`, in the document as it is now. */
  const runEdits = (uri: string, line: number) => {
    const doc = ctx.documents.get(uri);
    if (!doc) return [];
    const model = ctx.analysis(doc).doc;
    return renumberRunEdits(doc.getText(), line, ctx.config(uri), model.capped ? undefined : model);
  };
  ctx.onResolveCodeAction(RENUMBER_RUN, (action, data) => ({ ...action, edit: { changes: { [data.uri]: runEdits(data.uri, data.line) } } }));

  ctx.connection.onExecuteCommand(async (params: ExecuteCommandParams) => {
    const [uri, line, direction] = (params.arguments ?? []) as [string, number | null, -1 | 1 | undefined];
    const doc = ctx.documents.get(uri);
    if (!doc) return null;
    if (params.command === RENUMBER_COMMAND) {
      const model = ctx.analysis(doc).doc;
      const from = typeof line === 'number' ? headingForLine(model, line) ?? undefined : undefined;
      // The whole document is renumbered until what it writes reads as written (renumberDocumentEdits);
      // the model covers only the first part of a text over the size limit.
      const edits = from
        ? renumberRunEdits(doc.getText(), from.line, ctx.config(uri), model.capped ? undefined : model)
        : renumberDocumentEdits(doc.getText(), ctx.config(uri), model.capped ? undefined : model);
      if (!edits.length) return { changed: 0 };
      const r = await ctx.connection.workspace.applyEdit({ label: en ? 'Renumber' : '重新编号', edit: { changes: { [uri]: edits } } });
      return { changed: r.applied ? edits.length : 0 };
    }
    if (params.command === MOVE_COMMAND && typeof line === 'number' && (direction === 1 || direction === -1)) {
      // The current analysis's model, unless it covers only the first part of a text over the size limit.
      const model = ctx.analysis(doc).doc;
      const moved = moveHeading(doc.getText(), line, direction, ctx.config(uri), model.capped ? undefined : model);
      if (!moved) return null;
      const r = await ctx.connection.workspace.applyEdit({ label: en ? 'Move task' : '移动任务', edit: { changes: { [uri]: [moved.edit] } } });
      return r.applied ? { newLine: moved.newLine } : null;
    }
    return null;
  });
}
