// `npm run bench [-- --json] [--sessions N] [--runtime PATH]`: speed and memory of Gongwen on synthetic plans (generate.mjs).
// Medians of repeated runs; the LSP figures go through the real server process (dist/server.js).
// With --json the last line is one JSON object (the shape CI scripts read).
import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { generatePlan } from './generate.mjs';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const { analyze, LineText } = require(path.join(ROOT, 'out', 'server', 'src', 'analysis', 'index.js'));
const { segmenterStats } = require(path.join(ROOT, 'out', 'server', 'src', 'analysis', 'segmenter.js'));
const { clearLineCaches } = require(path.join(ROOT, 'out', 'server', 'src', 'analysis', 'memo.js'));
const { defaultConfig } = require(path.join(ROOT, 'out', 'server', 'src', 'analysis', 'config.js'));
const { SERVER_EXEC_ARGV, SERVER_ENV } = require(path.join(ROOT, 'out', 'server', 'src', 'runtime.js'));
const rpc = require('vscode-languageserver/node');
const json = process.argv.includes('--json');
// `--runtime PATH`: the Node that runs the server process (default: the one running this script).
// The editor starts the server on its own Node (Electron's, or a remote host's), whose V8 may
// behave differently; e.g. `--runtime .cache/node24/package/bin/node` (installed by npm run test:e2e).
const runtimeAt = process.argv.indexOf('--runtime');
const RUNTIME = runtimeAt > 0 ? path.resolve(process.argv[runtimeAt + 1]) : process.execPath;
const log = (s) => console.log(s);

const median = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
const pct = (a, p) => [...a].sort((x, y) => x - y)[Math.min(a.length - 1, Math.floor((a.length * p) / 100))];
function time(fn, runs) {
  const ms = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    ms.push(performance.now() - t);
  }
  return median(ms);
}

const SIZES = { '10k': 10_000, '100k': 100_000, '1M': 1_000_000 };
const texts = Object.fromEntries(Object.entries(SIZES).map(([k, n]) => [k, generatePlan(n)]));
const mb = (s) => Buffer.byteLength(s, 'utf8') / 1e6;

// 0. Cold segmenter load, in a fresh process (jieba's dictionary from dist/, as the server does).
const coldLoadMs = Number(
  execFileSync(process.execPath, ['-e', `const s=require(${JSON.stringify(path.join(ROOT, 'out', 'server', 'src', 'analysis', 'segmenter.js'))});const t=performance.now();s.segment('测试分词');console.log(performance.now()-t)`], { encoding: 'utf8' }).trim(),
);
log(`segmenter: cold load and first sentence ${coldLoadMs.toFixed(0)} ms`);

// 1. Full analysis (the analysis core, in this process), cold: the per-line caches are emptied
// before every run, so this is the cost of a document seen for the first time. (The segmenter's
// dictionary stays loaded; its cold load is measured above.)
// The JIT is warmed on every size first (the server is a long-running process; the cost of its
// first, unoptimised analyses is in the "first diagnostics" figure below). Warming one size only
// right before timing it left the 10k figure mostly compile time: 15 ms against 4 ms warm.
const fullMs = {};
const fullMBps = {};
for (let round = 0; round < 3; round++) {
  for (const t of Object.values(texts)) {
    clearLineCaches();
    analyze(t);
  }
}
for (const [k, t] of Object.entries(texts)) {
  fullMs[k] = time(() => {
    clearLineCaches();
    analyze(t);
  }, k === '1M' ? 5 : 9);
  fullMBps[k] = mb(t) / (fullMs[k] / 1000);
  log(`full analysis ${k.padStart(4)} (${t.length} chars, ${mb(t).toFixed(2)} MB UTF-8): ${fullMs[k].toFixed(1)} ms, ${fullMBps[k].toFixed(2)} MB/s`);
}
clearLineCaches();
const segChars0 = segmenterStats.characters;
// A fresh text of the same shape, so the sentence cache does not hide the work.
const fresh1M = generatePlan(1_000_000, 7);
analyze(fresh1M);
const segmented = segmenterStats.characters - segChars0;
log(`segmented for a full analysis of the 1M plan: ${segmented} of ${fresh1M.length} chars (${((100 * segmented) / fresh1M.length).toFixed(2)}%)`);
// Incremental re-analysis in the core after a one-character edit, as the server does it: one Config,
// its per-line caches warm, the previous analysis handed over (its source, and the findings of rules
// whose inputs the edit left alone), and the text kept as lines, the edit applied to them as the
// server applies an editor's change event (server/src/documents.ts); each run types into another
// line. Only analyze() is timed.
const config = defaultConfig();
let doc = LineText.of(texts['100k']);
let typed = analyze(doc, config);
let editAt = 0;
const reanalysis = [];
for (let run = 0; run < 21; run++) {
  const text = doc.text;
  editAt = text.indexOf('。', (editAt + 4_999) % text.length) + 1 || 1;
  const at = doc.positionAt(editAt);
  doc = doc.applied([{ range: { start: at, end: at }, text: '的' }]);
  const t = performance.now();
  typed = analyze(doc, config, typed.handover);
  reanalysis.push(performance.now() - t);
}
const reanalysisMs = median(reanalysis);
log(`re-analysis after a one-character edit, 100k plan (per-line caches warm, previous analysis handed over, text kept as lines): ${reanalysisMs.toFixed(1)} ms`);

