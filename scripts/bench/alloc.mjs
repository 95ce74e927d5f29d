// `node scripts/bench/alloc.mjs [--cold] [--survivors]`: how much the analysis allocates per run,
// and where. Wall-clock figures on a shared machine swing by ±30 %; allocated bytes do not.
//
// - By default: everything allocated per re-analysis of the 100k plan after a one-character edit
//   (per-line caches warm and the previous version handed over, as in the server), or per cold
//   analysis with --cold. Every byte allocated brings the next young-generation collection closer.
// - With --survivors: only what outlives a young-generation collection (V8 copies or promotes it,
//   and what is promoted stays until a full mark-compact). This is what makes a collection slow
//   and the old generation grow; the model an edit rebuilds should not be in it (young.ts).
//
// Uses V8's sampling heap profiler over 100 re-analyses. Needs the compiled tree:
// `npx tsc -p tsconfig.json` first (npm run bench and npm run bench:alloc do it).
import { Session } from 'node:inspector/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { generatePlan } from './generate.mjs';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const out = (p) => path.join(ROOT, 'out', 'server', 'src', 'analysis', p);
const { analyze, LineText } = require(out('index.js'));
const { clearLineCaches } = require(out('memo.js'));
const { defaultConfig } = require(out('config.js'));

const cold = process.argv.includes('--cold');
const survivors = process.argv.includes('--survivors');
const RUNS = 100;
// As the server keeps an open document: as lines, each edit applied to the previous version. The
// places typed at are after a `。` every ~5 000 characters of the plan, found before measuring.
let doc = LineText.of(generatePlan(100_000));
const places = [];
for (let at = 0, k = 0; k < 20 + RUNS; k++) {
  at = doc.text.indexOf('。', (at + 4_999) % doc.length) + 1 || 1;
  places.push(doc.positionAt(at));
}
const config = defaultConfig();
let result = analyze(doc, config);
const edit = () => {
  const p = places.shift();
  doc = doc.applied([{ range: { start: p, end: p }, text: '的' }]);
  if (cold) clearLineCaches();
  // As the server does: what the previous analysis hands over is all it keeps of it (not when
  // measuring cold).
  const previous = result.handover;
  result = undefined;
  result = analyze(doc, config, cold ? undefined : previous);
};
for (let i = 0; i < 20; i++) edit(); // warm: the JIT, and V8's allocation feedback

const session = new Session();
session.connect();
await session.post('HeapProfiler.startSampling', {
  samplingInterval: 1024,
  includeObjectsCollectedByMajorGC: true,
  includeObjectsCollectedByMinorGC: !survivors,
});
for (let i = 0; i < RUNS; i++) edit();
const { profile } = await session.post('HeapProfiler.stopSampling');
session.disconnect();

// Self bytes per function; built-ins (no URL) are charged to the nearest function of ours.
const bySite = new Map();
let total = 0;
const name = (n) => `${n.callFrame.functionName || '(anonymous)'} ${path.basename(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
(function walk(node, owner) {
  const site = node.callFrame.url ? name(node) : `${node.callFrame.functionName || '(native)'} < ${owner ? name(owner) : '?'}`;
  bySite.set(site, (bySite.get(site) ?? 0) + node.selfSize);
  total += node.selfSize;
  for (const c of node.children ?? []) walk(c, node.callFrame.url ? node : owner);
})(profile.head, null);

const what = survivors ? 'outliving a young-generation collection' : 'allocated';
const per = cold ? 'cold analysis' : 're-analysis after a one-character edit';
console.log(`${what} per ${per} of the 100k plan: ${(total / RUNS / 1e6).toFixed(2)} MB`);
for (const [site, bytes] of [...bySite].sort((a, b) => b[1] - a[1]).slice(0, 20)) {
  console.log(`${(bytes / RUNS / 1e3).toFixed(0).padStart(7)} KB  ${site}`);
}
