/**
 * Sections taken over whole (structure.ts Section, tasks.ts keptTasks): after an edit, the
 * top-level headings whose lines the edit left alone are the previous version's objects, with
 * their subtrees and tasks, and the model is still exactly that of a cold analysis, whatever
 * the edit did to the lines around them (frame lines, parts, 附件, attachment lists, weak
 * markers, label lines, table rows, declared defaults, near misses).
 */
import * as assert from 'assert';
import fc from 'fast-check';
import { analyze, AnalysisResult, defaultConfig, parse } from '../../server/src/analysis';
import { tasksNeedingUnits } from '../../server/src/analysis/tasks';
import { coldModel as cold, modelOf } from './model-of';

const PLAN = [
  '某某委员会文件',
  '某委发〔2025〕7号',
  '关于印发《某某行动方案》的通知',
  '委属各单位：',
  '现将《某某行动方案》印发给你们，请结合实际抓好落实。',
  '某某委员会',
  '2025年5月8日',
  '某某行动方案',
  '一、总体要求',
  '（一）指导思想。坚持问题导向。',
  '二、重点任务',
  '（一）加强组织领导。（党委办公室、纪委）',
  '1.开展专项检查。(纪委,党委组织部)',
  '2.建立台账。',
  '（二）完善制度建设。（党委组织部、宣传部）',
  '三、保障措施',
  '（一）加强宣传。（宣传部、党委组织部）',
  '（二）强化考核。（党委组织部、纪委）',
  '四、监督检查',
  '（一）开展检查。（纪委、党委办公室）',
  '（二）通报结果。（党委办公室配合）',
].join('\n');

/** Arabic numbers at the top (工作要点), a cover with a parenthesised marker, a title-like line inside a section. */
const POINTS = [
  '关于印发《某某工作要点》的通知',
  '各单位：',
  '（一）请认真贯彻落实。',
  '某某办公室',
  '2025年3月5日',
  '某某工作要点',
  '1.加强组织领导。（党委办公室、纪委）',
  '（1）细项一。',
  '（2）细项二。',
  '2.完善制度建设。（党委组织部、宣传部）',
  '某某实施细则',
  '3.强化考核。（党委组织部、纪委）',
  '4.开展检查。（纪委配合）',
].join('\n');

/** Lines an edit may put anywhere: each of them changes how the scan reads the lines around it. */
const TRICKY = [
  '',
  '　　坚持问题导向，狠抓工作落实。',
  '五、新增部分',
  '（三）新增任务。（党委办公室、纪委）',
  '3.具体任务。（宣传部、党委办公室）',
  '（1）细项。',
  '11.121人才引进工作。',
  '4.5万元专项资金已落实。',
  '4.10个工作日内完成自查。',
  '1 总则',
  '1.1 编制目的',
  '5.落实经费保障。（财务处）',
  '附件',
  '参会回执',
  '附件：1. 任务分工表',
  '附件：',
  '2. 责任清单',
  '某某实施细则',
  '某某办公室',
  '2025年4月1日',
  '（此件公开发布）',
  '牵头单位：党委办公室',
  '配合单位：纪委',
  '完成时限：2025年底前',
  '序号 | 主要任务 | 牵头单位 | 配合单位',
  '1 | 完善制度 | 党委办公室 | 纪委',
  '（三）落实责任。（规划部指导，各试点单位负责落实。以下均需各试点单位落实，不再列出）',
  '（三）强化保障。（党委组织布）',
  '一、总体要求',
  '四、保障措施',
  '二、重点任务',
  '第二部分　社会事业',
  '目　录',
  '1.加强组织领导……1',
  '扣分项：',
  '1.扣分事项。',
  // A marker alone on its line, heading the next; a miswritten sibling in mid-list (`（一）` `2.`
  // `（三）`); deadlines in other forms; a dotted dated title; a unit-name slip; amended words; 议题N：.
  '一、',
  '总体要求',
  '（二）',
  '2.',
  '3.8月底前完成整改。（财务科负责）',
  '1.2025.9.30前完成验收。（市财正局、市教育局）',
  '（二）即日起至2025年12月31日开展检查。（纪委）',
  '议题1：审议《实施办法》',
  '将“党委组织部”修改为“组织部”。',
];

/** An edit to whole lines: replace one, insert one, or delete one. */
const lineEdit = fc.tuple(fc.constantFrom('replace', 'insert', 'delete'), fc.nat(), fc.nat(TRICKY.length - 1));

