import * as assert from 'assert';
import fc from 'fast-check';
import { CancellationTokenSource, Diagnostic, Position } from 'vscode-languageserver/node';
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

  /** Diagnostics as comparable strings: rule, range and message. */
  const published = (ds: Diagnostic[]) => ds.map((d) => `${d.code}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.message}`);
  const fresh = (text: string) => analyze(text).findings.map((f) => `${f.rule}@${f.range.start.line}:${f.range.start.character}-${f.range.end.line}:${f.range.end.character} ${f.message}`);

  /**
   * Random didChange notifications: inserts, deletes, a pasted seed, an "undo" to an earlier full
   * text, and batches of several changes (each referring to the text the ones before it left).
   */
  function randomEdits(start: string, runs: number, seed: number) {
    const pasted = readSeed('004').slice(0, 2000);
    const piece = fc.constantFrom('一、', '（二）', '1.', '加强领导', '。', '（办公室、财务处）', '\n', '\r\n', '　　', pasted);
    const steps = fc.sample(fc.array(fc.tuple(fc.nat(), fc.nat(40), piece, fc.nat(5)), { minLength: 1, maxLength: 3 }), { numRuns: runs, seed });
    let doc = TextDocument.create('file:///scratch.gw', 'gongwen', 1, start);
    const history: string[] = [];
    return steps.map((batch) => {
      const changes: Array<{ range: { start: Position; end: Position }; text: string }> = [];
      const before = doc.getText();
      for (const [at, del, text, kind] of batch) {
        const len = doc.getText().length;
        const from = at % (len + 1);
        const change =
          kind === 4 && history.length
            ? { range: { start: doc.positionAt(0), end: doc.positionAt(len) }, text: history.pop()! } // "undo": back to an earlier text
            : { range: { start: doc.positionAt(from), end: doc.positionAt(Math.min(len, from + (kind === 0 ? del : 0))) }, text: kind === 0 ? '' : text };
        changes.push(change);
        doc = TextDocument.update(doc, [change], doc.version + 1);
      }
      history.push(before);
      return { changes, text: doc.getText() };
    });
  }

  it('after random edits (insert, delete, paste a seed, undo, batches) its diagnostics equal a fresh analysis', async () => {
    const uri = 'file:///tmp/gongwen-robust/random.gw';
    const start = '一、甲\n（一）乙。（办公室）\n';
    const first = server.nextDiagnostics(uri, 1);
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'gongwen', version: 1, text: start } });
    await first;
    let version = 1;
    for (const { changes, text } of randomEdits(start, 60, 7)) {
      version++;
      const got = server.nextDiagnostics(uri, version);
      await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
      assert.deepStrictEqual(published((await got).diagnostics), fresh(text), `after edit to version ${version}`);
    }
  });

  it('with edits piling up between analyses (debounced), its diagnostics still equal a fresh analysis', async () => {
    const debounced = await startServer({ initializationOptions: { diagnosticsDelay: 30 } });
    try {
      const uri = 'file:///tmp/gongwen-robust/debounced.gw';
      const start = readSeed('004');
      const first = debounced.nextDiagnostics(uri, 1);
      await debounced.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'gongwen', version: 1, text: start } });
      await first;
      const edits = randomEdits(start, 40, 11);
      let version = 1;
      // Bursts of one to four notifications sent at once: only the last version is analysed.
      for (let i = 0; i < edits.length; ) {
        const burst = edits.slice(i, i + 1 + (i % 4));
        i += burst.length;
        const got = debounced.nextDiagnostics(uri, version + burst.length);
        for (const { changes } of burst) {
          version++;
          await debounced.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
        }
        assert.deepStrictEqual(published((await got).diagnostics), fresh(burst[burst.length - 1].text), `after the burst ending at version ${version}`);
      }
    } finally {
      await debounced.stop();
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
