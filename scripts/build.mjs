// Bundles the client, the language server and the CLI into dist/ with esbuild.
// Usage: node scripts/build.mjs [--watch] [--production]
import * as esbuild from 'esbuild';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { copyNative } from './copy-native.mjs';
import { writeNotices } from './notices.mjs';

const watch = process.argv.includes('--watch');
const allPlatforms = process.argv.includes('--all-platforms');
const production = process.argv.includes('--production');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // The native segmenter binding and its dictionary are loaded from files beside the bundle
  // (see server/src/analysis/segmenter.ts and scripts/copy-native.mjs), never bundled.
  external: ['vscode', '@node-rs/jieba', '@node-rs/jieba/*'],
};

const entries = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js' },
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
];

/**
 * Every character above U+007F left in `file` written as a `\uXXXX` escape (UTF-16 units, so a
 * character outside the BMP becomes an escaped surrogate pair, which a `u` regular expression reads
 * as the one character). esbuild escapes strings and templates but leaves regular expression
 * literals as written, and the analysis's Chinese patterns made the whole bundle a two-byte string
 * in V8: the server's source (kept for lazy compilation) took 2.1 MB of heap instead of 1.1. Left
 * only in regular expression literals and comments, where an escape reads as the character itself
 * (a backslash before such a character would not: the build fails on one). Columns after an escaped
 * character on its line move, which a development build's source map does not follow.
 */
function asciiOnly(file) {
  const text = readFileSync(file, 'utf8');
  if (/\\[^\x00-\x7f]/.test(text)) throw new Error(`${file}: a backslash before a non-ASCII character; asciiOnly would change its meaning`);
  writeFileSync(file, text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}

mkdirSync('dist', { recursive: true });
const platforms = copyNative({ allPlatforms });
if (watch) {
  for (const e of entries) {
    const ctx = await esbuild.context({ ...common, ...e });
    await ctx.watch();
  }
  console.log('[build] watching…');
} else {
  const results = await Promise.all(entries.map((e) => esbuild.build({ ...common, ...e, metafile: true })));
  for (const e of entries) asciiOnly(e.outfile);
  chmodSync('dist/cli.js', 0o755);
  const packages = writeNotices(results.map((r) => r.metafile), ['node_modules/@node-rs/jieba']);
  console.log(`[build] dist/client.js dist/server.js dist/cli.js; jieba for ${platforms.join(', ')}; notices of ${packages} packages`);
}
