// `npm test`: build, compile the tests, run unit + protocol tests (mocha), then the end-to-end
// suite inside a real VS Code (offline runner, see test/e2e/README.md). Prints one closing line
// `N passed, N failed` over all of them and exits non-zero if anything failed.
//
// Options: --skip-e2e (or GONGWEN_SKIP_E2E=1) runs only unit + protocol tests.
import { spawn } from 'node:child_process';

const skipE2e = process.argv.includes('--skip-e2e') || process.env.GONGWEN_SKIP_E2E === '1';
const totals = { passed: 0, failed: 0, skipped: 0 };
const SUMMARY = /^(\S+(?: \([^)]*\))?): (\d+) passed, (\d+) failed(?:, (\d+) skipped)?$/;

function run(label, cmd, args, env = {}) {
  return new Promise((resolve) => {
    console.log(`\n▶ ${label}: ${cmd} ${args.join(' ')}`);
    const child = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
    let counted = false;
    let buf = '';
    child.stdout.on('data', (d) => {
      process.stdout.write(d);
      buf += d.toString();
      let nl;
      while ((nl = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, nl).trim();
        buf = buf.slice(nl + 1);
        const m = SUMMARY.exec(line);
        if (m) {
          counted = true;
          totals.passed += Number(m[2]);
          totals.failed += Number(m[3]);
          totals.skipped += Number(m[4] ?? 0);
        }
      }
    });
    child.on('close', (code) => resolve({ code: code ?? 1, counted }));
  });
}

let failedSteps = [];
for (const [label, cmd, args, env] of [
  ['build', 'node', ['scripts/build.mjs']],
  ['compile tests', 'npx', ['tsc', '-p', 'tsconfig.json']],
  ['unit + protocol tests', 'npx', ['mocha'], { GONGWEN_TEST_LABEL: 'unit+protocol' }],
  ...(skipE2e
    ? []
    : [
        ['end-to-end tests in VS Code (development folder)', 'node', ['scripts/e2e/run-offline.mjs']],
        ['end-to-end tests in VS Code (extension installed from the VSIX)', 'node', ['scripts/e2e/run-offline.mjs', '--vsix']],
      ]),
]) {
  const { code, counted } = await run(label, cmd, args, env);
  if (code !== 0) {
    failedSteps.push(label);
    if (!counted) totals.failed += 1; // a step that died before reporting counts as one failure
    if (label === 'build' || label === 'compile tests') break;
  }
}
console.log('');
if (failedSteps.length) console.log(`failed steps: ${failedSteps.join(', ')}`);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failedSteps.length ? 1 : 0);
