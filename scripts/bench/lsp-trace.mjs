// `node scripts/bench/lsp-trace.mjs [ROOT] [--json FILE] [--quiet] [--over MS] [--no-trace] [--node-args "..."]`: the bench's typing session alone
// (run.mjs: the 100k plan, 200 one-character edits, debounce 0) against ONE server process started
// from ROOT's dist/server.js as the client starts it (runtime.ts), and per edit: its time
// didChange → publishDiagnostics, the edited line's kind, and, where the server was built with
// server/src/trace.ts (GONGWEN_TRACE), where the time went: before the change event (reading and
// parsing the message, applying the change to the lines), the analysis, findings → diagnostics,
// serialising and writing the answer, after it (reading it here), the GCs inside the edit, and the
// server's CPU time (all its threads) in the analysis and in all of the edit. Prints the edits over
// 15 ms (--over MS) and a summary line (p50, p95, edits over 15 ms); --json FILE keeps every edit.
// One server at a time: on a machine of two vCPUs a second one would measure the other.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
const require = createRequire(import.meta.url);
const ROOT = path.resolve(process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : path.join(path.dirname(new URL(import.meta.url).pathname), '..', '..'));
const arg = (name) => (process.argv.indexOf(name) > 0 ? process.argv[process.argv.indexOf(name) + 1] : null);
const { generatePlan } = await import(path.join(ROOT, 'scripts', 'bench', 'generate.mjs'));
const { SERVER_EXEC_ARGV, SERVER_ENV } = require(path.join(ROOT, 'out', 'server', 'src', 'runtime.js'));
const rpc = require('vscode-languageserver/node');
const now = () => performance.timeOrigin + performance.now();
const traceFile = `/tmp/gongwen-trace-${process.pid}.jsonl`;
const extra = (arg('--node-args') ?? '').split(' ').filter(Boolean);
const child = spawn(process.execPath, [...SERVER_EXEC_ARGV, ...extra, path.join(ROOT, 'dist', 'server.js'), '--stdio'], {
  stdio: ['pipe', 'pipe', 'inherit'],
  // --no-trace: the server untraced (its figures as the bench's, without the records' own cost).
  env: { ...process.env, ...SERVER_ENV, ...(process.argv.includes('--no-trace') ? {} : { GONGWEN_TRACE: traceFile }) },
});
const conn = rpc.createProtocolConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
const waiters = [];
conn.onNotification('textDocument/publishDiagnostics', (p) => {
  const at = now();
  for (let i = waiters.length - 1; i >= 0; i--) if (waiters[i].version === p.version) waiters.splice(i, 1)[0].resolve(at);
});
conn.onRequest('workspace/configuration', () => [{}]);
conn.listen();
await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions: { diagnosticsDelay: 0 } });
await conn.sendNotification('initialized', {});
const diagnostics = (version) => new Promise((resolve) => waiters.push({ version, resolve }));
const text = generatePlan(100_000);
const lines = text.split('\n');
const uri = 'file:///bench/plan.gw';
let version = 1;
const opened = diagnostics(version);
await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'gongwen', version, text } });
await opened;
const kindOf = (n) => {
  const l = lines[n].replace(/^[　\s]+/, '');
  if (n < 9) return 'cover';
  if (/^[一二三四五六七八九十]+、/.test(l)) return 'heading1';
  if (/^（[一二三四五六七八九十]+）/.test(l)) return 'heading2';
  if (/^\d+[.、]/.test(l)) return /）$/.test(l) ? 'task+annot' : 'task';
  if (/^（\d+）/.test(l)) return 'item(1)';
  return 'body';
};
const edits = [];
let lastLine = 0;
let lastChar = 0;
for (let k = 0; k < 200; k++) {
  let change;
  const line = Math.floor((k * 7919) % lines.length);
  const character = Math.min(lines[line].length, 4);
  if (k % 2 === 1) change = { range: { start: { line: lastLine, character: lastChar }, end: { line: lastLine, character: lastChar + 1 } }, text: '' };
  else {
    lastLine = line;
    lastChar = character;
    change = { range: { start: { line, character }, end: { line, character } }, text: '的' };
  }
  version++;
  const got = diagnostics(version);
  const t0 = now();
  await conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
  const t7 = await got;
  edits.push({ k, version, line: change.range.start.line, kind: kindOf(change.range.start.line), insert: k % 2 === 0, t0, t7, ms: t7 - t0 });
}
await conn.sendRequest('shutdown').catch(() => undefined);
await conn.sendNotification('exit').catch(() => undefined);
await new Promise((r) => child.on('exit', r));
conn.dispose();
// The server's records, matched to the edits by version.
if (existsSync(traceFile)) {
  const recs = readFileSync(traceFile, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  rmSync(traceFile);
  const gcs = recs.filter((r) => r[0] === 'gc');
  for (const e of edits) {
    const change = recs.findIndex((r) => r[0] === 'change' && r[2] === e.version);
    if (change < 0) continue;
    // The first chunk of this message's bytes: the first to arrive after it was sent (clocks of two processes: ±0.5 ms).
    const ins = recs.slice(0, change).filter((r) => r[0] === 'in' && r[1] >= e.t0 - 0.5);
    const tIn = ins.length ? ins[0][1] : recs[change][1];
    const at = (what) => recs.slice(change).find((r) => r[0] === what)[1];
    const tChange = recs[change][1], tPub = at('publish'), tAn = at('analyzed'), tConv = at('converted'), tSent = at('sent');
    e.toServer = tIn - e.t0;
    e.read = tChange - tIn;
    e.analyze = tAn - tPub;
    e.convert = tConv - tAn;
    e.write = tSent - tConv;
    e.back = e.t7 - tSent;
    const cpuAt = (what) => recs.slice(change).find((r) => r[0] === what)[3];
    e.cpuAnalyze = cpuAt('analyzed') - cpuAt('publish');
    e.cpuServer = cpuAt('sent') - recs[change][3];
    const inside = gcs.filter((g) => g[1] >= e.t0 && g[1] < e.t7);
    e.gcMs = inside.reduce((s, g) => s + g[2][0], 0);
    e.gcs = inside.map((g) => `${g[2][1] === 1 ? 'minor' : g[2][1] === 4 ? 'major' : g[2][1] === 8 ? 'incr' : 'k' + g[2][1]}:${g[2][0].toFixed(1)}`);
    e.gcAnalyze = inside.filter((g) => g[1] >= tPub && g[1] < tAn).reduce((s, g) => s + g[2][0], 0);
  }
}
const sorted = [...edits].map((e) => e.ms).sort((a, b) => a - b);
const p95 = sorted[Math.min(199, Math.floor(200 * 0.95))];
const summary = { p50: sorted[100], p95, over15: edits.filter((e) => e.ms > 15).length, first20Over15: edits.slice(0, 20).filter((e) => e.ms > 15).length };
const f = (x) => (x === undefined ? '-' : x.toFixed(1));
if (!process.argv.includes('--quiet')) {
  console.log('k\tline\tkind\tms\ttoSrv\tread\tanalyze\tcpuAn\t(gc)\tconvert\twrite\tback\tgcs');
  for (const e of edits.filter((e) => e.ms > (Number(arg('--over')) || 15)))
    console.log(`${e.k}\t${e.line}\t${e.kind}${e.insert ? '+' : '-'}\t${f(e.ms)}\t${f(e.toServer)}\t${f(e.read)}\t${f(e.analyze)}\t${f(e.cpuAnalyze)}\t(${f(e.gcAnalyze)})\t${f(e.convert)}\t${f(e.write)}\t${f(e.back)}\t${(e.gcs ?? []).join(' ')}`);
}
console.log(JSON.stringify(summary));
if (arg('--json')) writeFileSync(arg('--json'), JSON.stringify({ summary, edits }));
