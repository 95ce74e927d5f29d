import * as assert from 'assert';
import fc from 'fast-check';
import { analyze, applyEdits, fixAll, LineText, parse } from '../../server/src/analysis';
import { chineseDate, lineStartSuggestions, writesUnitsAt } from '../../server/src/analysis/completion';
import { moveHeading, quickFixEdits, renumber, renumberDocumentEdits, renumberRunText } from '../../server/src/analysis/renumber';
import { runOf, sequenceOf } from '../../server/src/analysis/sequences';
import { documentStats } from '../../server/src/analysis/stats';

const lines = (...l: string[]) => l.join('\n') + '\n';
const labels = (text: string, line: number) => lineStartSuggestions(parse(text), line, new Date(2026, 2, 5)).filter((s) => s.kind === 'marker').map((s) => s.label);

describe('renumbering', () => {
  it('inserting a new （二） before the old one gives a gap-free sequence after renumbering', () => {
    const text = lines('一、甲', '（一）子', '（二）新插入', '（二）旧', '（三）末', '二、乙', '（一）子');
    assert.strictEqual(renumber(text), lines('一、甲', '（一）子', '（二）新插入', '（三）旧', '（四）末', '二、乙', '（一）子'));
  });
  it('keeps a running-on document running on, and fixes the punctuation it touches', () => {
    const text = lines('一、甲', '（一）子', '(二)子', '二、乙', '（三）子', '（四）子', '三、丙', '（六）子');
    assert.strictEqual(renumber(text), lines('一、甲', '（一）子', '（二）子', '二、乙', '（三）子', '（四）子', '三、丙', '（五）子'));
  });
  it('is idempotent and changes only markers (property)', () => {
    const item = fc.constantFrom('一、', '二、', '四、', '（一）', '（三）', '(二)', '1.', '3、', '（1）', '正文');
    fc.assert(
      fc.property(fc.array(fc.tuple(item, fc.constantFrom('加强领导', '完善制度。（办公室）', '')), { maxLength: 30 }), (rows) => {
        const text = rows.map(([m, t]) => m + t).join('\n') + '\n';
        const once = renumber(text);
        assert.strictEqual(renumber(once), once);
        const words = (s: string) => s.replace(/^[（(]?[一二三四五六七八九十0-9]+[）)]?[、.．]?/gm, '');
        assert.strictEqual(words(once), words(text));
      }),
      { numRuns: 300 },
    );
  });
  // A document built from lines of every level, in right and wrong forms, with date titles, notes and
  // blank lines: renumbering and fix-all write what the next run reads the same way (idempotent), and
  // only markers change. (Before renumbering repeated its passes, 2.5% of such documents renumbered
  // differently the second time.)
  const mixedLines = fc.array(
    fc.oneof(
      { weight: 3, arbitrary: fc.tuple(fc.constantFrom('一、', '二、', '三、', '（一）', '（二）', '（三）', '（四）', '(二)', '1.', '2.', '3.', '3、', '（1）', '（2）', '（3）', '(2)', '①', '②', '⑶'), fc.constantFrom('甲', '加强领导', '8月底前完成', '2025年底前完成', '做好工作。（办公室负责）', '完善制度；')).map(([m, t]) => m + t) },
      { weight: 1, arbitrary: fc.constantFrom('这是正文内容。', '（办公室负责）', '', '3.8月底前完成', '1.加强领导', '（1）加强领导', '一、', '（一）') },
    ),
    { minLength: 1, maxLength: 16 },
  );
  const markerless = (s: string) => s.replace(/^(?:[（(][一二三四五六七八九十0-9]+[）)]|[一二三四五六七八九十]+、|[0-9]+[.．、]|[①-⑳⑴-⒇])/gm, '').replace(/[。，；：]/g, ''); // fix-all may drop a title's end mark
  it('renumbering and fix-all are idempotent on documents of mixed levels and forms (property)', () => {
    fc.assert(
      fc.property(mixedLines, (rows) => {
        const text = lines(...rows);
        const once = renumber(text);
        assert.strictEqual(renumber(once), once, 'renumbering is not idempotent');
        assert.strictEqual(markerless(once), markerless(text));
        const fixed = fixAll(text).text;
        assert.strictEqual(fixAll(fixed).text, fixed, 'fix-all is not idempotent');
        assert.strictEqual(markerless(fixed), markerless(text));
      }),
      { numRuns: 300 },
    );
  });
  it('renumbers until what it writes reads as written', () => {
    // A `（2）` after a `（1）` that stands beside the `（一）`s goes on from it in its own form (structure.ts
    // misfamiliedParenArabic): `（1）壬` `(二)戊` `（2）癸` keeps its `（2）`. Fix-all only mends the brackets:
    // the `（1）` before the `(二)` may as well be its list's `（一）` in another form (numbering.ts earlierInForm).
    const cases: Array<[string[], string[], string[]?]> = [
      [['（1）壬', '(二)戊', '（2）癸'], ['（1）壬', '（一）戊', '（2）癸'], ['（1）壬', '（二）戊', '（2）癸']],
      [['(2)完善制度；', '（四）乙', '⑶丙'], ['（1）完善制度；', '（一）乙', '⑵丙']],
      // `3.` renumbered `1.`: a `（2）` right after it is its `2.` in the form of the level below. Fix-all
      // stops short of writing it so: the `（2）` may as well be the `（1）`'s sibling (one `1.` and one `（2）`
      // under it, numbering.ts uncertainForm), so GW102 offers the `2.` as no safe fix.
      [['(2)乙', '3.丙', '（3）丁'], ['（1）乙', '1.丙', '2.丁'], ['（1）乙', '1.丙', '（2）丁']],
    ];
    for (const [before, after, fixed] of cases) {
      const once = renumber(lines(...before));
      assert.strictEqual(once, lines(...after));
      assert.strictEqual(renumber(once), once);
      assert.strictEqual(fixAll(lines(...before)).text, fixed ? lines(...fixed) : once);
    }
    // The whole document's edits, one per changed line, give the same text.
    const text = lines('(2)乙', '3.丙', '（3）丁');
    assert.strictEqual(applyEdits(text, renumberDocumentEdits(text)), lines('（1）乙', '1.丙', '2.丁'));
    assert.deepStrictEqual(renumberDocumentEdits(lines('一、甲', '二、乙')), []);
  });
  it('a GW101 renumbering applied alone (its quick-fix) renumbers until the run reads as written', () => {
    // `（三）甲` renumbered `（一）`: the `（2）` right after it is read as its `（二）`, and the second `（三）`, written
    // `（二）` by the fix's one pass, repeats it. Applied alone, the fix goes on as fix-all's passes do.
    // (`3、甲` `（2）乙` `3、丙` no longer: its one pass, `1.甲` `（2）乙` `2.丙`, reads the `（2）` as the `1.`'s first item.)
    const text = lines('（三）甲', '（2）乙', '（三）丙');
    const [f] = analyze(text).findings.filter((x) => x.rule === 'GW101');
    const fix = f.fixes[0];
    assert.ok(fix.renumbers && fix.safe);
    const onePass = applyEdits(text, fix.edits);
    assert.strictEqual(onePass, lines('（一）甲', '（2）乙', '（二）丙'));
    assert.strictEqual(analyze(onePass).findings.filter((x) => x.rule === 'GW101').length, 1);
    const edits = quickFixEdits(text, f.range.start.line, fix);
    assert.strictEqual(applyEdits(text, edits), lines('（一）甲', '（二）乙', '（三）丙'));
    // What the 重新编号 code action on that line writes.
    assert.strictEqual(applyEdits(text, edits), renumberRunText(text, f.range.start.line));
    // Any other fix is applied as it is.
    const [g] = analyze(lines('一、甲', '(二)乙')).findings.filter((x) => x.rule === 'GW102');
    assert.strictEqual(quickFixEdits(lines('一、甲', '(二)乙'), g.range.start.line, g.fixes[0]), g.fixes[0].edits);
  });
  it('applying a GW101 finding\'s renumbering alone leaves no GW101 in its run, and changes only markers (property)', () => {
    const item = fc.constantFrom('一、', '二、', '三、', '四、', '（一）', '（二）', '（三）', '（四）', '（五）', '1.', '2.', '3.', '4.', '5.', '3、', '（1）', '（2）', '（3）', '(2)', '①', '②');
    fc.assert(
      fc.property(fc.array(fc.tuple(item, fc.constantFrom('甲', '加强领导', '做好工作。（办公室负责）', '完善制度；')), { minLength: 2, maxLength: 12 }), (rows) => {
        const text = lines(...rows.map(([m, t]) => m + t));
        for (const f of analyze(text).findings) {
          if (f.rule !== 'GW101') continue;
          for (const fix of f.fixes) {
            if (!fix.renumbers) continue;
            const after = applyEdits(text, quickFixEdits(text, f.range.start.line, fix));
            assert.strictEqual(markerless(after), markerless(text));
            const doc = parse(after);
            const h = doc.headings.find((x) => x.line === f.range.start.line)!;
            const seq = sequenceOf(doc, h)!;
            const run = new Set(runOf(seq, seq.groupOf.get(h)!).flat().map((x) => x.line));
            assert.deepStrictEqual(analyze(after).findings.filter((x) => x.rule === 'GW101' && run.has(x.range.start.line)).map((x) => x.message), [], `${text}=>\n${after}`);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
  it('fix-all reads what it wrote the same way: a misfamilied （2） after （1）, a （3） among 1. and date titles', () => {
    for (const rows of [
      ['（1）壬', '(二)戊', '（2）癸'],
      ['1.加强领导', '（1）加强领导', '一、甲', '1.己', '（3）子', '3.8月底前完成'],
      ['（1）甲', '3、乙', '（3）丙'],
    ]) {
      const once = fixAll(lines(...rows)).text;
      assert.strictEqual(fixAll(once).text, once, rows.join(' '));
    }
  });
  it('moves a task with its whole block and renumbers both', () => {
    const text = lines('一、甲', '（一）第一项', '正文一。', '1.细项', '（二）第二项', '正文二。', '二、乙');
    const moved = moveHeading(text, 4, -1)!;
    assert.strictEqual(applyEdits(text, [moved.edit]), lines('一、甲', '（一）第二项', '正文二。', '（二）第一项', '正文一。', '1.细项', '二、乙'));
    assert.strictEqual(moved.newLine, 1);
    const down = moveHeading(text, 2, 1)!;
    assert.strictEqual(applyEdits(text, [down.edit]), lines('一、甲', '（一）第二项', '正文二。', '（二）第一项', '正文一。', '1.细项', '二、乙'));
    assert.strictEqual(down.newLine, 3);
    assert.strictEqual(moveHeading(text, 1, -1), null);
  });
  it('moves a task in a file with CRLF line ends and a BOM, keeping them', () => {
    const text = '\ufeff' + lines('某方案', '一、甲', '1.第一项', '正文一。', '2.第二项', '3.第三项').replace(/\n/g, '\r\n');
    const moved = moveHeading(text, 4, -1)!;
    assert.strictEqual(applyEdits(text, [moved.edit]), '\ufeff' + lines('某方案', '一、甲', '1.第二项', '2.第一项', '正文一。', '3.第三项').replace(/\n/g, '\r\n'));
    assert.strictEqual(moved.newLine, 2);
  });
  it('moves as well with the model of the text given as without it (the server passes its analysis)', () => {
    const text = '\ufeff' + lines('某方案', '一、甲', '（一）第一项', '正文一。（办公室）', '1.细项', '（二）第二项', '二、乙', '（一）子', '（二）子', '三、丙').replace(/\n/g, '\r\n');
    const model = analyze(LineText.of(text)).doc;
    let moves = 0;
    for (let line = 0; line < 11; line++) {
      for (const direction of [-1, 1] as const) {
        const alone = moveHeading(text, line, direction);
        assert.deepStrictEqual(moveHeading(text, line, direction, undefined, model), alone, `line ${line}, ${direction}`);
        if (alone) moves++;
      }
    }
    assert.ok(moves >= 8, `${moves} moves`);
  });
  it('renumbers only what the move changed, not breaks and forms elsewhere in the document', () => {
    const text = lines('一、甲', '（一）第一项', '（二）第二项', '二、乙', '(一)子', '（三）子', '1、细', '3、细');
    const moved = moveHeading(text, 2, -1)!;
    assert.strictEqual(applyEdits(text, [moved.edit]), lines('一、甲', '（一）第二项', '（二）第一项', '二、乙', '(一)子', '（三）子', '1、细', '3、细'));
    // Children that count on through the moved blocks are renumbered with them.
    const running = lines('一、甲', '（一）子甲', '1.项一', '2.项二', '（二）子乙', '3.项三', '二、乙', '（三）子丙', '4.项四');
    assert.strictEqual(applyEdits(running, [moveHeading(running, 4, -1)!.edit]), lines('一、甲', '（一）子乙', '1.项三', '（二）子甲', '2.项一', '3.项二', '二、乙', '（三）子丙', '4.项四'));
  });
  it('moves the last item of a notice without its 附件说明, 落款 and date, and keeps blank lines between items in place', () => {
    const text = lines('某局关于做好检查工作的通知', '', '各科室：', '　　现通知如下。', '　　一、高度重视。', '　　二、突出重点。', '　　三、及时报送。', '', '附件：检查表', '', '某局', '2025年4月1日');
    const want = lines('某局关于做好检查工作的通知', '', '各科室：', '　　现通知如下。', '　　一、高度重视。', '　　二、及时报送。', '　　三、突出重点。', '', '附件：检查表', '', '某局', '2025年4月1日');
    assert.strictEqual(applyEdits(text, [moveHeading(text, 6, -1)!.edit]), want);
    const down = moveHeading(text, 5, 1)!;
    assert.strictEqual(applyEdits(text, [down.edit]), want);
    assert.strictEqual(down.newLine, 6);
    // Blank lines between items stay between them.
    const spaced = lines('一、甲', '', '二、乙', '', '三、丙', '');
    const sd = moveHeading(spaced, 2, 1)!;
    assert.strictEqual(applyEdits(spaced, [sd.edit]), lines('一、甲', '', '二、丙', '', '三、乙', ''));
    assert.strictEqual(sd.newLine, 4);
  });
  it('moves the last run-in item of a notice without the notice\'s closing request and 特此通知 below it', () => {
    const text = lines('某局关于做好节日安全工作的通知', '', '各科室：', '　　现通知如下：', '　　一、压实责任。各科室要落实责任。', '　　二、排查隐患。开展拉网式排查。', '　　三、加强值守。严格执行值班制度。', '　　请各科室于2月20日前报送工作情况。', '　　特此通知。', '', '某局', '2026年2月3日');
    const want = lines('某局关于做好节日安全工作的通知', '', '各科室：', '　　现通知如下：', '　　一、压实责任。各科室要落实责任。', '　　二、加强值守。严格执行值班制度。', '　　三、排查隐患。开展拉网式排查。', '　　请各科室于2月20日前报送工作情况。', '　　特此通知。', '', '某局', '2026年2月3日');
    assert.strictEqual(applyEdits(text, [moveHeading(text, 6, -1)!.edit]), want);
    const down = moveHeading(text, 5, 1)!;
    assert.strictEqual(applyEdits(text, [down.edit]), want);
    assert.strictEqual(down.newLine, 6);
    // An item on a line of its own keeps the paragraphs below it, a request among them.
    const own = lines('一、甲', '　　正文甲。', '二、有关要求', '　　请各科室于月底前报送。');
    assert.strictEqual(applyEdits(own, [moveHeading(own, 2, -1)!.edit]), lines('一、有关要求', '　　请各科室于月底前报送。', '二、甲', '　　正文甲。'));
  });
  it('moves the last item on a line of its own without the closing paragraph about the whole document', () => {
    const head = ['某某实施办法', '　　五、加强组织领导', '　　（一）落实主体责任', '　　各单位要落实主体责任。（办公室）'];
    const closing = ['　　各单位要根据本实施办法，结合实际制定具体措施，并报党委。'];
    const text = lines(...head, '　　（二）强化监督检查', '　　协助抓好任务分解。（纪委）', ...closing);
    const moved = moveHeading(text, 4, -1)!;
    assert.strictEqual(applyEdits(text, [moved.edit]), lines(head[0], head[1], '　　（一）强化监督检查', '　　协助抓好任务分解。（纪委）', '　　（二）落实主体责任', head[3], ...closing));
    assert.strictEqual(moved.newLine, 2);
  });
  it('moves the last item of a notice with its children, and the notice\'s closing lines are no task\'s', () => {
    const head = ['某局关于做好检查工作的通知', '各科室：', '　　一、高度重视。', '　　二、及时报送'];
    const tail = ['', '附件：1.检查表', '　　　2.联系人名单', '', '某局', '2025年4月1日', '（此件公开发布）', '————————————', '抄送：市委办公室。', '某局办公室　　2025年4月1日印发'];
    const text = lines(...head, '　　（一）报送时间。4月底前。', '　　（二）报送方式。', '　　以电子邮件报送。', ...tail);
    const moved = moveHeading(text, 5, -1)!;
    assert.strictEqual(applyEdits(text, [moved.edit]), lines(...head, '　　（一）报送方式。', '　　以电子邮件报送。', '　　（二）报送时间。4月底前。', ...tail));
    assert.strictEqual(moved.newLine, 4);
    // The cursor on the 落款, the date or the 版记 is in no task: nothing to move.
    for (const l of [8, 9, 11, 12, 13, 14, 15, 16]) assert.strictEqual(moveHeading(text, l, -1), null, `line ${l}`);
  });
  it('writes a moved task in the form it was read as, so it keeps its level in its new place', () => {
    // （3） after 2. is read as the 3. miswritten; moved up after 1., as written it would become a （1） under it.
    const text = lines('一、甲', '1.第一项', '2.第二项', '（3）第三项', '4.第四项');
    const moved = moveHeading(text, 3, -1)!;
    assert.strictEqual(applyEdits(text, [moved.edit]), lines('一、甲', '1.第一项', '2.第三项', '3.第二项', '4.第四项'));
    // With the other's number: 2.2025年…… moved first would read as a year, not as a 2.
    const year = lines('一、甲', '1.推进便利化。', '2.2025年底前建成生活圈。', '3.新建公厕。');
    assert.strictEqual(applyEdits(year, [moveHeading(year, 2, -1)!.edit]), lines('一、甲', '1.2025年底前建成生活圈。', '2.推进便利化。', '3.新建公厕。'));
  });
  it('moves a task in a decimal-numbered plan (1.1, 2.1.1, a chapter 2) and renumbers the pair and what their blocks hold, words unchanged', () => {
    const decimal = lines('1 总则', '1.1 目的', '2 组织体系', '2.1 指挥部', '2.1.1 指挥部职责', '正文。', '2.1.2 办公室职责', '正文。');
    assert.strictEqual(applyEdits(decimal, [moveHeading(decimal, 6, -1)!.edit]), lines('1 总则', '1.1 目的', '2 组织体系', '2.1 指挥部', '2.1.1 办公室职责', '正文。', '2.1.2 指挥部职责', '正文。'));
    // A section with its subsections: theirs take its new number.
    const plan = lines('某县应急预案', '1 总则', '1.1 目的', '正文。', '1.2 依据', '2 组织体系', '2.1 指挥部', '2.1.1 组成', '2.1.2 职责', '2.2 办公室', '2.2.1 职责', '正文。', '2.3 现场指挥部', '3 预警', '3.1 预防');
    const down = moveHeading(plan, 6, 1)!;
    assert.strictEqual(applyEdits(plan, [down.edit]), lines('某县应急预案', '1 总则', '1.1 目的', '正文。', '1.2 依据', '2 组织体系', '2.1 办公室', '2.1.1 职责', '正文。', '2.2 指挥部', '2.2.1 组成', '2.2.2 职责', '2.3 现场指挥部', '3 预警', '3.1 预防'));
    assert.strictEqual(down.newLine, 9);
    // A chapter moved: every number in both chapters changes its first part; full-width dots kept.
    const up = applyEdits(plan, [moveHeading(plan, 13, -1)!.edit]);
    assert.strictEqual(up, lines('某县应急预案', '1 总则', '1.1 目的', '正文。', '1.2 依据', '2 预警', '2.1 预防', '3 组织体系', '3.1 指挥部', '3.1.1 组成', '3.1.2 职责', '3.2 办公室', '3.2.1 职责', '正文。', '3.3 现场指挥部'));
    const wide = lines('1 总则', '1．1 目的', '1．2 依据', '2 职责');
    assert.strictEqual(applyEdits(wide, [moveHeading(wide, 2, -1)!.edit]), lines('1 总则', '1．1 依据', '1．2 目的', '2 职责'));
  });
});

describe('completion at the start of a line', () => {
  it('offers the next marker of this level and the first of the next level', () => {
    const text = lines('一、甲', '二、乙', '');
    const l = labels(text, 2);
    assert.deepStrictEqual(l.slice(0, 2).sort(), ['三、', '（一）'].sort());
  });
  it('after （二） offers （三）, 1. and the next upper item', () => {
    const text = lines('一、甲', '（一）子', '（二）子', '');
    const l = labels(text, 3);
    for (const want of ['（三）', '1.', '二、']) assert.ok(l.includes(want), `${want} in ${l.join(' ')}`);
  });
  it('after a 问答\'s question offers the next one written as it is', () => {
    assert.strictEqual(labels('某问答\n问2：甲是什么？\n答：甲。\n', 3)[0], '问3：');
    assert.strictEqual(labels('某问答\n问题二：甲是什么？\n答：甲。\n', 3)[0], '问题三：');
    assert.strictEqual(labels('某问答\n问：甲是什么？\n答：甲。\n', 3)[0], '问：');
  });
  it('after a 第X部分 offers 一、 under it and the next division as written', () => {
    const l = labels(lines('第一部分　总体要求', ''), 1);
    for (const want of ['第二部分', '一、']) assert.ok(l.includes(want), `${want} in ${l.join(' ')}`);
    const under = labels(lines('第一部分　总体要求', '一、指导思想', ''), 2);
    for (const want of ['二、', '（一）', '第二部分']) assert.ok(under.includes(want), `${want} in ${under.join(' ')}`);
    assert.ok(labels(lines('第一篇　总则', ''), 1).includes('第二篇'));
    // Its title glued on (`第一部分总体要求`): a division all the same.
    const glued = labels(lines('第一部分总体要求', '一、指导思想', ''), 2);
    for (const want of ['二、', '（一）', '第二部分']) assert.ok(glued.includes(want), `${want} in ${glued.join(' ')}`);
  });
  it('continues a running-on sequence instead of restarting', () => {
    const text = lines('一、甲', '（一）子', '（二）子', '二、乙', '');
    const l = labels(text, 4);
    assert.ok(l.includes('（一）'));
    const running = lines('一、甲', '（一）子', '（二）子', '二、乙', '（三）子', '三、丙', '');
    assert.ok(labels(running, 6).includes('（四）'), labels(running, 6).join(' '));
  });
  it('writes today’s date without leading zeros', () => {
    assert.strictEqual(chineseDate(new Date(2026, 2, 5)), '2026年3月5日');
    assert.strictEqual(chineseDate(new Date(2026, 11, 15)), '2026年12月15日');
    const text = lines('正文。', '某某局', '');
    const [first] = lineStartSuggestions(parse(text), 2, new Date(2026, 2, 5));
    assert.deepStrictEqual([first.kind, first.insertText], ['date', '2026年3月5日']);
  });
  it('offers a 发文字号 with the current year at the top', () => {
    const s = lineStartSuggestions(parse('\n'), 0, new Date(2026, 2, 5)).find((x) => x.kind === 'docNumber')!;
    assert.strictEqual(s.insertText, '${1:机关代字}〔2026〕${2:1}号');
    assert.ok(s.snippet);
  });
});

describe('document stats', () => {
  it('counts 字数 without whitespace and markup, and the tasks', () => {
    const s = documentStats(parse('---\ntitle: x\n---\n<p>一、甲</p>\n　　加强 领导。（办公室）\n'));
    assert.deepStrictEqual(s, { characters: 3 + 10, tasks: 1, headings: 1 });
  });
});

describe('where unit names are written', () => {
  const notice = lines(
    '某某局关于印发某某工作方案（试行）的通知',
    '各科室，局属各单位（含直属单位）：',
    '　　现将《某某工作方案（试行）》印发给你们，请认真贯彻执行。',
    '　　　　某某局',
    '　　　　2026年3月5日',
    '　　（此件公开发布）',
    '某某工作方案',
    '一、主要任务',
    '（一）完善内控制度。（办公室、财务科）',
    '（二）建立工作台账。（',
  );
  const at = (line: number, after: string) => ({ line, character: notice.split('\n')[line].indexOf(after) + after.length });
  it('inside an open bracket after a task, not in the brackets of a title, a 主送机关 or an 附注', () => {
    assert.ok(writesUnitsAt(parse(notice), at(9, '（二）建立工作台账。（')));
    assert.ok(writesUnitsAt(parse(notice), at(8, '（办公')));
    assert.ok(!writesUnitsAt(parse(notice), at(0, '工作方案（')), 'title');
    assert.ok(!writesUnitsAt(parse(notice), at(1, '局属各单位（')), '主送机关');
    assert.ok(!writesUnitsAt(parse(notice), at(5, '（此件')), '附注');
  });
});
