/** Quick-fixes for findings, and `source.fixAll.gongwen` (all safe fixes) for fix-on-save. */
import { CodeAction, CodeActionKind, CodeActionParams, Diagnostic, Range, WorkspaceEdit } from 'vscode-languageserver/node';
import { Config, Finding, Fix, fixAll, lineDiffEdits, safeFixEdits, TextEdit } from '../analysis';
import { quickFixEdits } from '../analysis/renumber';
import { ResolveData, ServerContext } from '../context';
import { toDiagnostic } from './diagnostics';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.gongwen`;

export const capabilities = {
  codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND, CodeActionKind.RefactorRewrite], resolveProvider: true },
};

function overlaps(a: Range, b: Range): boolean {
  const before = (p: Range['start'], q: Range['start']) => p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}

export function register(ctx: ServerContext): void {
  ctx.connection.onCodeAction((params: CodeActionParams): CodeAction[] => {
    const doc = ctx.documents.get(params.textDocument.uri);
    if (!doc) return [];
    const { findings } = ctx.analysis(doc);
    const only = params.context.only;
    const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
    const actions: CodeAction[] = [];

    if (wants(CodeActionKind.QuickFix)) {
      for (const f of findings) {
        if (!f.fixes.length || !overlaps(f.range, params.range)) continue;
        const diagnostic = toDiagnostic(f);
        for (const fix of f.fixes) {
          if (!fix.renumbers) {
            actions.push(quickFix(params.textDocument.uri, fix, diagnostic, ctx.snippetEdits ? doc.version : null));
            continue;
          }
          // A renumbering applied alone repeats its passes until the run reads as written
          // (quickFixEdits: a parse a pass, 50–150 ms on a 100k plan). The lightbulb asks on every move
          // of the cursor: a client that resolves edits gets them only when the fix is chosen.
          if (ctx.resolveEdits) {
            const data: ResolveData = { resolve: RENUMBER_FIX, uri: params.textDocument.uri, line: f.range.start.line };
            actions.push({ ...quickFix(params.textDocument.uri, { ...fix, edits: [] }, diagnostic, null), data });
          } else {
            const edits = quickFixEdits(doc.getText(), f.range.start.line, fix, ctx.config(doc.uri));
            actions.push(quickFix(params.textDocument.uri, { ...fix, edits }, diagnostic, null));
          }
        }
      }
    }
    if (wants(FIX_ALL_KIND)) {
      const edits = fixAllEdits(doc.getText(), findings, Boolean(only), ctx.config(doc.uri));
      if (edits.length) {
        actions.push({
          title: ctx.locale === 'en' ? 'Fix all safe Gongwen problems' : '公文助手：修复全部可安全修复的问题',
          kind: FIX_ALL_KIND,
          edit: { changes: { [params.textDocument.uri]: edits } },
        });
      }
    }
    for (const provider of ctx.codeActionProviders()) actions.push(...provider(params));
    return actions;
  });

  ctx.connection.onCodeActionResolve((action: CodeAction): CodeAction => {
    const data = action.data as ResolveData | undefined;
    const resolver = data && typeof data.resolve === 'string' ? ctx.codeActionResolver(data.resolve) : undefined;
    return resolver ? resolver(action, data!) : action;
  });

  // GW101's renumbering, from the finding on the line in the document as it is now.
  ctx.onResolveCodeAction(RENUMBER_FIX, (action, data) => {
    const doc = ctx.documents.get(data.uri);
    if (!doc) return action;
    for (const f of ctx.analysis(doc).findings) {
      if (f.range.start.line !== data.line) continue;
      const fix = f.fixes.find((x) => x.renumbers && x.title === action.title);
      if (!fix) continue;
      const edits = quickFixEdits(doc.getText(), data.line, fix, ctx.config(doc.uri));
      return { ...action, edit: { changes: { [data.uri]: edits } } };
    }
    return action;
  });
}

/** The `resolve` of a GW101 renumbering sent without its edit. */
const RENUMBER_FIX = 'gongwen.renumberFix';

/** Documents up to this size get fix-all's repeated passes in the editor (each pass is a full analysis). */
const MAX_REPEATED_FIX_ALL = 300_000;

/**
 * The edits of fix-all. Asked for it by name (fix-on-save, the 修复全部 command: `only` holds its kind),
 * the passes repeat as `gongwen fix`'s do, so that the editor and the CLI write the same text: a
 * renumbering can make a marker read as another level's, which the next pass writes. The first pass
 * uses the live findings; the result goes as one edit per line changed, within what changed. The
 * lightbulb's unfiltered request (no `only`), a document over MAX_REPEATED_FIX_ALL or a pass that
 * would move a line's end get the one pass of the live findings' safe fixes.
 */
function fixAllEdits(text: string, findings: Finding[], named: boolean, config: Config): TextEdit[] {
  const once = safeFixEdits(findings);
  if (!named || !once.length || text.length > MAX_REPEATED_FIX_ALL) return once;
  return lineDiffEdits(text, fixAll(text, config, 8, findings).text) ?? once;
}

/**
 * `snippetVersion`: the document's version where the client applies snippet edits, else null. A
 * snippet fix (`（${1:牵头单位}牵头）`) goes as a `SnippetTextEdit` to a client that takes one (its
 * placeholder becomes a tab stop); to any other as plain text with the placeholder's words, never
 * with the `${1:…}` syntax written into the document.
 */
function quickFix(uri: string, fix: Fix, diagnostic: Diagnostic, snippetVersion: number | null): CodeAction {
  let edit: WorkspaceEdit | undefined;
  if (fix.edits.length) {
    if (!fix.snippet) edit = { changes: { [uri]: fix.edits } };
    else if (snippetVersion !== null) {
      edit = {
        documentChanges: [{ textDocument: { uri, version: snippetVersion }, edits: fix.edits.map((e) => ({ range: e.range, snippet: { kind: 'snippet' as const, value: e.newText } })) }],
      };
    } else edit = { changes: { [uri]: fix.edits.map((e) => ({ range: e.range, newText: snippetText(e.newText) })) } };
  }
  return {
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: fix.preferred,
    ...(edit ? { edit } : {}),
    // The document's URI goes last, so the client knows which .gongwenrc.json to change.
    ...(fix.command ? { command: { title: fix.title, command: fix.command.id, arguments: [...fix.command.args, uri] } } : {}),
  };
}


/** A snippet's text as inserted without tab stops: `${1:牵头单位}` → `牵头单位`, `$1` → nothing, `\$` → `$`. */
export function snippetText(snippet: string): string {
  return snippet.replace(/\\([$}\\])|\$\{\d+:((?:[^}\\]|\\.)*)\}|\$\{\d+\}|\$\d+/g, (_, escaped: string | undefined, placeholder: string | undefined) =>
    escaped ?? (placeholder !== undefined ? snippetText(placeholder) : ''),
  );
}
