// Bundles the client, the language server and the CLI into dist/ with esbuild.
// Usage: node scripts/build.mjs [--watch] [--production]
import * as esbuild from 'esbuild';
import { chmodSync, mkdirSync } from 'node:fs';
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
  chmodSync('dist/cli.js', 0o755);
  const packages = writeNotices(results.map((r) => r.metafile), ['node_modules/@node-rs/jieba']);
  console.log(`[build] dist/client.js dist/server.js dist/cli.js; jieba for ${platforms.join(', ')}; notices of ${packages} packages`);
}
