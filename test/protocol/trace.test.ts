import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { startServer } from './lsp-client';
import { tempDir } from '../util';

const PLAN = ['某某工作方案', '一、总体要求', '（一）指导思想', '坚持问题导向。', '二、主要任务', '（一）健全制度', '（三）加强培训', ''].join('\n');

describe('the server traced (GONGWEN_TRACE, server/src/trace.ts)', function () {
  this.timeout(30_000);

  it('writes, when it exits, each edit\'s stages in order with the CPU time, and the messages\' arrivals', async () => {
    const file = path.join(tempDir('trace'), 'trace.jsonl');
    const server = await startServer({ env: { GONGWEN_TRACE: file } });
    const uri = 'file:///tmp/gongwen-protocol/traced.gw';
    const opened = server.nextDiagnostics(uri, 1);
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'gongwen', version: 1, text: PLAN } });
    await opened;
    const changed = server.nextDiagnostics(uri, 2);
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 6, character: 3 }, end: { line: 6, character: 3 } }, text: '的' }],
    });
    await changed;
    await server.stop();
    const records = fs.readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as [string, number, unknown?, number?]);
    const from = records.findIndex((r) => r[0] === 'change' && r[2] === 2);
    assert.ok(from > 0, JSON.stringify(records));
    assert.ok(records.slice(0, from).some((r) => r[0] === 'in'), 'the message\'s bytes arrive before its change event');
    const stages = records.slice(from).filter((r) => r[0] !== 'in' && r[0] !== 'gc');
    assert.deepStrictEqual(stages.slice(0, 5).map((r) => r[0]), ['change', 'publish', 'analyzed', 'converted', 'sent']);
    for (let i = 1; i < 5; i++) {
      assert.ok(stages[i][1] >= stages[i - 1][1], 'in time order');
      assert.ok((stages[i][3] as number) >= (stages[i - 1][3] as number), 'CPU time in order');
    }
  });
});
