import * as assert from 'assert';
import { CodeAction, Diagnostic, DocumentSymbol, FoldingRange, TextEdit } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
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

/**
 * The typing pause these tests' server waits for (ms): longer than the default, so that a loaded
 * machine's stall between two of the test's edits does not count as the drafter pausing.
 */
const PAUSE = 4000;

describe('editing flows over LSP: typing a task, moving a section, fixing', function () {
  this.timeout(30_000);
  let server: TestServer;

  before(async () => {
    server = await startServer({ initializationOptions: { diagnosticsDelay: 0, typingPause: PAUSE } });
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
    assert.ok(Date.now() - paused >= PAUSE - 200);
    assert.deepStrictEqual(codes(ds), ['GW201@4', 'GW101@5']);
    // Typing on: a finding already shown stays (no flicker while its line is typed).
    ds = await edit(4, doc.getText().split('\n')[4].length, '（）');
    assert.deepStrictEqual(codes(ds), ['GW201@4', 'GW101@5']);
    // The annotation typed into the auto-closed brackets: nothing left but the numbering.
    ds = await edit(4, doc.getText().split('\n')[4].length - 1, '区人力资源社会保障局负责');
    assert.deepStrictEqual(codes(ds), ['GW101@5']);
    const d = ds[0];
    const actions = (await server.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })) as CodeAction[];
    const fix = actions.find((a) => a.isPreferred)!;
    const before = doc.getText();
    const after = TextDocument.applyEdits(doc, fix.edit!.changes![uri] as TextEdit[]);
    assert.strictEqual(after, before.replace('\n2.建强', '\n3.建强').replace('\n3.规范', '\n4.规范'));
    // Another task typed on a new line: its GW201 is kept back, and an edit on another line shows it at once.
    await edit(4, doc.getText().split('\n')[4].length, '\n');
    ds = await edit(5, 0, '3.开展业务竞赛。');
    assert.ok(!codes(ds).includes('GW201@5'), codes(ds).join());
    ds = await edit(0, 2, '区', 2);
    assert.ok(codes(ds).includes('GW201@5'), codes(ds).join());
  });
  it('a （二） section cut and pasted above （一）, CRLF and 　　 indented: fix-all renumbers both headings only, a second fix-all offers nothing, symbols and folds match a cold server’s', async () => {
    const uri = 'file:///tmp/gongwen-flows/moved.gw';
    const text = ['某区基层治理工作方案', '一、重点任务', '（一）健全组织体系', '1.完善网格设置。（区委政法委负责）', '2.建强专职队伍。（区民政局负责）', '（二）提升服务水平', '1.优化办事流程。（区数据局负责）', '2.推进一网通办。（区数据局牵头，区财政局配合）', '（三）加强平安建设', '1.排查矛盾纠纷。（区司法局负责）', '']
      .map((l, i) => (i > 0 && l ? '\u3000\u3000' + l : l))
      .join('\r\n');
    let doc = TextDocument.create(uri, 'gongwen', 1, text);
    const opened = server.nextDiagnostics(uri, 1);
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'gongwen', version: 1, text } });
    assert.deepStrictEqual((await opened).diagnostics, []);
    let version = 1;
    const change = async (range: { start: { line: number; character: number }; end: { line: number; character: number } }, newText: string) => {
      doc = TextDocument.update(doc, [{ range, text: newText }], ++version);
      const got = server.nextDiagnostics(uri, version);
      await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text: newText }] });
      return (await got).diagnostics;
    };
    const block = doc.getText({ start: { line: 5, character: 0 }, end: { line: 8, character: 0 } });
    await change({ start: { line: 5, character: 0 }, end: { line: 8, character: 0 } }, '');
    const ds = await change({ start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, block);
    assert.deepStrictEqual(ds.map((d) => `${d.code}@${d.range.start.line}:${d.range.start.character}`), ['GW101@2:2', 'GW101@5:2']);
    const fixAll = async () =>
      (await server.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] } })) as CodeAction[];
    const [all] = await fixAll();
    const fixed = TextDocument.applyEdits(doc, all.edit!.changes![uri] as TextEdit[]);
    assert.strictEqual(fixed, doc.getText().replace('\u3000（二）提升', '\u3000（一）提升').replace('\u3000（一）健全', '\u3000（二）健全'));
    const edits = (all.edit!.changes![uri] as TextEdit[]).sort((a, b) => b.range.start.line - a.range.start.line);
    doc = TextDocument.update(doc, edits.map((e) => ({ range: e.range, text: e.newText })), ++version);
    const after = server.nextDiagnostics(uri, version);
    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: edits.map((e) => ({ range: e.range, text: e.newText })) });
    assert.deepStrictEqual((await after).diagnostics, []);
    assert.deepStrictEqual(await fixAll(), []);
    // The outline and the folds follow the edits: as a server that opens the final text finds them.
    const cold = await startServer();
    try {
      const coldUri = 'file:///tmp/gongwen-flows/moved-cold.gw';
      const got = cold.nextDiagnostics(coldUri, 1);
      await cold.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: coldUri, languageId: 'gongwen', version: 1, text: doc.getText() } });
      await got;
      const ask = async (s: TestServer, u: string) => [
        (await s.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: u } })) as DocumentSymbol[],
        (await s.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri: u } })) as FoldingRange[],
      ];
      const [symbols, folds] = await ask(server, uri);
      assert.deepStrictEqual([symbols, folds], await ask(cold, coldUri));
      const sections = (symbols as DocumentSymbol[])[0].children![0].children!;
      assert.deepStrictEqual(sections.map((x) => [x.name, x.range.start.line, x.range.end.line]), [['（一）提升服务水平', 2, 4], ['（二）健全组织体系', 5, 7], ['（三）加强平安建设', 8, 9]]);
    } finally {
      await cold.stop();
    }
  });
});
