/**
 * Entry point of the end-to-end suite inside VS Code's extension host (the `extensionTestsPath`
 * of both runners). Runs the mocha tests beside this file, then leaves the example plan open with
 * the Problems panel and the Outline visible (for the runner's screenshot), and writes the results
 * as JSON to $GONGWEN_E2E_RESULTS (or .cache/e2e/results.json).
 */
import * as fs from 'fs';
import Mocha from 'mocha';
import * as path from 'path';
import * as vscode from 'vscode';
import { REPO } from '../../util';

interface Results {
  vscodeVersion: string;
  remoteName: string | null;
  passes: string[];
  failures: Array<{ title: string; error: string }>;
  pending: string[];
  /** How many findings the screenshot shows (the example plan has deliberate mistakes). */
  showcaseDiagnostics?: number;
}

export async function run(): Promise<void> {
  const resultsFile = process.env.GONGWEN_E2E_RESULTS ?? path.join(REPO, '.cache', 'e2e', 'results.json');
  const results: Results = { vscodeVersion: vscode.version, remoteName: vscode.env.remoteName ?? null, passes: [], failures: [], pending: [] };
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: 'spec' });
  for (const f of fs.readdirSync(__dirname).sort()) if (f.endsWith('.test.js')) mocha.addFile(path.join(__dirname, f));
  try {
    await new Promise<void>((resolve) => {
      const runner = mocha.run(() => resolve());
      runner.on('pass', (t) => results.passes.push(t.fullTitle()));
      runner.on('fail', (t, err: Error) => results.failures.push({ title: t.fullTitle(), error: String(err?.stack ?? err) }));
      runner.on('pending', (t) => results.pending.push(t.fullTitle()));
    });
    results.showcaseDiagnostics = await showcase(resultsFile);
  } catch (e) {
    results.failures.push({ title: 'suite', error: String((e as Error)?.stack ?? e) });
  } finally {
    fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
    fs.writeFileSync(resultsFile, JSON.stringify(results, null, 2));
  }
  if (results.failures.length) throw new Error(`${results.failures.length} end-to-end test(s) failed`);
}

/**
 * The example plan with Problems and Outline open: what the runner's screenshot shows. Signals the
 * runner with `<results>.showcase` and waits (at most 20 s) for `<results>.shot`.
 */
async function showcase(resultsFile: string): Promise<number> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) return 0;
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar');
  const uri = vscode.Uri.file(path.join(REPO, 'examples', 'plan.gw'));
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(doc);
  await vscode.commands.executeCommand('workbench.actions.view.problems');
  await vscode.commands.executeCommand('outline.focus');
  await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
  for (let i = 0; i < 40 && vscode.languages.getDiagnostics(uri).length === 0; i++) await new Promise((r) => setTimeout(r, 250));
  await new Promise((r) => setTimeout(r, 2000));
  // The extension host stops when run() returns: hold the scene until the runner has its picture.
  const shown = vscode.languages.getDiagnostics(uri).length;
  fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
  fs.writeFileSync(`${resultsFile}.showcase`, String(shown));
  for (let i = 0; i < 80 && !fs.existsSync(`${resultsFile}.shot`); i++) await new Promise((r) => setTimeout(r, 250));
  return shown;
}
