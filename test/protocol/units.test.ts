import * as assert from 'assert';
import { CodeAction, CompletionItem, CompletionList, Diagnostic, Hover, MarkupContent, TextEdit } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { startServer, TestServer } from './lsp-client';

const PLAN = ['某某方案', '一、主要任务', '（一）完善内控制度。（办公室、财务科）', '（二）建立工作台账。（办公室、审计科）', '（三）开展专项检查。', ''].join('\n');

describe('responsible units over LSP', function () {
  this.timeout(30_000);
  let server: TestServer;
  const uri = 'file:///tmp/gongwen-protocol/units.gw';

  before(async () => {
    server = await startServer();
  });
  after(async () => {
    await server.stop();
  });

  it('a task without units → diagnostic → code action inserts the top-ranked lead → diagnostic gone', async () => {
    const first = server.nextDiagnostics(uri, 1);
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'gongwen', version: 1, text: PLAN } });
    const d = (await first).diagnostics.find((x: Diagnostic) => x.code === 'GW201');
    assert.ok(d);
    assert.strictEqual(d.range.start.line, 4);
    const actions = (await server.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })) as CodeAction[];
    const preferred = actions.find((a) => a.isPreferred)!;
    assert.match(preferred.title, /办公室/);
    const edits = preferred.edit!.changes![uri] as TextEdit[];
    assert.deepStrictEqual(edits.map((e) => e.newText), ['（办公室）']);
    const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'gongwen', 1, PLAN), edits);
    const second = server.nextDiagnostics(uri, 2);
    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: fixed }] });
    assert.deepStrictEqual((await second).diagnostics, []);
  });

  it('the quick-fix to type the units in: a tab stop where the client takes snippet edits, else the placeholder’s words, never `${1:…}`', async () => {
    const u = 'file:///tmp/gongwen-protocol/snippet.gw';
    const typeIn = async (s: TestServer) => {
      const first = s.nextDiagnostics(u, 1);
      await s.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: u, languageId: 'gongwen', version: 1, text: PLAN } });
      const d = (await first).diagnostics.find((x: Diagnostic) => x.code === 'GW201')!;
      const actions = (await s.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: u }, range: d.range, context: { diagnostics: [d] } })) as CodeAction[];
      return actions.find((a) => a.title === '添加责任单位（填写）')!;
    };
    // This client (like most) applies a workspace edit's text as written.
    const plain = await typeIn(server);
    assert.deepStrictEqual((plain.edit!.changes![u] as TextEdit[]).map((e) => e.newText), ['（牵头单位）']);
    // VS Code's client (languageclient 10+) takes snippet edits: the placeholder is a tab stop.
    const snippets = await startServer({ workspace: { workspaceEdit: { documentChanges: true, snippetEditSupport: true } } });
    try {
      const action = await typeIn(snippets);
      assert.strictEqual(action.edit!.changes, undefined);
      const [change] = action.edit!.documentChanges as Array<{ textDocument: { uri: string; version: number }; edits: Array<{ snippet: { kind: string; value: string } }> }>;
      assert.deepStrictEqual(change.textDocument, { uri: u, version: 1 });
      assert.deepStrictEqual(change.edits.map((e) => e.snippet), [{ kind: 'snippet', value: '（${1:牵头单位}）' }]);
    } finally {
      await snippets.stop();
    }
  });

  it('completes unit names inside an open （, most used first', async () => {
    const u = 'file:///tmp/gongwen-protocol/complete.gw';
    const text = PLAN.replace('（三）开展专项检查。', '（三）开展专项检查。（');
    const got = server.nextDiagnostics(u, 1);
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: u, languageId: 'gongwen', version: 1, text } });
    await got;
    const result = (await server.connection.sendRequest('textDocument/completion', { textDocument: { uri: u }, position: { line: 4, character: 11 } })) as CompletionItem[] | CompletionList;
    const items = Array.isArray(result) ? result : result.items;
    const sorted = [...items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
    assert.deepStrictEqual(sorted.map((i) => i.label), ['办公室', '财务科', '审计科']);
    const outside = (await server.connection.sendRequest('textDocument/completion', { textDocument: { uri: u }, position: { line: 1, character: 2 } })) as CompletionItem[];
    assert.ok(!outside || (Array.isArray(outside) ? outside : (outside as CompletionList).items).every((i) => !['办公室'].includes(String(i.label))));
  });

  it('at a line’s start, a typed （ is offered the next markers first, then the unit names', async () => {
    const u = 'file:///tmp/gongwen-protocol/complete-line-start.gw';
    const text = PLAN + '（';
    const got = server.nextDiagnostics(u, 1);
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: u, languageId: 'gongwen', version: 1, text } });
    await got;
    const result = (await server.connection.sendRequest('textDocument/completion', { textDocument: { uri: u }, position: { line: 5, character: 1 }, context: { triggerKind: 2, triggerCharacter: '（' } })) as CompletionItem[] | CompletionList;
    const items = [...(Array.isArray(result) ? result : result.items)].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
    assert.strictEqual(items[0].label, '（四）');
    assert.deepStrictEqual(items[0].textEdit, { range: { start: { line: 5, character: 0 }, end: { line: 5, character: 1 } }, newText: '（四）' });
    const labels = items.map((i) => String(i.label));
    assert.ok(labels.indexOf('办公室') > labels.indexOf('（四）'), labels.join(' '));
  });

  it('does not offer a unit name GW207 takes for a slip of another', async () => {
    const u = 'file:///tmp/gongwen-protocol/complete-slip.gw';
    const text = ['某方案', '一、主要任务', '（一）甲事项。（市人力资源社会保障局牵头）', '（二）乙事项。（市人力资源社会保障局牵头，市财政局配合）', '（三）丙事项。（市财政局牵头，市人力资源社会保章局配合）', '（四）丁事项。（', ''].join('\n');
    const got = server.nextDiagnostics(u, 1);
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: u, languageId: 'gongwen', version: 1, text } });
    assert.ok((await got).diagnostics.some((d: Diagnostic) => d.code === 'GW207'));
    const result = (await server.connection.sendRequest('textDocument/completion', { textDocument: { uri: u }, position: { line: 5, character: 8 } })) as CompletionItem[] | CompletionList;
    const labels = (Array.isArray(result) ? result : result.items).map((i) => String(i.label));
    assert.deepStrictEqual(labels.sort(), ['市财政局', '市人力资源社会保障局'].sort());
  });

  it('completes unit names after a unit label and inside an open 【', async () => {
    const u = 'file:///tmp/gongwen-protocol/complete-label.gw';
    const text = PLAN.replace('（三）开展专项检查。', '（三）开展专项检查。\n牵头单位：审计科；配合单位：') + '\n（四）明确工作责任：\n（五）加强宣传。【牵头单位：';
    const got = server.nextDiagnostics(u, 1);
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: u, languageId: 'gongwen', version: 1, text } });
    await got;
    const lines = text.split('\n');
    const at = async (line: number) => {
      const result = (await server.connection.sendRequest('textDocument/completion', { textDocument: { uri: u }, position: { line, character: lines[line].length } })) as CompletionItem[] | CompletionList | null;
      return (Array.isArray(result) ? result : (result?.items ?? [])).map((i) => String(i.label));
    };
    const label = lines.findIndex((l) => l.startsWith('牵头单位：审计科'));
    assert.ok((await at(label)).includes('财务科'));
    assert.ok((await at(lines.length - 1)).includes('办公室'));
    // A sentence that merely ends in a colon is no label.
    assert.ok(!(await at(lines.length - 2)).includes('办公室'));
  });

  it('hover on an annotation shows each unit’s role and how many tasks it leads and co-operates in', async () => {
    const hover = (await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 12 } })) as Hover;
    const value = (hover.contents as MarkupContent).value;
    assert.match(value, /\*\*办公室\*\* — 牵头；本文共牵头 3 项任务$/m);
    // A unit that only co-operates is not just “leads 0”: what it does is said too.
    assert.match(value, /\*\*财务科\*\* — 配合；本文共牵头 0 项任务，配合 1 项$/m);
  });

  it('hover on units said to answer each for its share (`分别负责落实`): each 负责 and leading, none 配合', async () => {
    const u = 'file:///tmp/gongwen-protocol/severally.gw';
    const text = ['一、主要任务', '（一）加强资金管理。（财务部、审计部分别负责落实）', ''].join('\n');
    const got = server.nextDiagnostics(u, 1);
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: u, languageId: 'gongwen', version: 1, text } });
    await got;
    const hover = (await server.connection.sendRequest('textDocument/hover', { textDocument: { uri: u }, position: { line: 1, character: 14 } })) as Hover;
    const value = (hover.contents as MarkupContent).value;
    assert.match(value, /\*\*财务部\*\* — 负责；本文共牵头 1 项任务/);
    assert.match(value, /\*\*审计部\*\* — 负责；本文共牵头 1 项任务/);
    assert.doesNotMatch(value, /配合/);
  });

  it('hover on either line of a bracket wrapped onto the next line, with the leaders it names', async () => {
    const u = 'file:///tmp/gongwen-protocol/wrapped.gw';
    const text = ['一、主要任务', '（一）完善内控制度。（牵头领导：张副市长；牵头单位：办公室；配合单', '位：财务科）', ''].join('\n');
    const got = server.nextDiagnostics(u, 1);
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: u, languageId: 'gongwen', version: 1, text } });
    await got;
    for (const position of [{ line: 1, character: 30 }, { line: 2, character: 3 }]) {
      const hover = (await server.connection.sendRequest('textDocument/hover', { textDocument: { uri: u }, position })) as Hover;
      const value = (hover.contents as MarkupContent).value;
      assert.match(value, /\*\*办公室\*\* — 牵头/);
      assert.match(value, /\*\*财务科\*\* — 配合/);
      assert.match(value, /责任领导：张副市长/);
      assert.deepStrictEqual(hover.range, { start: { line: 1, character: 10 }, end: { line: 2, character: 6 } });
    }
  });

  it('answers the gongwen/ledger request', async () => {
    const ledger = (await server.connection.sendRequest('gongwen/ledger', { uri })) as { tasks: Array<{ path: string; lead: string[] }> };
    assert.deepStrictEqual(ledger.tasks.map((t) => [t.path, t.lead.join('、')]), [
      ['一、（一）', '办公室'],
      ['一、（二）', '办公室'],
      ['一、（三）', '办公室'],
    ]);
    const md = (await server.connection.sendRequest('gongwen/ledger', { uri, format: 'md' })) as string;
    assert.match(md, /^# 任务分工表/);
  });

  it('shows the lead unit as the outline detail', async () => {
    const symbols = (await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as Array<{ children?: Array<{ children?: Array<{ name: string; detail?: string }> }> }>;
    const tasks = symbols[0].children![0].children!;
    assert.deepStrictEqual(tasks.map((t) => t.detail), ['办公室', '办公室', '办公室']);
  });
});
