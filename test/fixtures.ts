import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, defaultConfig, fixAll, parse } from '../server/src/analysis';
import { buildLedger } from '../server/src/analysis/ledger';
import { buildOutline, symbolName } from '../server/src/analysis/outline';
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

/**
 * For each document named in `samples`, its ledger gives each task path listed there with the row's lead units and
 * co-operating units (joined by `、`) and, where the row has a fourth element, its deadline.
 */
export function assertLedgerSamples(set: FixtureSet, samples: Record<string, ReadonlyArray<readonly [string, string, string, (string | null)?]>>): void {
  for (const [name, rows] of Object.entries(samples)) {
    const tasks = buildLedger(analyze(set.read(name), defaultConfig()).doc, name).tasks;
    const byPath = new Map(tasks.map((t) => [t.path, [t.path, t.lead.join('、'), t.coop.join('、'), t.deadline]]));
    assert.deepStrictEqual(rows.map((row) => byPath.get(row[0])?.slice(0, row.length)), rows, name);
  }
}

/** Each document's outline gives, part by part, the part's title and its top headings (each cut to 16 characters). */
export function assertOutlineTops(set: FixtureSet, tops: Record<string, ReadonlyArray<readonly [string, readonly string[]]>>): void {
  const cut = (s: string): string => s.slice(0, 16);
  for (const name of set.names()) {
    const key = name.slice(0, 2);
    const outline = buildOutline(parse(set.read(key)));
    assert.deepStrictEqual(
      outline.map((s) => [cut(s.title), s.children.filter((c) => c.kind !== 'frame').map((c) => cut(symbolName(c)))]),
      tops[key],
      name,
    );
  }
}

/** The documents of `set` with no rows in `samples` assign no work: their models have no task. */
export function assertNoTasksOutside(set: FixtureSet, samples: Record<string, unknown>): void {
  for (const name of set.names()) {
    if (samples[name.slice(0, 2)]) continue;
    assert.deepStrictEqual(parse(set.read(name.slice(0, 2))).tasks.map((t) => t.title), [], name);
  }
}

/**
 * The suite every folder of correct documents gets: no finding and nothing for fix-all (at least `least` documents),
 * the ledger rows in `leads`, no task in the documents `leads` does not name (unless `tasksOutside` says some have
 * tasks not sampled), and the outline tops in `tops`.
 */
export function describeCorrectDocuments(
  title: string,
  set: FixtureSet,
  least: number,
  leads: Record<string, ReadonlyArray<readonly [string, string, string, (string | null)?]>>,
  tops: Record<string, ReadonlyArray<readonly [string, readonly string[]]>>,
  { tasksOutside = false }: { tasksOutside?: boolean } = {},
): void {
  describe(title, () => {
    it('get no finding, and `gongwen fix` changes nothing in them', () => {
      assertAllCorrect(set, least);
    });
    it('their ledgers give the lead and co-operating units and the deadline a drafter reads', () => {
      assertLedgerSamples(set, leads);
    });
    if (!tasksOutside) {
      it('the documents that assign no work have no task', () => {
        assertNoTasksOutside(set, leads);
      });
    }
    it('their outlines show the title of each part and its top headings', () => {
      assertOutlineTops(set, tops);
    });
  });
}
