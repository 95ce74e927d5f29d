import * as assert from 'assert';
import { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { TYPING_PAUSE } from '../../server/src/features/diagnostics';
import { startServer, TestServer } from './lsp-client';

/** A 1.-list of tasks under one （一）, each line ending in its annotation. */
const PLAN = [
  '某区基层治理工作方案',
  '一、重点任务',
  '（一）健全组织体系',
  '1.完善网格设置。按照规模适度原则调整网格。（区委政法委牵头，各街道办事处配合）',
  '2.建强专职队伍。选优配强专职网格员。（区民政局牵头，区财政局配合）',
  '3.规范事项准入。建立准入清单。（区委组织部负责）',
  '',
].join('\n');

describe('editing flows over LSP: a task typed line by line', function () {
  this.timeout(30_000);
  let server: TestServer;

  before(async () => {
    server = await startServer();
  });
  after(async () => {
    await server.stop();
  });

  it('keeps the annotation’s findings back while the task’s line is typed, shows them once typing pauses or another line is edited; the renumbering fix changes only the markers', async () => {
    const uri = 'file:///tmp/gongwen-flows/typed.gw';
    let doc = TextDocument.create(uri, 'gongwen', 1, PLAN);
    const opened = server.nextDiagnostics(uri, 1);
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'gongwen', version: 1, text: PLAN } });
    assert.deepStrictEqual((await opened).diagnostics, []);
    let version = 1;
    const edit = async (line: number, character: number, text: string, endCharacter = character) => {
      const change = { range: { start: { line, character }, end: { line, character: endCharacter } }, text };
      doc = TextDocument.update(doc, [change], ++version);
      const got = server.nextDiagnostics(uri, version);
      await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
      return (await got).diagnostics;
    };
    const codes = (ds: Diagnostic[]) => ds.map((d) => `${d.code}@${d.range.start.line}`);
    // Enter at the end of task 1, then the new task word by word (as an IME commits them).
    await edit(3, doc.getText().split('\n')[3].length, '\n');
    let ds = await edit(4, 0, '2.');
    for (const w of ['加强', '业务', '培训']) ds = await edit(4, doc.getText().split('\n')[4].length, w);
    // The duplicate 2. below is a finding at once; the task's missing units are not, yet.
    assert.deepStrictEqual(codes(ds), ['GW101@5']);
    ds = await edit(4, doc.getText().split('\n')[4].length, '。定期开展轮训。');
    assert.deepStrictEqual(codes(ds), ['GW101@5']);
    // The drafter stops: the same version is published again with GW201.
    const paused = Date.now();
    ds = (await server.nextDiagnostics(uri, version)).diagnostics;
    assert.ok(Date.now() - paused >= TYPING_PAUSE - 200);
    assert.deepStrictEqual(codes(ds), ['GW201@4', 'GW101@5']);
    // Typing on: kept back again; an edit on another line shows it at once.
    ds = await edit(4, doc.getText().split('\n')[4].length, '（）');
    assert.deepStrictEqual(codes(ds), ['GW101@5']);
    ds = await edit(0, 2, '区', 2);
    assert.deepStrictEqual(codes(ds), ['GW201@4', 'GW101@5']);
    await edit(0, 2, '', 3);
    // The annotation typed into the auto-closed brackets: nothing left but the numbering.
    ds = await edit(4, doc.getText().split('\n')[4].length - 1, '区人力资源社会保障局负责');
    assert.deepStrictEqual(codes(ds), ['GW101@5']);
    const d = ds[0];
    const actions = (await server.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })) as CodeAction[];
    const fix = actions.find((a) => a.isPreferred)!;
    const before = doc.getText();
    const after = TextDocument.applyEdits(doc, fix.edit!.changes![uri] as TextEdit[]);
    assert.strictEqual(after, before.replace('\n2.建强', '\n3.建强').replace('\n3.规范', '\n4.规范'));
  });
});
