/**
 * What one analysis hands to the next (analyze.ts Handover), and a text given as lines whose
 * untouched lines are the previous version's strings (lineText.ts, as the server keeps its open
 * documents), must never change what the analysis finds: every version analysed that way has the
 * model and findings of a cold analysis.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, AnalysisResult, defaultConfig, findRule, LineText } from '../../server/src/analysis';
import { seedFiles } from '../util';
import { coldModel as cold, modelOf } from './model-of';

const PLAN = [
  '关于印发《某某工作方案》的通知',
  '各单位：',
  '现将方案印发给你们，请认真贯彻落实。',
  '某某办公室',
  '2025年3月5日',
  '某某工作方案',
  '一、总体要求',
  '（一）指导思想。坚持问题导向。',
  '二、重点任务',
  '（一）加强组织领导。（党委办公室、纪委）',
  '（二）完善制度建设。（党委组织布、宣传部）',
  '（四）强化监督检查。（党委组织部）',
  '1.开展专项检查。(纪委,党委组织部)',
  '2.建立台账。',
  '三、保障措施',
  '（一）加强宣传。（宣传部、党委组织部）',
].join('\n');

/** One LSP-style change: replace `del` characters at offset `at` (modulo the length) with `text`. */
const change = fc.tuple(fc.nat(), fc.nat(30), fc.constantFrom('一、', '（二）', '1.', '（1）', '加强领导。', '（办公室、财务处）', '（党委组织布）', '的的', '\n', '\r\n', '\r', '　　', '）', '\n（三）新增任务（办公室）\n', '', '\n一、\n总体要求\n', '\n2.\n', '3.8月底前完成。', '2025.9.30前', '（市财正局）', '删去“某某中心”', '议题1：'));

function toChange(doc: TextDocument, [at, del, text]: [number, number, string]) {
  const len = doc.getText().length;
  const start = at % (len + 1);
  return { range: { start: doc.positionAt(start), end: doc.positionAt(Math.min(len, start + del)) }, text };
}