// 2. Baselines on the same 1M text. autocorrect-node is installed on demand into .cache/bench:
// its published optional dependencies name platform packages that do not exist on the registry,
// which breaks `npm ci` when it is a devDependency.
function loadAutocorrect() {
  const dir = path.join(ROOT, '.cache', 'bench');
  const entry = path.join(dir, 'node_modules', 'autocorrect-node');
  if (!existsSync(entry)) {
    mkdirSync(dir, { recursive: true });
    execFileSync('npm', ['install', '--no-save', '--no-package-lock', '--prefix', dir, 'autocorrect-node@2.14.0'], { stdio: 'ignore' });
  }
  return require(entry);
}

let autocorrectMs = null;
let markdownlintMs = null;
try {
  const autocorrect = loadAutocorrect();
  autocorrect.lintFor(texts['1M'].slice(0, 1000), 'text.txt');
  autocorrectMs = time(() => autocorrect.lintFor(texts['1M'], 'plan.txt'), 5);
  log(`autocorrect-node lint of the 1M text: ${autocorrectMs.toFixed(1)} ms`);
} catch (e) {
  log(`autocorrect-node unavailable: ${e.message}`);
}
try {
  const { lint } = await import('markdownlint/sync');
  markdownlintMs = time(() => lint({ strings: { plan: texts['1M'] } }), 3);
  log(`markdownlint of the same text as Markdown: ${markdownlintMs.toFixed(1)} ms`);
} catch (e) {
  log(`markdownlint unavailable: ${e.message}`);
}
const vsAutocorrect = autocorrectMs ? fullMs['1M'] / autocorrectMs : null;
const vsMarkdownlint = markdownlintMs ? fullMs['1M'] / markdownlintMs : null;
if (vsAutocorrect) log(`ratio ours/autocorrect-node: ${vsAutocorrect.toFixed(2)}; ours/markdownlint: ${vsMarkdownlint?.toFixed(2)}`);

// 3. The real server over LSP.
const runtimeVersion = execFileSync(RUNTIME, ['--version'], { encoding: 'utf8' }).trim();
log(`server process: ${Object.entries(SERVER_ENV).map(([k, v]) => `${k}=${v} `).join('')}node ${runtimeVersion} ${SERVER_EXEC_ARGV.join(' ')}`);
async function startServer() {
  const t0 = performance.now();
  // With the Node options and environment the client starts it with (server/src/runtime.ts).
  const child = spawn(RUNTIME, [...SERVER_EXEC_ARGV, path.join(ROOT, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'], env: { ...process.env, ...SERVER_ENV } });
  const conn = rpc.createProtocolConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
  const waiters = [];
  conn.onNotification('textDocument/publishDiagnostics', (p) => {
    for (let i = waiters.length - 1; i >= 0; i--) if (waiters[i].uri === p.uri && waiters[i].version === p.version) waiters.splice(i, 1)[0].resolve(p);
  });
  conn.onRequest('workspace/configuration', () => [{}]);
  conn.listen();
  await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions: { diagnosticsDelay: 0 } });
  const initializeMs = performance.now() - t0;
  await conn.sendNotification('initialized', {});
  const diagnostics = (uri, version) => new Promise((resolve) => waiters.push({ uri, version, resolve }));
  const rss = () => Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))[1]) / 1024;
  const stop = async () => {
    await conn.sendRequest('shutdown').catch(() => undefined);
    await conn.sendNotification('exit').catch(() => undefined);
    conn.dispose();
    child.kill();
  };
  return { conn, t0, initializeMs, diagnostics, rss, stop };
}