/** A line of `text` replaced by, or a line inserted from, `pieces` (TRICKY unless given), or a line deleted. */
function applyLineEdit(text: string, [kind, at, which]: [string, number, number], pieces: readonly string[] = TRICKY): string {
  const lines = text.split('\n');
  const i = at % (lines.length + (kind === 'insert' ? 1 : 0));
  if (kind === 'replace') lines[i] = pieces[which];
  else if (kind === 'insert') lines.splice(i, 0, pieces[which]);
  else if (lines.length > 1) lines.splice(i, 1);
  return lines.join('\n');
}

/** A keystroke inside one line (no line added or removed). */
function typeInto(text: string, line: number, s: string): string {
  const lines = text.split('\n');
  lines[line] = lines[line] + s;
  return lines.join('\n');
}

/**
 * Random line edits of `start` (each line replaced by, or a line inserted from, `lines`, or a
 * line deleted), each followed by a keystroke somewhere: every incremental analysis agrees with a
 * cold one of the same text.
 */
function lineEditsAgree(start: string, lines: readonly string[]): void {
  const edit = fc.tuple(fc.constantFrom('replace', 'insert', 'delete'), fc.nat(), fc.nat(lines.length - 1));
  fc.assert(
    fc.property(fc.array(edit, { minLength: 1, maxLength: 10 }), fc.array(fc.nat(), { minLength: 1, maxLength: 10 }), (edits, typed) => {
      const config = defaultConfig();
      let text = start;
      let result = analyze(text, config);
      edits.forEach((e, k) => {
        text = applyLineEdit(text, e, lines);
        result = analyze(text, config, result.handover);
        assert.deepStrictEqual(modelOf(result), cold(text));
        const n = text.split('\n').length;
        text = typeInto(text, typed[k % typed.length] % n, '的');
        result = analyze(text, config, result.handover);
        assert.deepStrictEqual(modelOf(result), cold(text));
      });
    }),
    { numRuns: 250 },
  );
}

