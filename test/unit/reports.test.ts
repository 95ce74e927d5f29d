/**
 * A report (工作总结, 工作情况汇报, 述职报告, 年度报告) tells what was done: the units in brackets
 * after its achievements (`……普及率达到96.5%（县水利局、县交通运输局）`, `（县教育局配合）`) did the
 * work, they are given none. Its sections on what is next (`三、2026年工作打算`) set tasks as a plan
 * does (titles.ts reportMode, reportingHeading).
 */
import * as assert from 'assert';
import { analyze, defaultConfig, Finding } from '../../server/src/analysis';
import { buildLedger } from '../../server/src/analysis/ledger';
import { Part } from '../../server/src/analysis/model';
import { reportMode } from '../../server/src/analysis/titles';

const lines = (...l: string[]) => l.join('\n') + '\n';

/** The achievements of a summary, with units in brackets: three with them, one without. */
const ACHIEVEMENTS = [
  '一、主要工作及成效',
  '（一）农村供水保障取得明显成效。全年新建改造农村供水工程46处，农村自来水普及率达到96.5%（县水利局、县交通运输局）。',
  '（二）河湖长制深入推进。清理河道垃圾1.2万吨（县教育局配合）。',
  '（三）水旱灾害防御有力有效。成功应对强降雨过程（县应急管理局、县气象局）。',
  '（四）水利项目建设加快推进。完成水利投资5.6亿元，同比增长18.3%。',
  '二、存在的问题',
  '（一）管护机制不够健全（县财政局配合）。',
  '（二）投入渠道单一。',
];

/** What a summary plans: annotated tasks, one co-operator alone, one without units. */
const PLANS = [
  '三、2026年工作打算',
  '（一）推进城乡供水一体化。（县水利局牵头，县财政局配合）',
  '（二）强化河湖管理保护。（县河长办牵头，县自然资源局配合）',
  '（三）提升水旱灾害防御能力。（县应急管理局配合）',
  '（四）加快水利项目建设。',
];

const SUMMARY = lines('青溪县水利局2025年工作总结', '2025年，县水利局全面完成了年度各项目标任务。现将有关情况总结如下：', ...ACHIEVEMENTS, ...PLANS, '青溪县水利局', '2025年12月20日');

function run(text: string) {
  const { doc, findings } = analyze(text, defaultConfig());
  const units = (rule: string) => findings.filter((f: Finding) => f.rule === rule).map((f) => doc.source.lines[f.range.start.line].text.slice(0, 7));
  return { doc, gw201: units('GW201'), gw202: units('GW202'), ledger: buildLedger(doc, 'x').tasks.map((t) => t.path) };
}