const initMs = [];
const firstDiagMs = [];
for (let i = 0; i < 5; i++) {
  const s = await startServer();
  initMs.push(s.initializeMs);
  const uri = 'file:///bench/first.gw';
  const got = s.diagnostics(uri, 1);
  await s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'gongwen', version: 1, text: texts['100k'] } });
  await got;
  firstDiagMs.push(performance.now() - s.t0);
  await s.stop();
}
log(`server start: initialize answered in ${median(initMs).toFixed(0)} ms; first diagnostics of the 100k plan ${median(firstDiagMs).toFixed(0)} ms after spawn`);

// A typing session: open the 100k plan, 200 one-character edits spread through it (each edit's
// time is didChange → its publishDiagnostics), then open the 1M plan beside it and read the
// server's peak RSS. Run in SESSIONS fresh server processes; each figure is the median over them.
// `--sessions N` runs more of them (default 3): on a busy machine one server's p95 varies by a few
// ms from the next, and the median of 9 or 12 tells two builds apart where that of 3 cannot.
const sessionsAt = process.argv.indexOf('--sessions');
const SESSIONS = sessionsAt > 0 ? Math.max(1, Number.parseInt(process.argv[sessionsAt + 1], 10) || 3) : 3;
// The first edits after opening run before V8 has optimised the incremental path; the rest is the
// steady state of a document being typed into. Reported beside the figures over all 200 edits.
const WARM_UP = 20;
/**
 * Open the 100k plan in `server`, then time 200 edits, `changeFor(k, lines)` the k-th (`lines`:
 * the plan's lines as opened): each edit's time is didChange → its publishDiagnostics.
 */
async function timedEdits(server, changeFor) {
  const uri = 'file:///bench/plan.gw';
  let version = 1;
  const opened = server.diagnostics(uri, version);
  await server.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'gongwen', version, text: texts['100k'] } });
  await opened;
  const lines = texts['100k'].split('\n');
  const times = [];
  for (let k = 0; k < 200; k++) {
    const change = changeFor(k, lines);
    version++;
    const got = server.diagnostics(uri, version);
    const t = performance.now();
    await server.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
    await got;
    times.push(performance.now() - t);
  }
  return times;
}

async function typingSession() {
  const server = await startServer();
  let lastLine = 0;
  let lastChar = 0;
  const keystrokes = await timedEdits(server, (k, lines) => {
    const line = Math.floor((k * 7919) % lines.length);
    const character = Math.min(lines[line].length, 4);
    // Insert a character, then (next round) delete it, so the document stays the same size.
    if (k % 2 === 1) return { range: { start: { line: lastLine, character: lastChar }, end: { line: lastLine, character: lastChar + 1 } }, text: '' };
    lastLine = line;
    lastChar = character;
    return { range: { start: { line, character }, end: { line, character } }, text: '的' };
  });
  // Where the 1M plan starts from: the server after the typing session (its peak so far).
  const rssBefore1MMB = server.rss();
  const opened = server.diagnostics('file:///bench/big.gw', 1);
  await server.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: 'file:///bench/big.gw', languageId: 'gongwen', version: 1, text: texts['1M'] } });
  await opened;
  const rssMB = server.rss();
  await server.stop();
  const steady = keystrokes.slice(WARM_UP);
  return {
    p50: pct(keystrokes, 50),
    p95: pct(keystrokes, 95),
    warmUpMax: Math.max(...keystrokes.slice(0, WARM_UP)),
    // p95 of 200 is the 10th slowest (pct above): it meets 15 ms when at most 9 edits take longer.
    over15: keystrokes.filter((ms) => ms > 15).length,
    steadyP50: pct(steady, 50),
    steadyP95: pct(steady, 95),
    rssMB,
    rssBefore1MMB,
  };
}
// Line breaks: the same plan, 200 edits that add or remove a line (Enter at the end of a line, then
// Backspace joining it again), in fresh servers. Every line below such an edit moves, so its
// markers, annotations, headings and tasks are made again at their new line numbers; the findings
// of rules whose inputs only moved are carried (carry.ts). Reported beside the keystroke figures;
// the target is stated for the one-character edits above.
async function lineBreakSession() {
  const server = await startServer();
  let at = null;
  const edits = await timedEdits(server, (k, lines) => {
    if (k % 2 === 1) return { range: { start: at, end: { line: at.line + 1, character: 0 } }, text: '' };
    const line = Math.floor((k * 7919) % lines.length);
    at = { line, character: lines[line].length };
    return { range: { start: at, end: at }, text: '\n' };
  });
  await server.stop();
  return { p50: pct(edits, 50), p95: pct(edits, 95), over15: edits.filter((ms) => ms > 15).length };
}

