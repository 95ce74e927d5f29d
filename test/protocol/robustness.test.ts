import * as assert from 'assert';
import fc from 'fast-check';
import { CancellationTokenSource, Diagnostic } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../server/src/analysis';
import { readSeed } from '../util';
import { startServer, TestServer } from './lsp-client';

describe('server robustness', function () {
  this.timeout(120_000);
  let server: TestServer;
  before(async () => {
    server = await startServer();
  });
  after(async () => {
    await server.stop();
  });

  it('after random edits (insert, delete, paste a seed, undo) its diagnostics equal a fresh analysis', async () => {
    const uri = 'file:///tmp/gongwen-robust/random.gw';
    const seed = readSeed('004');
    let doc = TextDocument.create(uri, 'gongwen', 1, '一、甲\n（一）乙。（办公室）\n');
    const first = server.nextDiagnostics(uri, 1);
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'gongwen', version: 1, text: doc.getText() } });
    await first;
    const piece = fc.constantFrom('一、', '（二）', '1.', '加强领导', '。', '（办公室、财务处）', '\n', '\r\n', '　　', seed.slice(0, 2000));
    const edits = fc.sample(fc.tuple(fc.nat(), fc.nat(40), piece, fc.nat(5)), { numRuns: 60, seed: 7 });
    const history: string[] = [];
    for (const [at, del, text, kind] of edits) {
      const len = doc.getText().length;
      const start = doc.positionAt(at % (len + 1));
      const end = doc.positionAt(Math.min(len, (at % (len + 1)) + (kind === 0 ? del : 0)));
      let change: { range: { start: typeof start; end: typeof end }; text: string };
      if (kind === 4 && history.length) {
        // "undo": back to an earlier full text
        const prev = history.pop()!;
        change = { range: { start: doc.positionAt(0), end: doc.positionAt(len) }, text: prev };
      } else change = { range: { start, end }, text: kind === 0 ? '' : text };
      history.push(doc.getText());
      const version = doc.version + 1;
      doc = TextDocument.update(doc, [change], version);
      const got = server.nextDiagnostics(uri, version);
      await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
      const published = (await got).diagnostics.map((d: Diagnostic) => `${d.code}@${d.range.start.line}:${d.range.start.character}`);
      const expected = analyze(doc.getText()).findings.map((f) => `${f.rule}@${f.range.start.line}:${f.range.start.character}`);
      assert.deepStrictEqual(published, expected, `after edit to version ${version}`);
    }
  });

  it('exits when its client goes away (stdin closed)', async () => {
    const s = await startServer();
    const exited = new Promise<number | null>((resolve) => s.process.once('exit', (code) => resolve(code)));
    s.process.stdin!.end();
    const code = await Promise.race([exited, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 10_000))]);
    assert.notStrictEqual(code, 'timeout', 'server did not exit after its input closed');
    s.connection.dispose();
  });

  it('answers a cancelled request with a result or RequestCancelled, never hangs', async () => {
    const uri = 'file:///tmp/gongwen-robust/cancel.gw';
    const got = server.nextDiagnostics(uri, 1);
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'gongwen', version: 1, text: readSeed('004') } });
    await got;
    const source = new CancellationTokenSource();
    const pending = server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }, source.token);
    source.cancel();
    const outcome = await Promise.race([pending.then(() => 'result', (e: { code?: number }) => `error ${e.code}`), new Promise((r) => setTimeout(() => r('timeout'), 10_000))]);
    assert.notStrictEqual(outcome, 'timeout');
  });
});
