/** Findings → diagnostics: debounced per document, stale results dropped, cleared on close. */
import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver/node';
import { Finding } from '../analysis';
import { ServerContext } from '../context';
import { LineDocument } from '../documents';

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information };
const RULES_DOC = 'https://github.com/gongwen/gongwen/blob/main/docs/rules.md';

/** What every diagnostic of a rule shares, made once per rule rather than per diagnostic per edit. */
const perRule = new Map<string, { codeDescription: Diagnostic['codeDescription']; data: { name: string } }>();

export function toDiagnostic(f: Finding): Diagnostic {
  let shared = perRule.get(f.rule);
  if (!shared) perRule.set(f.rule, (shared = { codeDescription: { href: `${RULES_DOC}#${f.rule.toLowerCase()}` }, data: { name: f.name } }));
  return {
    range: f.range,
    severity: SEVERITY[f.severity],
    code: f.rule,
    codeDescription: shared.codeDescription,
    source: 'gongwen',
    message: f.message,
    data: shared.data,
  };
}

export function register(ctx: ServerContext): void {
  const timers = new Map<string, NodeJS.Timeout>();

  const publish = (doc: LineDocument) => {
    const version = doc.version;
    let diagnostics: Diagnostic[] = [];
    try {
      diagnostics = ctx.analysis(doc).findings.map(toDiagnostic);
    } catch (e) {
      ctx.connection.console.error(`analysis failed for ${doc.uri}: ${(e as Error).stack ?? e}`);
    }
    // The document may have changed or closed while we worked: drop stale results.
    const current = ctx.documents.get(doc.uri);
    if (!current || current.version !== version) return;
    void ctx.connection.sendDiagnostics({ uri: doc.uri, version, diagnostics });
  };

  const schedule = (doc: LineDocument) => {
    clearTimeout(timers.get(doc.uri));
    const delay = ctx.diagnosticsDelay();
    if (delay === 0) {
      timers.delete(doc.uri);
      publish(doc);
      return;
    }
    timers.set(
      doc.uri,
      setTimeout(() => {
        timers.delete(doc.uri);
        const latest = ctx.documents.get(doc.uri);
        if (latest) publish(latest);
      }, delay),
    );
  };

  // TextDocuments reports an open as a content change too: check an opened document at once,
  // and debounce only real edits.
  const opened = new Set<string>();
  ctx.documents.onDidOpen((e) => {
    opened.add(e.document.uri);
    publish(e.document);
  });
  ctx.documents.onDidChangeContent((e) => {
    if (opened.delete(e.document.uri)) return;
    schedule(e.document);
  });
  ctx.documents.onDidClose((e) => {
    clearTimeout(timers.get(e.document.uri));
    timers.delete(e.document.uri);
    ctx.drop(e.document.uri);
    void ctx.connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });
  ctx.onInvalidate(() => ctx.documents.all().forEach(publish));
}
