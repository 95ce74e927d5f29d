/**
 * The per-line caches (memo.ts) must never change what the analysis finds: after any sequence of
 * edits analysed under one Config, the findings equal those of a cold analysis of the same text.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { analyze, defaultConfig, SourceText } from '../../server/src/analysis';
import { clearLineCaches, detach, LineMemo, recordKey } from '../../server/src/analysis/memo';
import { CORPUS, seedFiles, sharedDir } from '../util';
import { modelOf } from './model-of';

/** Findings as plain data (deferred fixes included), comparable with deepStrictEqual. */
function snapshot(text: string, config = defaultConfig(), previous?: SourceText) {
  return analyze(text, config, previous).findings.map((f) => ({ rule: f.rule, range: f.range, message: f.message, severity: f.severity, fixes: f.fixes }));
}

function cold(text: string) {
  clearLineCaches();
  return snapshot(text);
}


const texts = () => [
  ...seedFiles().map((f) => fs.readFileSync(f, 'utf8')),
  ...fs.readdirSync(sharedDir(CORPUS)).filter((f) => /\.(md|txt|gw)$/.test(f)).slice(0, 12).map((f) => fs.readFileSync(path.join(CORPUS, f), 'utf8')),
];

/**
 * A seed document followed by the versions a random sequence of edits (insert one of `pieces` at a
 * random place, deleting up to `maxDelete` characters there) makes of it.
 */
function editedSeeds(pieces: string[], maxDelete: number, maxEdits: number): fc.Arbitrary<string[]> {
  const base = seedFiles().map((f) => fs.readFileSync(f, 'utf8'));
  const edit = fc.tuple(fc.nat(), fc.nat(maxDelete), fc.constantFrom(...pieces));
  return fc.tuple(fc.integer({ min: 0, max: base.length - 1 }), fc.array(edit, { minLength: 1, maxLength: maxEdits })).map(([which, edits]) => {
    const versions = [base[which]];
    for (const [at, del, ins] of edits) {
      const text = versions[versions.length - 1];
      const p = at % (text.length + 1);
      versions.push(text.slice(0, p) + ins + text.slice(p + del));
    }
    return versions;
  });
}

