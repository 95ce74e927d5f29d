// Puts what the bundled server and CLI need to segment Chinese beside them in dist/:
//   dist/jieba/dict.txt                       the jieba dictionary (@node-rs/jieba 2.0.2) without its
//                                             rare words (server/src/analysis/dictionary.ts)
//   dist/native/jieba.<triple>.node           the N-API binary of this platform
// With --all-platforms (for a universal VSIX) it also fetches the 2.0.2 binaries of every
// platform VS Code runs on from the npm registry (cached in .cache/jieba/).
import { execFileSync } from 'node:child_process';
import { transformSync } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const VERSION = '2.0.2';
const PLATFORMS = ['win32-x64-msvc', 'win32-arm64-msvc', 'darwin-x64', 'darwin-arm64', 'linux-x64-gnu', 'linux-arm64-gnu', 'linux-x64-musl', 'linux-arm64-musl'];

export function copyNative({ allPlatforms = false } = {}) {
  const pkgDir = path.dirname(require.resolve('@node-rs/jieba/package.json'));
  const installed = require('@node-rs/jieba/package.json').version;
  if (installed !== VERSION) throw new Error(`@node-rs/jieba ${installed} is installed; Gongwen pins ${VERSION}`);
  mkdirSync(path.join(ROOT, 'dist', 'jieba'), { recursive: true });
  mkdirSync(path.join(ROOT, 'dist', 'native'), { recursive: true });
  const { trimDictionary } = dictionaryModule();
  writeFileSync(path.join(ROOT, 'dist', 'jieba', 'dict.txt'), trimDictionary(readFileSync(path.join(pkgDir, 'dict.txt'))));

  const copied = [];
  for (const triple of PLATFORMS) {
    const file = `jieba.${triple}.node`;
    let from = null;
    try {
      from = path.join(path.dirname(require.resolve(`@node-rs/jieba-${triple}/package.json`)), file);
    } catch {
      if (allPlatforms) from = fetchBinary(triple, file);
    }
    if (from && existsSync(from)) {
      copyFileSync(from, path.join(ROOT, 'dist', 'native', file));
      copied.push(triple);
    }
  }
  if (!copied.length) throw new Error(`no @node-rs/jieba binary for ${process.platform}-${process.arch} in node_modules`);
  return copied;
}

/** server/src/analysis/dictionary.ts (a module without imports), compiled and loaded here. */
function dictionaryModule() {
  const source = readFileSync(path.join(ROOT, 'server', 'src', 'analysis', 'dictionary.ts'), 'utf8');
  const { code } = transformSync(source, { loader: 'ts', format: 'cjs', target: 'node20' });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', code)(module, module.exports, require);
  return module.exports;
}

function fetchBinary(triple, file) {
  const dir = path.join(ROOT, '.cache', 'jieba', triple);
  const target = path.join(dir, 'package', file);
  if (existsSync(target)) return target;
  mkdirSync(dir, { recursive: true });
  execFileSync('npm', ['pack', `@node-rs/jieba-${triple}@${VERSION}`, '--silent'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  const tgz = readdirSync(dir).find((f) => f.endsWith('.tgz'));
  execFileSync('tar', ['xzf', tgz], { cwd: dir });
  return target;
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const copied = copyNative({ allPlatforms: process.argv.includes('--all-platforms') });
  console.log(`[copy-native] dist/jieba/dict.txt, dist/native: ${copied.join(', ')}`);
}
