// `node scripts/bench/alloc.mjs [--cold]`: how much the analysis allocates per run, and where.
// Wall-clock figures on a shared machine swing by ±30 %; allocated bytes do not, and every byte
// allocated is paid again in garbage collection (the p95 tail of the keystroke figure). Uses V8's
// sampling heap profiler with collected objects included, over 50 re-analyses of the 100k plan
// after one-character edits (per-line caches warm and the previous version handed over, as in the
// server), or cold with --cold.
// Needs the compiled tree: `npx tsc -p tsconfig.json` first (npm run bench does it).
import { Session } from 'node:inspector/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { generatePlan } from './generate.mjs';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const out = (p) => path.join(ROOT, 'out', 'server', 'src', 'analysis', p);
const { analyze } = require(out('index.js'));
const { clearLineCaches } = require(out('memo.js'));
const { defaultConfig } = require(out('config.js'));

const cold = process.argv.includes('--cold');
const RUNS = 50;
const text = generatePlan(100_000);
const config = defaultConfig();
let previous = analyze(text, config).doc.source;

const session = new Session();
session.connect();
await session.post('HeapProfiler.startSampling', {
  samplingInterval: 1024,
  includeObjectsCollectedByMajorGC: true,
  includeObjectsCollectedByMinorGC: true,
});
let at = 0;
for (let i = 0; i < RUNS; i++) {
  at = text.indexOf('。', (at + 4_999) % text.length) + 1 || 1;
  if (cold) clearLineCaches();
  // As the server does: the previous version's source is handed over (not when measuring cold).
  const result = analyze(text.slice(0, at) + '的' + text.slice(at), config, cold ? undefined : previous);
  previous = result.doc.source;
}
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

console.log(`allocated per ${cold ? 'cold analysis' : 're-analysis after a one-character edit'} of the 100k plan: ${(total / RUNS / 1e6).toFixed(2)} MB`);
for (const [site, bytes] of [...bySite].sort((a, b) => b[1] - a[1]).slice(0, 20)) {
  console.log(`${(bytes / RUNS / 1e3).toFixed(0).padStart(7)} KB  ${site}`);
}
