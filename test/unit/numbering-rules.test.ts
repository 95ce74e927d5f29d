import * as assert from 'assert';
import fc from 'fast-check';
import { analyze, applyEdits, defaultConfig, fixAll, Finding, parse } from '../../server/src/analysis';
import { renumber } from '../../server/src/analysis/renumber';

function findings(text: string, rule?: string): Finding[] {
  return analyze(text).findings.filter((f) => !rule || f.rule === rule);
}
const lines = (...l: string[]) => l.join('\n') + '\n';

/**
 * The marker on `line` of `text` is read as the sibling `want` written in another level's form: one
 * GW102 there with a safe fix to `want`, which fix-all writes once for all, leaving no GW1xx finding.
 */
function assertReadAsSibling(text: string, line: number, want: string): void {
  const fs = analyze(text).findings.filter((f) => f.rule.startsWith('GW1'));
  assert.deepStrictEqual(fs.map((f) => [f.rule, f.range.start.line]), [['GW102', line]]);
  assert.strictEqual(fs[0].fixes[0].edits[0].newText, want);
  assert.ok(fs[0].fixes[0].safe);
  const fixed = fixAll(text).text;
  assert.strictEqual(fixed.split('\n')[line], want + text.split('\n')[line].replace(/^[（(]?[0-9０-９一二三四五六七八九十]+[）)]?[、.．]?/, ''));
  assert.strictEqual(fixAll(fixed).text, fixed);
  assert.deepStrictEqual(analyze(fixed).findings.filter((f) => f.rule.startsWith('GW1')), []);
}

