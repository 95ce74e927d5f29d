import * as assert from 'assert';
import fc from 'fast-check';
import { analyze, applyEdits, defaultConfig, parse } from '../../server/src/analysis';
import { GongwenDocument, Heading } from '../../server/src/analysis/model';
import { moveHeading, renumberEdits, renumberRunEdits, renumberRunText } from '../../server/src/analysis/renumber';
import { runOf, sequenceOf } from '../../server/src/analysis/sequences';

const lines = (...l: string[]) => l.join('\n') + '\n';
/** The text without its markers (and without the marks fix-all may drop): the words. */
const words = (s: string) => s.replace(/^[\s\u3000]*(?:[（(][一二三四五六七八九十0-9]+[）)]|[一二三四五六七八九十]+[、.．]|[0-9]+[.．、]|[①-⑳⑴-⒇])/gm, '');
/** The Chinese characters outside markers, line by line. */
const cjk = (s: string) => words(s).split('\n').map((l) => l.replace(/[^\u4e00-\u9fff]/g, ''));

/** The headings of the run (sibling groups counting on together) of `h`. */
function runHeadings(doc: GongwenDocument, h: Heading): Heading[] {
  const seq = sequenceOf(doc, h);
  const group = seq?.groupOf.get(h);
  return seq && group ? runOf(seq, group).flat() : [h];
}

/** GW101 (sequence breaks) on the lines of the given headings. */
function breaksOn(text: string, hs: Heading[]): string[] {
  const at = new Set(hs.map((h) => h.line));
  return analyze(text, defaultConfig()).findings.filter((f) => f.rule === 'GW101' && at.has(f.range.start.line)).map((f) => `GW101@${f.range.start.line}`);
}

/**
 * A random plan: headings of every level in their standard forms, numbered in order, with bodies,
 * annotations, blank lines and some markers alone on their lines (a PDF's layout); then a heading in
 * a right or wrong form inserted at a random place (a drafter's insertion).
 */
const titles = ['加强组织领导', '完善工作制度。（办公室负责）', '8月底前完成', '强化监督检查', '2025年底前完成'];
const planRows = fc.array(
  fc.tuple(fc.integer({ min: 0, max: 3 }), fc.constantFrom(...titles), fc.constantFrom('none', 'none', 'body', 'blank', 'alone')),
  { minLength: 1, maxLength: 14 },
);
const NUM = '一二三四五六七八九十';
function planText(rows: Array<[number, string, string]>): string[] {
  const counts = [0, 0, 0, 0];
  const out: string[] = [];
  for (const [level, title, after] of rows) {
    // A level deeper than the one open goes one level down only.
    const open = counts.findIndex((c) => c === 0);
    const lv = open === -1 ? level : Math.min(level, open);
    counts[lv]++;
    for (let k = lv + 1; k < 4; k++) counts[k] = 0;
    const n = counts[lv];
    const marker = [`${NUM[(n - 1) % 10]}、`, `（${NUM[(n - 1) % 10]}）`, `${n}.`, `（${n}）`][lv];
    if (after === 'alone' && lv < 2) out.push(marker, title);
    else out.push(marker + title);
    if (after === 'body') out.push('　　各单位要认真落实。');
    if (after === 'blank') out.push('');
  }
  return out;
}
const inserted = fc.constantFrom('一、', '三、', '（一）', '（二）', '(二)', '（五）', '1.', '2.', '3、', '（1）', '（2）', '(3)', '①', '⑵');

