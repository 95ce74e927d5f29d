import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, defaultConfig, fixAll } from '../server/src/analysis';
import { REPO } from './util';

/** A folder of correct documents under test/fixtures: their file names, and one read by its name or its number. */
export interface FixtureSet {
  names(): string[];
  /** The document whose file name starts with `prefix` (`'07'`, or a whole name). */
  read(prefix: string): string;
}

export function fixtureSet(dir: string): FixtureSet {
  const root = path.join(REPO, 'test', 'fixtures', dir);
  const names = (): string[] => fs.readdirSync(root).filter((f) => f.endsWith('.txt'));
  return { names, read: (prefix) => fs.readFileSync(path.join(root, names().find((f) => f.startsWith(prefix))!), 'utf8') };
}

/** Every document of `set` (at least `least` of them) gets no finding, and fix-all finds nothing to change in it. */
export function assertAllCorrect(set: FixtureSet, least: number): void {
  const names = set.names();
  assert.ok(names.length >= least, `${names.length} fixtures`);
  for (const name of names) {
    const text = set.read(name);
    const found = analyze(text, defaultConfig()).findings;
    assert.deepStrictEqual(found.map((f) => `${f.rule} ${f.range.start.line + 1} ${f.message}`), [], name);
    assert.strictEqual(fixAll(text).applied, 0, name);
  }
}