describe('reports: the sections that tell what was done', () => {
  it('a summary\'s achievements are no tasks (no GW201, GW202, ledger rows); its 工作打算 still is', () => {
    const r = run(SUMMARY);
    assert.deepStrictEqual(
      r.doc.tasks.map((t) => t.path),
      ['三、（一）', '三、（二）', '三、（三）'],
    );
    // `（县教育局配合）` after an achievement asks for no lead; `（四）` beside annotated achievements is asked for no units.
    assert.deepStrictEqual(r.gw202, ['（三）提升水旱']);
    assert.deepStrictEqual(r.gw201, ['（四）加快水利']);
    assert.deepStrictEqual(r.ledger, ['三、（一）', '三、（二）', '三、（三）', '三、（四）']);
    // The brackets are still read as units (hover, the unit names' rules).
    assert.ok(r.doc.annotations.some((a) => a.inner === '县教育局配合'));
  });

  it('reads the kind from a title over two lines after a 发文字号 (汇报), and a 述职报告 whose sections are named by their themes', () => {
    const report = lines(
      '青山县教育局文件',
      '青教报〔2025〕18号',
      '青山县教育局关于2025年上半年',
      '教育工作情况的汇报',
      '县人民政府：',
      '现将有关情况汇报如下：',
      ...ACHIEVEMENTS.map((l) => l.replace('一、主要工作及成效', '一、工作进展情况')),
      ...PLANS.map((l) => l.replace('2026年工作打算', '下半年工作打算')),
    );
    assert.deepStrictEqual(run(report).ledger, ['三、（一）', '三、（二）', '三、（三）', '三、（四）']);
    assert.deepStrictEqual(run(report).gw202, ['（三）提升水旱']);
    const duty = lines(
      '2025年度述职报告',
      '一、聚焦主责主业，推动经济发展',
      '（一）项目建设提速增效。完成投资128亿元（县财政局、县自然资源局配合）。',
      '（二）营商环境持续优化。推动“一网通办”事项达1260项（县数据资源管理局、县政务服务中心）。',
      '（三）争取上级支持。争取中央预算内投资3.2亿元。',
      '二、今后努力方向',
      '（一）狠抓落实，推进重大项目建设。（县发展和改革局牵头，县财政局配合）',
      '（二）严于律己，保持清正廉洁。（县财政局配合）',
    );
    const d = run(duty);
    assert.deepStrictEqual(d.ledger, ['二、（一）', '二、（二）']);
    assert.deepStrictEqual(d.gw202, ['（二）严于律己']);
    assert.deepStrictEqual(d.gw201, []);
  });

  it('a report with an attached table of tasks (read as a cover and its attachment): the table\'s rows are tasks', () => {
    const text = lines(
      '某局关于2025年工作总结的报告',
      '县人民政府：',
      '一、主要工作及成效',
      '（一）项目建设提速增效。完成投资128亿元（县财政局配合）。',
      '二、2026年工作打算',
      '（一）加快项目建设。（县发展和改革局牵头，县财政局配合）',
      '某局',
      '2025年12月25日',
      '附件',
      '2026年重点项目任务分工表',
      '序号 | 任务 | 牵头单位 | 配合单位',
      '1 | 推进高铁站建设 | 县交通运输局 | 县自然资源局',
      '2 | 推进产业园扩区 |  | 县财政局',
    );
    const r = run(text);
    assert.strictEqual(r.doc.parts[0].kind, 'cover');
    assert.deepStrictEqual(r.ledger, ['二、（一）', '1', '2']);
    assert.deepStrictEqual(r.gw202, ['2 | 推进产']);
  });

  it('sections on what is next set tasks wherever they stand: under a section of achievements, or naming a year after the title\'s', () => {
    const nested = lines(
      '某区2025年工作总结',
      '一、城市建设',
      '（一）完成老旧小区改造42个（区住房和城乡建设局牵头，各街道办事处配合）。',
      '（二）新建社区食堂15个（区民政局配合）。',
      '（三）下一步打算。持续推进城市更新。（区民政局配合）',
      '二、2026年主要工作',
      '（一）完善社区养老服务。（区民政局配合）',
    );
    const r = run(nested);
    assert.deepStrictEqual(r.ledger, ['一、（三）', '二、（一）']);
    assert.deepStrictEqual(r.gw202, ['（三）下一步打', '（一）完善社区']);
    // A 通报 of progress asks what it asks in its `工作要求`.
    const bulletin = run(lines('关于第三季度重点工作推进情况的通报', '一、推进情况', '（一）完成改造42个（区住建局配合）。', '二、工作要求', '（一）加快进度。（区住建局配合）'));
    assert.deepStrictEqual(bulletin.ledger, ['二、（一）']);
    assert.deepStrictEqual(bulletin.gw202, ['（一）加快进度']);
  });

  it('a plan, a 工作要点 without a review and a notice asking for summaries are unaffected', () => {
    const plan = lines(
      '青溪县农村供水保障三年行动实施方案',
      '一、基本情况',
      '（一）工作成效。近年来全县新建农村供水工程120处（县水利局配合）。',
      '（二）存在问题。部分工程管护不到位。',
      '二、重点任务',
      '（一）推进城乡供水一体化。（县水利局牵头，县财政局配合）',
      '（二）强化水质保障。（县卫生健康局配合）',
      '（三）健全管护机制。（县水利局牵头）',
      '（四）加强资金保障。',
    );
    const p = run(plan);
    assert.deepStrictEqual(p.ledger, ['一、（一）', '二、（一）', '二、（二）', '二、（三）', '二、（四）']);
    assert.deepStrictEqual(p.gw202, ['（一）工作成效', '（二）强化水质']);
    assert.deepStrictEqual(p.gw201, ['（四）加强资金']);
    // A 要点 whose sections are named by their themes: its `（一）工作成效` is a task's, as in a plan.
    const points = run(lines('青溪县2026年水利工作要点', ...ACHIEVEMENTS.map((l) => l.replace('主要工作及成效', '巩固提升供水保障水平')), ...PLANS));
    assert.deepStrictEqual(points.ledger.slice(0, 4), ['一、（一）', '一、（二）', '一、（三）', '一、（四）']);
    assert.deepStrictEqual(points.gw202, ['（二）河湖长制', '（一）管护机制', '（三）提升水旱']);
    const notice = run(lines('关于做好2025年度工作总结的通知', '各科室：', '一、总结内容', '（一）全面总结工作完成情况。（办公室牵头，各科室配合）', '（二）认真查找存在的问题。（各科室负责）', '（三）科学谋划2026年工作。（办公室配合）'));
    assert.deepStrictEqual(notice.ledger, ['一、（一）', '一、（二）', '一、（三）']);
    assert.deepStrictEqual(notice.gw202, ['（三）科学谋划']);
  });

  it('a 工作要点, a 方案 or a speech opening with a review of the past year: the review holds no tasks, the rest does', () => {
    const points = run(lines('青溪县2026年水利工作要点', ...ACHIEVEMENTS.map((l) => l.replace('主要工作及成效', '2025年工作回顾')), ...PLANS));
    // Neither the review's `（县教育局配合）` nor `二、存在的问题`'s asks for a lead; `（四）` is asked no units.
    assert.deepStrictEqual(points.ledger, ['三、（一）', '三、（二）', '三、（三）', '三、（四）']);
    assert.deepStrictEqual(points.gw202, ['（三）提升水旱']);
    assert.deepStrictEqual(points.gw201, ['（四）加快水利']);
    assert.ok(points.doc.annotations.some((a) => a.inner === '县教育局配合'));
    // Named by its period (`过去一年的主要工作`, `2025年工作完成情况` in a 2026 plan), in a 方案.
    for (const review of ['过去一年的主要工作', '一年来工作回顾', '2025年工作完成情况', '2025年主要工作']) {
      const plan = run(lines('青溪县2026年农村供水保障工作方案', ...ACHIEVEMENTS.slice(0, 5).map((l) => l.replace('主要工作及成效', review)), ...PLANS.map((l) => l.replace('三、2026年工作打算', '二、重点任务'))));
      assert.deepStrictEqual(plan.ledger, ['二、（一）', '二、（二）', '二、（三）', '二、（四）'], review);
      assert.deepStrictEqual(plan.gw201, ['（四）加快水利'], review);
    }
    // A year's work is a review only where the title names later years alone: a 2025—2026 plan's `一、2025年主要工作` sets tasks.
    const span = run(lines('青溪县2025—2026年农村供水保障行动方案', ...ACHIEVEMENTS.slice(0, 5).map((l) => l.replace('主要工作及成效', '2025年主要工作')), '二、2026年主要工作', '（一）推进城乡供水一体化。（县水利局牵头，县财政局配合）'));
    assert.deepStrictEqual(span.ledger, ['一、（一）', '一、（二）', '一、（三）', '一、（四）', '二、（一）']);
    // What is next inside the review (`（五）下一步打算`) sets tasks; a task named like a review (`开展……回顾评估`) stays one.
    const next = run(lines('某县2026年工作要点', '一、2025年工作回顾', '（一）完成老旧小区改造42个（县住建局配合）。', '（二）下一步打算。推进城市更新。（县住建局配合）', '二、重点任务', '（一）开展“十四五”规划实施情况回顾。（县发展和改革局配合）'));
    assert.deepStrictEqual(next.ledger, ['一、（二）', '二、（一）']);
    assert.deepStrictEqual(next.gw202, ['（二）下一步打', '（一）开展“十']);
    // A speech's `一、2022年纪检工作简要回顾`.
    const speech = run(lines('纪委书记在2023年党风廉政建设工作会议上的讲话', '同志们：', '一、2022年纪检工作简要回顾', '（一）突出政治监督。开展专项监督12次（机关纪委配合）。', '二、2023年主要任务', '（一）强化政治监督。（机关纪委牵头，办公室配合）', '（二）深化作风建设。（办公室配合）'));
    assert.deepStrictEqual(speech.ledger, ['二、（一）', '二、（二）']);
    assert.deepStrictEqual(speech.gw202, ['（二）深化作风']);
  });

  it('a summary that also plans, or a text without a title, by its sections\' names', () => {
    const both = lines('青溪县应急管理局2025年工作总结和2026年工作打算', ...ACHIEVEMENTS.map((l) => l.replace('主要工作及成效', '2025年工作总结')), ...PLANS);
    assert.deepStrictEqual(run(both).ledger, ['三、（一）', '三、（二）', '三、（三）', '三、（四）']);
    const untitled = lines(...ACHIEVEMENTS, ...PLANS.map((l) => l.replace('2026年工作打算', '下一步工作计划')));
    assert.deepStrictEqual(run(untitled).ledger, ['三、（一）', '三、（二）', '三、（三）', '三、（四）']);
    // Without a title, only a section named as a report's is one: `总结推广典型经验` is a task.
    const tasks = run(lines('一、重点任务', '（一）总结推广典型经验。（县委宣传部配合）', '（二）巩固提升工作成效。（县水利局牵头）'));
    assert.deepStrictEqual(tasks.ledger, ['一、（一）', '一、（二）']);
    assert.deepStrictEqual(tasks.gw202, ['（一）总结推广']);
  });

  it('items of a report that give only their time are listed no more', () => {
    const text = lines('某县人大常委会2025年工作总结', '一、主要工作', '（一）审议县物业管理条例（草案）。（8月）', '（二）开展专题询问。（10月）', '二、2026年工作安排', '（一）审议县养老服务条例（草案）。（6月）');
    assert.deepStrictEqual(
      buildLedger(analyze(text, defaultConfig()).doc, 'x').tasks.map((t) => [t.path, t.deadline]),
      [['二、（一）', '6月']],
    );
  });

  it('tells a report by its title', () => {
    const kind = (title: string | null) => reportMode({ kind: 'body', title, titleRange: null, startLine: 0, endLine: 0, headings: [] } as Part) & 3;
    for (const title of [
      '青溪县水利局2025年工作总结',
      '关于2025年上半年教育工作情况的汇报',
      '2025年度述职报告',
      '临江市2025年法治政府建设年度报告',
      '关于2025年度重点工作完成情况的报告',
      '2016年政府工作报告',
      '某局2025年工作总结（讨论稿）',
      '奋力谱写新篇章——某县2025年工作总结',
      '某县2025年上半年工作开展情况',
      '关于2025年第三季度重点工作推进情况的通报',
    ])
      assert.strictEqual(kind(title), 1, title);
    for (const title of ['某局2025年工作总结和2026年工作打算', '2025年工作总结暨2026年工作计划', '2025年工作总结及2026年工作要点', null]) assert.strictEqual(kind(title), 2, String(title));
    for (const title of [
      '青溪县农村供水保障三年行动实施方案',
      '青溪县2026年水利工作要点',
      '关于做好2025年度工作总结的通知',
      '关于申请设立某某中心的报告',
      '关于报送2026年工作计划的报告',
      '关于对典型经验做法给予表扬的通报',
      '某县2026年工作计划',
    ])
      assert.strictEqual(kind(title), 0, title);
    const cover = (title: string | null) => reportMode({ kind: 'cover', title, titleRange: null, startLine: 0, endLine: 0, headings: [] } as Part) & 3;
    assert.deepStrictEqual([cover('关于印发《某局2025年工作总结》的通知'), cover(null), cover('某局关于2025年工作总结的报告')], [0, 0, 1]);
  });
});
