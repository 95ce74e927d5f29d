/** Findings → diagnostics: debounced per document, stale results dropped, cleared on close. */
import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver/node';
import { Finding, Task } from '../analysis';
import { ServerContext } from '../context';
import { LineDocument } from '../documents';
import { mark, tracing } from '../trace';

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

/** A finding about the annotation of the task being typed on `line`: on that line, or GW201 of the task whose lines hold it. */
function waitsForLine(f: Finding, line: number, tasks: readonly Task[]): boolean {
  if (!f.rule.startsWith('GW2')) return false;
  if (f.range.start.line <= line && line <= f.range.end.line) return true;
  if (f.rule !== 'GW201' || f.range.start.line > line) return false;
  const task = tasks.find((t) => t.line === f.range.start.line);
  return !!task && task.range.end.line >= line;
}

export function register(ctx: ServerContext): void {
  const timers = new Map<string, NodeJS.Timeout>();

  // The findings kept back while a line is typed are shown once the typing pauses.
  const pauses = new Map<string, NodeJS.Timeout>();
  // What each document's last diagnostics showed (rule@line): a finding already on screen is not
  // taken away while its line is typed, so typing on a flagged line does not make it flicker.
  const shownLast = new Map<string, Set<string>>();
  const shownKey = (f: Finding) => `${f.rule}@${f.range.start.line}`;

  const publish = (doc: LineDocument, paused = false) => {
    const version = doc.version;
    clearTimeout(pauses.get(doc.uri));
    pauses.delete(doc.uri);
    let diagnostics: Diagnostic[] = [];
    let keptBack = false;
    let shownNow = new Set<string>();
    try {
      if (tracing) mark('publish', version);
      const result = ctx.analysis(doc);
      if (tracing) mark('analyzed', result.findings.length);
      const typing = paused || doc.typedLine === null ? null : doc.typedLine;
      const before = shownLast.get(doc.uri);
      const shown =
        typing === null
          ? result.findings
          : result.findings.filter((f) => !waitsForLine(f, typing, result.doc.tasks) || before?.has(shownKey(f)));
      shownNow = new Set(shown.map(shownKey));
      keptBack = shown.length !== result.findings.length;
      diagnostics = shown.map(toDiagnostic);
    } catch (e) {
      ctx.connection.console.error(`analysis failed for ${doc.uri}: ${(e as Error).stack ?? e}`);
    }
    // The document may have changed or closed while we worked: drop stale results.
    const current = ctx.documents.get(doc.uri);
    if (!current || current.version !== version) return;
    shownLast.set(doc.uri, shownNow);
    if (tracing) mark('converted');
    void ctx.connection.sendDiagnostics({ uri: doc.uri, version, diagnostics });
    if (tracing) mark('sent');
    if (keptBack) {
      pauses.set(
        doc.uri,
        setTimeout(() => {
          pauses.delete(doc.uri);
          const latest = ctx.documents.get(doc.uri);
          if (latest && latest.version === version) publish(latest, true);
        }, Math.max(ctx.typingPause(), ctx.diagnosticsDelay())),
      );
    }
  };

  const schedule = (doc: LineDocument) => {
    clearTimeout(timers.get(doc.uri));
    clearTimeout(pauses.get(doc.uri));
    pauses.delete(doc.uri);
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
    const doc = e.document;
    setImmediate(() => {
      if (ctx.documents.get(doc.uri) === doc) publish(doc);
    });
  });
  ctx.documents.onDidChangeContent((e) => {
    if (tracing) mark('change', e.document.version);
    if (opened.delete(e.document.uri)) return;
    schedule(e.document);
  });
  ctx.documents.onDidClose((e) => {
    clearTimeout(timers.get(e.document.uri));
    timers.delete(e.document.uri);
    clearTimeout(pauses.get(e.document.uri));
    pauses.delete(e.document.uri);
    shownLast.delete(e.document.uri);
    ctx.drop(e.document.uri);
    void ctx.connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });
  ctx.onInvalidate(() => ctx.documents.all().forEach((d) => publish(d)));
}
