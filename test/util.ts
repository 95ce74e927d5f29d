/** Helpers shared by the tests: where the repository, the seeds and the corpus are. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

function findRepoRoot(from: string): string {
  let dir = from;
  for (;;) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg) && JSON.parse(fs.readFileSync(pkg, 'utf8')).name === 'gongwen') return dir;
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`gongwen repository not found above ${from}`);
    dir = up;
  }
}

export const REPO = findRepoRoot(__dirname);
/** `../shared` beside the repository (seeds, spec, corpus). */
export const SHARED = process.env.GONGWEN_SHARED ?? path.resolve(REPO, '..', 'shared');
export const SEEDS = path.join(SHARED, 'seeds');
export const CORPUS = path.join(SHARED, 'corpus');

/**
 * `dir` itself, or a clear error where it is missing: the seeds and the corpus are not in the
 * repository but beside it (`../shared`), and a raw ENOENT from deep inside a test — or a corpus
 * test passing over no files at all — would hide that.
 */
export function sharedDir(dir: string): string {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    throw new Error(
      `${dir} not found: the tests read the seeds and the corpus from ../shared beside the repository ` +
        `(${path.resolve(REPO, '..', 'shared')}); put them there or set GONGWEN_SHARED to their directory`,
    );
  }
  return dir;
}

export function readSeed(prefix: string): string {
  const name = fs.readdirSync(sharedDir(SEEDS)).find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`seed ${prefix} not found in ${SEEDS}`);
  return fs.readFileSync(path.join(SEEDS, name), 'utf8');
}

export function seedFiles(): string[] {
  return fs
    .readdirSync(sharedDir(SEEDS))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => path.join(SEEDS, f));
}

export function corpusFiles(): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const f of fs.readdirSync(d)) {
      const p = path.join(d, f);
      if (fs.statSync(p).isDirectory()) walk(p);
      else if (f.endsWith('.txt')) out.push(p);
    }
  };
  walk(sharedDir(CORPUS));
  return out.sort();
}

const tempDirs: string[] = [];
process.on('exit', () => {
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

/** A fresh directory under the system's temp directory, removed when the test process exits. */
export function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `gongwen-${prefix}-`));
  tempDirs.push(dir);
  return dir;
}