describe('renumbering one run and moving a task read as written after one application', () => {
  it('renumbers a run from a heading until it reads as written', () => {
    // `3.` renumbered `2.`: the `（3）` right after it is then its `3.` in the form of the level below.
    const text = lines('一、甲', '1.乙', '3.丙', '（3）丁');
    assert.strictEqual(renumberRunText(text, 1), lines('一、甲', '1.乙', '2.丙', '3.丁'));
    assert.strictEqual(applyEdits(text, renumberRunEdits(text, 2)), lines('一、甲', '1.乙', '2.丙', '3.丁'));
    assert.deepStrictEqual(renumberRunEdits(lines('一、甲', '1.乙', '2.丙'), 1), []);
  });
  it('moving a task renumbers the items under a sibling the move renumbered', () => {
    // `三、` moved up renumbers the second `一、` to `二、`: the `（二）` counting on under it then starts its own run.
    const text = lines('一、甲', '（一）子', '一、乙', '（二）丑', '二、丙', '三、丁', '（一）寅');
    const moved = moveHeading(text, 5, -1)!;
    assert.strictEqual(applyEdits(text, [moved.edit]), lines('一、甲', '（一）子', '二、乙', '（一）丑', '三、丁', '（一）寅', '四、丙'));
    assert.strictEqual(moved.newLine, 4);
    // The sibling after the pair is written in the form it was read as: `(3)` after a `（二）` with no item
    // yet is its `（三）`; after the `1.` of the block moved down, as written it would be a `（1）` under it.
    const after = lines('一、甲', '（一）子', '1.细', '（二）丑', '(3)寅', '1.细');
    assert.strictEqual(applyEdits(after, [moveHeading(after, 3, -1)!.edit]), lines('一、甲', '（一）丑', '（二）子', '1.细', '（三）寅', '1.细'));
  });
  it('moving a task renumbers the items under an unchanged heading whose run a renumbered sibling below changed', () => {
    // The inserted `三、强化保障` repeats the `三、` below it: the `（二）` under it reads as counting on from
    // the `（一）` of the `二、` above. Moving `一、` down renumbers the repeated `三、` to `四、`; the `（二）` then
    // stands first under `三、强化保障`, which the move did not renumber (found by the property below, seed -829086027).
    const text = lines('一、甲', '二、乙', '（一）丙', '三、强化保障', '（二）丁', '三、戊', '', '四、己', '（一）庚');
    const moved = moveHeading(text, 0, 1)!;
    assert.strictEqual(applyEdits(text, [moved.edit]), lines('一、乙', '（一）丙', '二、甲', '三、强化保障', '（一）丁', '四、戊', '', '五、己', '（一）庚'));
  });
  it('the per-heading renumber, after an insertion, leaves its run without breaks, and applying it twice is applying it once (property)', () => {
    let touched = 0;
    fc.assert(
      fc.property(planRows, inserted, fc.constantFrom(...titles), fc.nat(), fc.nat(), (rows, marker, title, at, pick) => {
        const plan = planText(rows);
        const where = at % (plan.length + 1);
        const text = lines(...plan.slice(0, where), marker + title, ...plan.slice(where));
        const doc = parse(text);
        if (!doc.headings.length) return;
        // From the inserted line when it is a heading, else from a heading picked at random.
        const h = doc.headings.find((x) => x.line === where) ?? doc.headings[pick % doc.headings.length];
        const edits = renumberRunEdits(text, h.line, defaultConfig(), doc);
        const once = applyEdits(text, edits);
        if (edits.length) touched++;
        const again = parse(once);
        const h2 = again.headings.find((x) => x.line === h.line);
        assert.ok(h2, `the heading on line ${h.line} is still one`);
        // Applying twice is applying once: the action has nothing more to offer.
        assert.deepStrictEqual(renumberEdits(again, h2), [], `again from line ${h.line}:\n${once}`);
        assert.strictEqual(renumberRunText(once, h.line), once);
        assert.deepStrictEqual(breaksOn(once, runHeadings(again, h2)), [], `breaks left in the run of line ${h.line}:\n${once}`);
        // Only markers change.
        assert.deepStrictEqual(cjk(once), cjk(text));
        assert.strictEqual(words(once), words(text));
      }),
      { numRuns: Number(process.env.GONGWEN_RUNS ?? 400) },
    );
    assert.ok(touched > 50, `${touched} runs renumbered`);
  });
  it('moving a task up or down leaves the runs it touched without breaks, renumbering them again changes nothing, and no word changes (property)', () => {
    let moves = 0;
    fc.assert(
      fc.property(planRows, fc.option(fc.tuple(inserted, fc.nat()), { nil: undefined }), fc.nat(), fc.constantFrom(-1 as const, 1 as const), (rows, ins, pick, direction) => {
        let plan = planText(rows);
        if (ins) {
          const where = ins[1] % (plan.length + 1);
          plan = [...plan.slice(0, where), ins[0] + '强化保障', ...plan.slice(where)];
        }
        const text = lines(...plan);
        const line = pick % plan.length;
        const moved = moveHeading(text, line, direction);
        if (!moved) return;
        moves++;
        const after = applyEdits(text, [moved.edit]);
        // The same lines' words, in another order.
        assert.deepStrictEqual(cjk(after).sort(), cjk(text).sort());
        const doc = parse(after);
        // Every run with a heading in the lines the move changed reads as written: nothing to renumber, no break.
        assert.ok(doc.headings.some((x) => x.line === moved.newLine), `a heading where the moved task now starts (line ${moved.newLine}):\n${after}`);
        const { start, end } = moved.edit.range;
        for (const x of doc.headings.filter((y) => y.line >= start.line && y.line <= end.line)) {
          assert.deepStrictEqual(renumberEdits(doc, x), [], `line ${x.line} after moving line ${line} by ${direction}:\n${text}\n→\n${after}`);
          assert.deepStrictEqual(breaksOn(after, runHeadings(doc, x)), [], `breaks in the run of line ${x.line}:\n${text}\n→\n${after}`);
        }
      }),
      { numRuns: Number(process.env.GONGWEN_RUNS ?? 400) },
    );
    assert.ok(moves > 100, `${moves} moves`);
  });
});
