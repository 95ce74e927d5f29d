/** Helpers for the end-to-end tests: open fixture documents and wait for the server's answers. */
import * as vscode from 'vscode';

export function workspaceUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the e2e suite needs the fixture workspace open');
  return vscode.Uri.joinPath(folder.uri, name);
}

export async function open(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(workspaceUri(name));
  return vscode.window.showTextDocument(doc);
}

export async function waitFor<T>(what: string, probe: () => T | undefined | PromiseLike<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined && v !== null && v !== false) return v as T;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** A diagnostic's rule id (`code` is an object when the rule links to its documentation). */
export function ruleOf(d: vscode.Diagnostic): string {
  return String(typeof d.code === 'object' ? d.code.value : d.code);
}

export function codes(uri: vscode.Uri): string[] {
  return vscode.languages.getDiagnostics(uri).map((d) => `${ruleOf(d)}@${d.range.start.line}`);
}

export function diagnostic(uri: vscode.Uri, rule: string): vscode.Diagnostic {
  const d = vscode.languages.getDiagnostics(uri).find((x) => ruleOf(x) === rule);
  if (!d) throw new Error(`no ${rule} diagnostic; have ${codes(uri).join(' ')}`);
  return d;
}

export function waitForDiagnostics(uri: vscode.Uri, predicate: (codes: string[]) => boolean, what: string): Promise<string[]> {
  return waitFor(what, () => {
    const c = codes(uri);
    return predicate(c) ? c : undefined;
  });
}
