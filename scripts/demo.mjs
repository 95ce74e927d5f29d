// `npm start` (after the build): run the CLI on the example plan, the way a drafter or a CI job
// would. Findings are expected — the example has deliberate mistakes — so this exits 0 unless the
// CLI itself fails (exit code 2).
import { spawnSync } from 'node:child_process';

const example = 'examples/plan.gw';
const steps = [
  ['检查 / lint', ['lint', example]],
  ['大纲 / outline', ['outline', example]],
  ['任务分工表 / ledger', ['ledger', '--format', 'md', example]],
];

let failed = false;
for (const [title, args] of steps) {
  console.log(`\n=== gongwen ${args.join(' ')}   (${title})\n`);
  const r = spawnSync(process.execPath, ['dist/cli.js', ...args], { stdio: 'inherit' });
  if (r.status === 2) failed = true;
}
process.exit(failed ? 1 : 0);