describe('incremental analysis (per-line caches)', () => {
  it('a LineMemo keeps the working set across generations and stays bounded', () => {
    const m = new LineMemo<{ key: string; n: number }>(3, (v) => v.key);
    const v = (n: number) => ({ key: `k${n}`, n });
    for (let i = 0; i < 3; i++) m.add(v(i));
    m.add(v(3)); // k0..k2 become the old generation
    assert.strictEqual(m.get('k0')?.n, 0); // found in the old generation, moved back
    for (let i = 4; i < 10; i++) m.add(v(i));
    assert.ok(m.size <= 6, `size ${m.size}`);
    assert.strictEqual(m.get('k1'), undefined); // long unused: gone
    // Found by a key equal to, not the same string as, its own.
    assert.strictEqual(m.get(['k', '9'].join(''))?.n, 9);
  });

  it('detach copies a string without changing it', () => {
    const big = '某'.repeat(1000) + '加强组织领导，明确责任分工。' + '某'.repeat(1000);
    const line = big.slice(1000, 1014);
    assert.strictEqual(detach(line), line);
  });

  it('analysing edited versions under one Config gives the findings of a cold analysis', () => {
    const config = defaultConfig();
    for (const text of texts()) {
      const lines = text.split('\n');
      // Warm the caches with the original, then edit a line in the middle and one at the end.
      snapshot(text, config);
      const mid = Math.floor(lines.length / 2);
      const edited = [...lines.slice(0, mid), lines[mid] + '的的', ...lines.slice(mid + 1), '（一）布署工作（办公室、财务处）'].join('\n');
      assert.deepStrictEqual(snapshot(edited, config), cold(edited));
      assert.deepStrictEqual(snapshot(text, config), cold(text));
    }
  });

  it('random edit sequences under one Config agree with cold analyses', () => {
    const pieces = ['一、', '（一）', '1.', '（1）', '1）', '2）', '加强领导。', '（办公室、财务处）', '（党委组织布牵头）', '布署', '的的', '\n', '\r\n', '　　', '（', '）', '2026年3月5日', '\n— 2 —\n',
      // Constructs read since: a marker alone heading the next line, a miswritten sibling in mid-list,
      // deadlines in other forms, a dotted dated title, a unit-name slip, amended words, 议题N：.
      '\n一、\n总体要求\n', '\n2.\n', '3.8月底前完成。', '2025.9.30前', '即日起至', '（市财正局）', '将“市财政局”修改为“市财政厅”', '议题1：'];
    fc.assert(
      fc.property(editedSeeds(pieces, 40, 6), ([, ...edited]) => {
        const config = defaultConfig();
        for (const text of edited) snapshot(text, config);
        const last = edited[edited.length - 1];
        assert.deepStrictEqual(snapshot(last, config), cold(last));
      }),
      { numRuns: 25 },
    );
  });

  it('a list whose reading depends on the lines after it (2. between （一） and （三）, 1. under a （2）, the last 4. before 二、) agrees with cold analyses when edited', () => {
    const base = [
      '一、主要任务\n（一）甲项。（办公室负责）\n2.乙项。（财务科负责）\n（三）丙项。（人事科负责）\n二、保障措施\n（一）加强领导。\n',
      '一、甲项。\n（二）乙项。\n三、丙项。\n四、丁项。\n',
      '一、总体要求\n（一）甲方面\n（1）甲项。\n（2）乙项：\n1.小甲；\n2.小乙。\n（3）丙项。\n二、乙方面\n（一）丁项。\n（1）戊项：\n1.小丙。\n',
      // The last of its siblings (4. closed by 二、), and one across its parent (3. between （二） and （四）).
      '一、甲\n（一）乙。\n1.小甲。\n2.小乙。\n（二）丙。\n1.小丙。\n（三）丁。\n4.戊。\n二、己\n（一）庚。\n',
      '一、甲\n（一）子。\n（二）子。\n二、乙\n3.子。\n（四）子。\n三、丙\n（一）子。\n',
    ];
    const pieces = ['2.', '3.', '（三）', '（二）', '三、', '1.', '（2）', '（3）', '\n', '加强领导。', '\n1.新增\n', '\n（四）新增\n'];
    const edit = fc.tuple(fc.nat(), fc.nat(8), fc.constantFrom(...pieces));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: base.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 6 }), (which, edits) => {
        const config = defaultConfig();
        let text = base[which];
        let previous = analyze(text, config).doc.source;
        for (const [at, del, ins] of edits) {
          const p = at % (text.length + 1);
          text = text.slice(0, p) + ins + text.slice(p + del);
          const result = analyze(text, config, previous);
          const model = modelOf(result);
          clearLineCaches();
          assert.deepStrictEqual(model, modelOf(analyze(text, defaultConfig())));
          previous = result.doc.source;
        }
      }),
      { numRuns: 60 },
    );
  });

  it('handing each version the previous source (as the server does) agrees with cold analyses', () => {
    const pieces = ['一、', '（一）', '1.', '（1）', '加强领导。', '（办公室、财务处）', '的的', '\n', '\r\n', '\n（二）新增任务（办公室）\n', '\n2）新增任务（办公室）\n', '　　', '）', '\n一、\n总体要求\n', '\n2.\n', '9月底前', '（市财正局、市教育局）', '议题1：'];
    fc.assert(
      fc.property(editedSeeds(pieces, 60, 8), ([original, ...edited]) => {
        const config = defaultConfig();
        let previous = analyze(original, config).doc.source;
        for (const text of edited) {
          const result = analyze(text, config, previous);
          // Every line's record is the record of its own text, whichever version it came from.
          for (const l of result.doc.source.lines) assert.strictEqual(recordKey(l.record), l.text, `line ${l.index}`);
          // The model built from the previous version's lines (and what is kept on them) is the
          // model a cold analysis builds, piece by piece.
          const model = modelOf(result);
          clearLineCaches();
          assert.deepStrictEqual(model, modelOf(analyze(text, defaultConfig())));
          previous = result.doc.source;
        }
        const last = edited[edited.length - 1];
        assert.deepStrictEqual(snapshot(last, config, previous), cold(last));
      }),
      { numRuns: 30 },
    );
  });
});