const sessions = [];
for (let i = 0; i < SESSIONS; i++) sessions.push(await typingSession());
const breaks = [];
for (let i = 0; i < SESSIONS; i++) breaks.push(await lineBreakSession());
const over = (key) => median(sessions.map((s) => s[key]));
const each = (key, d = 1) => sessions.map((s) => s[key].toFixed(d)).join(' / ');
const keystrokeP50Ms = over('p50');
const keystrokeP95Ms = over('p95');
const keystrokeSteadyP50Ms = over('steadyP50');
const keystrokeSteadyP95Ms = over('steadyP95');
const rssMB = over('rssMB');
log(`keystroke → diagnostics on the 100k plan (200 edits, debounce 0; median of ${SESSIONS} servers): p50 ${keystrokeP50Ms.toFixed(1)} ms, p95 ${keystrokeP95Ms.toFixed(1)} ms (each: p95 ${each('p95')})`);
log(`  edits over 15 ms: ${over('over15')} of 200 (each: ${each('over15', 0)}); the first ${WARM_UP} edits: max ${over('warmUpMax').toFixed(1)} ms; the other ${200 - WARM_UP}: p50 ${keystrokeSteadyP50Ms.toFixed(1)} ms, p95 ${keystrokeSteadyP95Ms.toFixed(1)} ms (each: p95 ${each('steadyP95')})`);
const lineBreakP50Ms = median(breaks.map((b) => b.p50));
const lineBreakP95Ms = median(breaks.map((b) => b.p95));
log(`line break → diagnostics on the 100k plan (200 edits: Enter at a line's end, then Backspace; median of ${SESSIONS} servers): p50 ${lineBreakP50Ms.toFixed(1)} ms, p95 ${lineBreakP95Ms.toFixed(1)} ms (each: p95 ${breaks.map((b) => b.p95.toFixed(1)).join(' / ')}; over 15 ms: ${breaks.map((b) => b.over15).join(' / ')})`);
log(`server peak RSS after the 1M plan: ${rssMB.toFixed(0)} MB (each: ${each('rssMB', 0)}); before it, after the typing session: ${over('rssBefore1MMB').toFixed(0)} MB (each: ${each('rssBefore1MMB', 0)})`);

const round = (x, d = 2) => (x === null ? null : Number(x.toFixed(d)));
const result = {
  fullMBps: Object.fromEntries(Object.entries(fullMBps).map(([k, v]) => [k, round(v)])),
  fullMs: Object.fromEntries(Object.entries(fullMs).map(([k, v]) => [k, round(v, 1)])),
  keystrokeP50Ms: round(keystrokeP50Ms, 1),
  keystrokeP95Ms: round(keystrokeP95Ms, 1),
  keystrokeSteadyP50Ms: round(keystrokeSteadyP50Ms, 1),
  keystrokeSteadyP95Ms: round(keystrokeSteadyP95Ms, 1),
  keystrokesOver15Ms: over('over15'),
  lineBreakP50Ms: round(lineBreakP50Ms, 1),
  lineBreakP95Ms: round(lineBreakP95Ms, 1),
  initializeMs: round(median(initMs), 0),
  firstDiagnosticsMs: round(median(firstDiagMs), 0),
  rssMB: round(rssMB, 0),
  rssBefore1MMB: round(over('rssBefore1MMB'), 0),
  vsAutocorrect: round(vsAutocorrect),
  vsMarkdownlint: round(vsMarkdownlint),
  segmenterLoadMs: round(coldLoadMs, 0),
  segmentedChars1M: segmented,
  reanalysisAfterEdit100kMs: round(reanalysisMs, 1),
  serverRuntime: `node ${runtimeVersion}`,
};
if (json) console.log(JSON.stringify(result));
