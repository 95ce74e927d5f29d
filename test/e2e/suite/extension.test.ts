import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { SERVER_ENV, SERVER_EXEC_ARGV } from '../../../server/src/runtime';
import { codes, diagnostic, open, waitFor, waitForDiagnostics, workspaceUri } from './helpers';

describe('Gongwen in VS Code', () => {
  let plan: vscode.TextEditor;

  before(async () => {
    plan = await open('plan.gw');
  });

  it('opens a .gw plan in the 公文 language mode and activates', async () => {
    assert.strictEqual(plan.document.languageId, 'gongwen');
    const ext = vscode.extensions.all.find((e) => e.packageJSON.name === 'gongwen');
    assert.ok(ext, 'extension not installed');
    await waitFor('activation', () => ext.isActive || undefined);
  });

  it('starts the language server with the Node options and environment of runtime.ts', async function () {
    if (process.platform !== 'linux') this.skip(); // read from /proc
    const ext = vscode.extensions.all.find((e) => e.packageJSON.name === 'gongwen')!;
    const module = path.join(ext.extensionPath, 'dist', 'server.js');
    const read = (pid: string, file: string): string[] => {
      try {
        return fs.readFileSync(`/proc/${pid}/${file}`, 'utf8').split('\0');
      } catch {
        return []; // gone, or not ours to read
      }
    };
    const pid = await waitFor('the server process', () => fs.readdirSync('/proc').find((p) => /^\d+$/.test(p) && read(p, 'cmdline').includes(module)));
    const argv = read(pid, 'cmdline');
    for (const option of SERVER_EXEC_ARGV) assert.ok(argv.indexOf(option) >= 0 && argv.indexOf(option) < argv.indexOf(module), `${option} not in ${argv.join(' ')}`);
    const env = read(pid, 'environ');
    for (const [k, v] of Object.entries(SERVER_ENV)) assert.ok(env.includes(`${k}=${v}`), `${k}=${v} not in the server's environment`);
  });

  it('recognises a 发文字号 on the first line of a file without a known extension', async () => {
    const doc = await vscode.workspace.openTextDocument(workspaceUri('notice'));
    assert.strictEqual(doc.languageId, 'gongwen');
  });

  it('shows the expected findings in the Problems panel', async () => {
    const found = await waitForDiagnostics(plan.document.uri, (c) => c.includes('GW101@15'), 'GW101 diagnostics');
    for (const expected of ['GW101@15', 'GW102@17', 'GW201@19']) assert.ok(found.includes(expected), `${expected} missing in ${found.join(' ')}`);
    const gap = vscode.languages.getDiagnostics(plan.document.uri).find((d) => d.range.start.line === 15)!;
    assert.strictEqual(gap.source, 'gongwen');
    assert.strictEqual(gap.severity, vscode.DiagnosticSeverity.Error);
  });

  it('outlines the cover notice and the plan', async () => {
    const symbols = await waitFor('symbols', () =>
      vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', plan.document.uri),
    );
    assert.deepStrictEqual(symbols.map((s) => s.name), ['关于印发《某某县档案数字化工作方案》的通知', '某某县档案数字化工作方案']);
    const sections = symbols[1].children;
    assert.deepStrictEqual(sections.map((s) => s.name), ['一、总体要求', '二、主要任务']);
    const tasks = sections[1].children[0].children;
    assert.deepStrictEqual(tasks.map((s) => s.name.slice(0, 2)), ['1.', '2.', '4.']);
    assert.strictEqual(tasks[0].detail, '保管利用科');
  });

  it('completes unit names inside an annotation', async () => {
    const line = 19; // `3.建立质量抽检制度。`
    const end = plan.document.lineAt(line).range.end;
    await plan.edit((e) => e.insert(end, '（'));
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', plan.document.uri, end.translate(0, 1));
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    for (const unit of ['保管利用科', '信息技术科', '办公室']) assert.ok(labels.includes(unit), `${unit} not offered: ${labels.join(' ')}`);
    await vscode.commands.executeCommand('undo');
    await waitFor('undo', () => !plan.document.lineAt(line).text.endsWith('（') || undefined);
  });

  it('applies the renumbering quick-fix and the diagnostic disappears', async () => {
    const gap = diagnostic(plan.document.uri, 'GW101');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', plan.document.uri, gap.range, undefined, 50);
    // (50: VS Code resolves that many actions' edits, as it does the one chosen: a renumbering's is worked out then.)
    // Our quick-fix is the preferred one at this range (VS Code adds its own chat actions).
    const fix = actions.find((a) => a.kind?.value === 'quickfix' && a.isPreferred && a.edit);
    assert.ok(fix?.edit, actions.map((a) => a.title).join(' | '));
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(plan.document.lineAt(15).text, /^　　3\.明确/);
    await waitForDiagnostics(plan.document.uri, (c) => !c.some((x) => x.startsWith('GW101')), 'GW101 to disappear');
  });

  it('inserts the top-ranked lead unit for a task without units', async () => {
    const missing = diagnostic(plan.document.uri, 'GW201');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', plan.document.uri, missing.range);
    const preferred = actions.find((a) => a.kind?.value === 'quickfix' && a.isPreferred && a.edit);
    assert.ok(preferred?.edit);
    assert.ok(await vscode.workspace.applyEdit(preferred.edit));
    assert.match(plan.document.lineAt(19).text, /建立质量抽检制度。（办公室）$/);
    await waitForDiagnostics(plan.document.uri, (c) => !c.some((x) => x.startsWith('GW201')), 'GW201 to disappear');
  });

  it('generates the task ledger as a Markdown document', async () => {
    await vscode.window.showTextDocument(plan.document);
    const doc = await vscode.commands.executeCommand<vscode.TextDocument>('gongwen.generateLedger');
    assert.ok(doc, 'no ledger document returned');
    assert.strictEqual(doc.languageId, 'markdown');
    const text = doc.getText();
    assert.match(text, /^# 任务分工表/);
    assert.match(text, /\| 二、（一）1\. \| 开展馆藏档案清查，建立数字化台账 \| 保管利用科 \| 信息技术科 \|/);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('fills the 责任单位 view from the active plan', async () => {
    await vscode.window.showTextDocument(plan.document);
    const units = await vscode.commands.executeCommand<string[]>('gongwen.refreshUnits');
    for (const u of ['保管利用科', '信息技术科', '办公室', '财务科']) assert.ok(units.includes(u), `${u} not in ${units.join(' ')}`);
    // Each unit's tasks, with its role, the task's leaders and deadline, and the task's row of the 任务分工表.
    const api = vscode.extensions.all.find((e) => e.packageJSON.name === 'gongwen')!.exports as { unitsView: { snapshot(): Array<{ label: string; description: string; tasks: Array<{ label: string; description: string; tooltip: string }> }> } };
    const tree = api.unitsView.snapshot();
    const guide = tree.find((u) => u.label === '业务指导科');
    assert.ok(guide, `业务指导科 not in ${tree.map((u) => u.label).join(' ')}`);
    const training = guide.tasks.find((t) => t.label.includes('开展数字化业务培训'));
    assert.ok(training, JSON.stringify(guide.tasks));
    // The client's words follow the display language (msg.ts): English here unless VS Code runs in Chinese.
    const en = vscode.env.language.toLowerCase().startsWith('en');
    assert.strictEqual(training.description, en ? 'leads · 李四 · 2026年6月底前' : '牵头 · 李四 · 2026年6月底前');
    const rows = en
      ? 'Lead: 业务指导科\nCo-operating: 办公室\nLeaders: 李四\nDeadline: 2026年6月底前'
      : '牵头单位：业务指导科\n配合单位：办公室\n责任领导：李四\n完成时限：2026年6月底前';
    assert.ok(training.tooltip.endsWith(rows), training.tooltip);
    const office = tree.find((u) => u.label === '办公室')!;
    assert.ok(office.tasks.some((t) => t.label.includes('开展数字化业务培训') && t.description.startsWith(en ? 'co-operates' : '配合')), JSON.stringify(office.tasks));
  });

  it('turning a rule off in the settings removes its diagnostics', async () => {
    plan = await vscode.window.showTextDocument(plan.document);
    await waitForDiagnostics(plan.document.uri, (c) => c.includes('GW102@17'), 'GW102 before');
    const config = vscode.workspace.getConfiguration('gongwen');
    await config.update('rules', { 'marker-punctuation': 'off' }, vscode.ConfigurationTarget.Workspace);
    try {
      await waitForDiagnostics(plan.document.uri, (c) => !c.some((x) => x.startsWith('GW102')), 'GW102 to go');
    } finally {
      await config.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitForDiagnostics(plan.document.uri, (c) => c.includes('GW102@17'), 'GW102 back');
  });

  it('a .gongwenrc.json registry in the workspace changes the findings', async () => {
    const rc = workspaceUri('.gongwenrc.json');
    const registry = { units: ['保管利用科', '信息技术科', '业务指导科', '办公室'], aliases: {} };
    await vscode.workspace.fs.writeFile(rc, Buffer.from(JSON.stringify(registry), 'utf8'));
    try {
      // 财务科 is not in the registry.
      await waitForDiagnostics(plan.document.uri, (c) => c.includes('GW207@17'), 'GW207 for 财务科');
    } finally {
      await vscode.workspace.fs.delete(rc);
    }
    await waitForDiagnostics(plan.document.uri, (c) => !c.some((x) => x.startsWith('GW207')), 'GW207 to go with the registry');
    assert.ok(!codes(plan.document.uri).some((c) => c.startsWith('GW207')));
  });

  it('expands the 实施方案 snippet into a document without findings', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'gongwen', content: '' });
    const editor = await vscode.window.showTextDocument(doc);
    const snippets = JSON.parse(Buffer.from(await vscode.workspace.fs.readFile(vscode.Uri.file(`${vscode.extensions.all.find((e) => e.packageJSON.name === 'gongwen')!.extensionPath}/snippets/gongwen.json`))).toString('utf8'));
    assert.ok(await editor.insertSnippet(new vscode.SnippetString(snippets['实施方案'].body.join('\n'))));
    assert.match(doc.getText(), /^某某工作实施方案\n　　为做好某某工作/);
    // Once the server has analysed it (its outline is there), it reports nothing.
    const symbols = await waitFor('outline of the new document', async () => {
      const s = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
      return s && s.length ? s : undefined;
    });
    assert.deepStrictEqual(symbols[0].children.filter((c) => /^[一二三]、/.test(c.name)).map((c) => c.name), ['一、总体要求', '二、主要任务', '三、保障措施']);
    await new Promise((r) => setTimeout(r, 500));
    assert.deepStrictEqual(codes(doc.uri), []);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('formats the document through the formatting provider', async () => {
    // A file of its own rather than an untitled editor: twice in CI runs (not reproduced locally in
    // five runs) VS Code answered no edits for an untitled document for 30 s.
    const uri = workspaceUri('format-test.gw');
    await vscode.workspace.fs.writeFile(uri, Buffer.from('一.总体要求\n加强领导,完善制度  \n', 'utf8'));
    try {
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc);
      // VS Code answers `undefined` when the provider returns no edits; say what was known then.
      const edits = await waitFor('formatting edits', () =>
        vscode.commands.executeCommand<vscode.TextEdit[]>('vscode.executeFormatDocumentProvider', doc.uri, { tabSize: 4, insertSpaces: true }),
      ).catch(async (e: Error) => {
        const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        throw new Error(
          `${e.message}; ${doc.uri.toString()} v${doc.version} (${doc.languageId}${doc.isClosed ? ', closed' : ''}), active ${active}, ` +
            `diagnostics [${codes(doc.uri).join(' ')}], outline [${(symbols ?? []).map((x) => x.name).join(' ')}]`,
        );
      });
      const we = new vscode.WorkspaceEdit();
      we.set(doc.uri, edits);
      assert.ok(await vscode.workspace.applyEdit(we));
      assert.strictEqual(doc.getText(), '一、总体要求\n加强领导，完善制度\n');
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
  });

  it('renumbers the whole document with the 重新编号 command', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'gongwen', content: '一、甲\n（一）子\n（二）新\n（二）旧\n' });
    await vscode.window.showTextDocument(doc);
    await waitForDiagnostics(doc.uri, (c) => c.some((x) => x.startsWith('GW101')), 'GW101 before renumbering');
    await vscode.commands.executeCommand('gongwen.renumber');
    await waitFor('renumbered text', () => (doc.getText() === '一、甲\n（一）子\n（二）新\n（三）旧\n' ? true : undefined));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('completes the next markers at the start of a line', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'gongwen', content: '一、甲\n二、乙\n' });
    await vscode.window.showTextDocument(doc);
    // The untitled document may reuse the name of the one the previous test closed, and once (CI
    // under load) the first answer came from the closed document's text: ask until this
    // document's answer comes, and show the last labels if it never does.
    let labels: string[] = [];
    const expected = () => labels.includes('三、') && labels.includes('（一）');
    await waitFor('the next markers of this document', async () => {
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(2, 0));
      labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
      return expected() || undefined;
    }, 10_000).catch(() => undefined);
    assert.ok(expected(), labels.join(' '));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
