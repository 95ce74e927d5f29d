import * as assert from 'assert';
import { CodeAction, CompletionItem, CompletionList, TextEdit } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { startServer, TestServer } from './lsp-client';

describe('drafting over LSP: formatting, completion, renumbering', function () {
  this.timeout(30_000);
  let server: TestServer;
  const applied: Array<{ edit: { changes: Record<string, TextEdit[]> } }> = [];

  before(async () => {
    server = await startServer();
    server.connection.onRequest('workspace/applyEdit', (p: { edit: { changes: Record<string, TextEdit[]> } }) => {
      applied.push(p);
      return { applied: true };
    });
  });
  after(async () => {
    await server.stop();
  });

  async function open(uri: string, text: string) {
    const got = server.nextDiagnostics(uri, 1);
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'gongwen', version: 1, text } });
    await got;
  }

  it('formats a document', async () => {
    const uri = 'file:///tmp/gongwen-drafting/f.gw';
    const text = '一.总体要求\n加强领导,完善制度  \n';
    await open(uri, text);
    const edits = (await server.connection.sendRequest('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 4, insertSpaces: true } })) as TextEdit[];
    assert.strictEqual(TextDocument.applyEdits(TextDocument.create(uri, 'gongwen', 1, text), edits), '一、总体要求\n加强领导，完善制度\n');
  });

  it('completes the next markers at a line start', async () => {
    const uri = 'file:///tmp/gongwen-drafting/c.gw';
    await open(uri, '一、甲\n二、乙\n\n');
    const r = (await server.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 2, character: 0 } })) as CompletionItem[] | CompletionList;
    const labels = (Array.isArray(r) ? r : r.items).map((i) => i.label);
    assert.ok(labels.includes('三、') && labels.includes('（一）'), labels.join(' '));
  });

  it('renumbers through the command and the code action', async () => {
    const uri = 'file:///tmp/gongwen-drafting/r.gw';
    const text = '一、甲\n（一）子\n（二）新\n（二）旧\n';
    await open(uri, text);
    const result = (await server.connection.sendRequest('workspace/executeCommand', { command: 'gongwen.server.renumber', arguments: [uri, null] })) as { changed: number };
    assert.strictEqual(result.changed, 1);
    const edits = applied[applied.length - 1].edit.changes[uri];
    assert.strictEqual(TextDocument.applyEdits(TextDocument.create(uri, 'gongwen', 1, text), edits), '一、甲\n（一）子\n（二）新\n（三）旧\n');
    const actions = (await server.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } },
      context: { diagnostics: [], only: ['refactor'] },
    })) as CodeAction[];
    assert.deepStrictEqual(actions.map((a) => a.kind), ['refactor.rewrite']);
  });

  it('a GW101 quick-fix renumbers until the run reads as written, as the renumbering it names', async () => {
    // One pass writes `（一）甲` `（2）乙` `（二）丙`, where the `（2）` reads as the `（二）` after `（一）` and the `（二）丙` repeats it.
    const uri = 'file:///tmp/gongwen-drafting/q.gw';
    const text = '（三）甲\n（2）乙\n（三）丙\n';
    const got = server.nextDiagnostics(uri, 1);
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'gongwen', version: 1, text } });
    const d = (await got).diagnostics.find((x) => x.code === 'GW101')!;
    assert.strictEqual(d.range.start.line, 0);
    const actions = (await server.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] } })) as CodeAction[];
    const fix = actions.find((a) => a.diagnostics?.[0]?.code === 'GW101' && a.isPreferred)!;
    assert.strictEqual(TextDocument.applyEdits(TextDocument.create(uri, 'gongwen', 1, text), fix.edit!.changes![uri] as TextEdit[]), '（一）甲\n（二）乙\n（三）丙\n');
  });

  it('a client that resolves edits gets the renumberings\' edits only when it resolves them, the same edits', async () => {
    const resolving = await startServer({ textDocument: { codeAction: { resolveSupport: { properties: ['edit'] } } } });
    try {
      const uri = 'file:///tmp/gongwen-drafting/r.gw';
      const text = '（三）甲\n（2）乙\n（三）丙\n';
      const got = resolving.nextDiagnostics(uri, 1);
      await resolving.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'gongwen', version: 1, text } });
      const d = (await got).diagnostics.find((x) => x.code === 'GW101')!;
      const actions = (await resolving.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })) as CodeAction[];
      const fix = actions.find((a) => a.diagnostics?.[0]?.code === 'GW101' && a.isPreferred)!;
      const run = actions.find((a) => a.kind === 'refactor.rewrite')!;
      assert.ok(fix && run, JSON.stringify(actions));
      // Sent without their edits: the passes (a parse each) run when the action is chosen.
      assert.strictEqual(fix.edit, undefined);
      assert.strictEqual(run.edit, undefined);
      const doc = TextDocument.create(uri, 'gongwen', 1, text);
      for (const a of [fix, run]) {
        const resolved = (await resolving.connection.sendRequest('codeAction/resolve', a)) as CodeAction;
        assert.strictEqual(TextDocument.applyEdits(doc, resolved.edit!.changes![uri] as TextEdit[]), '（一）甲\n（二）乙\n（三）丙\n', a.title);
      }
      // Other fixes keep their edits (nothing to work out).
      const other = actions.filter((a) => a.kind === 'quickfix' && a.diagnostics?.[0]?.code !== 'GW101');
      for (const a of other) assert.ok(a.edit || a.command, a.title);
    } finally {
      await resolving.stop();
    }
  });

  it('moves a task down with the command', async () => {
    const uri = 'file:///tmp/gongwen-drafting/m.gw';
    const text = '一、甲\n（一）第一项\n（二）第二项\n';
    await open(uri, text);
    const result = (await server.connection.sendRequest('workspace/executeCommand', { command: 'gongwen.server.moveTask', arguments: [uri, 1, 1] })) as { newLine: number };
    assert.strictEqual(result.newLine, 2);
    const edits = applied[applied.length - 1].edit.changes[uri];
    assert.strictEqual(TextDocument.applyEdits(TextDocument.create(uri, 'gongwen', 1, text), edits), '一、甲\n（一）第二项\n（二）第一项\n');
  });
});
