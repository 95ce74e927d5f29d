// `npm run editor`: VS Code in the browser, offline, with this extension (development path) and
// the example folder open — for trying Gongwen without installing VS Code. Ctrl-C stops it.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { CACHE, NODE24, ROOT, VSCODE, ensureNode24, ensureVSCode } from './e2e/install.mjs';

ensureNode24();
ensureVSCode();
if (!existsSync(path.join(ROOT, 'dist', 'client.js'))) spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });

const port = Number(process.env.PORT ?? 8080);
const dir = path.join(CACHE, 'editor');
mkdirSync(dir, { recursive: true });
const server = spawn(
  NODE24,
  [
    path.join(VSCODE, 'out', 'server-main.js'),
    '--host', '127.0.0.1', '--port', String(port),
    '--without-connection-token', '--accept-server-license-terms', '--disable-telemetry', '--enable-smoke-test-driver',
    '--user-data-dir', path.join(dir, 'user-data'), '--extensions-dir', path.join(dir, 'extensions'),
  ],
  { stdio: ['ignore', 'ignore', 'inherit'] },
);
const payload = JSON.stringify([['extensionDevelopmentPath', `vscode-remote://127.0.0.1:${port}${ROOT}`]]);
const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(path.join(ROOT, 'examples'))}&payload=${encodeURIComponent(payload)}`;
console.log(`公文助手 in VS Code: open\n\n  ${url}\n\n(Ctrl-C to stop)`);
process.on('SIGINT', () => {
  server.kill('SIGTERM');
  process.exit(0);
});
server.on('exit', (code) => process.exit(code ?? 0));
