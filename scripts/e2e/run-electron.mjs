// The same end-to-end suite in desktop VS Code, for machines that can download it (a contributor's
// laptop): @vscode/test-electron's runTests with the suite's run() as extensionTestsPath.
// These machines cannot reach VS Code's update service; they use run-offline.mjs instead.
//   node scripts/e2e/run-electron.mjs [--version 1.139.1]
import { cpSync, mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runTests } from '@vscode/test-electron';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const vIdx = process.argv.indexOf('--version');
const version = vIdx > 0 ? process.argv[vIdx + 1] : 'stable';
const workspace = mkdtempSync(path.join(os.tmpdir(), 'gongwen-e2e-'));
cpSync(path.join(ROOT, 'test', 'e2e', 'workspace'), workspace, { recursive: true });
const resultsFile = path.join(workspace, '..', `gongwen-e2e-results-${process.pid}.json`);

try {
  await runTests({
    version,
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: path.join(ROOT, 'out', 'test', 'e2e', 'suite', 'index.js'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
    extensionTestsEnv: { GONGWEN_E2E_RESULTS: resultsFile },
  });
} catch (e) {
  console.error(`[e2e-electron] ${e.message ?? e}`);
}
const r = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : undefined;
rmSync(workspace, { recursive: true, force: true });
rmSync(resultsFile, { force: true });
if (!r) {
  console.log('e2e-electron: 0 passed, 1 failed, 0 skipped');
  process.exit(1);
}
for (const t of r.passes) console.log(`  ✓ ${t}`);
for (const f of r.failures) console.log(`  ✗ ${f.title}\n      ${f.error.split('\n')[0]}`);
console.log(`e2e-electron (VS Code ${r.vscodeVersion}): ${r.passes.length} passed, ${r.failures.length} failed, ${r.pending.length} skipped`);
process.exit(r.failures.length ? 1 : 0);
