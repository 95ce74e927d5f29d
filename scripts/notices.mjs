// Writes dist/ThirdPartyNotices.txt: the name, version, licence and licence text of every package
// whose code the bundles hold (from esbuild's metafiles) and of the segmenter shipped beside them.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The package directories (`node_modules/x`, `node_modules/@s/x`) that `inputs` come from. */
function packagesOf(inputs) {
  const roots = new Set();
  for (const path of inputs) {
    const m = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path);
    if (m) roots.add(path.slice(0, m.index + m[0].length - 1).replace(/^\//, ''));
  }
  return [...roots];
}

/** The licence texts in a package: LICENSE*, LICENCE*, COPYING*, and those in a LICENSES folder. */
function licenceTexts(dir) {
  const texts = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (/^(licen[cs]e|copying)/i.test(name) && statSync(path).isFile()) texts.push(readFileSync(path, 'utf8').trim());
    if (/^licen[cs]es$/i.test(name) && statSync(path).isDirectory()) {
      for (const f of readdirSync(path).sort()) texts.push(`${f}:\n\n${readFileSync(join(path, f), 'utf8').trim()}`);
    }
  }
  return texts;
}

/** `metafiles`: esbuild's, of each bundle; `extra`: package directories shipped beside them. */
export function writeNotices(metafiles, extra, out = 'dist/ThirdPartyNotices.txt') {
  const dirs = new Set(extra.filter((d) => existsSync(d)));
  for (const meta of metafiles) for (const d of packagesOf(Object.keys(meta.inputs))) dirs.add(d);
  const sections = [...dirs].sort().map((dir) => {
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const texts = licenceTexts(dir);
    return [`${pkg.name} ${pkg.version} (${pkg.license ?? 'see below'})`, pkg.homepage ?? '', '', ...(texts.length ? texts : ['(no licence file in the package)'])].join('\n');
  });
  const head = 'Gongwen bundles or ships the following third-party software. Each is listed with its licence.';
  writeFileSync(out, [head, ...sections].join(`\n\n${'-'.repeat(72)}\n\n`) + '\n');
  return dirs.size;
}