describe('numbering rules', () => {
  describe('numbers set as one glyph (⑴ ⒈ ❶)', () => {
    const doc = lines(
      '一、甲项工作',
      '（一）子项',
      '1.建立制度。',
      '⑴修订议事规则。（办公室牵头，财务处配合）',
      '⑶建立沟通制度。（办公室负责）',
      '2.完善机制。',
      '❶规范培训机构。（财务处负责）',
      '❷提升服务质量。（办公室负责）',
    );
    it('reads them as headings under the 1. above, and flags a gap in their own glyphs', () => {
      const model = parse(doc);
      const one = model.headings.find((h) => h.marker.text === '1.');
      assert.ok(one);
      assert.deepStrictEqual(one.children.map((h) => h.marker.text), ['⑴', '⑶']);
      const [f] = findings(doc, 'GW101');
      assert.ok(f);
      assert.strictEqual(f.range.start.line, 4);
      assert.strictEqual(fixAll(doc).text.split('\n')[4], '⑵建立沟通制度。（办公室负责）');
    });
    it('asks no other spelling of them', () => {
      assert.deepStrictEqual(findings(doc, 'GW102'), []);
      assert.deepStrictEqual(findings(lines('一、甲', '（一）乙', '1.丙', '⑴、丁。', '⑵戊。'), 'GW102').map((f) => f.range.start.line), [3]);
    });
  });

  describe('GW101 numbering-sequence', () => {
    it('flags a gap and fixes it by renumbering the following siblings', () => {
      const text = lines('一、甲', '二、乙', '四、丙', '五、丁');
      const [f] = findings(text, 'GW101');
      assert.ok(f);
      assert.strictEqual(f.range.start.line, 2);
      assert.match(f.message, /三、/);
      const fixed = applyEdits(text, f.fixes[0].edits);
      assert.strictEqual(fixed, lines('一、甲', '二、乙', '三、丙', '四、丁'));
      assert.deepStrictEqual(findings(fixed, 'GW101'), []);
      assert.strictEqual(f.fixes[0].title, '重新编号：从“四、”起依次改为“三、”…');
      // The run's last item: the fix changes it alone, and says so.
      const [last] = findings(lines('一、甲', '（一）子', '（三）子'), 'GW101');
      assert.deepStrictEqual([last.fixes[0].title, last.fixes[0].edits.length], ['改为“（二）”', 1]);
    });
    it('flags a duplicate (a task inserted before the old one)', () => {
      const text = lines('一、甲', '（一）子', '（二）新', '（二）旧', '（三）末');
      const fs = findings(text, 'GW101');
      assert.strictEqual(fs.length, 1);
      assert.strictEqual(fs[0].range.start.line, 3);
      assert.strictEqual(fixAll(text).text, lines('一、甲', '（一）子', '（二）新', '（三）旧', '（四）末'));
    });
    it('names a block numbered 一、二、三、 of its own pasted between 二、 and 三、, with no renumbering and no finding after it', () => {
      const text = lines('某方案', '一、总体要求', '坚持问题导向。', '二、重点任务', '（一）甲', '1.子。（办公室）', '（二）乙', '一、子。（办公室）', '二、子。（财务科）', '三、子。（人事科）', '（三）丙', '1.子。（审计科）', '三、保障措施', '（一）加强领导。');
      const fs = findings(text, 'GW101');
      assert.deepStrictEqual(fs.map((f) => [f.range.start.line, f.message, f.fixes.length]), [[7, '“一、”至“三、”在“二、”与“三、”之间另起编号，似为从其他文稿粘贴的内容：请按所在层级改用相应序号，或接续本级编号。', 0]]);
      assert.strictEqual(fixAll(text).text, text);
      // At the end of a section, where the real tasks after the block fall under its last item.
      const last = lines('某方案', '一、总体要求', '坚持问题导向。', '二、重点任务', '（一）甲', '1.子。（办公室）', '（二）乙', '一、子。（办公室）', '二、子。（财务科）', '三、子。（人事科）', '（三）丙', '1.子。（审计科）', '（四）丁', '1.子。（人事科）');
      assert.deepStrictEqual(findings(last, 'GW101').map((f) => [f.range.start.line, f.message, f.fixes.length]), [[7, '“一、”至“三、”在“（二）”与“（三）”之间另起编号，似为从其他文稿粘贴的内容：请按所在层级改用相应序号，或接续本级编号。', 0]]);
      assert.strictEqual(fixAll(last).text, last);
      // A restart that does not give way to the numbers it interrupted is a break as before.
      const restarted = lines('一、甲', '二、乙', '一、丙', '二、丁', '三、戊');
      assert.deepStrictEqual(findings(restarted, 'GW101').map((f) => [f.range.start.line, f.fixes.length]), [[2, 1]]);
      // One item alone is no block.
      assert.deepStrictEqual(findings(lines('一、甲', '二、乙', '一、丙', '三、丁'), 'GW101').map((f) => f.range.start.line), [2, 3]);
    });
    it('names the number fix-all writes there, after two tasks were swapped or a section moved', () => {
      const swapped = lines('一、甲', '1.项', '2.项', '4.项', '3.项', '5.项');
      assert.deepStrictEqual(findings(swapped, 'GW101').map((f) => [f.range.start.line, /应为“(.+?)”/.exec(f.message)![1]]), [[3, '3.'], [4, '4.']]);
      assert.strictEqual(fixAll(swapped).text, lines('一、甲', '1.项', '2.项', '3.项', '4.项', '5.项'));
      // A section of a running-on document moved up: each finding names what renumbering gives it.
      const moved = lines('一、甲', '（一）子', '（二）子', '三、丙', '（五）子', '（六）子', '二、乙', '（三）子', '（四）子');
      const fixed = fixAll(moved).text;
      for (const f of findings(moved, 'GW101')) {
        const want = /应为“(.+?)”/.exec(f.message)![1];
        assert.ok(fixed.split('\n')[f.range.start.line].startsWith(want), `${f.message} / ${fixed.split('\n')[f.range.start.line]}`);
      }
    });
    it('names no numbering style where the sequence is one group (a regulation\'s chapters, the 一、s)', () => {
      const text = lines('某办法', '第一章　总则', '第一条　甲。', '第二章　管理', '第二条　乙。', '第四章　附则', '第三条　丙。');
      assert.deepStrictEqual(findings(text, 'GW101').map((f) => f.message), ['序号“第四章”跳号：此处应为“第三章”。']);
      // With several groups the style is named.
      assert.deepStrictEqual(findings(lines('一、甲', '（一）子', '（三）子', '二、乙', '（一）子'), 'GW101').map((f) => f.message), ['序号“（三）”跳号：此处应为“（二）”（每级重新编号）。']);
    });
    it('accepts numbering that restarts under each parent', () => {
      assert.deepStrictEqual(findings(lines('一、甲', '（一）子', '（二）子', '二、乙', '（一）子', '（二）子'), 'GW101'), []);
    });
    it('accepts numbering that runs on through the document', () => {
      const text = lines('一、甲', '（一）子', '（二）子', '二、乙', '（三）子', '（四）子', '三、丙', '（五）子');
      assert.deepStrictEqual(findings(text, 'GW101'), []);
      const arabic = lines('一、甲', '（一）子', '1.项', '2.项', '（二）子', '3.项', '4.项', '（三）子', '5.项');
      assert.deepStrictEqual(findings(arabic, 'GW101'), []);
    });
    it('in a running-on document, a restart is the break', () => {
      const text = lines('一、甲', '（一）子', '（二）子', '二、乙', '（三）子', '（四）子', '三、丙', '（五）子', '（六）子', '四、丁', '（一）子');
      const fs = findings(text, 'GW101');
      assert.strictEqual(fs.length, 1);
      assert.strictEqual(fs[0].range.start.line, 10);
      assert.match(fs[0].message, /（七）/);
    });
    it('restarts numbering in the plan after a cover notice', () => {
      const text = lines('某局发〔2025〕1号', '各单位：', '一、请认真执行。', '二、及时报告。', '某局', '2025年1月2日', '某某方案', '一、总体要求', '二、主要任务');
      assert.deepStrictEqual(findings(text, 'GW101'), []);
    });
  });
    it('takes the style of each kind of parent: 1. under 一、 restarts while 1. under the （一）s runs on', () => {
      const text = lines(
        '一、工作目标', '1.目标', '2.目标', '3.目标', '二、基本原则', '1.原则', '2.原则',
        '三、重点任务', '（一）甲', '1.任务', '2.任务', '（二）乙', '3.任务', '4.任务', '（三）丙', '5.任务', '6.任务',
        '四、保障措施', '1.措施', '2.措施',
      );
      assert.deepStrictEqual(findings(text, 'GW101'), []);
      assert.strictEqual(fixAll(text).text, text);
      // Where a group's parent is of another kind than the group before, counting on is as good as a restart.
      const on = lines('一、甲', '（一）子', '1.项', '2.项', '（二）子', '3.项', '二、乙', '4.项', '5.项');
      assert.deepStrictEqual(findings(on, 'GW101'), []);
      // And a break is still one: 1.–4. under the （一）s, then 6. under the （三）.
      const gap = lines('一、甲', '（一）子', '1.项', '2.项', '（二）子', '3.项', '4.项', '（三）子', '6.项', '二、乙', '1.项');
      const fs = findings(gap, 'GW101');
      assert.deepStrictEqual(fs.map((f) => f.range.start.line), [8]);
      assert.match(fs[0].message, /“5\.”（连续编号）/);
      assert.strictEqual(fixAll(gap).text, gap.replace('6.项', '5.项'));
    });
    it('accepts 1. running on under the （一）s of each 一、 and starting again under the next 一、', () => {
      const text = lines('一、甲', '（一）子', '1.项', '2.项', '（二）子', '3.项', '二、乙', '（一）子', '1.项', '（二）子', '2.项', '3.项');
      assert.deepStrictEqual(findings(text, 'GW101'), []);
      const renumbered = renumber(text);
      assert.strictEqual(renumbered, text);
    });
    it('accepts 1. running on under the （一）s of one 一、 and starting again under the next, with as many groups of each', () => {
      // One group counting on, one starting again under the next 一、: the second is what both styles do.
      const text = lines('某方案', '一、甲', '（一）子', '1.项', '2.项', '（二）子', '3.项', '4.项', '二、乙', '（一）子', '1.项', '2.项');
      assert.deepStrictEqual(findings(text, 'GW101'), []);
      assert.strictEqual(fixAll(text).text, text);
    });
    it('where a kind\'s groups tie between the styles, takes the style the document\'s other numbers keep', () => {
      // （一） runs on through the plan; of the 1.s, one group counts on and one starts again: the restart is the slip.
      const text = lines(
        '某方案', '一、总体要求', '（一）子。', '（二）子。', '二、主要任务', '（三）子', '1.项', '2.项', '3.项',
        '（四）子', '4.项', '5.项', '（五）子', '1.项', '2.项', '三、保障措施', '（六）子。',
      );
      const fs = findings(text, 'GW101');
      assert.deepStrictEqual(fs.map((f) => f.range.start.line), [13]);
      assert.match(fs[0].message, /“6\.”（全文连续编号）/);
      assert.strictEqual(fixAll(text).text, text.replace('1.项\n2.项\n三、', '6.项\n7.项\n三、'));
      // The same 1.s where the （一）s start again under each 一、: the 4. is the slip.
      const restarting = text.replace('（三）子', '（一）子').replace('（四）子', '（二）子').replace('（五）子', '（三）子').replace('（六）子。', '（一）子。');
      assert.deepStrictEqual(findings(restarting, 'GW101').map((f) => f.range.start.line), [10]);
    });
    it('in a document numbered on, a group restarted at 1. by mistake is the one break, however few groups follow', () => {
      const text = lines('一、甲', '（一）子', '1.项', '2.项', '3.项', '（二）子', '1.项', '2.项', '3.项', '（三）子', '7.项', '8.项', '9.项', '（四）子', '10.项');
      const fs = findings(text, 'GW101');
      assert.deepStrictEqual(fs.map((f) => f.range.start.line), [6]);
      assert.match(fs[0].message, /“4\.”（全文连续编号）/);
      assert.strictEqual(fixAll(text).text, lines('一、甲', '（一）子', '1.项', '2.项', '3.项', '（二）子', '4.项', '5.项', '6.项', '（三）子', '7.项', '8.项', '9.项', '（四）子', '10.项'));
    });
    it('reads a （5） right after 4. as the next task in the wrong form (GW102), not as a first child numbered 5', () => {
      const text = lines('一、甲', '（一）子', '1.项', '2.项', '（二）子', '3.项', '4.项', '（5）项', '（三）子', '6.项');
      assert.deepStrictEqual(findings(text, 'GW101'), []);
      const [f] = findings(text, 'GW102');
      assert.strictEqual(f.range.start.line, 7);
      assert.strictEqual(fixAll(text).text, text.replace('（5）项', '5.项'));
      // Sub-items of 4. that run on from those of 3. are left as they are.
      const running = lines('一、甲', '3.项', '（1）细', '（2）细', '（3）细', '（4）细', '4.项', '（5）细', '（6）细');
      assert.deepStrictEqual(parse(running).headings.filter((h) => h.marker.kind === 'parenArabic').length, 6);
    });
    it('reads a （5） right after （四） as the next （一）-level item in the wrong form (GW102), not as a first child numbered 5', () => {
      const text = lines('一、重点任务', '（一）甲工作。推进甲。', '（二）乙工作。推进乙。', '（三）丙工作。推进丙。', '（四）丁工作。推进丁。', '（5）戊工作。推进戊。', '二、保障措施', '（一）加强领导。');
      assert.deepStrictEqual(findings(text, 'GW101'), []);
      const fs = findings(text, 'GW102');
      assert.deepStrictEqual(fs.map((f) => [f.range.start.line, f.message]), [[5, '序号“（5）”写法不规范，应为“（五）”。']]);
      assert.strictEqual(fixAll(text).text, text.replace('（5）戊', '（五）戊'));
      // Sub-items of （四） that run on from those of （三）, and a （4）-less first child after items, are left as they are.
      const running = lines('一、甲', '（三）项', '（1）细', '（2）细', '（3）细', '（4）细', '（四）项', '（5）细', '（6）细');
      assert.deepStrictEqual(parse(running).headings.filter((h) => h.marker.kind === 'parenArabic').length, 6);
      const restart = lines('一、甲', '（一）项', '（1）细', '（二）项', '（1）细', '（3）细');
      assert.deepStrictEqual(parse(restart).headings.filter((h) => h.marker.kind === 'parenArabic').length, 3);
    });
    it('reads a （5） right after 4. or （四） as a first child where the （1）s run on to （4） from the sections before (numbered on at every level)', () => {
      // `（1）`…`（4）` under `一、`, then `二、`'s `4.` (`（四）`) with a `（5）`: the `（1）`s numbered on
      // through the document, not the next `5.` (`（五）`) in the wrong form.
      const underArabic = lines('一、甲', '（一）子', '1.项', '（1）细。（办公室负责）', '2.项', '（2）细。（办公室负责）', '（3）细。（办公室负责）', '3.项', '（4）细。（办公室负责）', '二、乙', '（二）子', '4.项', '（5）细。（办公室负责）', '（6）细。（办公室负责）');
      const underParenCn = lines('一、甲', '（一）子', '（1）细。（办公室负责）', '（2）细。（办公室负责）', '（二）子', '（3）细。（办公室负责）', '（4）细。（办公室负责）', '二、乙', '（三）子。（办公室负责）', '（四）子', '（5）细。（办公室负责）', '（6）细。（办公室负责）');
      for (const [text, parents] of [
        [underArabic, ['1.', '2.', '2.', '3.', '4.', '4.']],
        [underParenCn, ['（一）', '（一）', '（二）', '（二）', '（四）', '（四）']],
      ] as const) {
        assert.deepStrictEqual(findings(text).filter((f) => f.rule.startsWith('GW1')), [], text);
        assert.deepStrictEqual(parse(text).headings.filter((h) => h.marker.kind === 'parenArabic').map((h) => h.parent!.marker.text), parents);
        assert.strictEqual(fixAll(text).text, text);
      }
      // Where the （1）s before stop short of （4）, or stand under headings of another kind, it is still the next item in the wrong form.
      for (const [text, want] of [
        [underArabic.replace('3.项\n（4）细。（办公室负责）\n', '3.项\n').replace('（6）细。（办公室负责）\n', ''), '5.'],
        [underParenCn.replace('（4）细。（办公室负责）\n二、', '二、').replace('（6）细。（办公室负责）\n', ''), '（五）'],
        [lines('一、甲', '（1）细。', '（2）细。', '（3）细。', '（4）细。', '二、乙', '（一）子', '1.项', '2.项', '3.项', '4.项', '（5）细。（办公室负责）'), '5.'],
      ] as const) {
        assert.deepStrictEqual(findings(text).filter((f) => f.rule.startsWith('GW1')).map((f) => [f.rule, f.fixes[0].edits[0].newText]), [['GW102', want]], text);
      }
    });
    it('finds no numbering mistake in plans numbered on or restarting at each level independently (property)', () => {
      const CN = '一二三四五六七八九十';
      const cn = (v: number) => (v <= 10 ? CN[v - 1] : v < 20 ? '十' + (CN[v - 11] ?? '') : CN[Math.floor(v / 10) - 1] + '十' + (CN[(v % 10) - 1] ?? ''));
      // Sections of `（一）`s, each of `1.`s, each with a count of `（1）`s; or, `skip`, `（1）`s right under the `（一）`s.
      // Each level restarts under each parent, runs on under one grandparent, or runs on through the plan.
      const style = fc.oneof(fc.constant('restart'), fc.constant('grand'), { arbitrary: fc.constant('through'), weight: 2 });
      const plan = fc.record({
        sections: fc.array(fc.array(fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 4 }), { maxLength: 4 }), { minLength: 1, maxLength: 4 }),
        styles: fc.tuple(fc.constantFrom('restart', 'through'), style, style),
        skip: fc.boolean(),
        notes: fc.array(fc.boolean(), { minLength: 1, maxLength: 7 }),
      });
      fc.assert(
        fc.property(plan, ({ sections, styles, skip, notes }) => {
          const out: string[] = [];
          const n = [0, 0, 0, 0];
          const note = () => notes[out.length % notes.length];
          const write = (marker: string, leaf: boolean) => out.push(`${marker}推进第${out.length + 1}项工作${leaf || note() ? '。' + (note() ? '（办公室负责）' : '（财务科、人事科）') : ''}`);
          // Level `l` (1 `（一）`, 2 `1.`, 3 `（1）`) starts again under each heading of level l - 1 or, 'grand', of level l - 2.
          const open = (l: number) => {
            for (let k = l + 1; k <= 3; k++) if (styles[k - 1] === 'restart' ? k === l + 1 : styles[k - 1] === 'grand' && k === l + 2) n[k] = 0;
          };
          sections.forEach((items, s) => {
            write(`${cn(s + 1)}、`, items.length === 0);
            open(0);
            for (const tasks of items) {
              write(`（${cn(++n[1])}）`, tasks.length === 0);
              open(1);
              for (const subs of tasks) {
                if (skip) {
                  write(`（${++n[2]}）`, true);
                  continue;
                }
                write(`${++n[2]}.`, subs === 0);
                open(2);
                for (let k = 0; k < subs; k++) write(`（${++n[3]}）`, true);
              }
            }
          });
          const text = out.join('\n') + '\n';
          assert.deepStrictEqual(findings(text).filter((f) => f.rule.startsWith('GW1')).map((f) => [f.rule, f.range.start.line]), [], text);
        }),
        { numRuns: 100 },
      );
    });
    it('reads a （2） after a （一） as going on from a （1） that stands beside the （一）s before it, at the top as under a 一、 (no GW102, renumbering keeps it)', () => {
      // A drafter who wrote `（1）壬` then `（2）癸` numbers them on; the `（一）` between is the mixed form GW104 notes.
      for (const head of [[], ['一、甲']]) {
        const text = lines(...head, '（1）壬', '（一）戊', '（2）癸');
        const l = head.length;
        assert.deepStrictEqual(analyze(text).findings.map((f) => [f.rule, f.range.start.line]), [['GW104', l]], text);
        assert.deepStrictEqual(parse(text).headings.map((h) => h.marker.kind), [...head.map(() => 'cn'), 'parenArabic', 'parenCn', 'parenArabic']);
        assert.strictEqual(renumber(text), text);
        assert.strictEqual(fixAll(text).text, text);
      }
      // Without that （1）, a （2） right after a （一） is its （二） in the wrong form.
      const alone = lines('（一）戊', '（2）癸');
      assert.deepStrictEqual(findings(alone, 'GW102').map((f) => f.range.start.line), [1]);
    });
    it('reads a （1） opening a （三）\'s items with a 2. next as its first 1. in the wrong form (GW102), not a level skip with the 2. misnumbered', () => {
      const text = lines('一、重点任务', '（一）甲', '1.项。（教务处负责）', '2.项。（教务处负责）', '（二）乙', '（1）项。（人事处负责）', '2.项。（人事处负责）', '3.项。（人事处负责）', '二、保障措施', '（一）加强领导。');
      const all = analyze(text).findings;
      assert.deepStrictEqual(all.map((f) => [f.rule, f.range.start.line]), [['GW102', 5]]);
      assert.match(all[0].message, /应为“1\.”/);
      assert.strictEqual(fixAll(text).text, text.replace('（1）项', '1.项'));
      // Items of its own under a 1. (`（1）` then `（2）`), and a （1） with a （2） next, are left as they are.
      const nested = lines('一、甲', '（一）子', '1.项', '（1）细', '2.项', '（二）子', '（1）细', '（2）细');
      assert.deepStrictEqual(parse(nested).headings.filter((h) => h.marker.kind === 'parenArabic').length, 3);
    });
    it('reads a 1. opening a 二、\'s items with a （二） next as its first （一） in the wrong form (GW102), not a level skip with the （二） misnumbered', () => {
      const text = lines('一、落实责任', '（一）健全体系。（党政办公室负责）', '（二）完善机制。（党政办公室负责）', '二、加强管理', '1.加强消防管理。（保卫处负责）', '（二）加强实验安全。（教务处负责）', '（三）加强食品安全。（后勤处负责）');
      const all = analyze(text).findings;
      assert.deepStrictEqual(all.map((f) => [f.rule, f.range.start.line]), [['GW102', 4]]);
      assert.match(all[0].message, /应为“（一）”/);
      assert.strictEqual(fixAll(text).text, text.replace('1.加强消防', '（一）加强消防'));
      // A two-level section (`二、` then `1.` `2.`) and a 1. with a 2. next are left as they are.
      const twoLevel = lines('一、甲', '（一）子', '（二）子', '二、乙', '1.项', '2.项', '三、丙', '（一）子');
      assert.deepStrictEqual(findings(twoLevel, 'GW102'), []);
      assert.deepStrictEqual(parse(twoLevel).headings.filter((h) => h.marker.kind === 'arabic').length, 2);
      // Numbered on from a （一） above, the （二） is that one's next: the 1. stands apart (GW104), as renumbering leaves it.
      const running = lines('一、甲', '（一）子', '二、乙', '1.项', '（二）子', '（三）子');
      assert.deepStrictEqual(findings(running).map((f) => f.rule), ['GW104']);
    });
    it('reads a （三） right after 2. under a （三） as the next 1.-level item in the wrong form (GW102), not a repeated （三）', () => {
      const text = lines('一、甲', '（一）子', '（二）子', '（三）子', '1.项', '2.项', '（三）项', '二、乙', '（一）子');
      assert.deepStrictEqual(findings(text, 'GW101'), []);
      const [f] = findings(text, 'GW102');
      assert.strictEqual(f.range.start.line, 6);
      assert.strictEqual(f.fixes[0].edits[0].newText, '3.');
      // Ending the （三）'s items, with no （四） after it, it may as well be the （四） mistyped: fix-all leaves it.
      assert.ok(f.fixes.every((x) => !x.safe));
      assert.strictEqual(fixAll(text).text, text);
      // The same under a （一）, with a （二） after it: the （二） is the parent's next sibling (and the 4. goes on from the 3.): fix-all writes it.
      const under = lines('一、甲', '（一）子', '1.项', '2.项', '（三）项', '4.项', '（二）子');
      assert.strictEqual(fixAll(under).text, under.replace('（三）项', '3.项'));
    });
    it('leaves a （二） or （三） after 1. 2. that is the parent level\'s next heading, or a misnumbered one', () => {
      // The normal form: （一） 1. 2. （二）, and （二） 1. 2. （三）.
      for (const text of [lines('一、甲', '（一）子', '1.项', '2.项', '（二）子', '1.项'), lines('一、甲', '（一）子', '（二）子', '1.项', '2.项', '（三）子', '（四）子'), lines('一、甲', '（一）子', '1.项', '（二）子')]) {
        assert.deepStrictEqual(findings(text, 'GW101').concat(findings(text, 'GW102')), []);
        assert.strictEqual(parse(text).headings.filter((h) => h.marker.kind === 'parenCn').length, text.split('（').length - 1);
      }
      // （三） with items of its own, or followed by the parent's next but one: a sibling misnumbered (GW101 as before).
      for (const text of [lines('一、甲', '（一）子', '（二）子', '（三）子', '1.项', '2.项', '（三）子', '1.项', '2.项'), lines('一、甲', '（一）子', '（二）子', '（三）子', '1.项', '2.项', '（三）子', '（五）子'), lines('一、甲', '（一）子', '1.项', '2.项', '（三）子', '（四）子')]) {
        assert.deepStrictEqual(findings(text, 'GW102'), []);
        assert.strictEqual(findings(text, 'GW101').length, 1);
      }
    });
    it('reads a 3) right after 2. as the next 1.-level item miswritten (GW102 offers 3.), not a child', () => {
      const text = lines('一、甲', '（一）子', '1.项。', '2.项。', '3)项。', '4.项。', '（二）子', '1.项。', '1)细。', '2)细。', '2.项。');
      assert.deepStrictEqual(findings(text, 'GW101'), []);
      const fs = findings(text, 'GW102');
      assert.deepStrictEqual(fs.map((f) => [f.range.start.line, f.fixes[0].edits[0].newText]), [[4, '3.'], [8, '（1）'], [9, '（2）']]);
      assert.strictEqual(fixAll(text).text, text.replace('3)项', '3.项').replace('1)细', '（1）细').replace('2)细', '（2）细'));
    });
    describe('an item between two siblings written in the form of another level (2. between （一） and （三）)', () => {
      // [text, line of the miswritten item, the fix GW102 offers]
      const cases: Array<[string, number, string]> = [
        [lines('一、主要任务', '（一）甲项。（办公室负责）', '2.乙项。（财务科负责）', '（三）丙项。（人事科负责）', '二、保障措施', '（一）加强领导。'), 2, '（二）'],
        [lines('一、甲项。（办公室负责）', '（二）乙项。（财务科负责）', '三、丙项。（人事科负责）'), 1, '二、'],
        [lines('一、主要任务', '（一）甲项。', '（二）乙项。', '（三）丙项。', '4．丁项。（财务科负责）', '（五）戊项。'), 4, '（四）'],
        [lines('一、主要任务', '（一）总体', '1.甲项。', '（2）乙项。（财务科负责）', '3.丙项。'), 3, '2.'],
        // The form above, where the （2） has no 1. level above it: a （3）, not an inverted list of the （2）'s own.
        [lines('一、主要任务', '（一）甲方面', '（1）甲项。', '（2）乙项。', '3.丙项。', '（4）丁项。', '（二）乙方面'), 4, '（3）'],
        // Items of a level below its own stand under it.
        [lines('一、主要任务', '（一）甲项。', '2.乙项。', '（1）细项。', '（2）细项。', '（三）丙项。'), 2, '（二）'],
        // The last of its siblings, from the third on: closed by the parent's next sibling, or by the end of the text.
        [lines('一、主要任务', '（一）甲项。', '（二）乙项。', '（三）丙项。', '4.丁项。', '二、保障措施', '（一）加强领导。'), 4, '（四）'],
        [lines('一、甲项。', '二、乙项。', '（三）丙项。'), 2, '三、'],
        // Lists of 1. above that start again from 1: numbered per section, so the 4. goes on from no 3.
        [lines('一、主要任务', '（一）甲方面', '1.甲项。', '2.乙项。', '（二）乙方面', '1.丙项。', '（三）丙方面', '4.丁方面', '二、保障措施'), 7, '（四）'],
        // Numbered on through the text: the first item under a 二、, between the （二） and the （四） around it.
        [lines('一、甲', '（一）子。', '（二）子。', '二、乙', '3.子。', '（四）子。'), 4, '（三）'],
      ];
      for (const [text, line, want] of cases) {
        it(`reads ${text.split('\n')[line].slice(0, 3)} as the sibling ${want} (GW102), not a child numbered on (GW101)`, () => {
          assertReadAsSibling(text, line, want);
        });
      }
      it('leaves a child list, another number, an item of its own form between, or no sibling after it as it reads', () => {
        // （一） then 1. 2. then （二）: a list of the （一）'s own.
        const child = lines('一、甲', '（一）子', '1.项', '2.项', '（二）子');
        assert.deepStrictEqual(findings(child), []);
        assert.strictEqual(parse(child).headings.filter((h) => h.marker.kind === 'arabic').length, 2);
        for (const text of [
          lines('一、甲', '（一）子', '3.项', '（三）子'), // not the number between them
          lines('一、甲', '（一）子', '2.项', '（四）子'), // the sibling after it does not go on from it
          lines('一、甲', '（一）子', '2.项', '3.项', '（三）子'), // two of its own form
          lines('一、甲', '（一）子', '2.项', '二、乙'), // no sibling after it
          lines('一、甲', '（一）子', '（1）细', '（2）细', '2.项', '（三）子'), // the （一） has items already
          lines('一、甲', '（一）子', '1.项', '2.项', '3.项', '（二）子', '（三）子', '4.项', '二、乙'), // 1. numbered on through the text
          lines('一、甲', '（一）子', '（二）子', '（三）子', '4.项', '5.项', '二、乙'), // two of its own form, the last of the siblings
          lines('一、甲', '（一）子', '（二）子', '三、乙', '4.项', '（四）子'), // across the parent, not the number between the （二） and the （四）
        ]) {
          assert.deepStrictEqual(findings(text, 'GW102').map((f) => f.fixes[0].edits[0].newText).filter((t) => t.startsWith('（') && !/[0-9]/.test(t)), [], text);
          assert.strictEqual(parse(text).headings.filter((h) => h.marker.kind === 'arabic').length, text.split('\n').filter((l) => /^[0-9]\./.test(l)).length, text);
        }
      });
      describe('an item of the level above written in the form of its children, its own children under it (（二） after 一、\'s （一）（二）, its （一）（二）, then 三、)', () => {
        // [text, line of the miswritten item, the fix GW102 offers]
        const cases: Array<[string, number, string]> = [
          [lines('一、总体要求', '（一）指导思想。', '（二）基本原则。', '（二）重点任务', '（一）加强组织领导。', '（二）强化资金保障。', '三、保障措施', '（一）加强督导。'), 3, '二、'],
          // Its number past the 一、's items, or the 二、 above with no （一）s: no next item of theirs.
          [lines('一、总体要求', '（一）指导思想。', '（二）基本原则。', '（三）主要目标。', '（二）重点任务', '（一）加强组织领导。', '三、保障措施'), 4, '二、'],
          [lines('一、总体要求', '坚持稳中求进。', '（二）重点任务', '（一）加强组织领导。', '（二）强化资金保障。', '三、保障措施'), 2, '二、'],
          [lines('一、甲', '二、乙', '三、丙', '四、组织实施', '（一）加强领导。', '（二）强化保障。', '（五）工作要求', '（一）按时报送。', '（二）确保质量。', '六、其他'), 6, '五、'],
          // Its children numbered on through the text from the 二、's, as those go on from the 一、's.
          [lines('一、总体要求', '（一）指导思想。', '二、主要目标', '（二）发展目标。', '（三）重点指标。', '（三）重点任务', '（四）加强组织领导。', '（五）强化资金保障。', '四、保障措施'), 5, '三、'],
          // At the end of the text, with two items of its own.
          [lines('一、总体要求', '（一）指导思想。', '（二）基本原则。', '（二）重点任务', '（一）加强组织领导。', '（二）强化资金保障。'), 3, '二、'],
          // One level down: 2. after the 1. 2. of a （一）, with its 1. 2., then （三）.
          [lines('一、主要任务', '（一）甲方面', '1.甲项。', '2.乙项。', '2.乙方面', '1.丙项。', '2.丁项。', '（三）丙方面', '1.戊项。'), 4, '（二）'],
        ];
        for (const [text, line, want] of cases) {
          it(`reads ${text.split('\n')[line].slice(0, 3)} as ${want} (GW102, a safe fix), not a child misnumbered (GW101)`, () => {
            assertReadAsSibling(text, line, want);
          });
        }
        it('leaves it as it reads where it may be the 一、\'s next item, or its lines do not say it heads a list of its own', () => {
          for (const text of [
            lines('一、甲', '（一）子。', '（二）子', '（一）项。', '（二）项。', '三、丙'), // the （一）'s next item: （二） after （一）
            lines('一、甲', '（一）子。', '（二）子。', '（二）子', '（三）项。', '三、丙'), // no list of its own starting (the 一、's start at 1: none numbered on)
            lines('一、甲', '（一）子。', '（二）子。', '（二）子', '（一）项。', '（三）项。', '三、丙'), // its items out of order
            lines('一、甲', '（一）子。', '（二）子。', '（二）子', '（一）项。', '（二）项。', '四、丙'), // not the number after it
            lines('一、甲', '（一）子。', '（二）子。', '（二）子', '（一）项。'), // at the end, one item of its own
            lines('一、甲', '（一）子。', '（二）子。', '（二）子', '1.项。', '（一）项。', '三、丙'), // an item of another form first
            lines('一、甲', '（一）子。', '（二）子。', '（三）子', '（一）项。', '（二）项。', '三、丙'), // not the number after the 一、
          ]) {
            assert.deepStrictEqual(findings(text, 'GW102'), [], text);
            assert.strictEqual(parse(text).headings.filter((h) => h.marker.kind === 'cn').length, text.split('\n').filter((l) => /^[一二三四五六七八九十]+、/.test(l)).length, text);
          }
        });
      });
      describe('the last item of a list written in the form of the level below (3. after （二）, no （四） after it)', () => {
        const cases: Array<[string, number, string]> = [
          [lines('一、主要任务', '（一）甲项。（办公室负责）', '（二）乙项。（财务科负责）', '3.丙项。（人事科负责）', '二、保障措施', '（一）加强领导。'), 3, '（三）'],
          // At the end of the text; its own items numbered from 1 under it (a （三）'s 1. 2.).
          [lines('一、主要任务', '（一）甲项。', '（二）乙项。', '3.丙项。', '1.细项。', '（1）更细。', '2.细项。'), 3, '（三）'],
          [lines('一、甲项。（办公室负责）', '二、乙项。（财务科负责）', '（3）丙项。（人事科负责）'), 2, '三、'],
          // Lists of its form elsewhere in the part that restart at 1 under each parent.
          [lines('一、主要任务', '（一）甲', '1.项。', '2.项。', '（二）乙', '1.项。', '二、保障措施', '（一）加强领导。', '（二）强化督导。', '3.严格考核。'), 9, '（三）'],
        ];
        for (const [text, line, want] of cases) {
          it(`reads ${text.split('\n')[line].slice(0, 3)} as the last item ${want} (GW102), not a first child misnumbered (GW101)`, () => {
            const fs = analyze(text).findings.filter((f) => f.rule.startsWith('GW1'));
            assert.deepStrictEqual(fs.map((f) => [f.rule, f.range.start.line]), [['GW102', line]]);
            assert.strictEqual(fs[0].fixes[0].edits[0].newText, want);
            assert.ok(fs[0].fixes[0].safe);
            const fixed = fixAll(text).text;
            assert.strictEqual(fixAll(fixed).text, fixed);
            assert.deepStrictEqual(analyze(fixed).findings.filter((f) => f.rule.startsWith('GW1')), []);
          });
        }
        it('leaves it as it reads where it may be a first child: items after it, a （1） under it, lists numbered on, one item before it, a question above', () => {
          for (const text of [
            lines('一、甲', '（一）子', '（二）子', '3.项', '4.项', '5.项', '二、乙'), // a list of its form going on (a first child misnumbered, or a change of style)
            lines('一、甲', '（一）子', '（二）子', '3.项', '（1）细', '（2）细', '二、乙'), // a 3.'s own items
            lines('一、甲', '（一）子', '（二）子', '3.项', '2.细', '二、乙'), // not its items from 1
            lines('一、甲', '（一）子', '1.项', '（二）子', '3.项', '二、乙'), // an item of its form under the list before it
            lines('一、甲', '（一）子', '1.项', '2.项', '（二）子', '二、乙', '（一）子', '（二）子', '3.项'), // numbered on through the document
            lines('一、甲', '（一）子', '2.项', '二、乙'), // one item before it
            lines('一、甲', '（一）子', '（二）子', '3.项', '（三）子'), // a sibling after it that does not go on from it
          ]) {
            const fs = findings(text, 'GW102').filter((f) => /[一二三四五六七八九十]/.test(f.fixes[0].edits[0].newText));
            assert.deepStrictEqual(fs, [], text);
            assert.strictEqual(parse(text).headings.filter((h) => h.marker.kind === 'arabic').length, text.split('\n').filter((l) => /^[0-9]\./.test(l)).length, text);
          }
          const asked = lines('一、政策解读', '1.有哪些改革？', '（一）压缩审批时间。', '（二）推行拿地即开工。', '3.如何监督落实？', '答：由县政府督查室负责。');
          assert.deepStrictEqual(findings(asked, 'GW102'), []);
        });
      });
      it('a break at the last item of a list, numbered as its parent\'s missing next sibling, offers that sibling too, neither fix safe', () => {
        // `（三）保障措施` after `二、`'s `（一）`…`（三）`: a repeated `（三）` (→ `（四）`), or the `三、` the plan lacks.
        const text = lines('一、总体要求', '（一）指导思想。', '（二）基本原则。', '二、重点任务', '（一）加强领导。（办公室）', '（二）完善制度。（办公室）', '（三）强化督查。（办公室）', '（三）保障措施');
        const [f] = findings(text, 'GW101');
        assert.strictEqual(f.range.start.line, 7);
        assert.match(f.message, /也可能是与“二、”同级的“三、”写成了“（三）”/);
        assert.deepStrictEqual(f.fixes.map((x) => [x.edits.map((e) => e.newText).join(), x.safe]), [['（四）', false], ['三、', false]]);
        assert.strictEqual(fixAll(text).text, text);
        assert.deepStrictEqual(analyze(applyEdits(text, f.fixes[1].edits)).findings.filter((x) => x.rule.startsWith('GW1')), []);
        // A gap the same way (`（四）` ending `三、`'s `（一）` `（二）`, no `四、`), and one level down.
        const gap = findings(lines('一、甲', '二、乙', '三、丙', '（一）子', '（二）子', '（四）子'), 'GW101');
        assert.deepStrictEqual(gap.map((x) => x.fixes.map((y) => [y.edits[0].newText, y.safe])), [[['（三）', false], ['四、', false]]]);
        const down = findings(lines('一、甲', '（一）乙', '（二）丙', '1.子', '2.子', '3.子', '3.子'), 'GW101');
        assert.deepStrictEqual(down.map((x) => x.fixes.map((y) => [y.edits[0].newText, y.safe])), [[['4.', false], ['（三）', false]]]);
        // Certain: the parent's next sibling is there (`三、` after), the item holds items, or is not the last.
        for (const t of [
          lines('一、甲', '二、乙', '（一）子', '（二）子', '（三）子', '（三）子', '三、丙'),
          lines('一、甲', '二、乙', '（一）子', '（二）子', '（三）子', '（三）子', '1.孙', '2.孙'),
          lines('一、甲', '二、乙', '（一）子', '（三）子', '（三）子'),
        ]) {
          const fs = findings(t, 'GW101');
          assert.ok(fs.length >= 1, t);
          for (const x of fs) assert.deepStrictEqual(x.fixes.map((y) => y.safe), [true], t);
        }
      });
      it('a break at or right after an item numbered as the missing next sibling of a heading further up offers that sibling too, no fix safe', () => {
        const fixesOf = (t: string) => findings(t, 'GW101').map((f) => [f.range.start.line, f.fixes.map((x) => [x.edits.map((e) => `${e.range.start.line}:${e.newText}`).join(' '), x.safe])]);
        // `（2）` opening a `3.`'s items under a `（一）`, none after the `（一）`: a first `（1）` miswritten, or the `（二）`.
        const first = lines('一、甲', '（一）乙', '1.丙', '2.丁', '3.戊', '（2）己', '二、庚');
        assert.deepStrictEqual(fixesOf(first), [[5, [['5:（1）', false], ['5:（二）', false]]]]);
        assert.match(findings(first, 'GW101')[0].message, /也可能是与“（一）”同级的“（二）”写成了“（2）”/);
        assert.strictEqual(fixAll(first).text, first);
        // The `1.` after a `（4）` that ends a `2.`'s items under a `（三）`: a repeat, or the `（四）`'s first item.
        const after = lines('一、甲', '（一）乙', '（二）丙', '（三）丁', '1.子', '（1）丑', '（2）寅', '2.卯', '（1）辰', '（2）巳', '（3）午', '（4）未', '1.申', '二、酉');
        assert.deepStrictEqual(fixesOf(after), [[12, [['12:3.', false], ['11:（四）', false]]]]);
        assert.strictEqual(fixAll(after).text, after);
        // The `（三）` after a `（一）` whose last item is a `（2）`: a skip, or that `（2）` the `（二）`.
        const gap = lines('一、甲', '二、乙', '（一）丙', '1.丁', '2.戊', '（2）己', '（三）庚', '1.辛', '（四）壬', '三、癸');
        assert.deepStrictEqual(fixesOf(gap), [
          [5, [['5:（1）', false], ['5:（二）', false]]],
          [6, [['6:（二） 8:（三）', false], ['5:（二）', false]]],
        ]);
        assert.strictEqual(fixAll(gap).text, gap);
        // Certain: the heading's next sibling is there (`（二）`), the item does not end its list (`4.` `4.`),
        // or a heading between goes on after it (`2.` after the `（3）`, which would be its item).
        for (const t of [
          lines('一、甲', '（一）乙', '1.丙', '2.丁', '3.戊', '（2）己', '（二）庚'),
          lines('一、甲', '二、乙', '三、丙', '1.丁', '2.戊', '4.己', '4.庚'),
          lines('一、甲', '二、乙', '（一）丙', '1.丁', '（3）子', '2.戊'),
        ]) {
          const fs = findings(t, 'GW101');
          assert.ok(fs.length >= 1, t);
          for (const x of fs) assert.deepStrictEqual(x.fixes.map((y) => y.safe), [true], t);
        }
      });
      it('a repeated first number right after the first item may be the parent\'s first item written in its items\' form: no fix safe', () => {
        const fixesOf = (t: string) => findings(t, 'GW101').map((f) => [f.range.start.line, f.fixes.map((x) => [x.edits.map((e) => `${e.range.start.line}:${e.newText}`).join(' '), x.safe])]);
        // `（1）` `（1）` `（2）` `（3）` under a `（二）`: a `（1）` inserted without renumbering, or the `（二）`'s `1.` written `（1）`.
        const text = lines('一、甲', '二、乙', '（一）丙', '（二）丁', '（1）戊', '（1）己', '（2）庚', '（3）辛', '（三）壬');
        assert.deepStrictEqual(fixesOf(text), [[5, [['5:（2） 6:（3） 7:（4）', false], ['4:1.', false]]]]);
        assert.match(findings(text, 'GW101')[0].message, /也可能是前面的“（1）”本是“（二）”之下的“1.”/);
        assert.strictEqual(fixAll(text).text, text);
        // Certain: the list does not go on from the repeat (`（3）` after it), or the standard's level
        // under the parent is not the one over `（1）` (`（1）` right under a `一、`).
        for (const t of [lines('一、甲', '二、乙', '（一）丙', '（二）丁', '（1）戊', '（1）己', '（3）辛', '（三）壬'), lines('一、甲', '（1）戊', '（1）己', '（2）庚')]) {
          const fs = findings(t, 'GW101');
          assert.ok(fs.length >= 1, t);
          for (const x of fs) assert.deepStrictEqual(x.fixes.map((y) => y.safe), [true], t);
        }
      });
      it('a repeat whose items go on as the item above\'s would, an item among them read at another level, may be that item: no fix safe', () => {
        // `一、` `一、` `1.` `（二）` `（三）`: the second `一、` may be the first's `（一）` (its `1.` its own item, the
        // `（二）` `（三）` its siblings, as written) as well as a `二、` whose `（一）` was written `1.`.
        const fixesOf = (f: Finding) => f.fixes.map((x) => [x.edits.map((e) => `${e.range.start.line}:${e.newText}`).join(' '), x.safe]);
        for (const tail of [[], ['二、己', '三、庚']]) {
          const text = lines('一、甲', '一、乙', '1.丙', '（二）丁', '（三）戊', ...tail);
          const g101 = findings(text, 'GW101');
          assert.deepStrictEqual(g101.map((f) => f.range.start.line), [1], tail.join());
          assert.deepStrictEqual(fixesOf(g101[0])[1], ['1:（一）', false], tail.join());
          assert.ok(g101[0].fixes.every((x) => !x.safe), tail.join());
          assert.deepStrictEqual(findings(text, 'GW102').map((f) => [f.range.start.line, f.fixes.map((x) => x.safe)]), [[2, [false]]], tail.join());
          assert.strictEqual(fixAll(text).text, text, tail.join());
        }
        // Not where its items, as written, start again (`（一）` `（二）` under it: a `二、`'s).
        for (const tail of [[], ['二、己', '三、庚']]) {
          const plain = lines('一、甲', '一、乙', '（一）丙', '（二）丁', '（三）戊', ...tail);
          assert.deepStrictEqual(findings(plain, 'GW101').map((f) => f.fixes.map((x) => x.safe)), [[true]], tail.join());
        }
      });
      it('a list starting past its number under a last heading that may be an item of the list above, its items going on from there, is no safe fix', () => {
        // The `三、` may be the `（3）` after the `（2）` (its `2.` `3.` `（二）` then go on from the `1.` and the `（一）`
        // above) as well as a `三、` whose `（一）` was written `（二）`.
        const fixesOf = (f: Finding) => f.fixes.map((x) => [x.edits.map((e) => `${e.range.start.line}:${e.newText}`).join(' '), x.safe]);
        const text = lines('一、甲', '（一）乙', '二、丙', '（一）丁', '1.戊', '（1）己', '（2）庚', '三、辛', '2.壬', '3.癸', '（二）子');
        assert.deepStrictEqual(findings(text, 'GW101').map(fixesOf), [[['10:（一）', false], ['7:（3）', false]]]);
        assert.strictEqual(fixAll(text).text.split('\n')[10], '（二）子');
        // Not where a `四、` follows the `三、` (so read, it would be a `三、`): the `（二）` is a skip.
        const more = lines('一、甲', '（一）乙', '二、丙', '（一）丁', '1.戊', '（1）己', '（2）庚', '三、辛', '2.壬', '3.癸', '（二）子', '四、丑');
        assert.deepStrictEqual(findings(more, 'GW101').map(fixesOf), [[['10:（一）', true]]]);
      });
      it('an item numbered as its parent\'s missing next sibling, its list going on after it only as that sibling\'s would, makes the break no safe fix', () => {
        const fixesOf = (f: Finding) => f.fixes.map((x) => [x.edits.map((e) => `${e.range.start.line}:${e.newText}`).join(' '), x.safe]);
        // `（一）` `1.`–`3.` `2.` `（三）`: the `2.` may be the `（二）` (the `（三）` then right as written) as well as a `4.`.
        const a = lines('一、甲', '（一）乙', '1.丙', '2.丁', '3.戊', '2.己', '（三）庚');
        assert.deepStrictEqual(findings(a, 'GW101').map(fixesOf), [[['5:4. 6:5.', false], ['5:（二）', false]]]);
        assert.deepStrictEqual(findings(a, 'GW102').map((f) => [f.range.start.line, f.fixes.map((x) => x.safe)]), [[6, [false]]]);
        assert.strictEqual(fixAll(a).text, a);
        // `（一）` `1.` `2.` `1.` `2.` `3.`: the first `2.` may be the `（二）` holding the `1.`–`3.` as well as a list renumbered.
        const b = lines('一、甲', '（一）乙', '1.丙', '2.丁', '1.戊', '2.己', '3.庚');
        assert.deepStrictEqual(findings(b, 'GW101').map(fixesOf), [[['4:3. 5:4. 6:5.', false], ['3:（二）', false]]]);
        assert.strictEqual(fixAll(b).text, b);
        // Not where the `（一）` has its `（二）` (the `2.` is no missing sibling): renumbering is safe.
        const c = lines('一、甲', '（一）乙', '1.丙', '2.丁', '1.戊', '2.己', '3.庚', '（二）辛');
        assert.deepStrictEqual(findings(c, 'GW101').map((f) => f.fixes.map((x) => x.safe)), [[true]]);
      });
      it('a repeated 1 then a list starting at 2 may be the parent\'s first item written in its items\' form: no fix of either break safe', () => {
        // `（二）` `（1）` `（1）` `2.` `（1）` `（2）` `3.`: the first `（1）` may be the `（二）`'s `1.` (the second its item,
        // the `2.` going on from it, the `（1）` `（2）` after it the `2.`'s) as well as the `（1）`s and the `2.` misnumbered.
        const fixesOf = (f: Finding) => f.fixes.map((x) => [x.edits.map((e) => `${e.range.start.line}:${e.newText}`).join(' '), x.safe]);
        const text = lines('一、甲', '（一）乙', '（二）丙', '（1）丁', '（1）戊', '2.己', '（1）庚', '（2）辛', '3.壬');
        const fs = findings(text, 'GW101').filter((f) => f.fixes.length);
        assert.deepStrictEqual(fs.map((f) => [f.range.start.line, fixesOf(f)[1]]), [[4, ['3:1.', false]], [5, ['3:1.', false]]]);
        assert.ok(fs.every((f) => f.fixes.every((x) => !x.safe)));
        assert.strictEqual(fixAll(text).text, text);
      });
      it('a `（2）` right after a `1.` with the `1.` list going on at `2.` after it is the `1.`\'s first item mistyped, not a `2.` the next `2.` repeats', () => {
        // Read as a `2.`, fix-all wrote `2.` there and `3.` for the `2.` after it (two edits and a wrong one); it is the `（1）`.
        const text = lines('一、甲', '（一）乙', '1.丙', '（2）丁', '2.戊', '（1）己', '（二）庚');
        const fs = findings(text).filter((f) => f.rule.startsWith('GW1'));
        assert.deepStrictEqual(fs.map((f) => [f.rule, f.range.start.line, f.fixes.map((x) => [x.edits.map((e) => e.newText).join(' '), x.safe])]), [['GW101', 3, [['（1）', true]]]]);
        assert.strictEqual(fixAll(text).text, text.replace('（2）丁', '（1）丁'));
        // The same with its second item after it (`（2）` `（2）` `2.`).
        const two = lines('一、甲', '（一）乙', '1.丙', '（2）丁', '（2）戊', '2.己', '（二）庚');
        assert.strictEqual(fixAll(two).text, two.replace('（2）丁', '（1）丁'));
        // With no `2.` after it, still the `2.` in the wrong form.
        assertReadAsSibling(lines('一、甲', '（一）乙', '1.丙', '（2）丁', '（二）庚'), 3, '2.');
      });
      it('a repeated 2 in a list read as numbered on for starting at that 2 alone may be a 1 mistyped: the renumbering is no safe fix', () => {
        const fixesOf = (f: Finding) => f.fixes.map((x) => [x.edits.map((e) => `${e.range.start.line}:${e.newText}`).join(' '), x.safe]);
        // `1.` under `二、`, then `2.` `2.` under `三、`: `3.` numbered on, or the first `2.` a `1.`, the list starting again.
        const text = lines('一、甲', '二、乙', '1.丙', '三、丁', '2.戊', '2.己');
        assert.deepStrictEqual(findings(text, 'GW101').map(fixesOf), [[['5:3.', false], ['4:1.', false]]]);
        assert.strictEqual(fixAll(text).text, text);
        // `（二）` `（二）` `（三）` `（四）` after a `（一）`: renumbering wrote three markers where one was wrong.
        const long = lines('一、甲', '（一）子', '二、乙', '三、丙', '（二）丑', '（二）寅', '（三）卯', '（四）辰', '四、丁');
        assert.deepStrictEqual(findings(long, 'GW101').map(fixesOf), [[['5:（三） 6:（四） 7:（五）', false], ['4:（一）', false]]]);
        assert.strictEqual(fixAll(long).text, long);
        // Not where another list numbers on too: the style is the document's, the repeat a repeat.
        const on = lines('一、甲', '1.子', '二、乙', '2.丑', '2.寅', '三、丙', '3.卯');
        assert.deepStrictEqual(findings(on, 'GW101').map((f) => f.fixes[0].safe), [true]);
      });
      it('a first `一、`\'s list starting at `（二）` is misnumbered, not numbered on: its repeated `（二）` is no `二、`', () => {
        // misfamiliedParent read the second `（二）` as a `二、` whose items go on from the first; fix-all wrote five markers.
        const text = lines('一、甲', '（二）乙', '（二）丙', '（三）丁', '1.戊', '2.己', '（四）庚');
        const fs = findings(text).filter((f) => f.rule.startsWith('GW1'));
        assert.deepStrictEqual(fs.map((f) => [f.rule, f.range.start.line]), [['GW101', 1]]);
        assert.strictEqual(fixAll(text).text, text.replace('（二）乙', '（一）乙'));
        // Under a later `一、`-level item, numbered on from the lists before it, it is still read so.
        const on = lines('一、甲', '（一）子', '（二）子', '二、乙', '（三）丑', '（四）寅', '（三）卯', '（五）辰', '四、丙');
        assert.deepStrictEqual(findings(on).filter((f) => f.rule.startsWith('GW1')).map((f) => [f.rule, f.range.start.line, f.fixes[0].edits[0].newText]), [['GW102', 6, '三、']]);
      });
      it('items in another form after a break that may be an item of the list above are all of uncertain level: no GW102 fix safe', () => {
        // The second `（一）` may be the `3.`'s `（1）`: the `（2）` `（3）` after it are then its siblings as written.
        const text = lines('一、甲', '二、乙', '（一）丙', '1.丁', '2.戊', '3.己', '（一）庚', '（2）辛', '（3）壬', '三、癸');
        const fs = findings(text, 'GW102');
        assert.deepStrictEqual(fs.map((f) => [f.range.start.line, f.fixes.map((x) => x.safe)]), [[7, [false]], [8, [false]]]);
        assert.strictEqual(fixAll(text).text, text);
      });
      it('a break that may be the next item of the list above, written in this level\'s form, offers that item too, no fix of its run safe', () => {
        const fixesOf = (f: Finding) => f.fixes.map((x) => [x.edits.map((e) => `${e.range.start.line}:${e.newText}`).join(' '), x.safe]);
        // `（三）` written `三、`: a skip (renumbering would write `二、` `三、` over the sections after it) or the `（三）`.
        const skip = lines('一、甲', '（一）子', '（二）子', '三、丙', '二、乙', '三、丁');
        const gw101 = findings(skip, 'GW101');
        assert.strictEqual(gw101[0].range.start.line, 3);
        assert.match(gw101[0].message, /也可能是上一项之下的“（三）”写成了“三、”/);
        assert.deepStrictEqual(fixesOf(gw101[0]), [['3:二、 4:三、 5:四、', false], ['3:（三）', false]]);
        for (const f of gw101) assert.ok(f.fixes.every((x) => !x.safe), f.message);
        assert.strictEqual(fixAll(skip).text, skip);
        assert.deepStrictEqual(analyze(applyEdits(skip, gw101[0].fixes[1].edits)).findings.filter((x) => x.rule.startsWith('GW1')), []);
        // `（一）` written `一、`: a repeat, and the list under it (`1.` `（二）`) read as its own.
        const repeat = lines('一、甲', '一、子', '1.项', '2.项', '（二）子', '二、乙');
        assert.strictEqual(fixAll(repeat).text, repeat);
        assert.deepStrictEqual(fixesOf(findings(repeat, 'GW101')[0]), [['1:二、 5:三、', false], ['1:（一）', false]]);
        // The first of a repeat may be the one (`（二）` written `二、`, then the `二、` that follows): the fix names its line.
        const first = lines('一、甲', '（一）子', '二、乙', '（三）子', '二、丙', '三、丁');
        const gw101First = findings(first, 'GW101');
        // (its `（三）` read as its own list starting at 3, and the repeat at the second `二、`)
        assert.deepStrictEqual(gw101First.map((x) => [x.range.start.line, x.fixes[0].safe]), [[3, false], [4, false]]);
        const f = gw101First[1];
        assert.match(f.message, /也可能是前一个“二、”本是其上一项之下的“（二）”/);
        assert.deepStrictEqual(fixesOf(f)[1], ['2:（二）', false]);
        assert.strictEqual(fixAll(first).text, first);
        // The last of a list, holding items in the form of the level under that item (`1.` as under a `（二）`).
        const last = lines('一、甲', '（一）子', '（二）子', '二、乙', '（一）子', '二、丙', '1.项', '2.项');
        assert.strictEqual(fixAll(last).text, last);
        // The last of a list, whose items go on from the lists above it (`3.` after the `1.`, `（二）` after
        // the `（一）`): the `2.` written `二、`, as likely as a `三、` (whose `（二）` would skip a number).
        const goesOn = lines('一、甲', '二、乙', '（一）子', '1.项', '二、丙', '3.项', '（二）子');
        assert.strictEqual(fixAll(goesOn).text, goesOn);
        const [g] = findings(goesOn, 'GW101');
        assert.deepStrictEqual(fixesOf(g), [['4:三、', false], ['4:2.', false]]);
        // Its first item, in the form the items of its kind beside it hold (`1.` under the `二、` of a two-level plan).
        const firstOf = lines('一、甲', '二、乙', '1.项', '2.项', '三、丙', '一、丁', '2.项', '3.项');
        assert.strictEqual(fixAll(firstOf).text, firstOf);
        assert.deepStrictEqual(fixesOf(findings(firstOf, 'GW101')[0])[1], ['5:1.', false]);
        // (or its own, where they go on from such a `1.`: `三、` `一、` `2.` `3.`)
        const ownOn = lines('一、甲', '二、乙', '三、丙', '一、丁', '2.项', '3.项');
        assert.strictEqual(fixAll(ownOn).text, ownOn);
        assert.deepStrictEqual(fixesOf(findings(ownOn, 'GW101')[0])[1], ['3:1.', false]);
        // Both of a repeat may be such an item (`（二）` written `二、`, or the `2.` after the `（三）`'s `1.`): the
        // list under the first (`（三）`, its own from 3) is numbered as that first is read.
        const both = lines('一、甲', '（一）子', '二、乙', '（三）子', '1.项', '二、丙', '三、丁');
        assert.strictEqual(fixAll(both).text, both);
        // Certain, and fix-all renumbers as before: the list does not go on from the sibling before (`四、`
        // after), the last item holds items of its own level's (`（一）`), a two-level plan's
        // `一、` `一、` `1.`, or no number of the list above is broken (`（三）` `（四）` numbered on from `（一）`).
        for (const [t, want] of [
          [lines('一、甲', '（一）子', '二、乙', '二、丙', '四、丁'), lines('一、甲', '（一）子', '二、乙', '三、丙', '四、丁')],
          [lines('一、甲', '（一）子', '二、乙', '（一）子', '二、丙', '（一）子'), lines('一、甲', '（一）子', '二、乙', '（一）子', '三、丙', '（一）子')],
          [lines('一、甲', '一、乙', '1.项', '2.项'), lines('一、甲', '二、乙', '1.项', '2.项')],
          [lines('一、甲', '（一）子', '二、乙', '（三）子', '（四）子', '三、丙'), lines('一、甲', '（一）子', '二、乙', '（二）子', '（三）子', '三、丙')],
          [lines('一、甲', '二、乙', '（一）子', '1.项', '二、丙', '（一）子', '（二）子'), lines('一、甲', '二、乙', '（一）子', '1.项', '三、丙', '（一）子', '（二）子')],
        ]) {
          for (const x of findings(t, 'GW101')) assert.ok(x.fixes[0].safe, `${t}${x.message}`);
          assert.strictEqual(fixAll(t).text, want, t);
        }
      });
      it('a last item holding nothing, numbered as the next item of the list above it: a mistyped number or that item in this level\'s form, neither fix safe', () => {
        const fixesOf = (f: Finding) => f.fixes.map((x) => [x.edits.map((e) => `${e.range.start.line}:${e.newText}`).join(' '), x.safe, !!x.preferred]);
        for (const [t, renumber, item] of [
          // `二、` or `（二）` (a repeat), `三、` or `3.` (a skip), `二、` or `（一）` (the first item), `四、` or `（四）` a level down.
          [lines('一、甲', '（一）子', '二、乙', '（一）子', '二、丙'), '4:三、', '4:（二）'],
          [lines('一、甲', '1.项', '2.项', '三、乙'), '3:二、', '3:3.'],
          [lines('一、甲', '一、乙'), '1:二、', '1:（一）'],
          [lines('一、甲', '二、乙', '（一）子', '1.项', '2.项', '（二）子', '（三）子', '1.项', '2.项', '四、丙'), '9:三、', '9:（四）'],
        ]) {
          const [f, ...more] = findings(t, 'GW101');
          assert.deepStrictEqual([more.length, ...fixesOf(f)], [0, [renumber, false, false], [item, false, false]], t);
          assert.strictEqual(fixAll(t).text, t);
        }
      });
      it('a list starting past its number, where a sibling before it in another form has that number: that sibling may be its missing item, no renumbering safe', () => {
        const fixesOf = (f: Finding) => f.fixes.map((x) => [x.edits.map((e) => `${e.range.start.line}:${e.newText}`).join(' '), x.safe, !!x.preferred]);
        // The `（一）` written `1.`: its own `1.` read beside it (a repeat), the `（二）` a list starting at 2.
        const text = lines('一、甲', '1.子', '1.项', '（二）子', '二、乙', '（一）子', '（二）子');
        const fs = findings(text, 'GW101');
        assert.deepStrictEqual(
          fs.map((f) => [f.range.start.line, ...fixesOf(f)]),
          [
            [2, ['2:2.', false, false], ['1:（一）', false, false]],
            [3, ['3:（一）', false, false], ['1:（一）', false, false]],
          ],
        );
        assert.match(fs[1].message, /也可能是前面的“1\.”本是“（一）”/);
        assert.strictEqual(fixAll(text).text, text);
        assert.deepStrictEqual(analyze(applyEdits(text, fs[1].fixes[1].edits)).findings.filter((x) => x.rule.startsWith('GW1')), []);
        // With no such sibling, the list's renumbering stays safe.
        const plain = lines('一、甲', '（二）子', '（三）子', '二、乙');
        assert.deepStrictEqual(findings(plain, 'GW101').map((f) => fixesOf(f)), [[['1:（一） 2:（二）', true, true]]]);
      });
      it('a break that may be the item above in this level\'s form makes the next item\'s form doubtful too (三、 1. 二、 3. 四、): no fix safe', () => {
        const fixesOf = (f: Finding) => f.fixes.map((x) => [x.edits.map((e) => `${e.range.start.line}:${e.newText}`).join(' '), x.safe, !!x.preferred]);
        // The `2.` written `二、`: the `3.` after it, written in its list's form, is read beside it as a `三、`.
        const text = lines('一、甲', '二、乙', '三、丙', '1.项', '二、丁', '3.项', '四、戊');
        const [f101] = findings(text, 'GW101');
        assert.deepStrictEqual([f101.range.start.line, ...fixesOf(f101)], [4, ['4:四、 5:五、 6:六、', false, false], ['4:2.', false, false]]);
        const gw102 = findings(text, 'GW102');
        assert.deepStrictEqual(gw102.map((f) => [f.range.start.line, ...fixesOf(f)]), [[5, ['5:三、', false, false]]]);
        assert.match(gw102[0].message, /其前一项的序号也可能是上一项之下的一项/);
        assert.strictEqual(fixAll(text).text, text);
        assert.deepStrictEqual(analyze(applyEdits(text, f101.fixes[1].edits)).findings.filter((x) => x.rule.startsWith('GW1')), []);
      });
      describe('fixes that would have to guess which form was meant are not safe', () => {
        const safeOf = (f: Finding) => f.fixes.map((x) => x.safe);
        const editsOf = (f: Finding) => f.fixes.map((x) => x.edits.map((e) => `${e.range.start.line}:${e.newText}`).join(' '));
        it('a list that goes on from its parent in the form of the level below (（一） （二） 3. 4. 5.): three readings offered, none safe', () => {
          const text = lines('一、主要任务', '（一）甲项。', '（二）乙项。', '3.丙项。', '4.丁项。', '5.戊项。', '二、保障措施', '（一）加强领导。');
          const fs = analyze(text).findings.filter((f) => f.rule.startsWith('GW1'));
          assert.deepStrictEqual(fs.map((f) => [f.rule, f.range.start.line]), [['GW101', 3]]);
          assert.deepStrictEqual(safeOf(fs[0]), [false, false, false]);
          assert.ok(fs[0].fixes.every((x) => !x.preferred));
          // Its own items misnumbered; its siblings in another form; the （一） （二） the odd ones.
          assert.deepStrictEqual(editsOf(fs[0]), ['3:1. 4:2. 5:3.', '3:（三） 4:（四） 5:（五）', '1:1. 2:2.']);
          assert.match(fs[0].message, /也可能是与之同级的“（三）”至“（五）”/);
          assert.strictEqual(fixAll(text).text, text);
          // One item after a lone （一）: a 2. that is its item misnumbered, or the （二）.
          const one = lines('一、主要任务', '（一）甲项。', '2.乙项。', '二、保障措施', '（一）加强领导。');
          const [f] = findings(one, 'GW101');
          assert.deepStrictEqual([f.range.start.line, safeOf(f)], [2, [false, false, false]]);
          assert.strictEqual(fixAll(one).text, one);
          // A （六） after them, read as their 6.: its GW102 to 6. is no safe fix either.
          const sixth = lines('一、主要任务', '（一）甲项。', '（二）乙项。', '3.丙项。', '4.丁项。', '5.戊项。', '（六）己项。');
          assert.deepStrictEqual(findings(sixth, 'GW102').map((g) => [g.range.start.line, g.fixes[0].edits[0].newText, g.fixes[0].safe]), [[6, '6.', false]]);
          assert.strictEqual(fixAll(sixth).text, sixth);
        });
        it('keeps the renumbering safe where the list is its parent\'s own: a （三） after it, items under its items, a first number not the parent\'s next', () => {
          for (const [text, line, want] of [
            [lines('一、主要任务', '（一）甲项。', '（二）乙项。', '3.丙项。', '4.丁项。', '（三）丙项。'), 3, '3:1. 4:2.'],
            [lines('一、主要任务', '（一）甲项。', '（二）乙项。', '3.丙项。', '（1）细项。', '（2）细项。', '4.丁项。'), 3, '3:1. 6:2.'],
            [lines('一、主要任务', '（一）甲项。', '（二）乙项。', '4.丙项。', '5.丁项。'), 3, '3:1. 4:2.'],
          ] as Array<[string, number, string]>) {
            const [f] = findings(text, 'GW101');
            assert.deepStrictEqual([f.range.start.line, editsOf(f)[0], safeOf(f)], [line, want, [true]], text);
          }
        });
        it('items of one list written in several forms (（一） （1） 2. （三）): no form is certain, no fix safe', () => {
          const text = lines('一、主要任务', '（一）甲方面', '（1）甲项。', '2.乙项。', '（三）丙项。', '二、保障措施', '（一）加强领导。');
          const fs = findings(text, 'GW102');
          assert.deepStrictEqual(fs.map((f) => [f.range.start.line, f.fixes[0].edits[0].newText, f.fixes[0].safe, !!f.fixes[0].preferred]), [[2, '1.', false, false], [4, '3.', false, false]]);
          assert.match(fs[0].message, /同级序号写法不一/);
          assert.strictEqual(fixAll(text).text, text);
        });
        it('two siblings, one in each form: certain where the standard or the part\'s other lists say which', () => {
          // `1.` `（二）` under a `二、`: `（一）` `（二）`, or `1.` `2.` as a two-level plan writes them.
          const bare = lines('一、总体要求', '二、主要任务', '1.甲项。', '（二）乙项。', '三、保障措施');
          assert.deepStrictEqual(findings(bare, 'GW102').map((f) => [f.range.start.line, f.fixes[0].safe]), [[2, false]]);
          assert.strictEqual(fixAll(bare).text, bare);
          // The part's other lists under a 一、 are （一）s: the 1. is the odd one.
          const told = lines('一、总体要求', '（一）甲方面。', '（二）乙方面。', '二、主要任务', '1.甲项。', '（二）乙项。', '三、保障措施');
          assert.deepStrictEqual(findings(told, 'GW102').map((f) => [f.range.start.line, f.fixes[0].safe]), [[4, true]]);
          assert.strictEqual(fixAll(told).text, told.replace('1.甲项', '（一）甲项'));
          // ... but 1.s there say the other way.
          const against = lines('一、总体要求', '1.甲方面。', '2.乙方面。', '二、主要任务', '1.甲项。', '（二）乙项。', '三、保障措施');
          assert.ok(findings(against, 'GW102').every((f) => !f.fixes[0].safe));
          // `（一）` `（2）`: the （二） the standard has under a 一、.
          const standard = lines('一、主要任务', '（一）甲项。', '（2）乙项。', '二、保障措施');
          assert.deepStrictEqual(findings(standard, 'GW102').map((f) => [f.range.start.line, f.fixes[0].edits[0].newText, f.fixes[0].safe]), [[2, '（二）', true]]);
        });
      });
      it('reads one （N） of a list written N. (between siblings or last) as that （N）, and nothing in a plan written right (property)', () => {
        const CN = '一二三四五六七八九十';
        // A plan: `一、`s, each with `（一）`… items (none with items of their own), numbered under
        // each `一、` or on through the document; or two levels, `1.` right under `一、`.
        const plan = fc.record({
          sections: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 4 }),
          running: fc.boolean(),
          twoLevel: fc.boolean(),
          pick: fc.nat(),
        });
        fc.assert(
          fc.property(plan, ({ sections, running, twoLevel, pick }) => {
            const rows: Array<{ text: string; value: number; item: boolean }> = [];
            let n = 0;
            sections.forEach((count, s) => {
              rows.push({ text: `${CN[s]}、加强第${s + 1}方面工作。（办公室负责）`, value: s + 1, item: false });
              for (let v = 1; v <= count; v++) {
                const value = running ? ++n : v;
                const marker = twoLevel ? `${value}.` : `（${CN[value - 1]}）`;
                rows.push({ text: `${marker}推进第${value}项任务。（财务科负责）`, value, item: true });
              }
            });
            const text = rows.map((r) => r.text).join('\n') + '\n';
            assert.deepStrictEqual(analyze(text).findings.filter((f) => f.rule.startsWith('GW1')), [], text);
            if (twoLevel || running) return;
            // One （N） with a （N-1） right before it, written N.: the only numbering finding, fixed back. A
            // last item only from （三） on: after a （一） alone, a 2. may be its first item misnumbered.
            const at = rows.map((r, i) => (r.item && (r.value >= 3 || (r.value === 2 && rows[i + 1]?.item)) ? i : -1)).filter((i) => i >= 0);
            if (!at.length) return;
            const i = at[pick % at.length];
            const lines = rows.map((r) => r.text);
            lines[i] = lines[i].replace(/^（[一二三四五六七八九十]+）/, `${rows[i].value}.`);
            const bad = lines.join('\n') + '\n';
            const fs = analyze(bad).findings.filter((f) => f.rule.startsWith('GW1'));
            assert.deepStrictEqual(fs.map((f) => [f.rule, f.range.start.line, f.fixes[0].edits[0].newText, f.fixes[0].safe]), [['GW102', i, `（${CN[rows[i].value - 1]}）`, true]], bad);
            assert.strictEqual(fixAll(bad).text, text);
          }),
          { numRuns: 300 },
        );
      });
      it('fix-all reaches a fixed point and changes no words (property)', () => {
        const marker = fc.constantFrom('一、', '二、', '三、', '（一）', '（二）', '（三）', '（四）', '1.', '2.', '3．', '4.', '（1）', '（2）', '（3）');
        fc.assert(
          fc.property(fc.array(fc.tuple(marker, fc.constantFrom('甲项。', '乙项。（办公室负责）', '丙项：')), { minLength: 1, maxLength: 12 }), (rows) => {
            const text = rows.map(([m, t]) => m + t).join('\n') + '\n';
            const once = fixAll(text).text;
            assert.strictEqual(fixAll(once).text, once);
            const words = (t: string) => t.replace(/^[（(]?[0-9０-９一二三四五六七八九十]+[）)]?[、.．]?/gm, '');
            assert.strictEqual(words(once), words(text));
          }),
          { numRuns: 300 },
        );
      });
    });
    it('reads a 1. 2. list under a （2） as the （2）\'s own (an inverted list) where the part has no 1. level', () => {
      const text = lines('一、总体要求', '（一）甲方面', '（1）甲项。', '（2）乙项，包括：', '1.小甲；', '2.小乙。', '（3）丙项。', '（二）乙方面', '（1）丁项。');
      assert.deepStrictEqual(findings(text), []);
      const two = parse(text).headings.find((h) => h.marker.text === '（2）')!;
      assert.deepStrictEqual(two.children.map((h) => h.marker.text), ['1.', '2.']);
      assert.deepStrictEqual(two.parent!.children.map((h) => h.marker.text), ['（1）', '（2）', '（3）']);
      assert.strictEqual(fixAll(text).text, text);
      // Ending the （一）, and with items of its own below.
      const last = lines('一、总体要求', '（一）甲方面', '（1）甲项。', '（2）乙项：', '1.小甲；', '①细；', '2.小乙。', '（二）乙方面');
      assert.deepStrictEqual(findings(last), []);
      // Where the part has a 1. level above, a 1. after a （1） is that level's, as before (GW104 asks).
      const leveled = lines('一、甲', '（一）子', '1.项', '（1）细', '（二）子', '（1）细', '（2）细', '1.项', '2.项');
      assert.deepStrictEqual(findings(leveled, 'GW104').map((f) => f.range.start.line), [5, 6]);
    });
    it('reports a repeated number once, not again at the next number (4. 4. 6.)', () => {
      const text = lines('一、甲', '1.项', '2.项', '3.项', '4.项', '4.项', '6.项');
      const fs = findings(text, 'GW101');
      assert.deepStrictEqual(fs.map((f) => f.range.start.line), [5]);
      assert.strictEqual(fixAll(text).text, text.replace('4.项\n6.', '5.项\n6.'));
      // A number skipped is still one finding, counting on from what is written.
      assert.deepStrictEqual(findings(lines('一、甲', '1.项', '3.项', '4.项'), 'GW101').map((f) => f.range.start.line), [2]);
    });
    it('a 简报 whose articles each number their points from 一、 again: each headline starts a part', () => {
      const text = lines('工作简报', '护理部多措并举推进优质护理服务', '今年以来，护理部从三个方面推进工作。', '一、优化人力配置。实行弹性排班。', '二、深化整体护理。', '三、开展延续护理。', '信息科完成电子病历系统升级改造', '为提升信息化水平，信息科完成升级。', '一、实现质量监控。', '二、实现结果互认。');
      assert.deepStrictEqual(findings(text, 'GW101'), []);
      assert.strictEqual(parse(text).parts[1].title, '信息科完成电子病历系统升级改造');
      // A restart after a sentence of the text is still the break.
      assert.strictEqual(findings(lines('一、甲', '二、乙', '三、丙', '做好各项工作。', '一、丁'), 'GW101').length, 1);
    });
    it('two lists at the top level, each after a line that introduces it (加分项： / 扣分项：), each count from 1', () => {
      const text = lines('某某考核细则', '加分项：', '1.甲的，加2分。', '2.乙的，加1分。', '扣分项（一票否决）：', '1.丙的，扣2分。', '2.丁的，扣1分。');
      assert.deepStrictEqual(findings(text, 'GW101'), []);
      // Without the line introducing it, the second 1. is the break.
      assert.strictEqual(findings(lines('某某考核细则', '1.甲的，加2分。', '2.乙的，加1分。', '扣分另行规定。', '1.丙的，扣2分。'), 'GW101').length, 1);
    });
    it('reads items that start with a date or a figure as items (1.8月26日…, 1、3月上旬…, 1．2024年…)', () => {
      const dated = lines('一、时间安排', '1.8月26日上午，全体教职工返校。', '2.8月28日至29日，新生报到。', '3.学生报到。', '二、工作要求', '1.10个工作日内完成自查。', '2.做好总结。');
      assert.deepStrictEqual(parse(dated).headings.map((h) => h.marker.text), ['一、', '1.', '2.', '3.', '二、', '1.', '2.']);
      assert.deepStrictEqual(findings(dated, 'GW101'), []);
      const comma = lines('一、工作步骤', '1、3月上旬，召开动员会。', '2、组织自查。', '3、4月份开展督查。');
      assert.deepStrictEqual(parse(comma).headings.map((h) => h.marker.value), [1, 1, 2, 3]);
      assert.deepStrictEqual(findings(comma, 'GW101'), []);
      const wide = lines('一、安排', '1．2024年3月起试行。', '2．2025年全面推开。');
      assert.deepStrictEqual(parse(wide).headings.map((h) => h.marker.text), ['一、', '1．', '2．']);
      // Figures in the text under an item stay text: no `2.` after them, or a `3、4月份` after a `2.`.
      const text = lines('一、甲', '1.5万元专项资金已落实。', '（一）子', '二、乙', '1.项', '2.项', '3、4月份开展督查。', '3.项');
      assert.deepStrictEqual(parse(text).headings.map((h) => h.marker.text), ['一、', '（一）', '二、', '1.', '2.', '3.']);
      assert.deepStrictEqual(findings(text, 'GW101'), []);
    });
    it('reads a line of a PDF copy that wraps before a figure (10.5%, 2.5个百分点) as text, even where that number is due', () => {
      const text = lines(
        '一、重点任务',
        '9.深化本科教育教学改革。推进新工科建设，本科生均教学经费增长',
        '10.5%，新增国家级一流本科专业2个。（教务处负责）',
        '10.提升研究生教育质量。完善导师遴选制度。（研究生院负责）',
        '11.加大研发投入。研发经费投入强度提高',
        '12.5个百分点。（科技处负责）',
        '12.建设中央研究院。（科技处负责）',
      );
      assert.deepStrictEqual(parse(text).headings.map((h) => h.marker.text), ['一、', '9.', '10.', '11.', '12.']);
      assert.deepStrictEqual(findings(text).map((f) => f.rule), ['GW101']); // 9. should be 1.: the only finding
      assert.strictEqual(fixAll(text).text, text.replace('9.深化', '1.深化').replace('10.提升', '2.提升').replace('11.加大', '3.加大').replace('12.建设', '4.建设'));
    });

    it('reads a line broken inside a citation (…细则》第 | （三）款规定执行) as text, and fix-all leaves the citation alone', () => {
      const text = lines(
        '一、重点任务',
        '（三）支持设备更新。落实农机报废更新补贴政策。（市农业农村局负责）',
        '（四）开展汽车以旧换新。补贴标准按照《汽车以旧换新补贴实施细则》第',
        '（三）款规定执行。（市商务局牵头，市财政局配合）',
        '（五）推动家电以旧换新。发放家电消费券。（市商务局牵头，市财政局配合）',
        '（六）开展宣传。按照《关于开展',
        '（一）号文件宣传的通知》要求执行。（市委宣传部负责）',
      );
      assert.deepStrictEqual(parse(text).headings.map((h) => h.marker.text), ['一、', '（三）', '（四）', '（五）', '（六）']);
      assert.deepStrictEqual(findings(text).map((f) => f.rule), ['GW101']); // （三） should be （一）
      assert.strictEqual(fixAll(text).text.split('\n')[3], '（三）款规定执行。（市商务局牵头，市财政局配合）');
    });

    it('reads a statistics table\'s numbered rows and category rows (一、…<TAB>33<TAB>2) as the table\'s, not headings', () => {
      // As a 政府信息公开年度报告's table is pasted: its rows numbered 一、 （一） 1., figures after the label.
      const text = lines(
        '一、总体情况',
        '全年收到申请37件。',
        '二、收到和处理申请情况',
        '申请人情况\t自然人\t法人\t总计',
        '一、本年新收申请数量\t33\t4\t37',
        '二、上年结转申请数量\t1\t0\t1',
        '三、本年度办理结果',
        '（一）予以公开\t18\t2\t20',
        '（二）不予公开\t1.属于国家秘密\t0\t0\t0',
        '2.保护第三方合法权益\t1\t0\t1',
        '（三）总计\t33\t4\t37',
        '四、结转下年度继续办理\t1\t0\t1',
        '三、存在的主要问题',
        '一是解读形式单一。',
      );
      assert.deepStrictEqual(parse(text).headings.map((h) => h.marker.text), ['一、', '二、', '三、']);
      assert.deepStrictEqual(findings(text), []);
      // Copied from a web page one cell a line: a row's label, then its figures each on a line.
      const cells = text.split('\n').flatMap((l) => l.split('\t')).join('\n');
      assert.deepStrictEqual(parse(cells).headings.map((h) => h.marker.text), ['一、', '二、', '三、']);
      assert.deepStrictEqual(findings(cells), []);
      // A heading over a paragraph that is a figure is still one.
      assert.deepStrictEqual(parse(lines('一、甲', '（一）全年产量', '131.56', '万吨。', '（二）乙')).headings.map((h) => h.marker.text), ['一、', '（一）', '（二）']);
      // Parted by spaces as a PDF copy parts them; a dash for none.
      assert.deepStrictEqual(parse(lines('一、甲', '指标 2023 2024', '（一）粮食产量 131.5 133.9', '（二）增长率 1.8% —', '二、乙')).headings.map((h) => h.marker.text), ['一、', '二、']);
      // A heading that ends in one number, or in a count, is still a heading; so is a category's
      // place between a table's unnumbered rows and the next table's header.
      assert.deepStrictEqual(parse(lines('一、甲', '（一）总体要求 3', '（二）重点项目 12 个', '指标\t2023\t2024', '粮食\t100\t200', '二、乙', '指标\t2023\t2024', '产值\t10\t20')).headings.map((h) => h.marker.text), ['一、', '（一）', '（二）', '二、']);
    });

    it('reads the items of a note begun on its label\'s line (注：1.……, then 2.……) as the note\'s, not headings', () => {
      const text = lines('一、综合', '全年地区生产总值312.56亿元。', '二、人民生活', '人均可支配收入31256元。', '    注：1.本公报部分数据为初步统计数。', '        2.增长速度按可比价格计算。', '        3.部分数据因四舍五入，分项之和与总计略有出入。');
      assert.deepStrictEqual(parse(text).headings.map((h) => h.marker.text), ['一、', '二、']);
      assert.deepStrictEqual(findings(text), []);
      // A list under a heading's label that is no note (`主要任务：1.……`) keeps its items as before.
      assert.deepStrictEqual(parse(lines('一、甲', '主要任务：1.加强领导。', '2.完善制度。', '3.强化考核。')).headings.map((h) => h.marker.text), ['一、', '2.', '3.']);
    });

    it('reads a number that lost its dot (17 研究确定……) as the item due there, and fixes only its dot', () => {
      const running = lines('一、甲', '（一）子', '15．项。', '16．项。', '二、乙', '（二）子', '17 研究确定2024年民生实事项目。（1月、7月）', '18．项。', '19．项。');
      assert.deepStrictEqual(parse(running).headings.map((h) => h.marker.value), [1, 1, 15, 16, 2, 2, 17, 18, 19]);
      assert.deepStrictEqual(findings(running).map((f) => [f.rule, f.message]), [['GW101', '序号“15．”跳号：此处应为“1．”（全文连续编号）。'], ['GW102', '序号“17”写法不规范，应为“17．”。']]);
      const short = lines('一、甲', '1．加强学习', '2．加强培训', '3 加强领导', '4．加强考核');
      assert.strictEqual(fixAll(short).text, short.replace('3 加强', '3．加强'));
      // A count after a number and a space is text: `3 个工作日内`.
      assert.deepStrictEqual(parse(lines('一、甲', '1.项。', '2.项，在', '3 个工作日内办结。', '3.项。')).headings.map((h) => h.marker.text), ['一、', '1.', '2.', '3.']);
    });

  describe('GW102 marker-punctuation', () => {
    it('flags and fixes malformed markers', () => {
      const text = lines('一.甲', '(一)子', '1、项', '（1）、细', '二、乙');
      const fs = findings(text, 'GW102');
      assert.deepStrictEqual(fs.map((f) => f.range.start.line), [0, 1, 2, 3]);
      assert.strictEqual(fixAll(text).text, lines('一、甲', '（一）子', '1.项', '（1）细', '二、乙'));
    });
    it('an item in its parent\'s form read as the parent\'s item may as well be the parent\'s next sibling mistyped: the fix is offered only', () => {
      const fixesOf = (f: Finding) => f.fixes.map((x) => [x.edits.map((e) => `${e.range.start.line}:${e.newText}`).join(' '), x.safe]);
      // `（一）` `1.` `2.` `（三）`: a `3.` in the wrong form, or the `（二）` with its number mistyped; one slip either way.
      const skip = lines('一、甲', '（一）乙', '1.丙', '2.丁', '（三）戊', '二、己');
      const fs = findings(skip, 'GW102');
      assert.deepStrictEqual(fs.map(fixesOf), [[['4:3.', false], ['4:（二）', false]]]);
      assert.match(fs[0].message, /也可能是与“（一）”同级的“（二）”打错了序号/);
      assert.strictEqual(fixAll(skip).text, skip);
      // Repeating the parent's number (`（三）` `1.` `2.` `（三）`): or the `（四）`.
      const repeat = lines('一、甲', '（一）乙', '（二）乙', '（三）乙', '1.丙', '2.丁', '（三）戊', '二、己');
      assert.deepStrictEqual(findings(repeat, 'GW102').map(fixesOf), [[['6:3.', false], ['6:（四）', false]]]);
      assert.strictEqual(fixAll(repeat).text, repeat);
      // After a repeat of the parent itself, fix-all mends the repeat and leaves the `（三）`, right after it.
      const parent = lines('一、甲', '（一）乙', '（一）乙', '1.丙', '2.丁', '（三）戊', '二、己');
      assert.strictEqual(fixAll(parent).text, parent.replace('（一）乙\n1.', '（二）乙\n1.'));
      // Not where the parent's next sibling follows (the `（三）` is no missing `（二）`), nor two numbers off.
      assertReadAsSibling(lines('一、甲', '（一）乙', '1.丙', '2.丁', '3.戊', '（四）己', '（二）庚'), 5, '4.');
      assertReadAsSibling(lines('一、甲', '（一）乙', '1.丙', '2.丁', '3.戊', '（四）己', '二、庚'), 5, '4.');
    });
    it('a `（二）` between a `（1）` and a `（3）` is the `（2）` in the wrong form, not a `（二）` whose `（3）` skips a level', () => {
      assertReadAsSibling(lines('一、甲', '（一）乙', '1.丙', '（1）丁', '（二）戊', '（3）己', '2.庚', '二、辛'), 4, '（2）');
      // Nor where a `1.` follows the `（3）`: that `（3）` is the `（三）` (its first item the `1.`), the `（二）` right as written.
      const three = lines('一、甲', '（一）乙', '1.丙', '2.丙', '（1）丁', '（二）戊', '（3）己', '1.庚', '二、辛');
      assert.strictEqual(fixAll(three).text, three.replace('（3）己', '（三）己'));
      // Without the `（3）` after it, a `（二）` as written.
      const own = lines('一、甲', '（一）乙', '1.丙', '（1）丁', '（二）戊', '1.己', '二、辛');
      assert.deepStrictEqual(findings(own).filter((f) => f.rule.startsWith('GW1')), []);
    });
    it('drops the space typed after ASCII brackets with them (`(一) 树立` → `（一）树立`), unless the document writes the standard form so', () => {
      const text = lines('一、总体要求', '(一) 树立正确导向', '(二)\u3000强化组织领导', '（三）严格督查考核', '二. 工作要求', '1、 加强领导', '2、 强化保障');
      const fs = findings(text, 'GW102');
      // The fix replaces the marker and the spaces after it, nothing else.
      assert.deepStrictEqual(fs.map((f) => [f.range.start.line, f.fixes[0].edits[0].range.start.character, f.fixes[0].edits[0].range.end.character, f.fixes[0].edits[0].newText]), [
        [1, 0, 4, '（一）'],
        [2, 0, 4, '（二）'],
        [4, 0, 3, '二、'],
        // `1. 加强领导` is how Markdown writes it: the space stays.
        [5, 0, 2, '1.'],
        [6, 0, 2, '2.'],
      ]);
      assert.strictEqual(fixAll(text).text, lines('一、总体要求', '（一）树立正确导向', '（二）强化组织领导', '（三）严格督查考核', '二、工作要求', '1. 加强领导', '2. 强化保障'));
      // A document that writes `（一） 树立` as its style keeps the space.
      const spacedStyle = lines('一、总体要求', '（一） 树立正确导向', '(二) 强化组织领导', '（三） 严格督查考核');
      assert.strictEqual(fixAll(spacedStyle).text, spacedStyle.replace('(二)', '（二）'));
      // After the edit that removes the space, the fix is found afresh (the space is part of what GW102 reads).
      const one = lines('一、总体要求', '(一) 树立正确导向', '(二) 强化组织领导');
      const config = defaultConfig();
      const first = analyze(one, config);
      const next = analyze(one.replace('(二) ', '(二)'), config, first.handover);
      assert.deepStrictEqual(next.findings.filter((f) => f.rule === 'GW102').map((f) => f.fixes[0].edits[0].range.end.character), [4, 3]);
    });
    it('accepts the full-width dot 1． as a house style, and notes it (info) only beside 1.', () => {
      assert.deepStrictEqual(findings(lines('一、甲', '1．项', '2．项', '二、乙', '1．项'), 'GW102'), []);
      const mixed = findings(lines('一、甲', '1．项', '2．项', '二、乙', '1.项'), 'GW102');
      // The fewer are noted: here the one half-width dot, to be written as the others are.
      assert.deepStrictEqual(mixed.map((f) => [f.range.start.line, f.severity, f.fixes[0].edits[0].newText]), [[4, 'info', '1．']]);
      const mostlyHalf = findings(lines('一、甲', '1.项', '2.项', '二、乙', '1．项'), 'GW102');
      assert.deepStrictEqual(mostlyHalf.map((f) => [f.range.start.line, f.severity, f.fixes[0].edits[0].newText]), [[4, 'info', '1.']]);
      // 1、 is an error however the other markers are written.
      assert.strictEqual(findings(lines('一、甲', '1．项', '2、项'), 'GW102')[0].severity, 'warning');
    });
    it('keeps the full-width dot of a document written 1．: GW101 and GW102 fixes, renumbering, fix-all', () => {
      const text = lines('一、甲', '（一）子', '1．项', '2．项', '（二）子', '3．项', '3．项', '4．项', '（三）子', '7、项');
      const [f] = findings(text, 'GW101');
      assert.match(f.message, /应为“4．”/);
      // Only the markers that change are edited.
      assert.deepStrictEqual(f.fixes[0].edits.map((e) => [e.range.start.line, e.newText]), [[6, '4．'], [7, '5．'], [9, '6．']]);
      assert.strictEqual(findings(text, 'GW102')[0].fixes[0].edits[0].newText, '7．');
      const fixed = lines('一、甲', '（一）子', '1．项', '2．项', '（二）子', '3．项', '4．项', '5．项', '（三）子', '6．项');
      assert.strictEqual(fixAll(text).text, fixed);
      assert.strictEqual(renumber(text), fixed);
      // Full-width digits stay full-width too.
      assert.strictEqual(fixAll(lines('一、甲', '１．项', '３．项')).text, lines('一、甲', '１．项', '２．项'));
      // A document written 1. keeps its half-width dot.
      assert.strictEqual(fixAll(lines('一、甲', '1.项', '2.项', '4、项')).text, lines('一、甲', '1.项', '2.项', '3.项'));
    });
    it('accepts full-width digits (１．, （１）) as a house style, and notes them (info) only beside half-width digits', () => {
      assert.deepStrictEqual(findings(lines('一、甲', '１．项', '（１）细', '（２）细', '２．项'), 'GW102'), []);
      // 1． with （1）: the dot is full-width, the digits are not; neither is mixed with its kind.
      assert.deepStrictEqual(findings(lines('一、甲', '1．项', '（1）细', '2．项'), 'GW102'), []);
      const mixed = findings(lines('一、甲', '1.项', '（１）细', '（２）细', '2.项'), 'GW102');
      assert.deepStrictEqual(mixed.map((f) => [f.range.start.line, f.severity, f.fixes[0].edits[0].newText]), [[2, 'info', '（1）'], [3, 'info', '（2）']]);
      // Half-width brackets are an error however the digits are written.
      assert.strictEqual(findings(lines('一、甲', '(１)细'), 'GW102')[0].severity, 'warning');
    });
    it('reads 1） under a 1. as the level below, a （1） without its opening bracket; elsewhere as a 1.', () => {
      const under = lines('一、甲', '（一）子', '1.项', '1）细', '2）细', '2.项', '1)细');
      // No break in either run: 1）2） are 2.'s children, not its siblings.
      assert.deepStrictEqual(findings(under, 'GW101'), []);
      assert.deepStrictEqual(parse(under).headings.map((h) => h.depth), [1, 2, 3, 4, 4, 3, 4]);
      assert.strictEqual(fixAll(under).text, lines('一、甲', '（一）子', '1.项', '（1）细', '（2）细', '2.项', '（1）细'));
      // Under a （一）, 1）2）3） are the 1. level, written with the wrong punctuation.
      const level3 = lines('一、甲', '（一）子', '1）项', '2）项', '3）项');
      assert.deepStrictEqual(findings(level3, 'GW101'), []);
      assert.deepStrictEqual(parse(level3).headings.map((h) => h.depth), [1, 2, 3, 3, 3]);
      assert.strictEqual(fixAll(level3).text, lines('一、甲', '（一）子', '1.项', '2.项', '3.项'));
    });
    it('reads `二、、` (its 顿号 typed twice) as the marker `二、` to fix, not as text that leaves a gap before `三、`', () => {
      const text = lines('一、甲方面', '（一）做好工作。', '二、、乙方面', '（一）做好工作。', '三、丙方面', '（一）做好工作。');
      const fs = findings(text);
      assert.deepStrictEqual(fs.map((f) => [f.rule, f.range.start.line]), [['GW102', 2]]);
      assert.strictEqual(fixAll(text).text, text.replace('二、、', '二、'));
    });
    it('reads the 一 an OCR or a retyping turned into a dash or a letter (—、 -、 一 、 （-） l. I.) as the marker it stands for, where it stands first of its kind and another follows', () => {
      const plan = (a: string, b: string, c: string) =>
        lines('某县工作方案', `${a}总体要求`, '坚持问题导向。', '二、重点任务', `${b}推进甲项工作`, `${c}建立制度。（办公室负责）`, '2.完善机制。（财务科负责）', '（二）推进乙项工作', '1.开展检查。（审计科负责）');
      for (const [a, b, c] of [['—、', '（-）', 'l.'], ['-、', '(—)', 'I.'], ['一 、', '（－）', 'l．']]) {
        const text = plan(a, b, c);
        assert.deepStrictEqual(parse(text).headings.map((h) => h.marker.canonical), ['一、', '二、', '（一）', '1.', '2.', '（二）', '1.'], a);
        assert.deepStrictEqual(findings(text, 'GW101'), [], a);
        assert.deepStrictEqual(findings(text, 'GW102').map((f) => [f.range.start.line, f.fixes[0].safe]), [[1, true], [4, true], [5, true]], a);
        assert.strictEqual(fixAll(text).text, plan('一、', '（一）', '1.'), a);
      }
      // Not where no other of its kind follows (a dash-led line, a Roman I.), nor after the first of its kind (a table's （—）).
      const none = lines('某县工作方案', '—、加强领导', '——、推进改革', '坚持问题导向。', 'I.总则', 'II.细则', '（一）甲', '（—）无', '（三）丙');
      assert.deepStrictEqual(parse(none).headings.map((h) => h.marker.text), ['（一）', '（三）']);
      // Never by the numbers after it, which renumbering changes: renumbering and fix-all are stable.
      const odd = lines('某县工作方案', '—、加强领导', '坚持问题导向。', '三、其他', '（-）甲', '（三）乙', 'l.丙', '3.丁');
      assert.deepStrictEqual(parse(odd).headings.map((h) => h.marker.canonical), ['一、', '三、', '（一）', '（三）', '1.', '3.']);
      const fixed = fixAll(odd).text;
      assert.strictEqual(fixed, lines('某县工作方案', '一、加强领导', '坚持问题导向。', '二、其他', '（一）甲', '（二）乙', '1.丙', '2.丁'));
      assert.strictEqual(fixAll(fixed).text, fixed);
    });
    it('is silent on canonical markers', () => {
      assert.deepStrictEqual(findings(lines('一、甲', '（一）子', '1.项', '（1）细', '①末'), 'GW102'), []);
    });
  });

  describe('GW103 marker-depth / GW104 level-skip', () => {
    it('flags （1） where the document uses （一） under 一、', () => {
      const text = lines('一、甲', '（一）子', '二、乙', '（一）子', '三、丙', '（一）子', '四、丁', '（1）子');
      const [f] = findings(text, 'GW103');
      assert.ok(f);
      assert.strictEqual(f.range.start.line, 7);
      assert.strictEqual(f.fixes[0].edits[0].newText, '（一）');
    });
    it('flags a block of （1） pasted under one （二） where the other （一）s hold 1.s, and no more', () => {
      const plan = (...block: string[]) =>
        lines('二、重点任务', '（一）甲', '1.子。（办公室）', '2.子。（财务科）', '（二）乙', ...block, '（三）丙', '1.子。（人事科）', '2.子。（审计科）', '（四）丁', '1.子。（办公室）');
      const fs = findings(plan('（1）子。（办公室）', '（2）子。（财务科）', '（3）子。（人事科）'), 'GW103');
      assert.deepStrictEqual(fs.map((f) => [f.range.start.line, f.fixes[0].edits[0].newText, f.fixes[0].safe]), [[5, '1.', false], [6, '2.', false], [7, '3.', false]]);
      // Its fix writes the document's own dot: `1．` where its 1.s are written so.
      const dotted = plan('（1）子。（办公室）', '（2）子。（财务科）', '（3）子。（人事科）').replace(/^([0-9])\./gm, '$1．');
      assert.deepStrictEqual(findings(dotted, 'GW103').map((f) => f.fixes[0].edits[0].newText), ['1．', '2．', '3．']);
      // The block beside 1.s under its own parent is GW104's; two such blocks are a way of writing.
      assert.deepStrictEqual(findings(plan('1.子。（办公室）', '（1）子。（财务科）', '（2）子。（人事科）', '（3）子。'), 'GW103'), []);
      const two = plan('（1）子。（办公室）', '（2）子。（财务科）', '（3）子。（人事科）').replace('（四）丁\n1.子。', '（四）丁\n（1）子。');
      assert.deepStrictEqual(findings(two, 'GW103'), []);
      // A family above the usual one, or one with items under it, is a level of its own.
      const above = lines('一、甲', '1.子。（办公室）', '二、乙', '1.子。（财务科）', '三、丙', '（一）子。（人事科）', '（二）子。（审计科）', '四、丁', '1.子。（办公室）', '五、戊', '1.子。（办公室）');
      assert.deepStrictEqual(findings(above, 'GW103'), []);
      assert.deepStrictEqual(findings(plan('（1）子', '①孙。（办公室）', '②孙。（办公室）', '（2）子。（财务科）', '（3）子。（人事科）'), 'GW103'), []);
    });
    it('flags two blocks of （1） typed a level too deep where many more （一）s hold 1.s, and not where they are as many', () => {
      const tasks = (a: string, b: string) => [`${a}子。（办公室）`, `${b}子。（财务科）`];
      const plan = (odd: number[], parents = 6) => {
        const out: string[] = ['二、重点任务'];
        for (let k = 1; k <= parents; k++) {
          if (k === 4) out.push('三、保障措施');
          out.push(`（${'一二三四五六七八'[k <= 3 ? k - 1 : k - 4]}）项${k}`);
          out.push(...(odd.includes(k) ? tasks('（1）', '（2）') : tasks('1.', '2.')));
        }
        return lines(...out);
      };
      // Six （一）s, two of them holding （1）s (one in each 一、): the drafter skipped 1. there.
      const fs = findings(plan([2, 5]), 'GW103');
      assert.deepStrictEqual(fs.map((f) => [f.range.start.line, f.fixes[0].edits[0].newText]), [[5, '1.'], [6, '2.'], [15, '1.'], [16, '2.']]);
      // Three against two is no house style; nor is a block with items under it.
      assert.deepStrictEqual(findings(plan([2, 5], 5), 'GW103'), []);
      assert.deepStrictEqual(findings(plan([2, 5]).replace('（1）子。（财务科）'.replace('（1）', '（2）'), '（2）子\n①孙。（办公室）'), 'GW103'), []);
      // Three blocks are a way of writing.
      assert.deepStrictEqual(findings(plan([2, 4, 5], 8), 'GW103'), []);
    });
    it('flags 1. beside （一） siblings under one heading', () => {
      const text = lines('一、甲', '1.项', '（一）子', '（二）子');
      const fs = findings(text, 'GW104');
      assert.strictEqual(fs.length, 1);
      assert.strictEqual(fs[0].range.start.line, 1);
    });
    it('accepts a consistently two-level document 一、→1.', () => {
      const text = lines('一、甲', '1.项', '2.项', '二、乙', '1.项', '三、丙', '1.项');
      assert.deepStrictEqual(findings(text).filter((f) => f.severity !== 'info'), []);
    });
  });

  it('GW105 flags a sixth level', () => {
    const text = lines('第一章　总则', '第一条　甲', '一、乙', '（一）丙', '1.丁', '（1）戊');
    const fs = findings(text, 'GW105');
    assert.strictEqual(fs.length, 1);
    assert.strictEqual(fs[0].range.start.line, 5);
  });

  describe('GW112 decimal-sequence (a document numbered 1 总则 / 1.1 / 1.1.1)', () => {
    const plan = (...body: string[]) =>
      lines('某县突发事件应急预案', '1 总则', '1.1 编制目的', '为做好应急工作，制定本预案。', '1.2 适用范围', '本预案适用于本县。', ...body);
    it('reads a standard’s first chapter and one whose terms are numbered on lines alone (`3.1` over the term), and finds no skip', () => {
      const text = lines('政务服务中心窗口服务规范', '1　范围', '本文件规定了窗口服务的基本要求。', '2　规范性引用文件', '下列文件适用于本文件。', '3　术语和定义', '下列术语和定义适用于本文件。', '3.1', '综合窗口', '受理多个部门事项的窗口。', '3.2', '帮办代办', '为办事人提供全程服务。', '4　基本要求', '4.1　服务原则', '窗口服务应便民高效。', '4.2　服务设施', '应设置咨询导办区。');
      const doc = parse(text);
      assert.deepStrictEqual(doc.headings.filter((h) => !h.parent).map((h) => h.marker.numeral), ['1', '2', '3', '4']);
      assert.deepStrictEqual(findings(text, 'GW112'), []);
      // A chapter 1 alone, with no chapter after it, stays text.
      assert.deepStrictEqual(parse(lines('某通知', '1　范围', '本文件规定了基本要求。')).headings, []);
    });
    it('reads its chapters as headings, a chapter without numbers under it too, and leaves a right one alone', () => {
      const text = plan('2 组织体系', '2.1 指挥部', '2.1.1 指挥部职责', '负责统一指挥。', '2.1.2 成员单位', '县应急局负责。', '2.2 专家组', '3 后期处置', '做好善后工作。', '4 附则', '4.1 预案管理');
      const doc = parse(text);
      assert.deepStrictEqual(
        doc.parts[doc.parts.length - 1].headings.map((h) => [h.marker.numeral, h.title, h.children.map((c) => c.marker.numeral).join(' ')]),
        [
          ['1', '总则', '1.1 1.2'],
          ['2', '组织体系', '2.1 2.2'],
          ['3', '后期处置', ''],
          ['4', '附则', '4.1'],
        ],
      );
      assert.deepStrictEqual(findings(text), []);
    });
    it('flags a skip, a repeat and a number not under its parent, one finding each', () => {
      const text = plan('1.4 工作原则', '2 组织体系', '2.1 指挥部', '2.1.1 职责', '2.1.1 成员', '2.2 专家组', '2.2.1 组成', '2.3.2 职责');
      assert.deepStrictEqual(
        findings(text, 'GW112').map((f) => [f.range.start.line, f.message]),
        [
          [6, '编号“1.4”跳号，应为“1.3”。'],
          [10, '编号“2.1.1”重号，应为“2.1.2”。'],
          [13, '编号“2.3.2”应为“2.2.2”（下级编号应以上级编号“2.2”开头）。'],
        ],
      );
    });
    it('renumbers the run from the flagged number, each with the numbers under it, keeping the dots as written; never in fix-all', () => {
      const text = plan('1.4 工作原则', '1.5 工作机制', '1.5.1 会商', '1.5.2 报告', '3 组织体系', '3.1 指挥部');
      const [skip, chapter] = findings(text, 'GW112');
      assert.strictEqual(applyEdits(text, skip.fixes[0].edits), plan('1.3 工作原则', '1.4 工作机制', '1.4.1 会商', '1.4.2 报告', '3 组织体系', '3.1 指挥部'));
      assert.strictEqual(chapter.message, '编号“3”跳号，应为“2”。');
      assert.strictEqual(applyEdits(text, chapter.fixes[0].edits), plan('1.4 工作原则', '1.5 工作机制', '1.5.1 会商', '1.5.2 报告', '2 组织体系', '2.1 指挥部'));
      const dots = lines('1 总则', '1．1 目的', '1．3 依据', '1．3．1 法律');
      assert.strictEqual(applyEdits(dots, findings(dots, 'GW112')[0].fixes[0].edits), lines('1 总则', '1．1 目的', '1．2 依据', '1．2．1 法律'));
      assert.strictEqual(fixAll(text).text, text);
    });
    it('reads a table of contents of decimal entries as front matter (国家粮食应急预案)', () => {
      const text = lines('某某应急预案', '目　　录', '1　总则', '　　1.1　编制目的', '　　1.2　适用范围', '2　组织体系', '　　2.1　指挥部', '1　总则', '1.1　编制目的', '为做好应急工作，制定本预案。', '1.2　适用范围', '本预案适用于本县。', '2　组织体系', '2.1　指挥部', '负责统一指挥。');
      assert.deepStrictEqual(parse(text).headings.map((h) => h.line), [7, 8, 10, 12, 13]);
      assert.deepStrictEqual(findings(text), []);
    });
    it('takes no number and space in running text or a table for a chapter', () => {
      const table = lines('一、任务', '序号  任务  牵头单位', '1  完善制度  办公室', '2  加强培训  人事部');
      assert.deepStrictEqual(parse(table).headings.map((h) => h.marker.text), ['一、']);
      // Not followed by its numbers: a line in the text.
      assert.deepStrictEqual(parse(lines('一、任务', '3 个工作日内', '（一）办理')).headings.map((h) => h.marker.text), ['一、', '（一）']);
    });
  });
  it('GW106 flags stray decimal numbering but not a decimal document', () => {
    assert.strictEqual(findings(lines('一、甲', '1.1 乙', '二、丙'), 'GW106').length, 1);
    assert.deepStrictEqual(findings(lines('1 总则', '1.1 目的', '1.2 依据', '2.1 职责', '2.2 分工'), 'GW106'), []);
  });

  describe('GW107 article-continuity', () => {
    it('does not renumber by fix-all where the text cites articles (第八条 in running text), and says so', () => {
      const text = lines('第一条　甲。', '第二条　乙。', '第四条　丙。违反第二条规定的，依照第五条处理。', '第五条　丁。');
      const [f] = findings(text, 'GW107');
      assert.strictEqual(f.fixes[0].safe, false);
      assert.match(f.fixes[0].title, /引用了条文序号/);
      assert.strictEqual(fixAll(text).text, text);
      // Without citations the renumbering is safe.
      const plain = lines('第一条　甲。', '第二条　乙。', '第四条　丙。', '第五条　丁。');
      assert.strictEqual(fixAll(plain).text, lines('第一条　甲。', '第二条　乙。', '第三条　丙。', '第四条　丁。'));
    });
    it('lets sections (第X节) start again in each chapter, as articles do not', () => {
      const text = lines('第一章　总则', '第一节　一般规定', '第一条　甲。', '第二节　职责', '第二条　乙。', '第二章　执法', '第一节　一般规定', '第三条　丙。', '第二节　程序', '第四条　丁。');
      assert.deepStrictEqual(findings(text).filter((f) => f.rule.startsWith('GW10')), []);
      assert.strictEqual(fixAll(text).text, text);
    });
    it('reads 第四条：…, 第二条，… as articles with the wrong punctuation (GW102), and renumbers them keeping the text apart', () => {
      const text = lines('第一条　甲。', '第二条　乙。', '第三条：员工请假应当履行审批手续。', '第四条　丁。');
      assert.deepStrictEqual(findings(text, 'GW107'), []);
      const [f] = findings(text, 'GW102');
      assert.strictEqual(f.range.start.line, 2);
      assert.strictEqual(fixAll(text).text, text.replace('第三条：', '第三条\u3000'));
      // Renumbering keeps a space where the colon was.
      assert.strictEqual(fixAll(lines('第一条　甲。', '第三条：乙。')).text, lines('第一条　甲。', '第二条\u3000乙。'));
    });
    it('counts a second list under one article or heading from 1, after the sentence that introduces it', () => {
      const text = lines('第一条　下列项目应当进入平台交易：', '（一）甲；', '（二）乙。', '下列项目可以不进入平台交易：', '（一）丙；', '（二）丁。', '第二条　戊。');
      assert.deepStrictEqual(findings(text, 'GW101'), []);
      assert.strictEqual(fixAll(text).text, text);
      const notice = lines('一、申报条件', '（一）甲；', '（二）乙；', '（三）丙。', '有下列情形之一的，不得申报：', '（一）丁；', '（二）戊。', '二、申报程序');
      assert.deepStrictEqual(findings(notice, 'GW101'), []);
      // Without a sentence that introduces it, a restart is still a break.
      assert.strictEqual(findings(lines('一、申报条件', '（一）甲；', '（二）乙；', '不得申报。', '（一）丁；'), 'GW101').length, 1);
    });
    it('reads 一、二级医院, 一、二期工程 as running text, not as a heading 一、', () => {
      const text = lines('一、主要任务', '（一）甲。', '一、二级医院要落实基层首诊，三级医院要减少普通门诊。', '二、保障措施');
      assert.deepStrictEqual(findings(text).filter((f) => f.rule.startsWith('GW1')), []);
      assert.strictEqual(fixAll(text).text, text);
    });
    it('flags articles that restart in a new chapter', () => {
      const text = lines('第一章　总则', '第一条　甲。', '第二条　乙。', '第二章　附则', '第一条　丙。');
      const [f] = findings(text, 'GW107');
      assert.ok(f);
      assert.match(f.message, /第三条/);
      assert.strictEqual(fixAll(text).text, lines('第一章　总则', '第一条　甲。', '第二条　乙。', '第二章　附则', '第三条　丙。'));
    });
    it('reads articles in traditional script (第一條, 第一節) and renumbers them in it', () => {
      const text = lines('第一章　總則', '第一節　一般規定', '第一條　甲。', '第二條　乙。', '第二章　附則', '第一條　丙。');
      const [f] = findings(text, 'GW107');
      assert.ok(f);
      assert.strictEqual(f.range.start.line, 5);
      assert.deepStrictEqual(findings(text, 'GW102'), []);
      assert.strictEqual(fixAll(text).text, lines('第一章　總則', '第一節　一般規定', '第一條　甲。', '第二條　乙。', '第二章　附則', '第三條　丙。'));
    });
    it('reads a paragraph that starts by citing an article (第八条规定的…, 第八条所列…) as the article\'s text, not a new article', () => {
      for (const cite of ['第八条规定的问责方式可以单独使用。', '第三条所列情形，从重处理。', '第三条中的“单位”包括下属机构。', '第三条第二款规定的期限可以延长。', '第三条至第五条的规定同样适用。', '第三条第（二）项', '第三条第(二)项规定的情形除外。']) {
        const text = lines('第一条　甲。', '第二条　乙。', '第三条　丙。', '第四条　丁：', cite, '第五条　戊。');
        assert.deepStrictEqual(findings(text, 'GW107'), [], cite);
        assert.strictEqual(parse(text).headings.length, 5, cite);
      }
      // Articles written without a space are still articles, 第二十条之一 too.
      assert.strictEqual(parse(lines('第一条为了规范管理，制定本办法。', '第二条本办法所称单位，是指机关。', '第三条中央和国家机关参照执行。', '第三条之一　补充。')).headings.length, 4);
    });
    it('accepts continuous articles', () => {
      assert.deepStrictEqual(findings(lines('第一章　总则', '第一条　甲。', '第二章　附则', '第二条　乙。'), 'GW107'), []);
    });
  });

  describe('GW108/GW109 inline enumerations', () => {
    it('flags a gap 一是…二是…四是', () => {
      const [f] = findings('要求：一是学习；二是落实；四是总结。\n', 'GW108');
      assert.ok(f);
      assert.match(f.message, /三是/);
    });
    it('flags the item of 一是…二要…三是 written in the other form, not a gap after it', () => {
      const [f, ...rest] = findings('要求：一是加强学习，二要落实责任，三是抓好总结。\n', 'GW108');
      assert.deepStrictEqual(rest, []);
      assert.match(f.message, /“二要”.*应为“二是”/);
      assert.deepStrictEqual(f.range, { start: { line: 0, character: 10 }, end: { line: 0, character: 12 } });
      assert.strictEqual(f.fixes?.[0].edits[0].newText, '二是');
      // And the other way round, over a line's end.
      const [g] = findings('要求：一要加强学习；\n二是落实责任；三要抓好总结。\n', 'GW108');
      assert.match(g.message, /“二是”.*应为“二要”/);
      assert.strictEqual(g.range.start.line, 1);
      // A word that holds 二要 is none: the gap stays the finding.
      const [h] = findings('要求：一是把安全作为第二要务来抓，三是抓好总结。\n', 'GW108');
      assert.match(h.message, /“三是”跳号/);
    });
    it('reads an item where an indented paragraph starts (　　一是, 　　第一，, a tab)', () => {
      // The first item used to go unseen after an indent, so 第二 was "a gap, should be 第一".
      for (const indent of ['　　', '  ', '\t']) {
        assert.deepStrictEqual(findings(`二、任务\n${indent}第一，抓好甲。第二，抓好乙。第三，抓好丙。\n`, 'GW108'), [], JSON.stringify(indent));
        assert.deepStrictEqual(findings(`二、任务\n${indent}一是加强领导；二是强化保障。\n`, 'GW108'), [], JSON.stringify(indent));
        const [gap] = findings(`二、任务\n${indent}一是加强领导；三是强化保障。\n`, 'GW108');
        assert.match(gap.message, /二是/);
      }
      // Still at sentence starts only: 统一是 after an indent is not an item.
      assert.deepStrictEqual(parse('　　统一是关键；二是落实。\n').enumerations, []);
    });
    it('accepts a complete series and separate series', () => {
      assert.deepStrictEqual(findings('一是学习；二是落实；三是总结。\n另外，一是甲；二是乙。\n', 'GW108'), []);
    });
    it('counts a quotation\'s series apart, from its first item right after the opening quote', () => {
      // The first item after “ used to go unseen: 二是 was "a gap, should be 一是", or ran on from the paragraph's series.
      for (const text of [
        '会议提出：“一是抓学习，二是抓落实，三是抓作风。”\n',
        '文件要求：「第一，抓学习；第二，抓落实。」\n',
        '我们要强化担当。一要强化引领，二要夯实基础，三要锻造队伍。\n总书记强调：“一要有信念，二要有本领，三要有担当。”我们要牢记嘱托。\n',
        // The paragraph's series goes on after a quotation with a series of its own.
        '一要强化引领，二要夯实基础。正如总书记强调：“一要有信念，二要有本领，三要有担当。”三要锻造队伍。\n',
        // Part of another text's list quoted: nothing to check.
        '方案明确：“二是抓落实，三是抓作风。”\n',
        // A quotation of two paragraphs, the second opening with a quotation mark again.
        '讲话指出：“一是抓学习。\n“二是抓落实，三是抓作风。”\n',
      ]) {
        assert.deepStrictEqual(findings(text, 'GW108'), [], text);
      }
      assert.deepStrictEqual(parse('会议提出：“一是抓学习，二是抓落实。”\n').enumerations.map((e) => e.items.map((i) => i.text)), [['一是', '二是']]);
      // A quotation's own gap, and the paragraph's after it, are still found.
      const [inner] = findings('会议提出：“一是抓学习，三是抓落实。”\n', 'GW108');
      assert.match(inner.message, /“三是”跳号，此处应为“二是”/);
      const [outer] = findings('一要强化引领，二要夯实基础。总书记强调：“一要有信念，二要有本领，三要有担当。”四要锻造队伍。\n', 'GW108');
      assert.match(outer.message, /“四要”跳号，此处应为“三要”/);
    });
    it('counts 一要 leading sibling run-in headings as one series (（一）一要…（二）二要…（三）四要…)', () => {
      const text = lines(
        '三、要聚焦重点任务',
        '（一）一要抓好政治建设。一是学理论，二是强党性。',
        '1.落实会议制度。',
        '（二）二要抓好支部建设。深入实施培育工程。',
        '（三）四要抓好队伍建设。加强队伍建设。',
        '（四）五要抓好作风建设。坚决反对形式主义。',
        '四、要压实工作责任',
        '（一）一要强化意识。（二）不算。',
        '（二）二要强化考核。',
      );
      const fs = findings(text, 'GW108');
      assert.deepStrictEqual(fs.map((f) => [f.range.start.line, f.range.start.character, f.message]), [[4, 3, '段内列举“四要”跳号，此处应为“三要”。']]);
      assert.deepStrictEqual(parse(text).enumerations.map((e) => e.items.map((i) => i.text)), [['一要', '二要', '四要', '五要'], ['一是', '二是'], ['一要', '二要']]);
      // A heading that does not lead with the next item ends the series; one that starts at 二要 starts none.
      assert.deepStrictEqual(findings(lines('（一）一要抓学习。', '（二）抓落实。', '（三）三要抓作风。'), 'GW108'), []);
      assert.deepStrictEqual(findings(lines('（一）抓学习。', '（二）二要抓落实。', '（三）四要抓作风。'), 'GW108'), []);
    });
    it('checks 其一，……其二，…… series, and not 其一致 or 其二者', () => {
      assert.deepStrictEqual(findings('原因有三：其一，认识不到位；其二，机制不健全；其三，保障不充分。\n', 'GW108'), []);
      const [f] = findings('原因有三：其一，认识不到位；其二，机制不健全；其二，保障不充分。\n', 'GW108');
      assert.ok(f);
      assert.match(f.message, /“其二”重号，此处应为“其三”/);
      assert.strictEqual(f.range.start.character, 23);
      assert.deepStrictEqual(parse('确保其一致；保持其二者平衡。\n').enumerations, []);
      // Its own series: 第一 or 一是 beside it is counted apart.
      assert.deepStrictEqual(findings('其一，甲；其二，乙。第一，丙；第二，丁。\n', 'GW108'), []);
    });
    it('flags a second 其次 in one series (it is a 再次), not a second 再次', () => {
      const [f] = findings('首先，学习；其次，落实；其次，检查；最后，总结。\n', 'GW108');
      assert.ok(f);
      assert.strictEqual(f.message, '段内列举“其次”重复，此处应为“再次”。');
      assert.deepStrictEqual(findings('首先，甲；其次，乙；再次，丙；再次，丁；最后，戊。\n', 'GW108'), []);
    });
    it('flags 首先 mixed with 第二', () => {
      assert.strictEqual(findings('首先，学习；第一，甲；第二，乙；其次，落实。\n', 'GW108').length, 1);
    });
    it('reads a 首先 without its comma as an item where 第二 comes next on the line, and as prose elsewhere', () => {
      const [f] = findings('会议由书记主持，首先通报整改情况；第二，由书记作对照检查；最后由指导组讲话。\n', 'GW108');
      assert.ok(f);
      assert.match(f.message, /混用/);
      assert.strictEqual(f.range.start.character, 17); // at 第二
      for (const text of ['首先要看到成绩。其次要看到不足。\n', '首先要提高认识，第一时间传达精神。\n', '首先要提高认识。第一，学习；第二，落实。\n', '我们首先通报情况；第二，开展讨论。\n']) {
        assert.deepStrictEqual(findings(text, 'GW108'), [], text);
      }
    });
    it('flags one series counted two ways, where it turns, and does not renumber it', () => {
      // 首先 stands for 第一: the series is 首先, 第二, 第三 — not a 第二 that should be 第一.
      const turned = findings('首先，排查隐患；第二，建立台账；第三，组织验收。\n', 'GW108');
      assert.strictEqual(turned.length, 1);
      assert.match(turned[0].message, /混用/);
      assert.strictEqual(turned[0].range.start.character, 8); // at 第二
      assert.deepStrictEqual(turned[0].fixes, []);
      // The reverse: 第一 then 其次 and 最后 (a lone 第一 used to go unseen).
      const reverse = findings('第一，排查隐患；其次，建立台账；最后，组织验收。\n', 'GW108');
      assert.strictEqual(reverse.length, 1);
      assert.strictEqual(reverse[0].range.start.character, 8); // at 其次
    });
    it('reads a 首先…最后 series in a paragraph under a 第一 as inside it: 第二 goes on from 第一, nothing is mixed', () => {
      const speech = (fifth: string) =>
        ['同志们：', '第一，要清醒认识形势。', '去年形势平稳。首先，主体责任不到位；其次，监管力量不足；最后，应急能力有待提升。', '第二，要抓好重点。', '一是抓好甲。二是抓好乙。', '第三，要压实责任。', '首先，要强化考核；其次，要严肃问责。', `${fifth}，要提升能力。`].join('\n') + '\n';
      assert.deepStrictEqual(findings(speech('第四'), 'GW108'), []);
      // A gap in the outer series is still found, where it is.
      const skipped = findings(speech('第五'), 'GW108');
      assert.deepStrictEqual(skipped.map((f) => [f.range.start.line, f.message]), [[7, '段内列举“第五”跳号，此处应为“第四”。']]);
      // The other way round: 第一…第二 in a paragraph under 首先.
      assert.deepStrictEqual(findings('首先，要提高认识。\n第一，学习文件；第二，开展讨论。\n其次，要狠抓落实。\n最后，要加强督查。\n', 'GW108'), []);
    });
    it('accepts 最后 closing a series of ordinals, and either way of counting on its own', () => {
      for (const text of ['第一，学习文件；第二，开展讨论；最后，形成报告。\n', '首先，学习；其次，落实；再次，检查；最后，总结。\n', '第一，甲；第二，乙；第三，丙。\n']) {
        assert.deepStrictEqual(findings(text, 'GW108'), [], text);
      }
      // Still a gap when the ordinals before 最后 skip one.
      assert.strictEqual(findings('第一，学习文件；第三，开展讨论；最后，形成报告。\n', 'GW108').length, 1);
    });
    it('reads a number in a paragraph before a measure\'s Latin name or a quotation as an item (（1）PM2.5…；（2）…；（4）…)', () => {
      const text = lines('一、大气污染防治', '1.空气质量改善。评分标准：（1）PM2.5年均浓度完成目标的，得10分；（2）优良天数比例完成目标的，得6分；（4）“双随机”抽查完成的，得4分。');
      const fs = findings(text, 'GW108');
      assert.deepStrictEqual(fs.map((f) => f.message), ['段内列举“（4）”跳号，此处应为“（3）”。']);
      assert.deepStrictEqual(findings(lines('一、任务', '1.甲。评分标准：（1）PM2.5达标的，得10分；（2）《条例》落实的，得6分；（3）“三线一单”落地的，得4分。'), 'GW108'), []);
    });
    it('checks numbers inside a paragraph, （1）…；（2）… and ①…；②…, and reports a repeat once', () => {
      const text = lines('一、任务', '（一）甲。开展整治：（1）完善制度；（2）推进稽核；（3）打击欺诈。', '（二）乙。①完善制度；②推进稽核；④打击欺诈。', '（三）丙。（1）完善制度；（3）推进稽核；（3）打击欺诈。', '（四）丁。一是甲；三是乙；三是丙。');
      assert.deepStrictEqual(findings(text, 'GW108').map((f) => [f.range.start.line, f.message.match(/此处应为“(.+?)”/)![1]]), [[2, '③'], [3, '（2）'], [4, '二是']]);
      // A （1） heading its line, then （2） and （3） inside it; a reference to an item (第（1）项): no series.
      assert.deepStrictEqual(findings(lines('10.应具备：', '（1）有专职人员；（2）有办公住所；（3）有资金。', '按照第（1）项执行，详见附件（2）。'), 'GW108'), []);
    });
    it('fixes 第一、 to 第一，', () => {
      const text = '第一、明确目标；第二、压实责任。\n';
      assert.strictEqual(findings(text, 'GW109').length, 2);
      assert.strictEqual(fixAll(text).text, '第一，明确目标；第二，压实责任。\n');
      // A comma typed after the 、 already: the 、 goes, no second comma.
      assert.strictEqual(fixAll('第一、支持创新；第二、，建设平台。\n').text, '第一，支持创新；第二，建设平台。\n');
    });
    it('notes numbers of a paragraph that change form midway (1.……；2.……；（3）……) and offers the form before them', () => {
      const text = lines('一、工作要求', '各单位要做到：1.加强组织领导；2.强化督促检查；（3）严格考核问责；（4）及时报送情况。', '其他事项：1、明确分工；2、压实责任；③强化考核。', '要求：1.提高认识；2.加强领导；（3）抓好落实。');
      const fs = findings(text, 'GW109');
      assert.deepStrictEqual(fs.map((f) => [f.range.start.line, f.fixes[0].edits[0].newText]), [[1, '3.'], [1, '4.'], [2, '3、'], [3, '3.']]);
      assert.strictEqual(fixAll(text).text, text.replace('（3）严格', '3.严格').replace('（4）及时', '4.及时').replace('③强化', '3、强化').replace('（3）抓好', '3.抓好'));
    });
    it('leaves a （3） after figures, dates and citations alone, and after numbers not all in its paragraph', () => {
      for (const line of [
        '全年投资1.5亿元，增长2.3%；（3）完成改造。',
        '近三年情况：1.2022年完成目标；2.2023年超额完成；（3）2024年全面完成。',
        '依据标准第3.2条；（3）严格考核。',
        '要做到：2.强化督促检查；（3）严格考核问责。',
        // One number before it is too little to say the run is written 1.
        '要做到：1.加强领导；（2）强化督查；（3）严格考核。',
      ]) assert.deepStrictEqual(findings(lines('一、要求', line), 'GW109'), [], line);
      assert.deepStrictEqual(findings(lines('一、要求', '1.加强组织领导。', '2.强化督促检查。', '工作中要做到：（3）严格考核。'), 'GW109'), []);
    });
    it('leaves ordinals listed with 、 alone (第一、二季度, 第三、第四批): they are no items', () => {
      const text = '强化督查。第一、二季度各开展一次专项督查，第三、四季度开展“回头看”。评选第一、第二批示范单位。\n';
      assert.deepStrictEqual(analyze(text).findings.filter((f) => f.rule === 'GW108' || f.rule === 'GW109'), []);
      assert.strictEqual(fixAll(text).text, text);
    });
  });

  it('GW110 flags the one own-line heading that ends with 。', () => {
    const text = lines('一、甲', '（一）加强领导', '正文。', '（二）完善制度。', '正文。', '（三）强化监督', '正文。', '（四）狠抓落实', '正文。');
    const fs = findings(text, 'GW110');
    assert.strictEqual(fs.length, 1);
    assert.strictEqual(fs[0].range.start.line, 3);
  });
  it('GW110 leaves items that give a label and its content (`一、报名时间：……。`) out of the comparison', () => {
    const notice = lines('关于举办业务培训班的通知', '各科室：', '现将有关事项通知如下：', '一、培训时间：2025年3月6日至7日。', '二、培训地点：区行政中心三楼会议室。', '三、参训人员：各科室业务骨干。', '四、培训内容', '1.统计法律法规。', '五、其他事项', '请按时参加。');
    assert.deepStrictEqual(findings(notice, 'GW110'), []);
    // Among stand-alone headings the odd one is still found.
    const odd = lines('一、培训时间：2025年3月6日。', '二、培训内容。', '三、有关要求', '四、联系方式', '五、报名办法', '六、经费安排');
    assert.deepStrictEqual(findings(odd, 'GW110').map((f) => f.range.start.line), [1]);
  });
  it('GW110 leaves a heading that leads into what follows (`请按以下方式联系。`, `……如下。`) out of the comparison', () => {
    // A 招标公告's headings, its last one worded as the standard form words it.
    const tender = lines('一、项目基本情况', '项目编号：LJ-1', '二、申请人的资格要求', '满足法定条件。', '三、获取招标文件', '时间：4月8日', '四、公告期限', '5个工作日。', '五、对本次招标提出询问，请按以下方式联系。', '1.采购人信息', '名称：某医院');
    assert.deepStrictEqual(findings(tender, 'GW110'), []);
    assert.deepStrictEqual(findings(tender.replace('三、获取招标文件', '三、获取招标文件。'), 'GW110').map((f) => f.range.start.line), [4]);
  });
  it('GW110 leaves a 决定’s items that are the amendment’s whole text out of the comparison, and still compares real headings', () => {
    const decision = lines(
      '某某市人民政府关于修改和废止部分规章的决定',
      '市人民政府决定对下列规章作如下修改和废止：',
      '一、将《某某市城市绿化管理办法》第十二条中的“市国土资源局”改为“市自然资源和规划局”。',
      '二、删去《某某市养犬管理规定》第九条。',
      '三、在《某某市养犬管理规定》第十条后增加一条。',
      '四、将第三条中的“市环保局”修改为“市生态环境局”。',
      '五、废止《某某市排污费征收管理办法》',
      '六、废止《某某市城市道路管理办法》。',
      '本决定自公布之日起施行。',
    );
    assert.deepStrictEqual(findings(decision, 'GW110'), []);
    // Beside headings without a stop, the one item that is an amendment keeps its 。.
    const sections = lines('一、总体要求', '正文。', '二、主要内容', '正文。', '三、废止《某某市排污费征收管理办法》。', '四、组织实施', '正文。', '五、工作要求', '正文。');
    assert.deepStrictEqual(findings(sections, 'GW110'), []);
    // Real headings that start with 将 or speak of 修改 are still compared.
    const plan = lines('一、将党的领导贯穿始终', '正文。', '二、加强条例修改工作。', '正文。', '三、强化监督', '正文。', '四、狠抓落实', '正文。');
    assert.deepStrictEqual(findings(plan, 'GW110').map((f) => f.range.start.line), [2]);
  });
  it('GW110 leaves run-in headings alone', () => {
    assert.deepStrictEqual(findings(lines('一、甲', '（一）加强领导。各单位要重视。', '（二）完善制度。建立台账。', '（三）强化监督。定期检查。'), 'GW110'), []);
  });

  it('GW101 counts a 问答\'s questions (问题一：……？) as headings, across the lists of their answers', () => {
    const qa = (...labels: string[]) => lines('某政策问答', ...labels.flatMap((l) => [`　　${l}什么是某政策？`, '　　答：包括以下方面：', '　　（一）甲；', '　　（二）乙。', '　　1.丙；', '　　2.丁。']));
    const text = qa('问题一：', '问题二：', '问题四：', '问题五：');
    const [f, ...rest] = findings(text, 'GW101');
    assert.deepStrictEqual(rest, []);
    assert.strictEqual(f.range.start.line, 13);
    assert.strictEqual(f.message, '序号“问题四：”跳号：此处应为“问题三：”。');
    // Renumbering changes the numerals only, in their script.
    assert.strictEqual(fixAll(text).text, qa('问题一：', '问题二：', '问题三：', '问题四：'));
    assert.strictEqual(fixAll(qa('问1：', '问2：', '问4：')).text, qa('问1：', '问2：', '问3：'));
    assert.deepStrictEqual(findings(qa('问题1：', '问题2：', '问题3：', '问题4：'), 'GW101'), []);
    // Unnumbered questions count in no sequence; the answers' lists are no siblings of each other (GW104).
    assert.deepStrictEqual(analyze(qa('问：', '问：', '问：')).findings, []);
    assert.deepStrictEqual(analyze(text).findings.filter((x) => x.rule !== 'GW101'), []);
  });
  it('GW113 counts a 整改报告\'s problems (问题一：…… without a question) as a series of labels', () => {
    const labels = (...ls: string[]) => lines('某整改报告', ...ls.flatMap((l) => [`　　${l}理论学习不够深入。`, '　　整改措施：加强学习。']));
    const [f, ...rest] = findings(labels('问题一：', '问题二：', '问题四：', '问题五：'), 'GW113');
    assert.deepStrictEqual(rest, []);
    assert.strictEqual(f.range.start.line, 5);
    assert.strictEqual(f.message, '“问题四”跳号：此处应为“问题三”。');
    assert.deepStrictEqual(applyEdits(labels('问题一：', '问题二：', '问题四：', '问题五：'), f.fixes[0].edits).split('\n')[5], '　　问题三：理论学习不够深入。');
    // Running text that starts with 问题 (`问题一是……`) is no label.
    assert.deepStrictEqual(findings(lines('一、存在问题', '问题一是资金不足。', '问题三是人手不够。', '问题四是制度不全。'), 'GW113'), []);
  });

  it('GW113 counts a meeting\'s agenda items (议题一：…… / 议题1:……) as a series of labels', () => {
    const minutes = (...ls: string[]) =>
      lines('某某县人民政府常务会议纪要', '第5期', '会议研究了以下事项：', ...ls.flatMap((l, k) => [`　　${l}研究事项${k}。`, '　　会议同意。']), '出席：某某、某某');
    const text = minutes('议题一：', '议题二：', '议题四：', '议题五：');
    const [f, ...rest] = findings(text, 'GW113');
    assert.deepStrictEqual(rest, []);
    assert.strictEqual(f.range.start.line, 7);
    assert.strictEqual(f.message, '“议题四”跳号：此处应为“议题三”。');
    assert.strictEqual(applyEdits(text, f.fixes[0].edits), minutes('议题一：', '议题二：', '议题三：', '议题五：'));
    // Figures and half-width colons, a repeat.
    const figures = minutes('议题1:', '议题2:', '议题2:', '议题3:');
    assert.deepStrictEqual(findings(figures, 'GW113').map((f) => [f.range.start.line, f.message]), [[7, '“议题2”重号或顺序颠倒：此处应为“议题3”。']]);
    assert.strictEqual(applyEdits(figures, findings(figures, 'GW113')[0].fixes[0].edits), minutes('议题1:', '议题2:', '议题3:', '议题3:'));
    // A right series, a short one, and running text starting with 议题 are silent.
    assert.deepStrictEqual(findings(minutes('议题一：', '议题二：', '议题三：', '议题四：'), 'GW113'), []);
    assert.deepStrictEqual(findings(minutes('议题1：', '议题3：'), 'GW113'), []);
    assert.deepStrictEqual(findings(minutes('议题一是', '议题三是', '议题四是'), 'GW113'), []);
    // The agenda's series is its own, apart from a 问题 series beside it.
    assert.deepStrictEqual(findings(minutes('议题一：', '问题一：', '议题二：', '问题二：', '议题三：', '问题三：'), 'GW113'), []);
  });

  describe('GW113 label-sequence (lines starting 第一督查组 / 第二小组 / 第三批 / 第一阶段)', () => {
    const groups = (...labels: string[]) =>
      lines('三、督查组组成', '共组成4个督查组。', ...labels.flatMap((l, k) => [l, `组长：某某${k}`, '督查对象：某县、某区']), '四、时间安排', '（一）准备阶段。');
    it('flags a skip once, names the label it should be, and offers to change the numeral only', () => {
      const text = groups('第一督查组', '第二督查组', '第四督查组', '第四督查组');
      const fs = findings(text, 'GW113');
      assert.deepStrictEqual(fs.map((f) => [f.range.start.line, f.message]), [[8, '“第四督查组”跳号：此处应为“第三督查组”。']]);
      assert.strictEqual(fs[0].fixes[0].safe, false);
      assert.strictEqual(applyEdits(text, fs[0].fixes[0].edits), groups('第一督查组', '第二督查组', '第三督查组', '第四督查组'));
    });
    it('flags a repeat and a stage out of order, with colons, brackets and figures', () => {
      assert.deepStrictEqual(
        findings(groups('第一小组：', '第二小组：', '第二小组：', '第三小组：'), 'GW113').map((f) => f.range.start.line),
        [8],
      );
      const stages = lines('二、实施步骤', '第一阶段（3月—4月）：动员部署。', '第三阶段（5月—9月）：集中整治。', '第二阶段（10月）：总结验收。');
      assert.deepStrictEqual(findings(stages, 'GW113').map((f) => f.message), ['“第三阶段”跳号：此处应为“第二阶段”。', '“第二阶段”重号或顺序颠倒：此处应为“第三阶段”。']);
      assert.strictEqual(findings(lines('一、分组', '第1组：甲', '第2组：乙', '第2组：丙'), 'GW113').length, 1);
      // The items under a day (`下午：` `1.…` `2.…`) do not end its series; the next section does.
      const days = lines('四、课程安排', '第一天（4月14日）', '上午：报到。', '下午：', '1.开班仪式；', '2.专题辅导。', '第二天（4月15日）', '上午：专题讲座。', '第四天（4月16日）', '下午：', '1.情景模拟；', '2.专题讲座。', '第四天（4月17日）', '上午：结业。', '五、组织管理', '第三天：甲', '第五天：乙');
      assert.deepStrictEqual(findings(days, 'GW113').map((f) => [f.range.start.line, f.message]), [[8, '“第四天”跳号：此处应为“第三天”。']]);
      // Nothing stands before 天: `第一个工作日` `第二个星期天` are no days of a schedule.
      assert.deepStrictEqual(findings(lines('一、甲', '第一天：A', '第二天：B', '第三个星期天：C', '第五天：D'), 'GW113').map((f) => f.range.start.line), [4]);
    });
    it('is silent on a right series, a short one, one not from 第一, separate sections and titles', () => {
      assert.deepStrictEqual(findings(groups('第一督查组', '第二督查组', '第三督查组', '第四督查组'), 'GW113'), []);
      assert.deepStrictEqual(findings(groups('第一督查组', '第三督查组'), 'GW113'), []);
      assert.deepStrictEqual(findings(groups('第二督查组', '第四督查组', '第五督查组'), 'GW113'), []);
      // Each section counts its own; a 第一 starts again; other nouns are other series.
      const sections = lines('一、甲', '第一批：A', '第二批：B', '二、乙', '第三批：C', '第四批：D', '第五批：E');
      assert.deepStrictEqual(findings(sections, 'GW113'), []);
      assert.deepStrictEqual(findings(lines('一、甲', '第一组：A', '第二组：B', '第一小组：C', '第一组：D', '第二组：E', '第三组：F'), 'GW113'), []);
      // `第二批支持创新相关改革举措推广清单` is a title, `第一批次` no label.
      assert.deepStrictEqual(findings(lines('一、甲', '第一批：A', '第二批：B', '第二批支持创新相关改革举措推广清单', '第三批次'), 'GW113'), []);
    });
  });
});