describe('handing an analysis to the next one', () => {
  it('findings of rules whose inputs did not change are carried over, the others found again', () => {
    const config = defaultConfig();
    const first = analyze(PLAN, config);
    const sequence = (r: AnalysisResult) => r.findings.filter((f) => f.rule === 'GW101');
    const separators = (r: AnalysisResult) => r.findings.filter((f) => f.rule === 'GW205');
    const unitNames = (r: AnalysisResult) => r.findings.filter((f) => f.rule === 'GW207');
    assert.strictEqual(sequence(first).length, 1);
    assert.strictEqual(separators(first).length, 1);
    assert.strictEqual(unitNames(first).length, 1);

    // A keystroke in a sentence: the numbering is as it was, and so is every annotation.
    const typed = analyze(PLAN.replace('坚持问题导向', '坚持问题导向和目标导向'), config, first.handover);
    assert.strictEqual(sequence(typed)[0], sequence(first)[0], 'GW101 carried over');
    assert.strictEqual(separators(typed)[0], separators(first)[0], 'GW205 carried over');

    // Renumbering a task: GW101 runs again and no longer finds the break. The line also holds
    // an annotation, so GW205 runs again too, and finds the same.
    const renumbered = analyze(typed.doc.source.text.replace('（四）强化', '（三）强化'), config, typed.handover);
    assert.deepStrictEqual(sequence(renumbered), []);
    assert.notStrictEqual(separators(renumbered)[0], separators(first)[0]);
    assert.deepStrictEqual(separators(renumbered), separators(first));

    // Fixing the misspelt unit: the annotations changed, so GW207 runs again.
    const spelt = analyze(renumbered.doc.source.text.replace('组织布', '组织部'), config, renumbered.handover);
    assert.deepStrictEqual(unitNames(spelt), []);

    // Under another Config nothing is carried (severities, locale and options may differ).
    const english = { ...defaultConfig(), locale: 'en' as const };
    const other = analyze(PLAN, english, first.handover);
    assert.match(sequence(other)[0].message, /expected/);
    assert.match(separators(other)[0].message, /Separate/);
  });

  it('a line break typed or deleted above: findings of rules whose inputs only moved move with the lines, without running the rules', () => {
    const config = defaultConfig();
    // How often each rule runs while `f` does (its check wrapped, then put back).
    const runs = <T>(ids: string[], f: () => T): [T, Record<string, number>] => {
      const count: Record<string, number> = {};
      const rules = ids.map((id) => findRule(id)!);
      const checks = rules.map((r) => r.check);
      rules.forEach((r, k) => {
        count[r.id] = 0;
        r.check = (doc, ctx) => {
          count[r.id]++;
          checks[k](doc, ctx);
        };
      });
      try {
        return [f(), count];
      } finally {
        rules.forEach((r, k) => (r.check = checks[k]));
      }
    };
    const ids = ['GW101', 'GW205', 'GW207', 'GW401'];
    // No misspelt unit: an annotation read through a near miss of a name used elsewhere is made
    // afresh by every analysis, so with one the annotation rules always run (last step).
    const text = PLAN.replace('（一）加强组织领导。', '（一）加强组织领导的的。').replace('党委组织布', '党委组织部');
    let lines = LineText.of(text);
    let result = analyze(lines, config);
    const step = (line: number, from: number, to: number, insert: string, toLine = line) => {
      lines = lines.applied([{ range: { start: { line, character: from }, end: { line: toLine, character: to } }, text: insert }]);
      const [next, count] = runs(ids, () => analyze(lines, config, result.handover));
      assert.deepStrictEqual(modelOf(next), cold(lines.text));
      result = next;
      return count;
    };
    const where = (rule: string) => result.findings.filter((f) => f.rule === rule).map((f) => f.range.start.line);
    assert.deepStrictEqual([where('GW101'), where('GW205'), where('GW401')], [[11], [12], [9]]);

    // Enter at the end of the cover notice's first line: everything below moves down one line.
    // The numbering and the annotations are the same but for that: nothing runs again, and the
    // findings (GW101's renumbering fix with them) are on their new lines. The word rule looks at
    // the edit's lines only.
    let count = step(0, PLAN.split('\n')[0].length, PLAN.split('\n')[0].length, '\n');
    assert.deepStrictEqual(count, { GW101: 0, GW205: 0, GW207: 0, GW401: 1 });
    assert.deepStrictEqual([where('GW101'), where('GW205'), where('GW401')], [[12], [13], [10]]);
    assert.ok(result.findings.find((f) => f.rule === 'GW101')!.fixes[0].edits.every((e) => e.range.start.line >= 12));

    // Enter inside a heading's title: its marker stays where it was, the rest of the line goes
    // down with everything below.
    const heading = lines.lines.indexOf('（二）完善制度建设。（党委组织部、宣传部）');
    count = step(heading, 5, 5, '\n');
    assert.deepStrictEqual(count, { GW101: 0, GW205: 1, GW207: 1, GW401: 1 }, 'the annotation went to another line: its rules run');
    assert.deepStrictEqual(where('GW101'), [13]);

    // The line break deleted again: the line joined, the rules of what it holds run.
    count = step(heading, 5, 0, '', heading + 1);
    assert.deepStrictEqual(count, { GW101: 0, GW205: 1, GW207: 1, GW401: 1 });
    assert.deepStrictEqual([where('GW101'), where('GW205'), where('GW401')], [[12], [13], [10]]);

    // A line removed where a finding stood: the numbering changed, GW101 runs again.
    const broken = lines.lines.indexOf('（四）强化监督检查。（党委组织部）');
    count = step(broken, 0, 0, '', broken + 1);
    assert.strictEqual(count.GW101, 1);

    // A unit misspelt as a near miss of one named elsewhere (GW207): Enter above, and the
    // annotation rules run again (that annotation is made afresh every time); the numbering's do not.
    const last = lines.lines.length - 1;
    const at = lines.lines[last].indexOf('党委组织部') + 4;
    step(last, at, at + 1, '布');
    assert.deepStrictEqual(where('GW207'), [last]);
    count = step(1, 0, 0, '\n');
    assert.deepStrictEqual(count, { GW101: 0, GW205: 1, GW207: 1, GW401: 1 });
  });

  it('word rules keep their findings on the lines an edit left alone, and look again when what they read besides changes', () => {
    const config = defaultConfig();
    const text = ['一、重点任务', '（一）加强领导的的工作。', '（二）会同环境保护部开展检查。', '（三）做好布署。', '某某办公室', '2017年5月8日'].join('\n');
    const words = (r: AnalysisResult) => r.findings.filter((f) => f.rule.startsWith('GW4'));
    const first = analyze(text, config);
    assert.deepStrictEqual(words(first).map((f) => [f.rule, f.range.start.line]), [['GW401', 1], ['GW403', 3]]);
    // A keystroke on line 3: the finding on line 1 is the previous object, line 3's is found again.
    const typed = analyze(text.replace('做好布署', '认真做好布署'), config, first.handover);
    assert.strictEqual(words(typed)[0], words(first)[0]);
    assert.notStrictEqual(words(typed)[1], words(first)[1]);
    assert.deepStrictEqual(modelOf(typed), cold(typed.doc.source.text));
    // A line removed above: every later line moved, nothing stale is kept.
    const shorter = analyze(typed.doc.source.text.replace('一、重点任务\n', ''), config, typed.handover);
    assert.deepStrictEqual(modelOf(shorter), cold(shorter.doc.source.text));
    // The document's date is what GW402 reads besides the lines: dated after the 2018 reform, the
    // unchanged line 2 is flagged.
    const redated = analyze(typed.doc.source.text.replace('2017年', '2019年'), config, typed.handover);
    assert.deepStrictEqual(words(redated).map((f) => [f.rule, f.range.start.line]), [['GW401', 1], ['GW402', 2], ['GW403', 3]]);
    assert.deepStrictEqual(modelOf(redated), cold(redated.doc.source.text));
  });

  it('the script rule looks again at unchanged lines when the document turns out to be simplified', () => {
    const config = defaultConfig();
    const text = ['一、重點任務', '（一）推進數據資源整合。（市數據局牽頭）', '（二）開展檢查。'].join('\n');
    const mixed = (r: AnalysisResult) => r.findings.filter((f) => f.rule === 'GW404').map((f) => f.range.start.line);
    const first = analyze(text, config);
    assert.deepStrictEqual(mixed(first), []);
    // Line 2 rewritten in simplified, with a long simplified paragraph: now the document is
    // simplified, and line 1, left alone, is flagged.
    const simplifiedText = text.replace('（二）開展檢查。', `（二）开展检查。${'对发现的问题认真进行整改，确保各项数据工作落实到位，这个要求务必说到做到。'.repeat(4)}`);
    const second = analyze(simplifiedText, config, first.handover);
    assert.deepStrictEqual(mixed(second), [0, 1, 1]);
    assert.deepStrictEqual(modelOf(second), cold(simplifiedText));
  });

  it('a bracket wrapped onto the next line is found whichever of its two lines an edit touches', () => {
    const config = defaultConfig();
    const lines = ['一、重点任务', '（一）优化营商环境。（市政务服务中心牵头，市发展改革委、', '市司法局配合', '（二）稳定就业。（市人社局）'];
    const first = analyze(lines.join('\n'), config);
    assert.strictEqual(first.doc.tasks.length, 1);
    // The closing bracket typed on the second line: the line before it, unchanged, is read again.
    const closed = analyze([...lines.slice(0, 2), '市司法局配合）', lines[3]].join('\n'), config, first.handover);
    assert.deepStrictEqual(closed.doc.tasks.map((t) => t.coop), [['市发展改革委', '市司法局'], []]);
    assert.deepStrictEqual(modelOf(closed), cold(closed.doc.source.text));
    // And deleted again.
    const reopened = analyze(lines.join('\n'), config, closed.handover);
    assert.deepStrictEqual(modelOf(reopened), cold(reopened.doc.source.text));
    assert.strictEqual(reopened.doc.tasks.length, 1);
  });

  it('random edit sequences with handovers agree with cold analyses', () => {
    const base = [PLAN, ...seedFiles().map((f) => fs.readFileSync(f, 'utf8'))];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: base.length - 1 }), fc.array(change, { minLength: 1, maxLength: 8 }), (which, edits) => {
        const config = defaultConfig();
        let text = base[which];
        let result = analyze(text, config);
        for (const [at, del, ins] of edits) {
          const p = at % (text.length + 1);
          text = text.slice(0, p) + ins + text.slice(p + del);
          result = analyze(text, config, result.handover);
          const model = modelOf(result);
          assert.deepStrictEqual(model, cold(text));
        }
      }),
      { numRuns: 40 },
    );
  });

  it('a document kept as lines, edited as an editor edits it, gives the model of a cold analysis', () => {
    const base = [PLAN, PLAN.replace(/\n/g, '\r\n'), ...seedFiles().map((f) => fs.readFileSync(f, 'utf8'))];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: base.length - 1 }),
        // Each step is one didChange: a batch of one to three changes, applied in order.
        fc.array(fc.array(change, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 }),
        (which, batches) => {
          const config = defaultConfig();
          let doc = TextDocument.create('file:///t.gw', 'gongwen', 1, base[which]);
          let lines = LineText.of(base[which]);
          let result = analyze(lines, config);
          batches.forEach((batch, step) => {
            // Changes in a batch refer to the text as the changes before them left it.
            const changes = [];
            let scratch = doc;
            for (const c of batch) {
              const ch = toChange(scratch, c);
              changes.push(ch);
              scratch = TextDocument.update(TextDocument.create(scratch.uri, 'gongwen', 0, scratch.getText()), [ch], 0);
            }
            doc = TextDocument.update(doc, changes, doc.version + 1);
            lines = lines.applied(changes);
            assert.strictEqual(lines.text, doc.getText());
            // Every other step is analysed, so that edits add up between analyses as well.
            if (step % 2 === 1 && step !== batches.length - 1) return;
            result = analyze(lines, config, result.handover);
            assert.deepStrictEqual(modelOf(result), cold(doc.getText()));
          });
        },
      ),
      { numRuns: 60 },
    );
  });

  it('a 1） that heads a section is read again when the heading above it changes', () => {
    const config = defaultConfig();
    // `3）` after a top-level `（1）` is its sibling `（3）`, heading a section of its own; once the
    // `（1）` is gone, it is a `1.` with the wrong punctuation.
    const text = ['某方案', '（1）丁。（财务部）', '3）戊。（人事部）', '（二）己', '1)辛。（办公室）'].join('\n');
    let result = analyze(text, config);
    assert.strictEqual(result.doc.headings[1].marker.kind, 'parenArabic');
    for (const edited of [text.replace('（1）丁', '（1丁'), text.replace('（1）丁', '1.丁')]) {
      const again = analyze(edited, config, result.handover);
      assert.deepStrictEqual(modelOf(again), cold(edited));
      result = analyze(text, config, again.handover);
      assert.deepStrictEqual(modelOf(result), cold(text));
    }
  });

  it('a （5） under 二、 whose reading depends on the （1）s of the section before is read again when they change', () => {
    const config = defaultConfig();
    // `（1）`…`（4）` under `一、`, then `4.` `（5）` under `二、`: numbered on, the `（5）` is the `4.`'s first
    // item; once `一、`'s `（4）` is text, it is the next `5.` in the wrong form (structure.ts runsOnTo).
    for (const [head, text] of [
      ['4.', ['一、甲', '（一）子', '1.项', '（1）细。', '（2）细。', '2.项', '（3）细。', '（4）细。', '二、乙', '（二）子', '3.项', '4.项', '（5）细。（办公室负责）']],
      ['（四）', ['一、甲', '（一）子', '（1）细。', '（2）细。', '（二）子', '（3）细。', '（4）细。', '二、乙', '（三）子', '（四）子', '（5）细。（办公室负责）']],
    ] as const) {
      const plan = text.join('\n');
      let result = analyze(plan, config);
      assert.strictEqual(result.doc.headings[result.doc.headings.length - 1].parent!.marker.text, head);
      for (const edited of [plan.replace('（4）细。', '细。'), plan.replace('（4）细。', '（3）细。')]) {
        const again = analyze(edited, config, result.handover);
        assert.deepStrictEqual(modelOf(again), cold(edited));
        assert.strictEqual(again.findings.filter((f) => f.rule === 'GW102').length, 1);
        result = analyze(plan, config, again.handover);
        assert.deepStrictEqual(modelOf(result), cold(plan));
      }
    }
  });

  it('front matter opened and closed by edits to a document kept as lines', () => {
    const config = defaultConfig();
    const text = ['', '---', 'title: 某某方案', 'date: 2025-03-05', '---', '一、任务', '（一）甲。（办公室）', '（二）乙。（财务科）', '（三）丙。'].join('\n');
    let lines = LineText.of(text);
    let result = analyze(lines, config);
    const edit = (line: number, from: number, to: number, newText: string) => {
      lines = lines.applied([{ range: { start: { line, character: from }, end: { line, character: to } }, text: newText }]);
      result = analyze(lines, config, result.handover);
      assert.deepStrictEqual(modelOf(result), cold(lines.text));
    };
    assert.ok(result.doc.source.lines.slice(1, 5).every((l) => l.kind === 'frontMatter'));
    edit(4, 0, 3, '...'); // no longer closed: the lines are text
    assert.ok(result.doc.source.lines.every((l) => l.kind !== 'frontMatter'));
    edit(4, 0, 3, '---'); // closed again
    edit(8, 4, 4, '的'); // a keystroke below it
    assert.ok(result.doc.source.lines.slice(1, 5).every((l) => l.kind === 'frontMatter'));
  });

  it('in a document kept as lines, every line an edit did not touch keeps its Line object, or its record when it moved', () => {
    const config = defaultConfig();
    const plan = LineText.of(PLAN);
    const first = analyze(plan, config);
    const was = first.doc.source.lines;
    // A keystroke on line 9: every other line is the previous Line object.
    const typedText = plan.applied([{ range: { start: { line: 9, character: 4 }, end: { line: 9, character: 4 } }, text: '的' }]);
    const typed = analyze(typedText, config, first.handover);
    typed.doc.source.lines.forEach((l, i) => assert.strictEqual(l === was[i], i !== 9, `line ${i}`));
    assert.deepStrictEqual(typed.doc.source.changedLines, { from: 9, to: 10 });
    // A line inserted above line 9: the lines below it moved, and keep their records.
    const text = typed.doc.source;
    const inserted = analyze(typedText.applied([{ range: { start: { line: 9, character: 0 }, end: { line: 9, character: 0 } }, text: '新的一行\n' }]), config, typed.handover);
    const now = inserted.doc.source.lines;
    for (let i = 0; i < 9; i++) assert.strictEqual(now[i], text.lines[i]);
    for (let i = 10; i < now.length; i++) {
      assert.notStrictEqual(now[i], text.lines[i - 1]);
      assert.strictEqual(now[i].record, text.lines[i - 1].record);
    }
    assert.deepStrictEqual(modelOf(inserted), cold(inserted.doc.source.text));
  });

  /** `before` kept as lines and analysed, then `change` applied and analysed with the handover: the model of a cold analysis. */
  const agreesAfter = (before: string, change: { line: number; from: number; to?: number; toLine?: number; text: string }) => {
    const config = defaultConfig();
    let lines = LineText.of(before);
    const first = analyze(lines, config);
    lines = lines.applied([{ range: { start: { line: change.line, character: change.from }, end: { line: change.toLine ?? change.line, character: change.to ?? change.from } }, text: change.text }]);
    const next = analyze(lines, config, first.handover);
    assert.deepStrictEqual(modelOf(next), cold(lines.text));
    return next;
  };

  it('a line added or removed between two label lines: the rules that read them as one task run again', () => {
    // `牵头单位：` | `配合单位：` one under another are one task's annotation (GW204 notes the lead
    // listed again); with an empty line between them they are two.
    const text = ['一、重点任务', '（一）推进项目建设。', '牵头单位：县发展改革局', '配合单位：县发展改革局'].join('\n');
    const parted = agreesAfter(text, { line: 2, from: 11, text: '\n' });
    assert.deepStrictEqual(parted.findings.filter((f) => f.rule === 'GW204'), []);
    const joined = agreesAfter(text.replace('县发展改革局\n', '县发展改革局\n\n'), { line: 3, from: 0, toLine: 4, to: 0, text: '' });
    assert.strictEqual(joined.findings.filter((f) => f.rule === 'GW204').length, 1);
  });

  it('a table of one cell a line whose header has no row read yet: an edit below it that makes one is read as its row', () => {
    // With `局` as a fifth cell the lines under the header are no row; with it deleted they are
    // the row of task 1, whose units are missing (GW201).
    const text = ['序号', '工作任务', '牵头单位', '配合单位', '时限', '1', '甲', '', '财', '局'].join('\n');
    const read = agreesAfter(text, { line: 9, from: 0, to: 1, text: '' });
    assert.deepStrictEqual(read.findings.map((f) => [f.rule, f.range.start.line]), [['GW201', 5]]);
  });

  it('a line whose number is read as a chapter, then as a `2.` that lost its dot: its title is read after the marker as it is now', () => {
    // `2 工作要求` is a decimal document's chapter while `2.1` follows (marker `2`, a space after
    // it), and a `2.` without its dot once that line is gone (marker `2 `, no space after it).
    const text = ['1.总则', '2 工作要求', '2.1加强领导'].join('\n');
    const after = agreesAfter(text, { line: 2, from: 0, text: '：' });
    assert.strictEqual(after.doc.headings[1].markerGap, 0);
    agreesAfter(text.replace('2.1加强领导', '：2.1加强领导'), { line: 2, from: 0, to: 1, text: '' });
  });
});