describe('sections taken over from the previous version', () => {
  it('a section taken over lists its headings where the previous version did (copied in one go): after an edit above, between and below', () => {
    const config = defaultConfig();
    const text = ['某某工作方案', '一、总体要求', '（一）指导思想。', '1.坚持统筹。（办公室）', '2.坚持协同。（财务处）', '（二）工作目标。（办公室）', '二、重点任务', '（一）完善制度。（人事处）', '（二）强化考核。（办公室）', '1.细化指标。（财务处）', '三、保障措施', '（一）加强领导。（办公室）', '（二）强化督导。（督查室）', '1.定期通报。（督查室）', ''].join('\n');
    const first = analyze(text, config);
    // An edit in 二、: 一、 and 三、 are taken over, their headings the same objects in the same places.
    const taken = analyze(typeInto(text, 7, '全面'), config, first.handover);
    assert.strictEqual(taken.doc.headings.map((h, k) => (h === first.doc.headings[k] ? 1 : 0)).join(''), '1111100001111');
    for (const [line, word] of [[7, '全面'], [1, '的'], [12, '的'], [2, '的']] as const) {
      const edited = typeInto(text, line, word);
      const r = analyze(edited, config, first.handover);
      assert.deepStrictEqual(modelOf(r), cold(edited, config), `${line}`);
      assert.deepStrictEqual(r.doc.headings.map((h) => h.line), cold(edited, config).headings.map((h: { line: number }) => h.line));
    }
  });

  it('a section whose headings held no list of unit headings under one configuration is read again under another', () => {
    const text = ['某某工作职责分工', '一、职责分工', '（一）市委宣传部', '1.负责宣传报道。', '2.负责舆论引导。', '（二）市文明办', '1.负责日常调度。', '2.负责督导检查。', '二、工作要求', '（一）加强领导。（市文明办）', ''].join('\n');
    const collective = { ...defaultConfig(), collectives: ['市委宣传部', '市文明办'] };
    const first = analyze(text, collective);
    assert.strictEqual(first.doc.tasks.filter((t) => t.line < 8).length, 0);
    const config = defaultConfig();
    const edited = text.replace('（一）加强领导。', '（一）加强组织领导。');
    const r = analyze(edited, config, first.handover);
    assert.deepStrictEqual(modelOf(r), cold(edited, config));
    assert.strictEqual(r.doc.tasks.filter((t) => t.line < 8).length, 4);
    // And back: the list is gone again.
    const back = analyze(text, collective, r.handover);
    assert.deepStrictEqual(modelOf(back), cold(text, collective));
  });

  it('an edit inside one section leaves every other section, its headings and its tasks as they were', () => {
    const config = defaultConfig();
    const first = analyze(PLAN, config);
    const line = PLAN.split('\n').indexOf('（一）加强宣传。（宣传部、党委组织部）');
    const typed = analyze(typeInto(PLAN, line, '的'), config, first.handover);
    assert.deepStrictEqual(modelOf(typed), cold(typeInto(PLAN, line, '的')));
    // The previous model is taken, not held on to: the handover no longer refers to it, and a
    // second analysis given the same handover builds everything (and finds the same).
    assert.strictEqual(first.handover.model, undefined);
    assert.deepStrictEqual(modelOf(analyze(typeInto(PLAN, line, '的'), config, first.handover)), modelOf(typed));
    const tops = (r: AnalysisResult) => r.doc.parts.flatMap((p) => p.headings);
    const [a, b] = [tops(first), tops(typed)];
    assert.deepStrictEqual(
      a.map((h, i) => h === b[i]),
      [true, true, false, true],
      'only 三、 (the edited section) is built again',
    );
    // Its subtree is new; the others' subtrees and tasks are the previous objects.
    const inSection = (r: AnalysisResult, top: number) => r.doc.tasks.filter((t) => t.line >= tops(r)[top].line && t.line <= tops(r)[top].endLine);
    assert.ok(inSection(typed, 1).every((t, i) => t === inSection(first, 1)[i]) && inSection(typed, 1).length === 3);
    assert.ok(inSection(typed, 2).every((t, i) => t !== inSection(first, 2)[i]));
    const after = typed.doc.headings.filter((h) => h.line > tops(typed)[2].endLine);
    assert.ok(after.length === 3 && after.every((h) => first.doc.headings.includes(h)));
  });

  it('a section taken over keeps GW201\'s verdict only while no unit heading\'s task comes or goes on its lines', () => {
    // 三、 becoming a unit's name makes 一、 and 三、 a list of unit headings: 一、's 3. is then
    // 市委宣传部's, a task added in a section whose tasks were kept, and GW201 no longer asks it.
    const config = defaultConfig();
    const list = ['某某工作职责分工', '一、市委宣传部', '1.负责宣传报道。（市文明办）', '2.负责舆论引导。（市文联）', '3.负责网络评论。', '二、工作要求', '（一）加强领导。（市文明办）', '（二）强化督导。（市委办）', '三、市文明办', ''].join('\n');
    const none = list.replace('三、市文明办', '三、市文明办的工作');
    const asked = (r: AnalysisResult) => r.findings.filter((f) => f.rule === 'GW201').map((f) => f.range.start.line);
    let r = analyze(none, config);
    assert.deepStrictEqual(asked(r), [4]);
    for (const [text, lines] of [[list, []], [none, [4]], [list, []]] as const) {
      const before = r;
      r = analyze(text, config, before.handover);
      assert.strictEqual(r.doc.parts[0].headings[0], before.doc.parts[0].headings[0], '一、 is taken over');
      assert.deepStrictEqual(asked(r), lines);
      assert.deepStrictEqual(modelOf(r), cold(text, config));
    }
  });

  it('what a subtree kept for GW201 of the items whose sentence names their units is read again under another configuration', () => {
    // `张三李四要加强统筹` names units only where 张三李四 is registered as one.
    const config = defaultConfig();
    const registered = { ...config, units: [...config.units, '张三李四'] };
    const text = ['某某工作方案', '一、重点任务', '（一）推进甲项工作。（市教育局）', '（二）推进乙项工作。（市财政局）', '（三）推进丙项工作。张三李四要加强统筹。', '（四）推进丁项工作。（市民政局）', ''].join('\n');
    // Below the top level (kept per subtree), and at the top level (kept per top-level heading).
    const top = ['某某工作方案', '一、推进甲项工作。（市教育局）', '二、推进乙项工作。（市财政局）', '三、推进丙项工作。张三李四要加强统筹。', '四、推进丁项工作。（市民政局）', ''].join('\n');
    for (const [t, line] of [[text, 4], [top, 3]] as const) {
      const doc = parse(t, config);
      const lines = (c: typeof config) => tasksNeedingUnits(doc, c).map((h) => h.line);
      assert.deepStrictEqual([lines(config), lines(registered), lines(config)], [[line], [], [line]]);
    }
  });

  it('annotations left out or kept by a line outside every section (会议议定：) make the sections\' tasks again', () => {
    // Assignments said inside a top-level item's sentence are tasks under a line introducing
    // decisions; without it they are none. The sections' lines are unchanged, their annotations the same objects.
    const config = defaultConfig();
    const decisions = ['某某专题会议纪要', '会议议定：', '一、原则同意某某方案，由市住建局牵头，市财政局配合，抓紧组织实施。', '二、原则同意某某计划，由市教育局牵头，市人社局配合，抓紧推进。', '三、原则同意某某办法，由市民政局牵头，市财政局配合，抓紧落实。', ''].join('\n');
    const plain = decisions.replace('会议议定：', '会议议定如下。');
    let r = analyze(decisions, config);
    assert.strictEqual(r.doc.tasks.length, 3);
    for (const [text, count] of [[plain, 0], [decisions, 3], [plain, 0]] as const) {
      const before = r;
      r = analyze(text, config, before.handover);
      assert.strictEqual(r.doc.parts[0].headings[1], before.doc.parts[0].headings[1], '二、 is taken over');
      assert.strictEqual(r.doc.tasks.length, count);
      assert.deepStrictEqual(modelOf(r), cold(text, config));
    }
  });

  it('a heading added or removed above: later sections are the same objects at their new places, tasks included', () => {
    const config = defaultConfig();
    const first = analyze(PLAN, config);
    // 二、1. loses its marker (a keystroke inside it): one heading fewer before 三、 and 四、.
    const broken = PLAN.replace('1.开展专项检查', '1的.开展专项检查');
    const r = analyze(broken, config, first.handover);
    assert.deepStrictEqual(modelOf(r), cold(broken));
    const later = (x: AnalysisResult) => x.doc.headings.filter((h) => h.line >= PLAN.split('\n').indexOf('三、保障措施'));
    assert.deepStrictEqual(
      later(r).map((h) => r.doc.headings.indexOf(h)),
      later(first).map((h) => first.doc.headings.indexOf(h) - 1),
    );
    assert.ok(later(r).length === 6 && later(r).every((h, i) => h === later(first)[i]), 'the previous Heading objects');
    const laterTasks = (x: AnalysisResult) => x.doc.tasks.filter((t) => t.line >= later(x)[0].line);
    assert.ok(laterTasks(r).length > 0 && laterTasks(r).every((t, i) => t === laterTasks(first)[i]), 'and the previous tasks');
    // And back: the marker restored.
    const back = analyze(PLAN, config, r.handover);
    assert.deepStrictEqual(modelOf(back), cold(PLAN));
    assert.ok(later(back).every((h, i) => h === later(first)[i]));
  });

  it('a part added or removed above: later sections are copies in their new part, their tasks built again', () => {
    const config = defaultConfig();
    const first = analyze(PLAN, config);
    assert.strictEqual(first.doc.parts.length, 2);
    // No date under the 落款: no cover notice ends there, and the plan's sections move to part 0.
    const merged = PLAN.replace('2025年5月8日', '2025年5月8日的');
    const r = analyze(merged, config, first.handover);
    assert.strictEqual(r.doc.parts.length, 1);
    assert.deepStrictEqual(modelOf(r), cold(merged));
    assert.ok(r.doc.headings.length === first.doc.headings.length && r.doc.headings.every((h, i) => h !== first.doc.headings[i] && h.marker === first.doc.headings[i].marker && h.part === 0));
    assert.ok(r.doc.tasks.every((t) => !first.doc.tasks.includes(t)));
    // And back.
    const back = analyze(PLAN, config, r.handover);
    assert.deepStrictEqual(modelOf(back), cold(PLAN));
  });

  it('a section is built again when the line that closed it changes, or the text ends elsewhere', () => {
    const config = defaultConfig();
    const first = analyze(PLAN, config);
    const lines = PLAN.split('\n');
    // 三、 no longer closes 二、: both blocks change.
    const merged = lines.map((l) => (l === '三、保障措施' ? '保障措施' : l)).join('\n');
    const r = analyze(merged, config, first.handover);
    assert.deepStrictEqual(modelOf(r), cold(merged));
    const two = r.doc.headings.find((h) => h.title === '重点任务')!;
    assert.notStrictEqual(two, first.doc.headings.find((h) => h.title === '重点任务'));
    // A line appended after the last section.
    const longer = PLAN + '\n（三）补充任务。（纪委、党委办公室）';
    assert.deepStrictEqual(modelOf(analyze(longer, config, first.handover)), cold(longer));
  });

  it('declared defaults reach across sections: tasks are all built again when one is declared or withdrawn', () => {
    const config = defaultConfig();
    const first = analyze(PLAN, config);
    // 四、（二） names only a co-operating unit; a default declared in 二、 makes its unit lead there.
    const declared = PLAN.replace('2.建立台账。', '2.建立台账。（规划部指导，各试点单位负责落实。以下均需各试点单位落实，不再列出）');
    const before = modelOf(first);
    const withDefault = analyze(declared, config, first.handover);
    assert.deepStrictEqual(modelOf(withDefault), cold(declared));
    assert.deepStrictEqual(modelOf(first), before, 'the previous version’s tasks are not changed');
    assert.deepStrictEqual(withDefault.doc.tasks[withDefault.doc.tasks.length - 1].lead, ['各试点单位']);
    const withdrawn = analyze(PLAN, config, withDefault.handover);
    assert.deepStrictEqual(modelOf(withdrawn), cold(PLAN));
    assert.deepStrictEqual(withdrawn.doc.tasks[withdrawn.doc.tasks.length - 1].lead, []);
  });

  it('an annotation found through a near miss comes and goes with the name it nearly matches, elsewhere', () => {
    const config = defaultConfig();
    const text = ['一、重点任务', '（一）加强领导。（党委组织部、纪委）', '（二）完善制度。（纪委）', '二、保障措施', '（一）强化保障。（党委组织布）', '（二）开展检查。（纪委）'].join('\n');
    const first = analyze(text, config);
    assert.ok(first.doc.annotations.some((a) => a.inner === '党委组织布'));
    // Only 一、 changes; 二、's lines do not, but its near-miss annotation is gone.
    const renamed = text.replace('党委组织部、纪委', '宣传部、纪委');
    const r = analyze(renamed, config, first.handover);
    assert.deepStrictEqual(modelOf(r), cold(renamed));
    assert.ok(!r.doc.annotations.some((a) => a.inner === '党委组织布'));
  });

  it('under another configuration, sections keep their headings but their tasks are built again', () => {
    const first = analyze(PLAN, defaultConfig());
    const other = { ...defaultConfig(), collectives: ['纪委'] };
    const r = analyze(PLAN, other, first.handover);
    assert.deepStrictEqual(modelOf(r), cold(PLAN, other));
    assert.ok(r.doc.annotations.some((a) => a.units.some((u) => u.collective)));
  });

  it('a title-like line inside a section starts an attached document once a 一、 comes before it', () => {
    const config = defaultConfig();
    const text = POINTS.replace('3.强化考核。（党委组织部、纪委）', '一、强化考核。（党委组织部、纪委）');
    const first = analyze(text, config);
    const edited = text.replace('（一）请认真贯彻落实。', '一、请认真贯彻落实。');
    const r = analyze(edited, config, first.handover);
    assert.deepStrictEqual(modelOf(r), cold(edited));
    assert.strictEqual(r.doc.parts.length, first.doc.parts.length + 1);
  });

  it('what the scan reads of each line is taken from the previous version outside the edit: an 附件说明 list below it', () => {
    const config = defaultConfig();
    const text = [PLAN, '附件：1. 任务分工表', '2. 责任清单', '3. 联系人名单'].join('\n');
    const first = analyze(text, config);
    assert.ok(!first.doc.headings.some((h) => h.title === '责任清单'), 'the list items are not headings');
    const typed = analyze(typeInto(text, 8, '的'), config, first.handover);
    assert.deepStrictEqual(modelOf(typed), cold(typeInto(text, 8, '的')));
    const again = analyze(typeInto(typeInto(text, 8, '的'), 12, '的'), config, typed.handover);
    assert.deepStrictEqual(modelOf(again), cold(typeInto(typeInto(text, 8, '的'), 12, '的')));
  });

  it('a weak marker that closed a section counts only after the headings it follows', () => {
    const config = defaultConfig();
    const text = ['某某工作要点', '1.加强领导。（办公室）', '2.完善制度。（财务处）', '3.强化考核。（办公室）', '4.10个工作日内完成自查。', '（1）细项。'].join('\n');
    const first = analyze(text, config);
    assert.deepStrictEqual(first.doc.headings.map((h) => h.marker.text), ['1.', '2.', '3.', '4.', '（1）']);
    // An edit in 1.: 3. still closes at the weak 4., which counts because it follows 3.
    const typed = text.replace('1.加强领导。', '1.加强组织领导。');
    const r = analyze(typed, config, first.handover);
    assert.deepStrictEqual(modelOf(r), cold(typed));
    assert.strictEqual(r.doc.headings[1], first.doc.headings[1], '2. is taken over');
    // 3. is no longer a heading: 4.10个 no longer follows 3., so it is body text of 2.
    const edited = typed.replace('3.强化考核', '三项考核');
    assert.deepStrictEqual(modelOf(analyze(edited, config, r.handover)), cold(edited));
  });

  it('a （三） that closed a section after 1. 2. is read again when a line after it changes whether it is the 3. they continue', () => {
    const config = defaultConfig();
    const text = ['某某工作要点', '（一）加强领导。', '1.完善机制。（办公室）', '2.健全制度。（财务处）', '（三）落实责任。（办公室）', '3.强化考核。（纪委）', '4.开展检查。（纪委）'].join('\n');
    const first = analyze(text, config);
    assert.strictEqual(first.doc.headings.find((h) => h.line === 4)!.marker.kind, 'parenCn', 'items of its own follow: a （三）');
    // Without the 3. after it, the （三） is the 3. that 1. 2. go on to (4. follows): the （一） section no longer ends there.
    const edited = text.replace('3.强化考核。（纪委）', '');
    const r = analyze(edited, config, first.handover);
    assert.strictEqual(r.doc.headings.find((h) => h.line === 4)!.marker.kind, 'arabic');
    assert.deepStrictEqual(modelOf(r), cold(edited));
  });

  it('random line edits (frame lines, parts, 附件, lists, weak markers, labels, table rows, defaults) agree with cold analyses', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.array(lineEdit, { minLength: 1, maxLength: 10 }), fc.array(fc.nat(), { minLength: 1, maxLength: 10 }), (points, edits, typed) => {
        const config = defaultConfig();
        let text = points ? POINTS : PLAN;
        let result = analyze(text, config);
        edits.forEach((edit, k) => {
          text = applyLineEdit(text, edit);
          result = analyze(text, config, result.handover);
          assert.deepStrictEqual(modelOf(result), cold(text));
          // A task's annotations are this version's objects, as the document lists them.
          const listed = new Set(result.doc.annotations);
          assert.ok(result.doc.tasks.every((t) => t.annotations.every((a) => listed.has(a))));
          // Then a keystroke somewhere, which most sections survive.
          const n = text.split('\n').length;
          text = typeInto(text, typed[k % typed.length] % n, '的');
          result = analyze(text, config, result.handover);
          assert.deepStrictEqual(modelOf(result), cold(text));
        });
      }),
      { numRuns: 250 },
    );
  });

  it('findings carried over a line break stay on the heading that moved, though an equal line now sits where it was', () => {
    const config = defaultConfig();
    // The second `3．` is the heading; a header line typed above the first one ends the table row,
    // so the first becomes the heading and the second (moved one line down) is a row.
    const before = ['一、重点任务', '序号\t重点任务\t具体措施\t牵头单位\t责任单位', '1\t健全制度\t1．落实负责制', '2．配齐安全员', '3．建立机制\t党委办公室\t纪委', '3．建立机制\t党委办公室\t纪委', '二、保障措施'].join('\n');
    const after = before.replace('2．配齐安全员\n', '2．配齐安全员\n序号\t重点任务\t牵头单位\n');
    const first = analyze(before, config);
    const r = analyze(after, config, first.handover);
    assert.deepStrictEqual(modelOf(r), cold(after));
  });

  it('random line edits around a table whose cells hold paragraphs (lines that are no headings) agree with cold analyses', () => {
    const table = [
      '某某行动方案',
      '一、重点任务',
      '（一）加强组织领导。（党委办公室、纪委）',
      '序号\t重点任务\t具体措施\t牵头单位\t责任单位',
      '1\t健全制度\t1．落实负责制',
      '2．配齐安全员',
      '3．建立机制\t党委办公室\t纪委',
      '二、保障措施',
      '（一）加强宣传。（宣传部、党委组织部）',
      '1.开展专项检查。(纪委,党委组织部)',
      '2.建立台账。',
      '三、监督检查',
      '（一）开展检查。（纪委、党委办公室）',
    ].join('\n');
    const lines = [
      '',
      '序号\t重点任务\t具体措施\t牵头单位\t责任单位',
      '序号\t重点任务\t牵头单位',
      '1\t健全制度\t1．落实负责制',
      '2\t完善台账\t（一）建立台账',
      '2．配齐安全员',
      '二、保障措施',
      '（二）强化考核。（党委组织部、纪委）',
      '3．建立机制\t党委办公室\t纪委',
      '三、监督检查\t宣传部\t纪委',
      '（二）通报结果。\t宣传部\t纪委',
      '2\t加强培训\t组织培训\t党委组织部\t纪委',
      // A row whose trailing empty cells were dropped: the table goes on (annotations.ts shortRowKept, structure.ts rowLines).
      '3\t加强宣传',
      '4\t开展督查\t1．制定方案',
    ];
    lineEditsAgree(table, lines);
  });
  it('random line edits around a statistics table (numbered rows with figures, tabbed or one cell a line) agree with cold analyses', () => {
    const report = ['某局年度报告', '一、总体情况', '全年收到申请37件。', '二、收到和处理申请情况', '申请人情况\t自然人\t总计', '一、本年新收\t33\t37', '二、上年结转\t1\t1', '三、本年度办理结果', '（一）予以公开\t18\t20', '（二）不予公开\t1.国家秘密\t0\t0', '三、存在的问题', '（一）形式单一', '（二）更新不及时', '一、本年新收', '33', '37', '三、办理结果', '（一）予以公开', '18', '20', '四、其他事项', '无。'].join('\n');
    const lines = ['', '33', '0', '—', '12.5%', '一、本年新收\t33\t37', '（一）予以公开', '三、本年度办理结果', '二、上年结转\t1\t1', '（三）总计\t33\t37', '四、结转下年度\t1\t1', '2.保护第三方\t1\t1', '五、其他需要报告的事项', '正文。'];
    lineEditsAgree(report, lines);
  });
  it('random line edits of a report (its title, sections telling what was done and what is next) agree with cold analyses', () => {
    // Its title decides which sections hold tasks (titles.ts reportMode): a section taken over keeps
    // its tasks only while the title says the same.
    const report = [
      '某县水利局2025年工作总结',
      '一、主要工作及成效',
      '（一）供水保障取得成效。普及率达到96.5%（县水利局、县交通运输局）。',
      '（二）河湖长制深入推进。清理垃圾1.2万吨（县教育局配合）。',
      '（三）项目建设加快推进。',
      '二、2026年工作打算',
      '（一）推进城乡供水一体化。（县水利局牵头，县财政局配合）',
      '（二）强化河湖管理保护。（县河长办配合）',
      '（三）加快项目建设。',
    ].join('\n');
    const lines = [
      '',
      '某县水利局2025年工作总结',
      '某县水利局2026年工作要点',
      '某县水利局2025年工作总结和2026年工作打算',
      '一、主要工作及成效',
      '二、存在的问题',
      '三、2026年工作打算',
      '（三）下一步打算',
      '（二）新建工程46处（县财政局配合）。',
      '（四）推进甲项工作。（县财政局牵头，县教育局配合）',
      '（四）推进乙项工作。',
      // A 要点's or 方案's review of the past year (titles.ts reviewMode): by its top-level sections' titles.
      '一、2025年工作回顾',
      '一、过去一年的主要工作',
      '二、2025年工作完成情况',
      '某县水利局2025—2026年行动方案',
    ];
    lineEditsAgree(report, lines);
  });
  it('random line edits around a note\'s list begun on its label\'s line (注：1.…, 2.…) agree with cold analyses', () => {
    const report = ['某县统计公报', '1.综合', '全年增长5.8%。', '注：1.初步统计数。', '2.按可比价格计算。', '3.四舍五入。', '2.农业', '粮食增产。', '3.人民生活', '收入增长。'].join('\n');
    const lines = ['', '注：1.初步统计数。', '说明：1.甲。', '2.按可比价格计算。', '3.四舍五入。', '4.工业', '一、总体情况', '正文。'];
    lineEditsAgree(report, lines);
  });
  it('random line edits around a notice\'s closing lines (附件说明, 落款, date, 附注, 版记: out of the last block) agree with cold analyses', () => {
    const notice = ['关于做好某某工作的通知', '各科室：', '一、提高认识', '要充分认识。', '二、加强领导', '（一）健全机构。（办公室牵头）', '（二）压实责任。', '', '附件：1.任务清单', '2.联系人名单', '某某局', '2025年4月8日', '（此件公开发布）', '————————', '抄送：市委办公室。', '某某局办公室　2025年4月8日印发'].join('\n');
    const lines = ['', '正文。', '三、严格考核', '（三）加强督查。', '某某局', '2025年4月8日', '（此件公开发布）', '————————', '抄送：市委办公室。', '附件：1.任务清单', '附件', '某某实施方案', '一、总体要求'];
    lineEditsAgree(notice, lines);
  });
  it('a section taken over keeps its enumerations (the same objects); a series led by top-level titles across sections is found again', () => {
    const config = defaultConfig();
    const text = [
      '某某方案',
      '一、一要提高站位。坚持问题导向。',
      '二、二要压实责任。一是明确分工；二是建立台账。',
      '三、加强保障',
      '（一）完善机制。首先，健全制度；其次，强化考核；最后，通报结果。',
      '会议提出：“一是抓落实，二是抓整改。”',
      '四、强化监督',
      '第一，开展检查；第二，通报问题。',
    ].join('\n');
    const first = analyze(text, config);
    const typed = text.replace('通报问题', '通报问题的');
    const r = analyze(typed, config, first.handover);
    assert.deepStrictEqual(modelOf(r), cold(typed));
    // 三、's series (首先…最后, the quotation's) are the previous objects; 四、's, edited, are new.
    const inThree = (x: AnalysisResult) => x.doc.enumerations.filter((e) => e.startLine >= 3 && e.startLine < 6);
    assert.strictEqual(inThree(r).length, 2);
    inThree(r).forEach((e, k) => assert.strictEqual(e, inThree(first)[k]));
    assert.notStrictEqual(r.doc.enumerations.find((e) => e.startLine === 7), first.doc.enumerations.find((e) => e.startLine === 7));
    // 一要 / 二要 lead 一、 and 二、: one series across both sections, which are read again.
    const led = (x: AnalysisResult) => x.doc.enumerations.find((e) => e.kind === 'yao')!;
    assert.deepStrictEqual(led(r).items.map((i) => i.text), ['一要', '二要']);
    const third = typed.replace('三、加强保障', '三、三要加强保障');
    const r2 = analyze(third, config, r.handover);
    assert.deepStrictEqual(modelOf(r2), cold(third));
    assert.deepStrictEqual(led(r2).items.map((i) => i.text), ['一要', '二要', '三要']);
  });
  it('random line edits around enumerations (series led by headings\' titles, quotations, 首先…最后) agree with cold analyses', () => {
    const text = ['某某方案', '一、一要提高站位', '（一）统一思想。一是学习；二是宣传。', '二、二要压实责任', '会议提出：“一是抓落实，', '二是抓整改。”', '三、加强保障', '首先，健全制度；其次，强化考核。', '四、强化监督', '第一，开展检查；第二，通报问题。'].join('\n');
    const lines = ['', '三、三要加强保障', '五、五要从严', '（二）二要统一', '一是学习；二是宣传。', '“一是抓落实，', '二是抓整改。”', '最后，通报结果。', '第三，整改落实。', '四、强化监督'];
    lineEditsAgree(text, lines);
  });
  it('random line edits around a web article\'s 01 sections (a title alone on the next line, 10 after 09) agree with cold analyses', () => {
    const article = ['某某行动方案', '01', '', '产业富民行动', '▲做强特色产业。（区农业农村局牵头）', '02', '就业增收行动', '1.开展技能培训。（区人力社保局负责）', '/ 09 /', '保障措施', '10｜强化考核', '■纳入考核。（区考核办负责）'].join('\n');
    const lines = ['', '01', '03', '/ 03 /', '10', '11｜监督检查', '产业富民行动', '区农业农村局', '就业增收，稳步推进。', '2.完善台账。（区统计局）', '一、总体要求'];
    lineEditsAgree(article, lines);
  });
});
