// `npm run package`: a production build (vsce's prepublish step), then a VSIX with @vscode/vsce (offline; the bundles are
// self-contained, so --no-dependencies). Prints the VSIX path and size.
//   node scripts/package.mjs [--out DIR]
import { spawnSync } from 'node:child_process';
import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';

const outIdx = process.argv.indexOf('--out');
const outDir = outIdx > 0 ? path.resolve(process.argv[outIdx + 1]) : process.cwd();
mkdirSync(outDir, { recursive: true });
const vsix = path.join(outDir, 'gongwen.vsix');

function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

// vsce runs `vscode:prepublish` (the production build) itself.
run('npx', ['vsce', 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', vsix]);
console.log(`[package] ${path.relative(process.cwd(), vsix)}: ${(statSync(vsix).size / 1024).toFixed(0)} KiB`);