describe('frame rules', () => {
  it('GW301 fixes the brackets, leading zeros and 第 of a 发文字号', () => {
    // ﹝﹞ (small brackets, as typed in WPS) look like 〔〕 but are other characters.
    for (const bad of ['某局发[2024]3号', '某局发【2024】3号', '某局发〔2024〕03号', '某局发〔2024〕第3号', '某局发（2024）3号', '某局发﹝2024﹞3号']) {
      const text = `${bad}\n各单位：\n正文。\n`;
      const [f] = findings(text, 'GW301');
      assert.ok(f, bad);
      assert.strictEqual(fixAll(text).text, '某局发〔2024〕3号\n各单位：\n正文。\n');
    }
    assert.deepStrictEqual(findings('某局发〔2024〕3号\n', 'GW301'), []);
    // A 请示's number with its 签发人 beside it: the number is checked and fixed, the 签发人 kept.
    const signed = '某局字[2025]031号　　　　签发人：曾庆华\n某某县人民政府：\n正文。\n';
    assert.strictEqual(fixAll(signed).text, '某局字〔2025〕31号　　　　签发人：曾庆华\n某某县人民政府：\n正文。\n');
    // A template's number to be filled in is kept.
    assert.deepStrictEqual(findings('X府办发〔2025〕X号\n', 'GW301'), []);
    assert.strictEqual(fixAll('X府办发[2025]X号\n各单位：\n正文。\n').text, 'X府办发〔2025〕X号\n各单位：\n正文。\n');
  });
  it('GW301 checks the document\'s own 发文字号, not one cited in a sentence (another document\'s, not ours to fix)', () => {
    const text = ['某市人民政府办公室关于做好植树工作的通知', '某府办发〔2024〕12号', '各县（市、区）人民政府：', '根据《某市人民政府关于推进绿化的意见》（某府发〔2024〕05号）精神，通知如下：', '一、明确任务', '依据《关于开展义务植树的通知》（某府[2023]第3号）执行。', '某市人民政府办公室', '2024年3月5日'].join('\n');
    assert.deepStrictEqual(findings(text, 'GW301'), []);
    assert.strictEqual(findings(text.replace('〔2024〕12号', '〔2024〕012号'), 'GW301').length, 1);
  });
  it('GW302 checks the date in brackets under a title (题注) and a 纪要\'s head, fixing only the date', () => {
    const text = '某市某条例\n（2024年03月05日某市人民代表大会通过）\n第一条　为了某事，制定本条例。\n第二条　本条例适用于本市。\n';
    assert.strictEqual(fixAll(text).text, text.replace('2024年03月05日', '2024年3月5日'));
    const minutes = '某市政府常务会议纪要\n第12期\n某市人民政府办公室      2024.6.12\n会议议定如下：\n一、关于某事\n同意。\n';
    const [f] = findings(minutes, 'GW302');
    assert.strictEqual(applyEdits(minutes, f.fixes[0].edits), minutes.replace('2024.6.12', '2024年6月12日'));
    // A Chinese-numeral date under the title is left alone, as a speech's is.
    assert.deepStrictEqual(findings(text.replace('2024年03月05日', '二〇二四年三月五日'), 'GW302'), []);
  });
  it('GW301 completes a two-digit year from the 成文日期 (a fix to confirm), and guesses none without it', () => {
    const dated = '某局发〔24〕3号\n各单位：\n正文。\n某局\n2024年3月5日\n';
    const [f] = findings(dated, 'GW301');
    assert.match(f.message, /应为“某局发〔2024〕3号”/);
    assert.deepStrictEqual([f.fixes[0].edits[0].newText, f.fixes[0].safe], ['某局发〔2024〕3号', false]);
    const [g] = findings('某局发〔24〕3号\n各单位：\n正文。\n', 'GW301');
    assert.doesNotMatch(g.message, /应为/);
    assert.deepStrictEqual(g.fixes, []);
  });
  it('GW302 removes leading zeros and notes Chinese-numeral dates after 2012-07-01', () => {
    const text = '正文。\n某局\n2024年03月05日\n';
    assert.strictEqual(fixAll(text).text, '正文。\n某局\n2024年3月5日\n');
    const [f] = findings('正文。\n某局\n二〇二四年三月五日\n', 'GW302');
    assert.strictEqual(f.severity, 'info');
    assert.deepStrictEqual(findings('正文。\n某局\n二〇一一年三月五日\n', 'GW302'), []);
  });
  it('GW302 reads dates in figures (2024.3.5, 2024-03-05) or with 号, and offers the standard form', () => {
    for (const written of ['2024.3.5', '2024-03-05', '2024/3/5', '2024年3月5号']) {
      const text = `正文。\n某局\n${written}\n`;
      const [f] = findings(text, 'GW302');
      assert.ok(f, written);
      assert.strictEqual(applyEdits(text, f.fixes[0].edits), '正文。\n某局\n2024年3月5日\n');
      assert.deepStrictEqual(parse(text).frame.date, { year: 2024, month: 3, day: 5, chinese: false, informal: true });
    }
  });
  it('GW302 leaves a speech’s Chinese-numeral date under its title alone, not a 成文日期 at the end', () => {
    const speech = '在全县经济工作会议上的讲话\n县委书记　张三\n\n二〇二四年三月五日\n\n同志们：\n　　今天召开会议。\n';
    assert.deepStrictEqual(findings(speech, 'GW302'), []);
    const notice = '关于某事的通知\n各单位：\n　　请做好工作。\n某某局\n二〇二四年三月五日\n';
    assert.strictEqual(findings(notice, 'GW302')[0].severity, 'info');
  });
  it('GW101 accepts 保障措施 starting again at （一） in a document numbered on throughout, and follows its title through edits', () => {
    const text = lines('一、总体要求', '坚持问题导向。', '二、重点任务', '（一）甲。', '（二）乙。', '三、深化改革', '（三）丙。', '（四）丁。', '四、扩大开放', '（五）戊。', '（六）己。', '五、保障措施', '（一）加强组织领导。', '（二）强化督导考核。');
    assert.deepStrictEqual(findings(text, 'GW101'), []);
    // Any other section starting again is still a break in a running document.
    const other = text.replace('五、保障措施', '五、优化服务');
    assert.deepStrictEqual(findings(other, 'GW101').map((f) => f.range.start.line), [12]);
    // After an edit of the title alone, the carried findings follow it.
    const config = defaultConfig();
    const first = analyze(text, config);
    const edited = analyze(other, config, first.handover);
    assert.deepStrictEqual(edited.findings.filter((f) => f.rule === 'GW101').map((f) => f.range.start.line), [12]);
    const back = analyze(text, config, edited.handover);
    assert.deepStrictEqual(back.findings.filter((f) => f.rule === 'GW101'), []);
  });
  it('GW101 does not let numbered targets (`主要目标` then `1.`…`3.`) decide whether the tasks after them count on', () => {
    const text = lines('一、总体安排', '（一）指导思想', '坚持稳中求进。', '（二）工作目标', '1.到2026年，建成示范社区10个。', '2.到2027年，覆盖率达到90%。', '二、重点任务', '（三）健全服务网络', '1.建设服务中心。（市民政局）', '2.发展助餐服务。（市民政局）', '（四）提升服务能力', '3.推进机构改革。（市民政局）', '4.深化医养结合。（市卫生健康委）');
    assert.deepStrictEqual(findings(text, 'GW101'), []);
    assert.strictEqual(fixAll(text).text, text);
    // Tasks restarting under each heading after the targets are as fine, and a break among them is still one.
    assert.deepStrictEqual(findings(text.replace('3.推进', '1.推进').replace('4.深化', '2.深化'), 'GW101'), []);
    assert.deepStrictEqual(findings(text.replace('4.深化', '5.深化'), 'GW101').map((f) => f.range.start.line), [12]);
    // With the targets out of the vote, a section starting past 1 by a swap (`（二）（一）`) does not make the document one that counts on.
    const swapped = lines('一、总体要求', '（一）指导思想。坚持稳中求进。', '（二）工作目标。到2026年建成。', '二、重点任务', '（一）甲任务。（市民政局）', '（二）乙任务。（市民政局）', '（三）丙任务。（市民政局）', '三、保障措施', '（二）加强资金保障。', '（一）加强组织领导。', '（三）加强督导。');
    assert.deepStrictEqual(findings(swapped, 'GW101').map((f) => f.message), ['序号“（二）”跳号：此处应为“（一）”（每级重新编号）。', '序号“（一）”重号或顺序颠倒：此处应为“（二）”（每级重新编号）。']);
    // Without the aims' title, 1. 2. under the first 一、 and 1. 2. 3. 4. under the second is 1. counting
    // on under the （一）s of each 一、 and starting again under the next: no break either.
    assert.deepStrictEqual(findings(text.replace('（二）工作目标', '（二）健全机制'), 'GW101'), []);
    // After an edit of the aims' title alone, the carried findings follow it: here the targets stand
    // under 二、 with the tasks, so without the title their 1. 2. count, and the tasks' 1. is a restart.
    const under = lines('一、总体安排', '（一）指导思想', '坚持稳中求进。', '二、重点任务', '（二）工作目标', '1.到2026年，建成示范社区10个。', '2.到2027年，覆盖率达到90%。', '（三）健全服务网络', '1.建设服务中心。（市民政局）', '2.发展助餐服务。（市民政局）', '（四）提升服务能力', '3.推进机构改革。（市民政局）', '4.深化医养结合。（市卫生健康委）');
    assert.deepStrictEqual(findings(under, 'GW101'), []);
    const config = defaultConfig();
    const first = analyze(under, config);
    const edited = analyze(under.replace('（二）工作目标', '（二）健全机制'), config, first.handover);
    assert.deepStrictEqual(edited.findings.filter((f) => f.rule === 'GW101').map((f) => f.range.start.line), [8]);
    const back = analyze(under, config, edited.handover);
    assert.deepStrictEqual(back.findings.filter((f) => f.rule === 'GW101'), []);
  });
  it('GW111 flags a skipped or repeated 序号 in a task table, once per mistake, and not a restart at 1', () => {
    const table = (...nums: string[]) => ['重点任务分工表', '序号\t任务\t牵头单位\t配合单位', ...nums.map((n, k) => `${n}\t任务${k}\t办公室\t财务处`)].join('\n') + '\n';
    const at = (text: string) => findings(text, 'GW111').map((f) => [f.range.start.line, f.message]);
    assert.deepStrictEqual(at(table('1', '2', '3', '4')), []);
    assert.deepStrictEqual(at(table('1', '2', '4', '5')), [[4, '表格序号“4”跳号，此处应为“3”。']]);
    assert.deepStrictEqual(at(table('1', '2', '3', '3', '4', '5')), [[5, '表格序号“3”重号，此处应为“4”。']]);
    assert.deepStrictEqual(at(table('1', '2', '4', '4', '5')), [[4, '表格序号“4”跳号，此处应为“3”。']]);
    assert.deepStrictEqual(at(table('1', '2', '1', '2')), []);
    // Rows under merged cells (the 序号 cell empty) belong to the numbered row above.
    assert.deepStrictEqual(at(table('1', '', '2', '', '3')), []);
  });
  it('GW201 asks for the units of a table row whose unit cells are empty; the ledger lists it', () => {
    const text = ['序号 | 任务 | 牵头单位 | 配合单位', '1 | 完善制度 | 办公室 | 财务处', '2 | 建立台账 |  | ', '3 | 开展检查 | 审计处 | 财务处', ''].join('\n');
    const fs = findings(text, 'GW201');
    assert.deepStrictEqual(fs.map((f) => [f.range.start.line, f.message]), [[2, '表格中序号为“2”的任务未填写责任单位。']]);
    assert.deepStrictEqual(parse(text).tasks.map((t) => [t.path, t.lead]), [['1', ['办公室']], ['2', []], ['3', ['审计处']]]);
    assert.deepStrictEqual(findings(text, 'GW111'), []);
    // Cells that hold something other than units (people, as a 主体责任清单 writes them) are not empty.
    assert.deepStrictEqual(findings(text.replace('2 | 建立台账 |  | ', '2 | 建立台账 | 党委书记 | '), 'GW201'), []);
  });
  it('GW201 asks for the units of a tab-separated row whose trailing empty cells were dropped (an editor trimming the line\'s end); the table goes on', () => {
    const rows = ['序号\t工作任务\t牵头单位\t配合单位\t完成时限', '1\t压缩企业开办时间\t县政务服务中心\t县税务局\t6月底前', '2\t推进联合报装\t县住建局\t县供电公司\t10月底前', '3\t推行包容审慎监管\t县司法局\t\t9月底前'];
    for (const at of [1, 2, 3]) {
      const lines = rows.slice();
      lines[at] = lines[at].split('\t').slice(0, 2).join('\t');
      const text = ['青溪县2026年优化营商环境重点任务分工', ...lines, '', '各牵头单位要按时报送进展。', ''].join('\n');
      assert.deepStrictEqual(findings(text, 'GW201').map((f) => [f.range.start.line, f.message]), [[at + 1, `表格中序号为“${at}”的任务未填写责任单位。`]], `row ${at}`);
      assert.deepStrictEqual(parse(text).tasks.map((t) => t.path), ['1', '2', '3'], `row ${at}`);
      // As a pipe table does.
      assert.deepStrictEqual(findings(text.replace(/\t/g, ' | '), 'GW201').length, 1, `row ${at} with pipes`);
    }
    // The structure scan reads on past it too: a later row's cell over two paragraphs makes no heading.
    const wrapped = ['青溪县重点任务分工', ...rows.slice(0, 2), '2\t推进联合报装', '3\t健全监管制度：1．落实监管责任；', '2．配齐执法力量。\t县司法局\t县市场监管局\t9月底前', ''].join('\n');
    assert.deepStrictEqual(parse(wrapped).headings, []);
    assert.deepStrictEqual(parse(wrapped).tasks.map((t) => [t.path, t.lead]), [['1', ['县政务服务中心']], ['2', []], ['3', ['县司法局']]]);
    // A row with its 序号 alone, or a paragraph after the table, is no row.
    const after = ['序号\t工作任务\t牵头单位\t配合单位', '1\t完善制度\t办公室\t财务处', '注：\t各单位按时报送。', ''].join('\n');
    assert.deepStrictEqual(parse(after).tasks.map((t) => t.path), ['1']);
  });
  it('GW303 removes punctuation after attachment names', () => {
    const text = '正文。\n附件：1.甲表；\n2.乙表。\n';
    assert.strictEqual(fixAll(text).text, '正文。\n附件：1.甲表\n2.乙表\n');
  });
  it('reads an 附件说明 whose label stands on a line of its own (`附件：`, the items below)', () => {
    const text = '各单位：\n　　现将方案印发给你们。\n附件：\n1.某某方案\n2.任务分工表。\n某某局\n2026年3月1日\n';
    const doc = parse(text);
    assert.deepStrictEqual(doc.headings, []);
    assert.deepStrictEqual(doc.frame.fields.filter((f) => f.kind === 'attachments').map((f) => [f.line, f.endLine]), [[2, 4]]);
    assert.strictEqual(fixAll(text).text, text.replace('任务分工表。', '任务分工表'));
    // The label alone above anything but an item is left as it is (an attached part's title may follow).
    assert.deepStrictEqual(parse('正文。\n附件：\n某某方案\n').frame.fields.filter((f) => f.kind === 'attachments'), []);
  });

  describe('numbering facts shared within one lint', () => {
    it('works the sequences out once per lint for the breaks and the switched groups, once more for a form GW102 doubts (sequencesOf)', () => {
      // The rules ask for the sequences through the module's export: counted there. A gap (GW101:
      // the breaks, and the switched groups that decide whether its renumbering is safe) needs
      // them once; a `2.` read as the `（二）` (GW102, whose certainty reads the form's group) once
      // more. They are not kept as a lint-long fact (numberingOf: promoted with every keystroke).
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const sequences = require('../../server/src/analysis/sequences') as { sequencesOf: (...a: unknown[]) => unknown };
      const real = sequences.sequencesOf;
      let calls = 0;
      sequences.sequencesOf = (...a: unknown[]) => {
        calls++;
        return real(...a);
      };
      try {
        const gap = lines('一、主要任务', '（一）甲项。', '（二）乙项。', '（三）丙项。', '（五）丁项。');
        assert.deepStrictEqual(analyze(gap).findings.filter((f) => f.rule.startsWith('GW1')).map((f) => [f.rule, f.range.start.line]), [['GW101', 4]]);
        assert.strictEqual(calls, 1);
        calls = 0;
        const text = lines('一、主要任务', '（一）甲项。', '2.乙项。', '（三）丙项。', '（五）丁项。');
        const fs = analyze(text).findings.filter((f) => f.rule.startsWith('GW1'));
        assert.deepStrictEqual(fs.map((f) => [f.rule, f.range.start.line]), [['GW102', 2], ['GW101', 4]]);
        assert.strictEqual(calls, 2);
      } finally {
        sequences.sequencesOf = real;
      }
    });
  });
});
