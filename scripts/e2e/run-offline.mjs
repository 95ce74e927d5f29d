// Runs the end-to-end suite (test/e2e/suite) inside a real VS Code without internet:
// VS Code's own server from the code-server npm package (Node 24), the workbench in headless
// Debian Chromium driven by playwright-core, the test paths in the URL payload, results read from
// a JSON file the suite writes. Follows ../shared/spec/real-vscode-tests.md.
//
//   node scripts/e2e/run-offline.mjs           the extension from this folder (development path)
//   node scripts/e2e/run-offline.mjs --vsix    the extension installed from a freshly built VSIX
//
// Prints each test with ✓/✗, a screenshot to screenshots/, and the closing line
// `e2e (VS Code X.Y.Z): N passed, N failed, N skipped`; exits non-zero on any failure.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { CACHE, CHROMIUM, NODE24, ROOT, VSCODE, ensureAll } from './install.mjs';

const vsixMode = process.argv.includes('--vsix');
const label = vsixMode ? 'e2e-vsix' : 'e2e';
const TIMEOUT_MS = Number(process.env.GONGWEN_E2E_TIMEOUT_MS ?? 10 * 60_000);

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function waitForHttp(url, ms) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      const r = await fetch(url);
      if (r.status < 500) return;
    } catch {
      // not up yet
    }
    await sleep(300);
  }
  throw new Error(`VS Code server did not answer at ${url} within ${ms / 1000}s`);
}

function ensureBuilt() {
  if (!existsSync(path.join(ROOT, 'dist', 'client.js'))) spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
  if (!existsSync(path.join(ROOT, 'out', 'test', 'e2e', 'suite', 'index.js'))) spawnSync('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: ROOT, stdio: 'inherit' });
}

function buildVsix(dir) {
  const r = spawnSync(process.execPath, ['scripts/package.mjs', '--out', dir], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('packaging the VSIX failed');
  return path.join(dir, 'gongwen.vsix');
}

async function main() {
  ensureAll();
  ensureBuilt();
  const version = JSON.parse(readFileSync(path.join(VSCODE, 'package.json'), 'utf8')).version;
  const port = await freePort();
  const runDir = path.join(CACHE, 'e2e', `run-${port}`);
  rmSync(runDir, { recursive: true, force: true });
  const workspace = path.join(runDir, 'workspace');
  cpSync(path.join(ROOT, 'test', 'e2e', 'workspace'), workspace, { recursive: true });
  const resultsFile = path.join(runDir, 'results.json');
  const userData = path.join(runDir, 'user-data');
  const extensions = path.join(runDir, 'extensions');
  mkdirSync(extensions, { recursive: true });

  const serverMain = path.join(VSCODE, 'out', 'server-main.js');
  if (vsixMode) {
    const vsix = buildVsix(runDir);
    const r = spawnSync(NODE24, [serverMain, '--extensions-dir', extensions, '--user-data-dir', userData, '--install-extension', vsix, '--accept-server-license-terms'], { stdio: 'inherit' });
    if (r.status !== 0) throw new Error(`installing ${vsix} failed`);
  }

  console.log(`[${label}] VS Code ${version} server on 127.0.0.1:${port}`);
  const server = spawn(
    NODE24,
    [serverMain, '--host', '127.0.0.1', '--port', String(port), '--without-connection-token', '--accept-server-license-terms', '--disable-telemetry', '--enable-smoke-test-driver', '--disable-workspace-trust', '--user-data-dir', userData, '--extensions-dir', extensions],
    { env: { ...process.env, GONGWEN_E2E_RESULTS: resultsFile }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let serverLog = '';
  server.stdout.on('data', (d) => (serverLog += d));
  server.stderr.on('data', (d) => (serverLog += d));

  let browser;
  const cleanup = async () => {
    await browser?.close().catch(() => undefined);
    if (server.exitCode === null) server.kill('SIGTERM');
  };
  process.once('SIGINT', () => void cleanup().then(() => process.exit(130)));

  try {
    await waitForHttp(`http://127.0.0.1:${port}/`, 60_000);
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    });
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
    // VS Code runs a test module only in an extension development window. In VSIX mode the
    // development path is the extension as the VSIX installed it (its files, not this folder).
    const installed = vsixMode ? readdirSync(extensions).find((d) => d.startsWith('gongwen.gongwen-')) : null;
    if (vsixMode && !installed) throw new Error(`the VSIX did not install into ${extensions}`);
    const devPath = vsixMode ? path.join(extensions, installed) : ROOT;
    const payload = [
      ['extensionDevelopmentPath', remote(devPath)],
      ['extensionTestsPath', remote(path.join(ROOT, 'out', 'test', 'e2e', 'suite', 'index.js'))],
    ];
    const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    await page.goto(url);

    const until = Date.now() + TIMEOUT_MS;
    mkdirSync(path.join(ROOT, 'screenshots'), { recursive: true });
    const shot = path.join(ROOT, 'screenshots', vsixMode ? 'editor-vsix.png' : 'editor.png');
    let shotTaken = false;
    while (!existsSync(resultsFile)) {
      if (Date.now() > until) throw new Error(`no results after ${TIMEOUT_MS / 1000}s`);
      if (server.exitCode !== null) throw new Error(`VS Code server exited (${server.exitCode})`);
      // The suite holds the example plan on screen until we have taken the picture.
      if (!shotTaken && existsSync(`${resultsFile}.showcase`)) {
        await page.screenshot({ path: shot });
        writeFileSync(`${resultsFile}.shot`, '');
        shotTaken = true;
      }
      await sleep(250);
    }
    await sleep(300);
    const results = JSON.parse(readFileSync(resultsFile, 'utf8'));

    console.log(`[${label}] VS Code ${results.vscodeVersion} (extension host: ${results.remoteName ?? 'local'}), extension from ${vsixMode ? `the VSIX, installed at ${devPath}` : 'the development folder'}`);
    for (const t of results.passes) console.log(`  ✓ ${t}`);
    for (const t of results.pending) console.log(`  - ${t}`);
    for (const f of results.failures) console.log(`  ✗ ${f.title}\n      ${f.error.split('\n').slice(0, 6).join('\n      ')}`);
    console.log(`[${label}] screenshot: ${path.relative(ROOT, shot)} (example plan with ${results.showcaseDiagnostics ?? 0} findings shown)`);
    console.log(`${label} (VS Code ${results.vscodeVersion}): ${results.passes.length} passed, ${results.failures.length} failed, ${results.pending.length} skipped`);
    return results.failures.length === 0 && results.passes.length > 0 ? 0 : 1;
  } catch (e) {
    console.error(`[${label}] ${e.message}`);
    console.error(serverLog.split('\n').slice(-30).join('\n'));
    console.log(`${label} (VS Code ${version}): 0 passed, 1 failed, 0 skipped`);
    return 1;
  } finally {
    await cleanup();
  }
}

try {
  process.exitCode = await main();
} catch (e) {
  console.error(`[${label}] cannot run the end-to-end suite: ${e.message}`);
  console.log(`${label}: 0 passed, 1 failed, 0 skipped`);
  process.exitCode = 1;
}
