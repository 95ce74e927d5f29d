/**
 * Sums over the lines moved on from version to version (tally.ts): after any sequence of edits,
 * each version's sum equals a count of its lines, and the rules that read them (GW304's lines
 * with a date in figures, GW404's traditional and simplified characters) find what a cold
 * analysis finds.
 */
import * as assert from 'assert';
import fc from 'fast-check';
import { analyze, AnalysisResult, defaultConfig, LineText } from '../../server/src/analysis';
import { clearLineCaches } from '../../server/src/analysis/memo';
import { Line, SourceText } from '../../server/src/analysis/source';
import { LineTally } from '../../server/src/analysis/tally';

const BASE = [
  '关于做好某某工作的通知',
  '各部门：',
  '一、重点任务',
  '（一）完善制度。（办公室负责，2025.9.30前完成）',
  '（二）加强督查。（财务处负责）',
  '二、工作要求',
  '　　各部门要高度重视，按时报送。',
  '某某市某某局',
  '2026年3月5日',
].join('\n');

/** Pieces an edit inserts: dates in figures, traditional characters, line breaks. */
const PIECES = ['2025.9.30', '9.30前', '市數據局', '網信辦', '\n', '\n（三）推進數據共享。（市數據局負責，2025.10.31前完成）\n', '的', '——', '\n\n'];

/** The versions a random sequence of edits makes of BASE, as the server keeps them (lines). */
const edited = fc.array(fc.tuple(fc.nat(), fc.nat(12), fc.constantFrom(...PIECES)), { minLength: 1, maxLength: 10 });

function findingsOf(r: AnalysisResult, rules: string[]) {
  return r.findings.filter((f) => rules.includes(f.rule)).map((f) => ({ rule: f.rule, range: f.range, message: f.message, fixes: f.fixes }));
}

describe('line tallies (tally.ts)', () => {
  it('a sum moved on through edits that change, add and remove lines equals a count of the lines', () => {
    const hanCount = (l: Line): number => (l.text.match(/[\u4e00-\u9fff]/g) ?? []).length;
    const tally = new LineTally(hanCount);
    fc.assert(
      fc.property(edited, (edits) => {
        let lines = LineText.of(BASE);
        let result = analyze(lines);
        tally.of(result.doc.source);
        for (const [at, del, ins] of edits) {
          const text = lines.text;
          const p = at % (text.length + 1);
          lines = lines.applied([{ range: { start: lines.positionAt(p), end: lines.positionAt(Math.min(text.length, p + del)) }, text: ins }]);
          result = analyze(lines, defaultConfig(), result.handover);
          const source: SourceText = result.doc.source;
          let want = 0;
          for (const l of source.lines) want += hanCount(l);
          assert.strictEqual(tally.of(source), want);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('GW304 and GW404 find after edits what a cold analysis finds', () => {
    const config = defaultConfig();
    fc.assert(
      fc.property(edited, (edits) => {
        let lines = LineText.of(BASE);
        let result = analyze(lines, config);
        for (const [at, del, ins] of edits) {
          const text = lines.text;
          const p = at % (text.length + 1);
          lines = lines.applied([{ range: { start: lines.positionAt(p), end: lines.positionAt(Math.min(text.length, p + del)) }, text: ins }]);
          result = analyze(lines, config, result.handover);
        }
        const got = findingsOf(result, ['GW304', 'GW404']);
        clearLineCaches();
        assert.deepStrictEqual(got, findingsOf(analyze(lines.text, config), ['GW304', 'GW404']));
      }),
      { numRuns: 80 },
    );
  });
});
