import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, applyEdits, Config, defaultConfig, Finding, fixAll, parse } from '../../server/src/analysis';
import { buildLedger, ledgerToCsv, ledgerToMarkdown } from '../../server/src/analysis/ledger';
import { buildOutline, OutlineSymbol } from '../../server/src/analysis/outline';
import { isAbbreviation, isEndingSlip } from '../../server/src/analysis/units';
import { segmenterStats } from '../../server/src/analysis/segmenter';
import { clearLineCaches } from '../../server/src/analysis/memo';
import { corpusFiles, readSeed } from '../util';

function findings(text: string, rule: string, config: Partial<Config> = {}): Finding[] {
  return analyze(text, { ...defaultConfig(), ...config }).findings.filter((f) => f.rule === rule);
}
const lines = (...l: string[]) => l.join('\n') + '\n';

const PLAN = lines(
  '某某方案',
  '一、总体要求',
  '（一）指导思想',
  '坚持问题导向。',
  '二、主要任务',
  '（一）健全制度',
  '1.完善内控制度。（办公室、财务科）',
  '2.建立工作台账。（办公室、审计科）',
  '3.开展专项检查。',
  '（二）加强培训',
  '1.组织轮训。（人事科、工会）',
  '2.开展竞赛。（人事科）',
);

describe('unit rules', () => {
  describe('GW201 task-without-units', () => {
    it('asks no units of the items a 问答\'s answer lists, though some of them carry units', () => {
      const answer = (q: string) => [q, '答：重点任务如下：', '（一）完善商业网络。改造提升商贸中心。（市商务局牵头）', '（二）发展农村电商。培育电商主体。（市商务局、市农业农村局负责）', '（三）补齐流通短板。建设冷链集配中心。'];
      assert.deepStrictEqual(findings(['某方案解读', ...answer('问题一：有哪些重点任务？'), '问题二：何时施行？', '答：自公布之日起施行。'].join('\n'), 'GW201'), []);
      assert.deepStrictEqual(findings(['某方案解读', '一、热点问答', ...answer('1.有哪些重点任务？'), '2.何时施行？', '自公布之日起施行。'].join('\n'), 'GW201'), []);
      // Under a heading that asks nothing, the third is asked for units as before.
      assert.strictEqual(findings(['某方案', '一、重点任务', ...answer('1.主要任务').slice(2)].join('\n'), 'GW201').length, 1);
    });
    it('flags the one task of a section that names no unit, and inserts the top-ranked lead', () => {
      const [f] = findings(PLAN, 'GW201');
      assert.ok(f);
      assert.strictEqual(f.range.start.line, 8);
      assert.match(f.fixes[0].title, /办公室/);
      assert.match(f.fixes[0].title, /同节1\.2\.的牵头单位/);
      const fixed = applyEdits(PLAN, f.fixes[0].edits);
      assert.match(fixed, /3\.开展专项检查。（办公室）\n/);
      assert.deepStrictEqual(findings(fixed, 'GW201'), []);
      const snippet = f.fixes.find((x) => x.snippet);
      assert.ok(snippet && snippet.edits[0].newText.includes('${1:'));
    });
    it('ranks first the unit whose tasks read most like this one (TF-IDF), and says why', () => {
      const text = lines('某方案', '一、主要任务', '（一）规范档案数字化扫描流程。（档案科）', '（二）开展财务预算绩效评价。（财务科）', '（三）组织干部教育培训。（人事科）', '（四）推进馆藏档案数字化扫描。');
      const [f] = findings(text, 'GW201');
      assert.strictEqual(f.fixes[0].title, '添加责任单位“档案科”（与（一）相近）');
      assert.strictEqual(f.fixes[0].edits[0].newText, '（档案科）');
    });
    it('ranks with the previous version’s TF-IDF model while the tasks with leads read the same', () => {
      const text = lines('某方案', '为做好某工作，制定本方案。', '一、主要任务', '（一）规范档案数字化扫描流程。（档案科）', '（二）开展财务预算绩效评价。（财务科）', '（三）组织干部教育培训。（人事科）', '（四）推进馆藏档案数字化扫描。');
      const config = defaultConfig();
      const first = analyze(text, config);
      const titles = first.findings.find((f) => f.rule === 'GW201')!.fixes.map((f) => f.title);
      assert.strictEqual(titles[0], '添加责任单位“档案科”（与（一）相近）');
      // An edit outside the tasks: the fix of the next version segments only the task it is for.
      const next = analyze(text.replace('为做好某工作', '为切实做好某工作'), config, first.handover);
      const before = segmenterStats.sentences + segmenterStats.cacheHits;
      assert.deepStrictEqual(next.findings.find((f) => f.rule === 'GW201')!.fixes.map((f) => f.title), titles);
      assert.strictEqual(segmenterStats.sentences + segmenterStats.cacheHits - before, 1);
      // An edit to a task with a lead builds the model again.
      const edited = analyze(text.replace('组织干部教育培训', '组织干部档案数字化扫描培训'), config, next.handover);
      const again = segmenterStats.sentences + segmenterStats.cacheHits;
      edited.findings.find((f) => f.rule === 'GW201')!.fixes;
      assert.ok(segmenterStats.sentences + segmenterStats.cacheHits - again > 1);
    });
    it('names the similar tasks of other sections by their path, not by a marker the section has too', () => {
      const text = lines(
        '某方案',
        '一、主要任务',
        '（一）档案工作',
        '1.规范档案数字化扫描流程。（档案科）',
        '2.开展财务预算绩效评价。（财务科）',
        '（二）队伍建设',
        '1.组织干部教育培训。（人事科）',
        '2.推进馆藏档案数字化扫描。',
        '3.开展干部廉政谈话。（人事科）',
      );
      const [f] = findings(text, 'GW201');
      assert.strictEqual(f.fixes[0].title, '添加责任单位“档案科”（与（一）1.相近）');
      const top = lines('某方案', '一、档案工作', '（一）规范档案数字化扫描流程。（档案科）', '（二）开展财务预算绩效评价。（财务科）', '二、队伍建设', '（一）组织干部教育培训。（人事科）', '（二）推进馆藏档案数字化扫描。', '（三）开展干部廉政谈话。（人事科）');
      assert.strictEqual(findings(top, 'GW201')[0].fixes[0].title, '添加责任单位“档案科”（与一、（一）相近）');
      // Of long paths, the two most similar and 等.
      const three = lines('某方案', '一、甲', '（一）规范档案数字化扫描流程。（档案科）', '二、乙', '（一）推进档案数字化扫描。（档案科）', '三、丙', '（一）完成档案数字化扫描验收。（档案科）', '四、丁', '（一）组织干部教育培训。（人事科）', '（二）推进馆藏档案数字化扫描。', '（三）开展干部廉政谈话。（人事科）');
      assert.match(findings(three, 'GW201')[0].fixes[0].title, /^添加责任单位“档案科”（与[一二三]、（一），[一二三]、（一）等相近）$/);
    });
    it('never asks 总体要求/指导思想 sections for units', () => {
      assert.ok(findings(PLAN, 'GW201').every((f) => f.range.start.line > 4));
    });
    it('asks a run-in task whose sentence mentions aims (`年度目标任务完成情况好`) like its siblings, not as an aims section', () => {
      const text = lines(
        '某某通知',
        '一、对深化商事制度改革成效显著、落实事中事后监管等相关政策措施社会反映好的省（区、市），给予奖励。（市场监管总局负责）',
        '二、对促进外贸、外资稳定增长，积极优化营商环境成效明显的省（区、市），给予支持。（商务部负责）',
        '三、对公路水路交通建设年度目标任务完成情况好、地方投资落实到位、交通债务风险防控工作落实有力的省（区、市），将该省（区、市）具备条件的交通建设项目优先列入三年滚动计划。',
        '四、对地方水利建设投资落实好、中央水利建设投资计划完成率高的省（区、市），优先安排中央预算内投资。（水利部负责）',
      );
      assert.deepStrictEqual(findings(text, 'GW201').map((f) => f.range.start.line), [3]);
      // A section named so is still no task: `（一）目标任务` over its paragraph.
      assert.deepStrictEqual(findings(lines('某某方案', '一、目标任务', '到2025年，基本建成。', '二、加快建设', '推进甲。（办公室）', '三、强化保障', '推进乙。（财务科）'), 'GW201'), []);
    });
    it('never asks a 纪要’s 其他事项 for units', () => {
      const text = lines('一、关于甲', '会议要求市财政局加快办理。（责任单位：市财政局）', '二、关于乙', '会议要求市商务局加快办理。（责任单位：市商务局）', '三、其他事项', '会议听取了有关汇报。');
      assert.deepStrictEqual(findings(text, 'GW201'), []);
    });
    it('is silent in a document without annotations, unless units are required', () => {
      const text = lines('一、主要任务', '（一）甲事项', '（二）乙事项');
      assert.deepStrictEqual(findings(text, 'GW201'), []);
      assert.strictEqual(findings(text, 'GW201', { unitsRequired: true }).length, 2);
      // The message gives the reason it asks: the setting, or most siblings (not all: a half-annotated section).
      assert.match(findings(text, 'GW201', { unitsRequired: true })[0].message, /已设置每项任务须标注/);
      const half = lines('一、保障措施', '（一）甲。', '（二）乙。（办公室）', '（三）丙。（财务科）', '（四）丁。');
      assert.deepStrictEqual(findings(half, 'GW201').map((f) => f.message.match(/（([^（）]+)）。$/)![1]), ['本节多数同级任务已标注', '本节多数同级任务已标注']);
    });
    it('asks the bare one of two siblings only in a document that annotates its tasks throughout, not in its arrangements', () => {
      const plan = (pairTitle: string, second: string, extra = '') =>
        lines(
          '一、重点任务',
          '（一）加强组织建设',
          '1.完善制度。（党委办公室、组织部）',
          '2.加强培训。（组织部、人事处）',
          '3.推进考核。（人事处）',
          '（二）推进业务发展',
          '1.开拓市场。（市场部）',
          `2.优化服务。${extra}`,
          `（三）${pairTitle}`,
          '1.压减会议。（办公室）',
          `2.${second}。`,
        );
      const bare = findings(plan('改进作风', '精简文件', '（客服部、市场部）'), 'GW201');
      assert.deepStrictEqual(bare.map((f) => f.range.start.line), [10]);
      assert.match(bare[0].message, /同级另一项任务已标注，全文任务也普遍标注/);
      // Two pairs half-annotated: 5 of 7 items covered is not "throughout".
      assert.deepStrictEqual(findings(plan('改进作风', '精简文件'), 'GW201'), []);
      // A pair in the work's arrangements (保障措施, 加强组织领导 …) is left alone.
      assert.deepStrictEqual(findings(plan('强化工作保障', '落实经费', '（客服部、市场部）'), 'GW201'), []);
      // So is an item titled as one (`强化督导考核`); a task whose longer title mentions one is asked.
      assert.deepStrictEqual(findings(plan('改进作风', '强化督导考核', '（客服部、市场部）'), 'GW201').map((f) => f.range.start.line), []);
      assert.deepStrictEqual(findings(plan('改进作风', '开展领导班子和领导人员综合考核评价', '（客服部、市场部）'), 'GW201').map((f) => f.range.start.line), [10]);
      // Three siblings with one annotated stay silent, as before.
      const three = lines('一、任务', '（一）甲。（办公室）', '（二）乙。（财务科）', '（三）丙。（人事科）', '二、其他任务', '（一）丁。（办公室）', '（二）戊。', '（三）己。', '三、又一任务', '（一）庚。（财务科）', '（二）辛。（人事科）', '（三）壬。（办公室）');
      assert.deepStrictEqual(findings(three, 'GW201'), []);
    });
    it('counts a sibling whose own items carry units as annotated', () => {
      const text = lines('一、任务', '（一）完善治理', '4．健全董事会运行机制。外部董事占多数。', '5．完善监督体系。', '（1）健全内控。（审计部）', '（2）强化巡察。（党委巡察办）', '6．深化用工改革。（人力资源部）');
      assert.deepStrictEqual(findings(text, 'GW201').map((f) => f.range.start.line), [2]);
    });
    it('uses the document’s own form for the inserted annotation', () => {
      const text = lines('一、任务', '（一）甲。（办公室牵头，财务科配合）', '（二）乙。（财务科牵头）', '（三）丙。');
      const [f] = findings(text, 'GW201');
      assert.strictEqual(f.fixes[0].edits[0].newText, '（办公室牵头）');
      // Labels run in after the sentence, labels in 【】, and label lines of their own under the task.
      const inline = lines('一、任务', '（一）甲。责任单位：办公室。', '（二）乙。责任单位：财务科。', '（三）丙。');
      assert.strictEqual(findings(inline, 'GW201')[0].fixes[0].edits[0].newText, '责任单位：办公室。');
      const lenticular = lines('一、任务', '（一）甲。【牵头单位：办公室】', '（二）乙。【牵头单位：财务科】', '（三）丙。');
      assert.strictEqual(findings(lenticular, 'GW201')[0].fixes[0].edits[0].newText, '【牵头单位：办公室】');
      // With a deadline beside the units (form 13), the units' wording is still the document's.
      const dated = lines('一、任务', '（一）甲。【牵头单位：办公室；配合单位：财务科；完成时限：2026年6月底前】', '（二）乙。【牵头单位：办公室；完成时限：2026年9月底前】', '（三）丙。');
      assert.strictEqual(findings(dated, 'GW201')[0].fixes[0].edits[0].newText, '【牵头单位：办公室】');
      const datedVerbs = lines('一、任务', '（一）甲。（办公室牵头，财务科配合；2026年6月底前完成）', '（二）乙。（办公室牵头；2026年9月底前完成）', '（三）丙。');
      assert.strictEqual(findings(datedVerbs, 'GW201')[0].fixes[0].edits[0].newText, '（办公室牵头）');
      const labelLines = ['一、任务', '　　（一）甲。', '　　牵头单位：办公室', '　　（二）乙。', '　　牵头单位：财务科', '　　（三）丙。'].join('\r\n') + '\r\n';
      const [own] = findings(labelLines, 'GW201');
      assert.strictEqual(own.fixes[0].edits[0].newText, '\r\n　　牵头单位：办公室');
      const fixed = applyEdits(labelLines, own.fixes[0].edits);
      assert.ok(fixed.endsWith('　　（三）丙。\r\n　　牵头单位：办公室\r\n'), fixed);
      assert.deepStrictEqual(findings(fixed, 'GW201'), []);
    });
    it('flags a top-level item of a 工作要点 whose siblings carry units', () => {
      const text = lines('某某工作要点', '1.加强组织领导。（办公室）', '2.完善制度建设。（财务科）', '3.强化考核评价。', '4.开展专项检查。（审计科）');
      assert.deepStrictEqual(findings(text, 'GW201').map((f) => f.range.start.line), [3]);
      // The last items of a flat notice, on how the work is arranged, need none.
      const flat = lines('关于做好某工作的通知', '一、完善制度。（办公室）', '二、建立台账。（财务科）', '三、开展检查。（审计科）', '四、加强组织领导。各科室要高度重视。', '五、强化督导考核。院办每月督查。');
      assert.deepStrictEqual(findings(flat, 'GW201'), []);
    });
    it('after edits and under another configuration, finds what a fresh analysis finds', () => {
      // Sections taken over keep what they contribute only while their tasks are the same.
      const text = lines('某方案', '一、主要任务', '（一）甲事项。（办公室）', '（二）乙事项。（财务科）', '（三）丙事项。（小王）', '二、保障措施', '（一）丁事项。（人事科）', '（二）戊事项。');
      const gw201 = (r: ReturnType<typeof analyze>) => r.findings.filter((f) => f.rule === 'GW201').map((f) => f.range.start.line);
      const first = analyze(text, defaultConfig());
      assert.deepStrictEqual(gw201(first), [4]);
      const typed = analyze(text.replace('（二）戊事项', '（二）认真做好戊事项'), defaultConfig(), first.handover);
      assert.deepStrictEqual(gw201(typed), [4]);
      // 小王 named in the registry: 一、（三）'s bracket is an annotation now, and 一、's lines did not change.
      const registry = { ...defaultConfig(), units: ['小王'] };
      assert.deepStrictEqual(gw201(analyze(typed.doc.source.text, registry, typed.handover)), []);
      assert.deepStrictEqual(gw201(analyze(typed.doc.source.text, registry)), []);
      const required = { ...defaultConfig(), unitsRequired: true };
      assert.deepStrictEqual(gw201(analyze(typed.doc.source.text, required, typed.handover)), [4, 7]);
    });
    it('a section without any annotation still follows the document: units required, defaults declared above', () => {
      const text = lines('某方案', '一、主要任务', '（一）甲事项。（办公室）', '（二）乙事项。（财务科）', '二、保障措施', '（一）丙事项。', '（二）丁事项。');
      const gw201 = (r: ReturnType<typeof analyze>) => r.findings.filter((f) => f.rule === 'GW201').map((f) => f.range.start.line);
      const first = analyze(text, defaultConfig());
      assert.deepStrictEqual(gw201(first), []);
      const required = { ...defaultConfig(), unitsRequired: true };
      const all = analyze(text, required, first.handover);
      assert.deepStrictEqual(gw201(all), [5, 6]);
      // A default declared in 一、 covers every later task; 二、's lines are unchanged.
      const declared = text.replace('（二）乙事项。（财务科）', '（二）乙事项。（规划部指导，各单位负责落实。以下均需各单位落实，不再列出）');
      assert.deepStrictEqual(gw201(analyze(declared, required, all.handover)), []);
    });
    it('asks a 规划’s 第X节 for units where most of its sibling 节 carry them, never where none do', () => {
      const plan = (third: string) =>
        lines(
          '某市数字经济发展规划',
          '第一章 总体要求',
          '第一节 指导思想',
          '坚持创新驱动。',
          '第二章 推进产业数字化',
          '第一节 深化制造业数字化转型',
          '实施制造业数字化转型行动。（市经济和信息化局）',
          '第二节 加快服务业数字化',
          '发展智慧商圈、智慧物流。（市商务局、市交通运输局）',
          '第三节 推进农业数字化',
          `建设智慧农业示范基地30个。${third}`,
          '第三章 保障措施',
          '第一节 加强组织领导',
          '建立规划实施年度监测评估机制。',
          '第二节 强化政策支持',
          '统筹用好专项资金。',
        );
      assert.deepStrictEqual(findings(plan(''), 'GW201').map((f) => f.range.start.line), [9]);
      assert.deepStrictEqual(findings(plan('（市农业农村局）'), 'GW201'), []);
      // A 规划 whose 节 name no units at all is left alone.
      const bare = plan('').replace(/（市[^）]+）/g, '');
      assert.deepStrictEqual(findings(bare, 'GW201'), []);
    });
    it('asks for units in a notice before its 附件 where the notice sets annotated tasks of its own (a 通报\'s 整改要求), not in a cover that issues a plan', () => {
      const notice = (items: string[]) =>
        lines(
          '西岭市人民政府督查室关于一季度重点工作督查情况的通报',
          '各县（市、区）人民政府，市政府各部门：',
          '一、总体情况',
          '重点工作总体进展顺利。',
          '二、整改要求',
          ...items,
          '附件：督查问题清单',
          '西岭市人民政府督查室',
          '2026年3月31日',
          '附件',
          '督查问题清单',
          '序号\t存在问题\t整改措施\t责任单位\t整改时限',
          '1\t项目未按期开工\t加快土地征收\t东川区人民政府\t2026年4月底前',
        );
      const text = notice([
        '（一）加快重点项目建设。倒排工期、挂图作战。（市发展改革委牵头，东川区人民政府负责）',
        '（二）加快民生实事推进。实行周调度。（市住建局、市交通运输局按职责分工负责）',
        '（三）强化统计监测分析。加强经济运行监测调度。（市统计局牵头，市发展改革委配合）',
        '（四）做好二季度工作谋划。各地各部门要抓紧谋划二季度重点工作。',
      ]);
      assert.deepStrictEqual(findings(text, 'GW201').map((f) => f.range.start.line), [8]);
      // One annotated item in the notice: it sets no plan of tasks; nothing asked.
      const one = notice(['（一）加快重点项目建设。倒排工期。（市发展改革委牵头）', '（二）做好二季度工作谋划。抓紧谋划二季度重点工作。']);
      assert.deepStrictEqual(findings(one, 'GW201').map((f) => f.range.start.line), []);
    });

    it('does not flag tasks covered by a declared default or a section annotated as a whole', () => {
      const text = lines('一、任务', '（一）甲。（规划部指导，各试点单位负责落实。以下均需各试点单位落实，不再列出）', '（二）乙。（规划部指导）', '（三）丙。');
      assert.deepStrictEqual(findings(text, 'GW201'), []);
    });
  });

  it('GW202 flags an annotation with only co-operating units', () => {
    const [f] = findings('甲。（办公室、财务科配合）\n乙。（人事科）\n', 'GW202');
    assert.ok(f);
    assert.strictEqual(applyEdits('甲。（办公室、财务科配合）\n', f.fixes[0].edits), '甲。（办公室牵头，财务科配合）\n');
  });
  it('GW202 reports label lines read as one task once, on the first', () => {
    const text = lines('一、任务', '（一）甲。推进。', '配合单位：县甲局', '配合单位：县乙局、县丙局', '（二）乙。推进。', '牵头单位：县丁局');
    assert.deepStrictEqual(findings(text, 'GW202').map((f) => f.range.start.line), [2]);
  });
  it('GW202 leaves alone co-operating units a person leads', () => {
    assert.deepStrictEqual(findings('甲。（分管副局长李明辉牵头，财务科、审计科配合）\n乙。（人事科）\n', 'GW202'), []);
    // A leader by post alone (`市政府分管领导`): the task has its units, and a person leads them.
    const post = '一、任务\n（一）甲。（市政府分管领导牵头，市财政局配合）\n（二）乙。（市审计局负责）\n（三）丙。（市统计局负责）\n';
    assert.deepStrictEqual(analyze(post).findings.filter((f) => f.rule === 'GW201' || f.rule === 'GW202'), []);
    // A leader named beside co-operating units is no lead unit: the drafter left it out.
    assert.strictEqual(findings('甲。（责任领导：张三；配合单位：财务科）\n乙。（人事科）\n', 'GW202').length, 1);
  });
  it('GW202 on a table row with an empty lead cell offers no fix (it would rewrite the whole row)', () => {
    const [f] = findings('序号|工作任务|牵头单位|责任单位|完成时限\n1|完善制度|办公室|财务部|2025年\n2|加强信用体系建设||区发改局、区人民银行|2025年底前\n', 'GW202');
    assert.ok(f);
    assert.strictEqual(f.range.start.line, 2);
    assert.deepStrictEqual(f.fixes, []);
  });

  describe('GW203 collective-lead', () => {
    it('flags a collective listed first before a specific unit, and an explicit collective lead', () => {
      const [f] = findings('甲。（各有关部门、办公室）\n', 'GW203');
      assert.ok(f);
      assert.strictEqual(applyEdits('甲。（各有关部门、办公室）\n', f.fixes[0].edits), '甲。（办公室、各有关部门）\n');
      assert.strictEqual(findings('甲。（各单位牵头，办公室配合）\n', 'GW203').length, 1);
      // The bodies below an organisation each lead in their own area, as districts do.
      for (const own of ['各二级单位', '各学院', '各子公司', '各二级学院']) assert.deepStrictEqual(findings(`甲。（${own}牵头，办公室配合）\n`, 'GW203'), [], own);
    });
    it('flags a collective on a label line of its own while the next label line names a specific unit', () => {
      const text = lines('一、任务', '（一）甲。推进。', '责任单位：各有关部门', '配合单位：县审计局', '完成时限：2025年底前', '（二）乙。推进。', '责任单位：各乡镇', '配合单位：县审计局');
      assert.deepStrictEqual(findings(text, 'GW203').map((f) => [f.range.start.line, f.range.start.character]), [[2, 5]]);
    });
    it('flags a collective in a table\'s 牵头单位 column, whatever the 配合 cell names', () => {
      const text = lines('序号\t工作任务\t牵头单位\t配合单位\t完成时限', '1\t推进改革\t县发改局\t县财政局\t2025年底前', '2\t提升满意率\t各有关部门\t各乡镇人民政府\t2025年底前', '3\t整治环境\t各乡镇人民政府\t县生态环境分局\t2025年底前');
      assert.deepStrictEqual(findings(text, 'GW203').map((f) => f.range.start.line), [2]);
      // Without a 牵头 column the first of the 责任单位 leads only by its place in the list.
      const plain = lines('序号\t工作任务\t责任单位\t完成时限', '1\t推进改革\t县发改局、县财政局\t2025年底前', '2\t提升满意率\t各有关部门、各乡镇人民政府\t2025年底前');
      assert.deepStrictEqual(findings(plain, 'GW203'), []);
    });
    it('accepts a task delegated to all districts, and collectives after ministries', () => {
      assert.deepStrictEqual(findings('甲。（各区县政府负责）\n', 'GW203'), []);
      assert.deepStrictEqual(findings('甲。（财政部、商务部等和各省级人民政府负责）\n', 'GW203'), []);
      // Only collectives: every district and every municipal department (市直各部门 is one too).
      assert.deepStrictEqual(findings('甲。（各县区政府，市直各部门负责）\n', 'GW203'), []);
      // A guiding unit does not lead: the districts are responsible, as in `（各区县政府负责）`.
      assert.deepStrictEqual(findings('甲。（市生态环境局指导，各县〔市、区〕政府负责落实）\n', 'GW203'), []);
      assert.deepStrictEqual(findings('甲。（规划部指导，各试点单位负责落实。以下均需各试点单位落实，不再列出）\n', 'GW203'), []);
      // Each task's own lead answers for it: the collective's name holds 牵头, it does not say it.
      assert.deepStrictEqual(findings('甲。（各牵头部门负责）\n', 'GW203'), []);
      assert.strictEqual(findings('甲。（各牵头部门牵头，区政务服务中心配合）\n', 'GW203').length, 1);
    });
    it('reads an organ`s own offices as a collective (`局属各单位、机关各科室`: every one fixes its own problems)', () => {
      for (const own of ['机关各科室', '局机关各处室', '集团总部各部门', '机关有关科室']) {
        assert.deepStrictEqual(findings(`甲。（责任单位：局属各单位、${own}）\n`, 'GW203'), [], own);
        assert.deepStrictEqual(findings(`甲。（${own}）\n`, 'GW203'), [], own);
      }
      // A specific office after them: the collective leads it, flagged as before.
      assert.strictEqual(findings('甲。（机关各科室、局办公室）\n', 'GW203').length, 1);
    });
    it('accepts the places below leading, each in its own area', () => {
      for (const inner of ['各县区政府、市教育局负责', '各县（市、区）人民政府牵头，市直有关部门配合', '各乡镇（街道）、县农业农村局', '各级党委和政府、市委组织部']) {
        assert.deepStrictEqual(findings(`甲。（${inner}）\n`, 'GW203'), [], inner);
      }
      // The collective a department is, not a place: still flagged.
      assert.strictEqual(findings('甲。（各有关单位牵头，市教育局配合）\n', 'GW203').length, 1);
      assert.strictEqual(findings('甲。（各成员单位、市教育局）\n', 'GW203').length, 1);
    });
    it('honours configured collectives', () => {
      assert.strictEqual(findings('甲。（试点城市政府、办公室）\n', 'GW203', { collectives: ['试点城市政府'] }).length, 1);
    });
  });

  it('GW204 flags a unit listed twice and removes the repeat', () => {
    const text = '甲。（办公室、财务科、办公室）\n';
    const [f] = findings(text, 'GW204');
    assert.ok(f);
    assert.strictEqual(applyEdits(text, f.fixes[0].edits), '甲。（办公室、财务科）\n');
    // A template's placeholders name no unit yet.
    assert.deepStrictEqual(findings('甲。（县XX局、县XX局）\n', 'GW204'), []);
  });

  it('GW204 reads a task\'s label lines as one annotation: a lead listed again to co-operate, not a 责任单位 line listing all', () => {
    const block = (coop: string) => lines('二、整改任务', '（一）关于党的建设方面的问题', '问题1：干部队伍建设有短板。', '整改措施：制定年轻干部培养计划。', '责任领导：委党组成员丁伟', '牵头科室：人事科', coop, '整改时限：2026年12月底前', '', '问题2：培训不够。', '整改措施：开展轮训。', '牵头科室：机关党委', '配合科室：人事科');
    const [f, ...more] = findings(block('配合科室：机关党委、人事科'), 'GW204');
    assert.deepStrictEqual([f.range.start.line, f.range.start.character, more.length], [6, 10, 0]);
    assert.strictEqual(applyEdits(block('配合科室：机关党委、人事科'), f.fixes[0].edits), block('配合科室：机关党委'));
    assert.deepStrictEqual(findings(block('责任科室：人事科、机关党委'), 'GW204'), []);
    // The ledger's task is what the 整改措施 line says, under the heading (`问题1：` is one of its label lines).
    assert.deepStrictEqual(
      buildLedger(analyze(block('配合科室：机关党委')).doc, 'x').tasks.map((t) => [t.path, t.title, t.lead.join('、'), t.coop.join('、'), t.leaders.join('、'), t.deadline]),
      [
        ['二、（一）#1', '制定年轻干部培养计划', '人事科', '机关党委', '委党组成员丁伟', '2026年12月底前'],
        ['二、（一）#2', '开展轮训', '机关党委', '人事科', '', null],
      ],
    );
  });

  it('reads units parted by a slash, and GW205 asks a 、 for it', () => {
    const text = lines('一、甲', '（一）完善制度。（办公室牵头，财务科、审计科配合）', '（二）开展检查。（办公室牵头，财务科/审计科配合）', '（三）组织培训。（人事科牵头，工会／团委配合）');
    const doc = parse(text);
    assert.deepStrictEqual(doc.annotations.map((a) => a.units.map((u) => `${u.name}:${u.role}`).join(' ')), ['办公室:lead 财务科:coop 审计科:coop', '办公室:lead 财务科:coop 审计科:coop', '人事科:lead 工会:coop 团委:coop']);
    assert.deepStrictEqual(findings(text, 'GW201'), []);
    assert.deepStrictEqual(findings(text, 'GW205').map((f) => f.range.start.line), [2, 3]);
    assert.strictEqual(fixAll(text).text, lines('一、甲', '（一）完善制度。（办公室牵头，财务科、审计科配合）', '（二）开展检查。（办公室牵头，财务科、审计科配合）', '（三）组织培训。（人事科牵头，工会、团委配合）'));
  });

  it('reads a unit name with a zero-width space inside it, its range covering the name as written', () => {
    const text = lines('一、甲', '（一）完善制度。（办公室牵头，财务科配合）', '（二）开展检查。（办公室牵头，财\u200b务科配合）', '（三）组织培训。（人\ufeff事科负责）');
    const doc = parse(text);
    assert.deepStrictEqual(doc.annotations.map((a) => a.units.map((u) => u.name).join(' ')), ['办公室 财务科', '办公室 财务科', '人事科']);
    const coop = doc.annotations[1].units[1];
    assert.strictEqual(text.split('\n')[2].slice(coop.range.start.character, coop.range.end.character), '财\u200b务科');
    assert.deepStrictEqual(findings(text, 'GW201'), []);
    assert.deepStrictEqual(findings(text, 'GW207'), []);
  });

  it('GW205 and GW206 read a half-width comma typed with a space after it (`, `) as the comma', () => {
    const text = lines('一、甲', '（一）乙。（市甲局牵头, 市乙局、市丙局配合）', '（二）丙。（市甲局牵头，市乙局, 市丙局配合）', '（三）丁。（市甲局, 市乙局）', '（四）戊。（市甲局牵头，市乙局配合）');
    assert.deepStrictEqual(findings(text, 'GW206').map((f) => f.range.start.line), [1]);
    assert.deepStrictEqual(findings(text, 'GW205').map((f) => f.range.start.line), [2, 3]);
    assert.strictEqual(fixAll(text).text, lines('一、甲', '（一）乙。（市甲局牵头，市乙局、市丙局配合）', '（二）丙。（市甲局牵头，市乙局、市丙局配合）', '（三）丁。（市甲局、市乙局）', '（四）戊。（市甲局牵头，市乙局配合）'));
  });

  it('GW206 notes a task whose 。 before its annotation was dropped, where the document writes ……。（…）', () => {
    const text = lines('一、甲', '（一）乙。（市甲局牵头，市乙局配合）', '（二）丙。（市丙局负责）', '（三）丁。（市丁局负责）', '（四）加强统筹，完善戊（市戊局负责）', '（五）己。（市己局负责）', '（六）庚。（市庚局负责）');
    const fs = findings(text, 'GW206');
    assert.deepStrictEqual(fs.map((f) => f.range.start.line), [4]);
    assert.strictEqual(applyEdits(text, fs[0].fixes[0].edits).split('\n')[4], '（四）加强统筹，完善戊。（市戊局负责）');
    // A heading of its own line with its annotation, a document writing ……（…）。, or too few to tell (under five to one): fine.
    assert.deepStrictEqual(findings(lines('一、甲', '（一）加强统筹（市甲局牵头）', '1.乙。（市乙局负责）', '2.丙。（市丙局负责）', '3.丁。（市丁局负责）'), 'GW206'), []);
    assert.deepStrictEqual(findings(lines('一、甲', '（一）乙（市甲局负责）。', '（二）丙（市丙局负责）。', '（三）丁（市丁局负责）', '（四）戊（市戊局负责）。'), 'GW206'), []);
    assert.deepStrictEqual(findings(lines('一、甲', '（一）乙。（市甲局负责）', '（二）丙。（市丙局负责）', '（三）丁（市丁局负责）', '（四）戊。（市戊局负责）', '（五）己。（市己局负责）'), 'GW206'), []);
  });

  it('GW206 asks （） for an annotation in 【】 among （） ones, not in a document writing 【】 throughout', () => {
    const text = lines('一、甲', '（一）乙。（市甲局牵头，市乙局配合）', '（二）丙。【市甲局牵头，市乙局配合】', '（三）丁。（市丙局负责）');
    assert.deepStrictEqual(findings(text, 'GW206').map((f) => f.range.start.line), [2]);
    assert.strictEqual(fixAll(text).text.split('\n')[2], '（二）丙。（市甲局牵头，市乙局配合）');
    assert.deepStrictEqual(findings(lines('一、甲', '（一）乙。【市甲局牵头，市乙局配合】', '（二）丙。【市丙局负责】', '（三）丁。（市丙局负责）'), 'GW206'), []);
  });

  it('GW205 reads a comma before the last of a bare list that 指导 (`A、B，C指导`), 人民银行 as a government body, and a slash beside a collective', () => {
    const text = lines(
      '一、甲',
      '（一）乙。（生态环境部、农业农村部，财政部指导）',
      '（二）丙。（工业和信息化部、财政部,税务总局指导）',
      '（三）丁。（财政部、人力资源社会保障部，人民银行、银保监会负责）',
      '（四）戊。（牵头单位：市科技局，配合单位：各区/县级市）',
    );
    assert.deepStrictEqual(findings(text, 'GW205').map((f) => f.range.start.line), [1, 2, 3, 4]);
    assert.deepStrictEqual(findings(text, 'GW206'), []);
    assert.strictEqual(fixAll(text).text, text.replace('农业农村部，', '农业农村部、').replace('财政部,', '财政部、').replace('社会保障部，', '社会保障部、').replace('各区/', '各区、'));
    // Groups that say their parts stay: a lead before 指导, a bare unit before 配合 (it leads), two units, a bank.
    const ok = lines(
      '一、甲',
      '（一）乙。（市发展改革委牵头，市财政局、市商务局指导）',
      '（二）丙。（市发展改革委，市财政局、市商务局配合）',
      '（三）丁。（生态环境部，财政部指导）',
      '（四）戊。（市财政局、市商务局，中国农业银行江城分行、江城农商银行负责）',
    );
    assert.deepStrictEqual(findings(ok, 'GW205'), []);
  });

  it('GW205 normalises separators inside one group, not between groups', () => {
    assert.strictEqual(fixAll('甲。（办公室、财务科，审计科）\n').text, '甲。（办公室、财务科、审计科）\n');
    assert.strictEqual(fixAll('甲。（办公室,财务科）\n').text, '甲。（办公室、财务科）\n');
    assert.deepStrictEqual(findings('甲。（财政部、商务部，各省级人民政府按职责分工负责）\n', 'GW205'), []);
    // Bodies of different kinds grouped by commas: party bodies, then the government's; courts; mass organisations; enterprises.
    const kinds = [
      '甲。（中央组织部、中央宣传部，国家发展改革委、财政部按职责分工负责）',
      '乙。（市委组织部、市委人才办，市人力资源和社会保障局、市科技局）',
      '丙。（市委政法委、市中级人民法院、市人民检察院，市司法局、市公安局）',
      '丁。（党委组织部、党委宣传部，人事处、教务处）',
      '戊。（市民政局、市财政局，市总工会、团市委、市妇联）',
      '己。（市住房和城乡建设局、市水务局，国网江城供电公司、市燃气集团）',
    ];
    assert.deepStrictEqual(findings(kinds.join('\n') + '\n', 'GW205'), []);
    // Units of one kind parted by a comma beside a 、 still are flagged.
    assert.strictEqual(findings('甲。（市委组织部、市委宣传部，市委统战部）\n乙。（市发改委、市财政局，市商务局）\n', 'GW205').length, 2);
    assert.deepStrictEqual(findings('甲。（办公室牵头，财务科配合）\n', 'GW205'), []);
    // Commas that also part the groups: `，` inside the co-operating group is flagged.
    const mixed = '甲。（市文广旅局牵头，市体育局，市商务局配合）\n';
    assert.strictEqual(fixAll(mixed).text, '甲。（市文广旅局牵头，市体育局、市商务局配合）\n');
    assert.strictEqual(fixAll('甲。（市文广旅局牵头，市水务局，市体育局，市商务局配合）\n').text, '甲。（市文广旅局牵头，市水务局、市体育局、市商务局配合）\n');
    assert.deepStrictEqual(findings('甲。（市文广旅局牵头，市体育局配合，各区县政府负责）\n', 'GW205'), []);
    // The members of a body are a group of their own: `局属各单位`, `局属有关单位`, `集团所属各单位`.
    // A collective of a place's departments after a comma (`市有关执法部门`, `县政府相关部门`).
    assert.deepStrictEqual(findings('甲。（责任单位：市甲局、市乙局，市有关执法部门按职责分工负责）\n乙。（县甲局、县乙局，县政府相关部门）\n', 'GW205'), []);
    assert.strictEqual(findings('甲。（责任单位：市甲局、市乙局，市丙局）\n', 'GW205').length, 1);
    assert.deepStrictEqual(findings('甲。（局办公室、行政审批处，局属各单位）\n乙。（局办公室、行政审批处，局属有关单位）\n丙。（党委办公室、人力资源部，集团所属各单位）\n', 'GW205'), []);
    // A half-width comma inside the co-operating list.
    assert.strictEqual(fixAll('甲。（办公室牵头，财务科,审计科配合）\n').text, '甲。（办公室牵头，财务科、审计科配合）\n');
    // Spaces for 、 (pasted from a table cell), half-width or ideographic.
    assert.strictEqual(fixAll('甲。（市商务局 市发展改革委）\n').text, '甲。（市商务局、市发展改革委）\n');
    assert.strictEqual(fixAll('甲。（市商务局牵头，市财政局　市审计局配合）\n').text, '甲。（市商务局牵头，市财政局、市审计局配合）\n');
    // Units on a line below the annotation's first: a table one cell a line, a wrapped bracket.
    assert.strictEqual(fixAll('序号\n工作任务\n牵头单位\n配合单位\n1\n甲\n办公室\n财务科,审计科\n').text, '序号\n工作任务\n牵头单位\n配合单位\n1\n甲\n办公室\n财务科、审计科\n');
    assert.strictEqual(fixAll('一、任务\n（一）甲。（办公室牵头，\n财务科,审计科配合）\n').text, '一、任务\n（一）甲。（办公室牵头，\n财务科、审计科配合）\n');
    // The tab between a table row's cells is no separator.
    assert.deepStrictEqual(findings('序号\t重点任务\t牵头单位\t责任单位\n1\t完善 制度\t办公室\t财务科、审计科\n', 'GW205'), []);
  });

  it('GW206 makes half-width annotation brackets full-width in a full-width document', () => {
    const text = '甲。（办公室）\n乙。（财务科）\n丙。(人事科)\n';
    assert.strictEqual(fixAll(text).text, '甲。（办公室）\n乙。（财务科）\n丙。（人事科）\n');
    assert.deepStrictEqual(findings('甲。(办公室)\n乙。(财务科)\n', 'GW206'), []);
  });

  it('GW206 closes a bracket left open before the next item, which still names the task\'s units', () => {
    const text = '一、任务\n（一）加大投入。新增经费向职业教育倾斜。（省财政厅牵头，省教育厅配合\n（二）推动融汇。（省科技厅负责）\n（三）加强宣传。(省委宣传部负责\n\n二、保障\n（一）甲。（办公室牵头，\n\n财务部配合）\n';
    const { doc, findings: all } = analyze(text);
    assert.deepStrictEqual(doc.tasks.map((t) => [t.path, t.lead.join('、'), t.coop.join('、')]), [['一、（一）', '省财政厅', '省教育厅'], ['一、（二）', '省科技厅', ''], ['一、（三）', '省委宣传部', '']]);
    assert.deepStrictEqual(all.filter((f) => f.rule === 'GW206').map((f) => [f.range.start.line, f.message]), [[1, '标注的括号未闭合，应补上“）”。'], [3, '标注的括号未闭合，应补上“)”。']]);
    assert.deepStrictEqual(all.filter((f) => f.rule === 'GW201'), []);
    assert.strictEqual(fixAll(text).text.split('\n')[1], '（一）加大投入。新增经费向职业教育倾斜。（省财政厅牵头，省教育厅配合）');
    // A bracket wrapped onto the next line is still one annotation, closed there.
    assert.deepStrictEqual(findings('一、任务\n（一）甲。（省财政厅牵头，省教\n育厅配合）\n（二）乙。（省科技厅负责）\n', 'GW206'), []);
  });

  it('GW206 closes a bracket left open after a task\'s 。 where the paragraph goes on below, only where its reading is certain', () => {
    const text = lines(
      '一、任务',
      '（一）加强资金监管。完善资金拨付制度。（市财政局、市税务局',
      '推动财政资金直达基层，提高资金使用效益。',
      '（二）做好税收征管工作。（市税务局、市财政局）',
      '（三）做好预算工作。（市财政局、市审计局）',
    );
    // A role said of them all, or `等` before it, may end the bracket (`（生态环境部、市场监管总局指导`).
    for (const open of ['（生态环境部、市场监管总局指导', '（农业农村部、工业和信息化部等负责']) {
      const t = lines('一、任务', `（一）加强资金监管。完善资金拨付制度。${open}`, '推动财政资金直达基层，提高资金使用效益。', '（二）做好税收征管工作。（市税务局）');
      assert.deepStrictEqual(findings(t, 'GW206').map((f) => f.range.start.line), [1], open);
    }
    const { doc, findings: all } = analyze(text);
    assert.deepStrictEqual(doc.tasks.map((t) => [t.path, t.lead.join('、'), t.coop.join('、')]), [['一、（一）', '市财政局', '市税务局'], ['一、（二）', '市税务局', '市财政局'], ['一、（三）', '市财政局', '市审计局']]);
    assert.deepStrictEqual(all.filter((f) => f.rule === 'GW206').map((f) => [f.range.start.line, f.message]), [[1, '标注的括号未闭合，应补上“）”。']]);
    assert.deepStrictEqual(all.filter((f) => f.rule === 'GW201'), []);
    assert.strictEqual(fixAll(text).text.split('\n')[1], '（一）加强资金监管。完善资金拨付制度。（市财政局、市税务局）');
    // Not where the next line may go on with the units (a name broken by the line's end, a role, a separator),
    // nor where the bracket holds more than unit names, nor where it opens after no 。.
    for (const [open, below] of [
      ['（市财政局、市税务局', '、市审计局配合。'],
      ['（市政务服务中心牵头，市发展改', '推动政务服务便利化。'],
      ['（市财政局、市税务局', '负责落实，提高资金使用效益。'],
      ['（市财政局、市税务局', '审计局配合，提高资金使用效益。'],
      ['（市财政局、市税务局，具体方案另行制定', '推动财政资金直达基层。'],
    ]) {
      const t = lines('一、任务', `（一）加强资金监管。完善资金拨付制度。${open}`, below, '（二）做好税收征管工作。（市税务局）', '（三）做好预算工作。（市财政局）');
      assert.deepStrictEqual(findings(t, 'GW206'), [], open + below);
    }
    assert.deepStrictEqual(findings(lines('一、任务', '（一）加强资金监管（市财政局、市税务局', '推动财政资金直达基层。', '（二）乙。（市税务局）'), 'GW206'), []);
  });

  it('GW206 closes a bracket left open after a task\'s 。 where the next sentence follows on its line, safely only where spaces part them', () => {
    const doc = (line: string) => lines('一、任务', `（一）加强资金监管。完善资金拨付制度。${line}`, '（二）做好税收征管工作。（市税务局、市财政局）', '（三）做好预算工作。（市财政局、市审计局）');
    const spaced = doc('（市财政局、市税务局 各地要推动财政资金直达基层。');
    const { doc: d, findings: all } = analyze(spaced);
    assert.deepStrictEqual(d.tasks.map((t) => [t.path, t.lead.join('、'), t.coop.join('、')]), [['一、（一）', '市财政局', '市税务局'], ['一、（二）', '市税务局', '市财政局'], ['一、（三）', '市财政局', '市审计局']]);
    assert.deepStrictEqual(all.filter((f) => f.rule === 'GW206').map((f) => [f.range.start.line, f.range.start.character, f.range.end.character]), [[1, 19, 29]]);
    assert.deepStrictEqual(all.filter((f) => f.rule === 'GW201'), []);
    assert.strictEqual(fixAll(spaced).text.split('\n')[1], '（一）加强资金监管。完善资金拨付制度。（市财政局、市税务局）各地要推动财政资金直达基层。');
    // Before a 。 the `）` belongs there, but whether the 。 stays is not certain: offered, not safe.
    const stop = doc('（市财政局、市税务局。推动财政资金直达基层。（市审计局负责）');
    const { doc: d2, findings: all2 } = analyze(stop);
    assert.deepStrictEqual(d2.tasks.map((t) => [t.path, t.lead.join('、')]), [['一、（一）#1', '市财政局'], ['一、（一）#2', '市审计局'], ['一、（二）', '市税务局'], ['一、（三）', '市财政局']]);
    const f = all2.filter((x) => x.rule === 'GW206');
    assert.deepStrictEqual(f.map((x) => x.fixes!.map((k) => [k.title, k.safe, k.edits[0].range.start.character, k.edits[0].range.end.character, k.edits[0].newText])), [[['补上“）”', false, 29, 29, '）'], ['将“。”改为“）”', false, 29, 30, '）']]]);
    assert.deepStrictEqual(all2.filter((x) => x.rule === 'GW201'), []);
    assert.strictEqual(fixAll(stop).text, stop);
    // Not where the list goes on after the spaces (units parted by spaces, a role, a deadline), nor
    // where the bracket holds more than units, nor where it opens after no 。.
    for (const line of [
      '（市财政局 市税务局 市审计局',
      '（市财政局、市税务局 按职责分工负责',
      '（市财政局、市税务局 2025年底前完成',
      '（市财政局、市税务局 年底前完成',
      '（具体方案另行制定 推动财政资金直达基层。',
    ]) {
      for (const end of ['。', '']) {
        const t = doc(line + (line.endsWith('。') ? '' : end));
        const got = findings(t, 'GW206').filter((x) => x.range.start.line === 1 && x.range.end.character < 30);
        assert.deepStrictEqual(got, [], line);
      }
    }
    assert.deepStrictEqual(findings(lines('一、任务', '（一）加强资金监管（市财政局、市税务局 推动财政资金直达基层。', '（二）乙。（市税务局）'), 'GW206'), []);
  });

  it('GW206 closes a bracket left open after a task\'s 。 whose units end with a deadline, before the next sentence on its line', () => {
    const doc = (line: string) => lines('一、任务', `（一）加强资金监管。完善资金拨付制度。${line}`, '（二）做好税收征管工作。（市税务局、市财政局）', '（三）做好预算工作。（市财政局、市审计局）');
    // Spaces, then the next sentence: the `）` in place of the spaces, safe.
    const spaced = doc('（市财政局牵头，市税务局配合；2025年底前完成 各地要推动财政资金直达基层。');
    const { doc: d, findings: all } = analyze(spaced);
    assert.deepStrictEqual(d.tasks.map((t) => [t.path, t.lead.join('、'), t.coop.join('、')]), [['一、（一）', '市财政局', '市税务局'], ['一、（二）', '市税务局', '市财政局'], ['一、（三）', '市财政局', '市审计局']]);
    assert.strictEqual(d.annotations[0].deadline, '2025年底前完成');
    assert.deepStrictEqual(all.filter((f) => f.rule === 'GW206').map((f) => [f.range.start.line, f.range.start.character, f.range.end.character]), [[1, 19, spaced.split('\n')[1].indexOf(' ')]]);
    assert.strictEqual(fixAll(spaced).text.split('\n')[1], '（一）加强资金监管。完善资金拨付制度。（市财政局牵头，市税务局配合；2025年底前完成）各地要推动财政资金直达基层。');
    // A 。 after the deadline (the next sentence after it or not), the deadline first, a labelled deadline: offered before the 。, not safe.
    for (const line of ['（市财政局，2025年底前。各地要推动财政资金直达基层。', '（市财政局，2025年底前。', '（2025年底前，市财政局牵头。各地要推动财政资金直达基层。', '（责任单位：市财政局　完成时限：2025年4月底前。各地要推动财政资金直达基层。']) {
      const t = doc(line);
      const g = findings(t, 'GW206');
      const at = 19 + line.indexOf('。');
      assert.deepStrictEqual(g.map((x) => [x.range.start.line, x.range.start.character, x.range.end.character, x.fixes!.map((k) => [k.safe, k.edits[0].range.start.character])]), [[1, 19, at, [[false, at], [false, at]]]], line);
      assert.strictEqual(fixAll(t).text, t);
    }
    // Not where the deadline may go on after the spaces, nor a sentence glued on it (a deadline and what is due then),
    // nor the bracket's own legend after a 。.
    for (const line of [
      '（市财政局牵头；2025年底前 完成。',
      '（市财政局牵头；2025年底前 建成投用。各地要推动财政资金直达基层。',
      '（市财政局牵头；2026年底前完成推进政务大模型应用。',
      '（市财政局、市税务局，长期坚持。排在第一位的为牵头单位，下同。各地要推动财政资金直达基层。',
    ]) {
      const got = findings(doc(line), 'GW206').filter((x) => x.range.start.line === 1);
      assert.deepStrictEqual(got.map((x) => x.range.end.character).filter((e) => e < 19 + line.length - 1), [], line);
    }
  });

  it('GW206 closes a bracket left open after a task\'s 。 right after a role\'s verb when the next sentence follows with no space, safely only where more sentences follow', () => {
    const doc = (line: string) => lines('一、任务', `（一）加强资金监管。完善资金拨付制度。${line}`, '（二）做好税收征管工作。（市税务局、市财政局）', '（三）做好预算工作。（市财政局、市审计局）');
    const glued = doc('（市财政局牵头，市税务局配合推动财政资金直达基层。以绩效评价为抓手，提高资金效益。（市审计局负责）');
    const { doc: d, findings: all } = analyze(glued);
    assert.deepStrictEqual(d.tasks.map((t) => [t.path, t.lead.join('、'), t.coop.join('、')]), [['一、（一）#1', '市财政局', '市税务局'], ['一、（一）#2', '市审计局', ''], ['一、（二）', '市税务局', '市财政局'], ['一、（三）', '市财政局', '市审计局']]);
    const f = all.filter((x) => x.rule === 'GW206');
    assert.deepStrictEqual(f.map((x) => [x.range.start.line, x.range.start.character, x.range.end.character]), [[1, 19, 33]]);
    assert.deepStrictEqual(f[0].fixes!.map((k) => [k.title, k.safe, k.edits[0].range.start.character, k.edits[0].range.end.character, k.edits[0].newText]), [['补上“）”', true, 33, 33, '）']]);
    assert.deepStrictEqual(all.filter((x) => x.rule === 'GW201'), []);
    assert.strictEqual(fixAll(glued).text.split('\n')[1], '（一）加强资金监管。完善资金拨付制度。（市财政局牵头，市税务局配合）推动财政资金直达基层。以绩效评价为抓手，提高资金效益。（市审计局负责）');
    // The last sentence of the line after it: the bracket might run to the line's end as a remark would; offered, not safe.
    const last = doc('（市财政局、市税务局指导推动财政资金直达基层。');
    const g = findings(last, 'GW206');
    assert.deepStrictEqual(g.map((x) => [x.range.start.character, x.range.end.character, x.fixes!.map((k) => [k.safe, k.edits[0].range.start.character, k.edits[0].newText])]), [[19, 31, [[false, 31, '）']]]]);
    assert.strictEqual(fixAll(last).text, last);
    // A role word inside a name does not end the list: the spaces after the name do.
    assert.deepStrictEqual(findings(doc('（市就业指导中心、市人社局 各地要推动就业政策落地。'), 'GW206').map((x) => [x.range.start.character, x.range.end.character]), [[19, 32]]);
    // Not where the role goes on (its object, another role, a person, a particle), nor where a role or unit follows in the sentence.
    for (const line of [
      '（市财政局负责组织实施，市税务局配合。',
      '（市财政局负责指导各地开展工作，市税务局配合。',
      '（市财政局负责同志参加。做好会务保障。',
      '（市财政局负责的项目除外。做好会务保障。',
      '（市财政局负责落实。做好会务保障。',
      '（市财政局牵头2025年底前完成。做好会务保障。',
      '（市财政局牵头各区政府落实。做好会务保障。',
      '（市财政局指导中心加强监管。做好会务保障。',
    ]) {
      // (Closed at a 。 as before where all before it is units and roles: `（A负责组织实施，B配合。`.)
      const got = findings(doc(line), 'GW206').filter((x) => x.range.start.line === 1 && line.charAt(x.range.end.character - 19) !== '。');
      assert.deepStrictEqual(got, [], line);
    }
  });

  it('GW206 closes a bracket left open after a task\'s 。 right after a unit of the registry when the next sentence follows with no space', () => {
    const doc = (line: string) => lines('一、任务', `（一）加强资金监管。完善资金拨付制度。${line}`, '（二）做好税收征管工作。（市税务局、市财政局）', '（三）做好预算工作。（市财政局、市审计局）');
    const registry = { ...defaultConfig(), units: ['市财政局', '市税务局', '市审计局', '市财政局机关党委'] };
    const glued = doc('（市财政局、市税务局加强资金监管。做好绩效评价工作。');
    const gw206 = (text: string, config: Config) => analyze(text, config).findings.filter((x) => x.rule === 'GW206' && x.range.start.line === 1);
    assert.deepStrictEqual(gw206(glued, registry).map((x) => [x.range.start.character, x.range.end.character, x.fixes!.map((k) => [k.safe, k.edits[0].range.start.character, k.edits[0].newText])]), [[19, 29, [[true, 29, '）']]]]);
    assert.deepStrictEqual(analyze(glued, registry).doc.tasks.map((t) => [t.path, t.lead.join('、'), t.coop.join('、')])[0], ['一、（一）', '市财政局', '市税务局']);
    assert.strictEqual(fixAll(glued, registry).text.split('\n')[1], '（一）加强资金监管。完善资金拨付制度。（市财政局、市税务局）加强资金监管。做好绩效评价工作。');
    // Without the registry, where the document writes the name in no other annotation, or where the registry's name goes on as a longer one, no end is certain there.
    const unknown = lines('一、任务', '（一）加强资金监管。完善资金拨付制度。（市财政局、市税务局加强资金监管。做好绩效评价工作。', '（二）做好审计工作。（市审计局）', '（三）做好统计工作。（市统计局）');
    assert.deepStrictEqual(gw206(unknown, defaultConfig()).filter((x) => x.range.end.character === 29), []);
    const longer = doc('（市税务局、市财政局机关党委加强资金监管。做好绩效评价工作。');
    assert.deepStrictEqual(gw206(longer, registry).filter((x) => x.range.end.character === 29), []);
  });

  it('GW206 closes a bracket left open after a task\'s 。 right after a unit the document writes in its other annotations, no registry given', () => {
    const doc = (line: string, ...below: string[]) => lines('一、任务', `（一）加强资金监管。完善资金拨付制度。${line}`, ...below);
    const gw206 = (text: string) => analyze(text).findings.filter((x) => x.rule === 'GW206' && x.range.start.line === 1);
    const shape = (text: string) => gw206(text).map((x) => [x.range.start.character, x.range.end.character, x.fixes!.map((k) => [k.safe, k.edits[0].range.start.character, k.edits[0].newText])]);
    // 市税务局 closed in the annotations below: the list ends at it; safe where another sentence follows on the line.
    const glued = doc('（市财政局、市税务局加强资金监管。做好绩效评价工作。（市审计局负责）', '（二）做好税收征管工作。（市税务局、市财政局）', '（三）做好预算工作。（市财政局、市审计局）');
    assert.deepStrictEqual(shape(glued), [[19, 29, [[true, 29, '）']]]]);
    const { doc: d } = analyze(glued);
    assert.deepStrictEqual(d.tasks.map((t) => [t.path, t.lead.join('、'), t.coop.join('、')]), [['一、（一）#1', '市财政局', '市税务局'], ['一、（一）#2', '市审计局', ''], ['一、（二）', '市税务局', '市财政局'], ['一、（三）', '市财政局', '市审计局']]);
    assert.strictEqual(fixAll(glued).text.split('\n')[1], '（一）加强资金监管。完善资金拨付制度。（市财政局、市税务局）加强资金监管。做好绩效评价工作。（市审计局负责）');
    // The last sentence of its line after it: offered, not safe.
    const last = doc('（市财政局、市税务局加强资金监管。', '（二）做好税收征管工作。（市税务局、市财政局）');
    assert.deepStrictEqual(shape(last), [[19, 29, [[false, 29, '）']]]]);
    assert.strictEqual(fixAll(last).text, last);
    // Not where the name is only in this bracket, or in the document's other brackets left open, nor where it goes on as a longer name.
    assert.deepStrictEqual(shape(doc('（市财政局、市税务局加强资金监管。做好绩效评价工作。', '（二）做好统计工作。（市统计局）')), []);
    assert.deepStrictEqual(shape(doc('（市财政局、市税务局加强资金监管。做好绩效评价工作。', '（二）做好统计工作。（市税务局、市统计局加强统计。')), []);
    assert.deepStrictEqual(shape(doc('（市财政局、市税务局稽查局加强资金监管。做好绩效评价工作。', '（二）做好税收征管工作。（市税务局）')).filter((x) => x[1] === 29), []);
  });

  it('GW206 reads a labelled bracket left open (`（责任领导：李强；责任单位：市信访局；整改时限：……`) as one annotation, one task', () => {
    const text = lines(
      '三、整改任务',
      '1.理论学习不够深入。整改措施：完善学习制度。（责任领导：张明；责任单位：市委宣传部；整改时限：2026年6月底前）',
      '2.联系群众不紧密。整改措施：落实接访制度。（责任领导：李强；责任单位：市信访局；整改时限：2026年9月底前',
      '3.基层减负不力。整改措施：精简文件会议。（责任领导：李强；责任单位：市委办公室；整改时限：长期坚持）',
    );
    const { doc, findings: all } = analyze(text);
    assert.deepStrictEqual(doc.annotations.map((a) => a.line), [1, 2, 3]);
    assert.deepStrictEqual(
      buildLedger(doc, 'x').tasks.map((t) => [t.path, t.title, t.lead.join('、'), t.leaders.join('、'), t.deadline]),
      [
        ['三、1.', '理论学习不够深入', '市委宣传部', '张明', '2026年6月底前'],
        ['三、2.', '联系群众不紧密', '市信访局', '李强', '2026年9月底前'],
        ['三、3.', '基层减负不力', '市委办公室', '李强', '长期坚持'],
      ],
    );
    assert.deepStrictEqual(all.filter((f) => f.rule === 'GW206').map((f) => f.range.start.line), [2]);
  });

  it('GW206 mends a mismatched pair of brackets, and half-width punctuation in a full-width annotation', () => {
    // `（…)` and `(…）`: made full-width in a full-width document, half-width in a half-width one.
    const full = '甲。（办公室牵头，组织部配合)\n乙。(财务科）\n丙。（人事科）\n丁。（宣传部）\n';
    assert.strictEqual(findings(full, 'GW206').length, 2);
    assert.strictEqual(fixAll(full).text, '甲。（办公室牵头，组织部配合）\n乙。（财务科）\n丙。（人事科）\n丁。（宣传部）\n');
    assert.strictEqual(fixAll('甲。(办公室)\n乙。(财务科)\n丙。（人事科)\n').text, '甲。(办公室)\n乙。(财务科)\n丙。(人事科)\n');
    // `责任单位:`, `牵头,` (left by GW205's fix of the commas inside the group), `;` between labels.
    const marks = '甲。（责任单位:党委组织部）\n乙。(市委金融办牵头,江河金融监管分局,市税务局、市财政局配合)\n丙。（责任领导:张三;责任部门:办公室）\n丁。（办公室）\n';
    assert.deepStrictEqual(findings(marks, 'GW206').map((f) => f.range.start.line), [0, 1, 2]);
    assert.strictEqual(
      fixAll(marks).text,
      '甲。（责任单位：党委组织部）\n乙。（市委金融办牵头，江河金融监管分局、市税务局、市财政局配合）\n丙。（责任领导：张三；责任部门：办公室）\n丁。（办公室）\n',
    );
    // Not a time, a number or a half-width document's own punctuation.
    assert.deepStrictEqual(findings('甲。（10:30前报办公室）\n乙。（办公室）\n丙。（财务科，1,000万元）\n', 'GW206'), []);
    assert.deepStrictEqual(findings('甲。(责任单位:办公室)\n乙。(财务科)\n', 'GW206'), []);
  });

  it('GW206 makes a unit\'s other name in half-width brackets full-width in a full-width document (`区委宣传部(区文明办)`)', () => {
    const text = '甲。（区委宣传部(区文明办)牵头，各街道配合）\n乙。（区委办公室（区档案局））\n丙。（区委组织部(区委老干部局)、区财政局）\n丁。\n责任单位：区委宣传部(区文明办)\n';
    const found = findings(text, 'GW206');
    assert.deepStrictEqual(found.map((f) => f.range.start.line), [0, 2, 4]);
    assert.strictEqual(found[0].message, '标注中单位名称的括号应使用全角“（）”。');
    assert.strictEqual(fixAll(text).text, '甲。（区委宣传部（区文明办）牵头，各街道配合）\n乙。（区委办公室（区档案局））\n丙。（区委组织部（区委老干部局）、区财政局）\n丁。\n责任单位：区委宣传部（区文明办）\n');
    // A half-width document keeps its brackets, and a full-width name is left alone.
    assert.deepStrictEqual(findings('甲。(区委宣传部(区文明办)牵头)\n乙。(区财政局)\n', 'GW206'), []);
    assert.deepStrictEqual(findings('甲。（区委宣传部（区文明办）牵头）\n乙。（区财政局）\n', 'GW206'), []);
  });

  describe('GW203 collective-lead (会同)', () => {
    it('flags a collective said to lead by 会同 (`各单位会同有关部门负责`), not a named unit that 会同 a collective, nor places leading each its own', () => {
      const text = lines('一、甲', '（一）推进甲项工作。（国家发展改革委会同有关部门负责）', '（二）推进乙项工作。（各单位会同有关部门负责）', '（三）推进丙项工作。（各省级人民政府会同有关部门负责）');
      assert.deepStrictEqual(findings(text, 'GW203').map((f) => f.range.start.line), [2]);
    });
  });

  describe('GW207 unit-name', () => {
    it('reads a bracket that says 指导 as one that says roles (`商务布` in a list of ministries), and a commission’s short name slipped (`银保坚会`)', () => {
      const text = lines(
        '一、甲',
        '（一）推进甲项工作。（生态环境部、商务部、银保监会指导）',
        '（二）推进乙项工作。（工业和信息化部、商务部指导）',
        '（三）推进丙项工作。（生态环境部、商务布、财政部指导）',
        '（四）推进丁项工作。（财政部、证监会、银保坚会指导）',
      );
      assert.deepStrictEqual(findings(text, 'GW207').map((f) => [f.range.start.line, f.message.match(/“(.+?)”/)![1]]), [[3, '商务布'], [4, '银保坚会']]);
      // The names as written are no slips: 证监会, 银保监会, and another body one character off at its start (保监会).
      assert.deepStrictEqual(findings(lines('一、甲', '（一）推进甲项工作。（证监会、银保监会指导）', '（二）推进乙项工作。（保监会、银监会指导）'), 'GW207'), []);
    });
    it('reads a person\'s post at a unit in brackets (`许亮（区应急局局长）`) as no annotation and no misspelt unit', () => {
      const text = lines(
        '一、工作专班组成',
        '组长：马俊峰（区委副书记、区长）。',
        '办公室设在区应急局，许亮（区应急局局长）兼任办公室主任。',
        '二、工作专班职责',
        '（一）统筹推进。研究部署重点工作。（区应急局牵头，各成员单位配合）',
        '（二）督导检查。组织开展明查暗访。（区应急局牵头，区住建局、区消防救援大队配合）',
        '三、专项工作组',
        '（一）危险化学品专项组。组长：许亮（区应急局局长）；成员单位：区应急局、区市场监管局。',
        '（二）建筑施工专项组。组长：彭涛（区住建局副局长）；成员单位：区住建局、区城管执法局。',
        '（三）消防安全专项组。组长：曹勇（区消防救援大队大队长）；成员单位：区消防救援大队、各街道办事处。',
      );
      const { doc, findings: all } = analyze(text);
      assert.deepStrictEqual(doc.annotations.map((a) => a.line), [4, 5]);
      assert.deepStrictEqual(all.filter((f) => /^GW20/.test(f.rule)), []);
      // A slip in a unit's own name is still one.
      assert.strictEqual(findings(text.replace('组长：彭涛（区住建局副局长）；成员单位：区住建局、区城管执法局。', '加强建筑施工安全。（区应急居）'), 'GW207').length, 1);
    });

    it("without a registry: a short unit's ending mistyped in a bracket that says its role (`（医务课牵头，护理部配合）` beside 医务科), not a bare bracket nor a person (`党支书`)", () => {
      const text = lines(
        '一、提升医疗质量',
        '（一）落实核心制度。（医务科牵头，质控办配合）',
        '（二）规范合理用药。（药剂科牵头，医务科配合）',
        '（三）推进日间手术。（医务课牵头，护理部配合）',
        '（四）加强院感防控。（院感科牵头，护理部配合）',
      );
      const { doc, findings: all } = analyze(text);
      assert.deepStrictEqual(doc.tasks.map((t) => t.lead), [['医务科'], ['药剂科'], ['医务课'], ['院感科']]);
      const slips = all.filter((f) => f.rule === 'GW207');
      assert.strictEqual(slips.length, 1);
      assert.match(slips[0].message, /医务课.*医务科/);
      assert.strictEqual(applyEdits(text, slips[0].fixes[0].edits), text.replace('医务课', '医务科'));
      assert.deepStrictEqual(all.filter((f) => f.rule === 'GW201'), []);
      // A bare bracket one character off is no annotation; nor is a person who leads a unit's name mistyped.
      assert.deepStrictEqual(analyze(text.replace('（医务课牵头，护理部配合）', '（医务课）')).doc.annotations.map((a) => a.line), [1, 2, 4]);
      const party = lines('一、加强支部建设', '（一）落实三会一课。（党支部负责）', '（二）开展主题党日。（党支部牵头，各党小组配合）', '（三）开展谈心谈话。（党支书牵头，各党小组配合）');
      assert.deepStrictEqual(findings(party, 'GW207'), []);
      assert.ok(isEndingSlip('教导触', '教导处') && !isEndingSlip('财务科', '财务处') && !isEndingSlip('党支书', '党支部') && !isEndingSlip('医务课', '医务处'));
    });
    it('without a registry: a near miss of a unit used more often', () => {
      const text = '甲。（党委组织部）\n乙。（党委组织部、纪委）\n丙。（党委组织布）\n';
      const [f] = findings(text, 'GW207');
      assert.ok(f);
      assert.match(f.message, /党委组织部/);
      assert.strictEqual(applyEdits(text, f.fixes[0].edits), text.replace('组织布', '组织部'));
    });
    it('without a registry: the answers follow the tally of names from one version to the next, and from one document to another', () => {
      // GW207 keeps its answers for the last tally of names (rules/units.ts NameTally): an edit
      // that leaves the tally alone reuses them; one that changes it, or another document, does not.
      const before = '甲。（党委组织部）\n乙。（党委组织部、纪委）\n丙。（党委组织布）\n';
      const typed = before.replace('甲。', '甲项。');
      const flipped = before.replace('（党委组织部）', '（党委组织布）').replace('乙。（党委组织部、', '乙。（党委组织布、');
      const named = (t: string) => findings(t, 'GW207').map((f) => `${f.range.start.line}:${f.message.match(/“(.+?)”/)![1]}`);
      const first = analyze(before);
      assert.deepStrictEqual(named(before), ['2:党委组织布']);
      const again = analyze(typed, defaultConfig(), first.handover).findings.filter((f) => f.rule === 'GW207');
      assert.deepStrictEqual(again.map((f) => f.range.start.line), [2]);
      assert.deepStrictEqual(named(flipped), []);
      // As often as the right name, the slip is no longer the odd one out.
      assert.deepStrictEqual(named(before + '丁。（党委组织布）\n'), []);
      assert.deepStrictEqual(named('甲。（县人力资源局）\n乙。（县人力资源局）\n丙。（县人力资原局）\n'), ['2:县人力资原局']);
      assert.deepStrictEqual(named(before), ['2:党委组织布']);
    });
    it('without a registry: sibling units named by their place or field are no near miss (城东/城南街道办事处, 东湖区/西湖区人民政府, 交警/特警大队)', () => {
      const pairs = [
        ['城东街道办事处', '城南街道办事处'],
        ['城关镇人民政府', '城东镇人民政府'],
        ['区公安分局城关派出所', '区公安分局城东派出所'],
        ['区公安分局交警大队', '区公安分局特警大队'],
        ['东湖区人民政府', '西湖区人民政府'],
        ['市税务局城东分局', '市税务局城西分局'],
      ];
      for (const [usual, other] of pairs) {
        const text = `甲。（${usual}负责）\n乙。（${usual}负责）\n丙。（${usual}负责）\n丁。（${other}负责）\n`;
        assert.deepStrictEqual(findings(text, 'GW207'), [], other);
      }
      // A slip in a department's own words is still one.
      const slip = '甲。（区住房和城乡建设局负责）\n乙。（区住房和城乡建设局负责）\n丙。（区住房和城乡建没局负责）\n';
      assert.deepStrictEqual(findings(slip, 'GW207').map((f) => f.range.start.line), [2]);
    });
    it('without a registry: a slip in the stem of a department\'s four-character name written once (市民正局 beside 市民政局), not another department (市民宗局, 市税务局)', () => {
      const body = (odd: string, n = 1) =>
        ['（一）完善养老服务。（市民政局牵头，市财政局配合）', '（二）加强社会救助。（市民政局、市财政局）', '（三）扩大消费。（市商务局牵头）', '（四）促进外贸。（市商务局牵头，市财政局配合）', ...Array.from({ length: n }, (_, k) => `（${k + 5}）某项工作${k}。（${odd}、市财政局）`), ''].join('\n');
      const named = (t: string) => findings(t, 'GW207').map((f) => `${f.range.start.line}:${f.message.match(/“(.+?)”/)![1]}:${f.message.match(/“(.+?)”/g)![1]}`);
      assert.deepStrictEqual(named(body('市民正局')), ['4:市民正局:“市民政局”']);
      assert.deepStrictEqual(named(body('市财正局')), ['4:市财正局:“市财政局”']);
      assert.strictEqual(applyEdits(body('市民正局'), findings(body('市民正局'), 'GW207')[0].fixes[0].edits), body('市民政局'));
      // Other departments one character apart, a slip written twice (the drafter's own name), another level or ending: none.
      for (const other of ['市民宗局', '市税务局', '市民族局', '市民政委']) assert.deepStrictEqual(named(body(other)), [], other);
      // Another level's slip is no slip of 市民政局, but is one of the common name 民政局, its level kept.
      assert.deepStrictEqual(named(body('县民正局')), ['4:县民正局:“县民政局”']);
      assert.deepStrictEqual(named(body('市民正局', 2)), []);
      // Departments whose stems are one character off another department's (老干部局 / 老龄, 乡村振兴局 / 乡村, 海事局 / 海洋).
      const pair = (usual: string, other: string) => [`（一）甲。（${usual}牵头，市财政局配合）`, `（二）乙。（${usual}）`, `（三）丙。（${other}）`, ''].join('\n');
      for (const [usual, other] of [['市老龄局', '市老干局'], ['县乡村局', '县乡振局'], ['市海洋局', '市海事局'], ['市住房局', '市住保局']]) assert.deepStrictEqual(findings(pair(usual, other), 'GW207'), [], other);
      assert.strictEqual(findings(pair('市老干局', '市老千局'), 'GW207').length, 1);
    });
    it('without a registry: a unit written once one character off a common body\'s standard name (市财正局, 区卫建委, 市场监官局, 教导外, 区委宣传不), its place kept in the fix', () => {
      const body = (odd: string, n = 1) =>
        ['某某工作方案', '一、重点任务', '（一）完善养老服务。（区民政局牵头，区财政局配合）', ...Array.from({ length: n }, (_, k) => `（${k + 2}）推进某项工作${k}。（${odd}牵头，各有关部门配合）`), ''].join('\n');
      const named = (t: string) => findings(t, 'GW207').map((f) => `${f.range.start.line}:${f.message}:${f.fixes.map((x) => x.edits[0].newText).join('/')}`);
      const said = (odd: string, fix: string) => `3:“${odd}”与常见机构名称“${fix}”仅差一个字，是否写错？:${fix}`;
      assert.deepStrictEqual(named(body('市财正局')), [said('市财正局', '市财政局')]);
      assert.strictEqual(applyEdits(body('市财正局'), findings(body('市财正局'), 'GW207')[0].fixes[0].edits), body('市财政局'));
      // 区卫建委: 卫健委's slip, not 住建委's (a stem's first character names its field).
      assert.deepStrictEqual(named(body('区卫建委')), [said('区卫建委', '区卫健委')]);
      assert.deepStrictEqual(named(body('市场监官局')), [said('市场监官局', '市场监管局')]);
      assert.deepStrictEqual(named(body('县应急管里局')), [said('县应急管里局', '县应急管理局')]);
      // An ending that names no unit: read as a unit in a bracket that says its role, and flagged, not GW201.
      for (const [odd, fix] of [['教导外', '教导处'], ['某某小学教导外', '某某小学教导处'], ['区委宣传不', '区委宣传部'], ['市妇连', '市妇联']]) {
        assert.deepStrictEqual(named(body(odd)), [said(odd, fix)], odd);
        assert.deepStrictEqual(findings(body(odd), 'GW201'), [], odd);
      }
      // A committee's short name with the full one's ending: both writings offered.
      assert.deepStrictEqual(named(body('发改委员会')), ['3:“发改委员会”混用了简称和全称，应为“发改委”或“发展和改革委员会”。:发改委/发展和改革委员会']);
      // The character written makes a department's stem with its neighbour: another body (交通运管局, a
      // 运输管理局), or a former name (文广新局, 文化广电新闻出版局 before 2018).
      for (const other of ['市交通运管局', '县文广新局', '县文体广新局']) assert.deepStrictEqual(named(body(other)), [], other);
      // Written twice, it is the drafter's own name; another unit of the document as near leaves it undecided.
      assert.deepStrictEqual(named(body('市财正局', 2)), []);
      assert.deepStrictEqual(named(body('区委宣传不').replace('区财政局配合', '区委宣传办、区委宣传处配合')), []);
    });
    it('without a registry: a grassroots body\'s or an office\'s ending mistyped in an annotation (城关派出听, 国务院扶贫版), by a fixed list of endings, whatever the segmenter was taught', () => {
      const text = lines(
        '关于做好帮扶工作的通知',
        '一、重点任务',
        '（一）开展结对帮扶活动。（财政部、国务院扶贫版负责）',
        '（二）做好资金保障。（财政部负责）',
        '（三）加强治安巡逻。（县公安局、城关派出听）',
        '（四）做好宣传工作。（县委宣传部负责）',
      );
      const named = () => findings(text, 'GW207').map((f) => `${f.range.start.line}:${f.message}:${f.fixes.map((x) => x.edits[0].newText).join('/')}`);
      const first = named();
      assert.deepStrictEqual(first, [
        '2:“国务院扶贫版”与常见机构名称“国务院扶贫办”仅差一个字，是否写错？:国务院扶贫办',
        '4:“城关派出听”与常见机构名称“城关派出所”仅差一个字，是否写错？:城关派出所',
      ]);
      assert.deepStrictEqual(findings(text, 'GW201'), []);
      clearLineCaches();
      assert.deepStrictEqual(named(), first);
      // Right names, names no ending word makes (`城关派出厅` would be a slip of 厅 too: only 派出所 is a word), and body text: none.
      assert.deepStrictEqual(findings(text.replace('派出听', '派出所').replace('扶贫版', '扶贫办'), 'GW207'), []);
      assert.deepStrictEqual(findings(text.replace('派出听', '派出片'), 'GW207').map((f) => f.range.start.line), [2]);
      assert.deepStrictEqual(findings(lines('一、重点任务', '（一）加强治安巡逻。由城关派出听取群众意见。（县公安局负责）', '（二）乙。（县公安局）'), 'GW207'), []);
    });
    it('without a registry: a short name written once, one character inside it off a unit written more often, that breaks the word of that unit\'s name (财正部 beside 财政部, 商物部, 人明银行)', () => {
      const body = (odd: string, known = '财政部') =>
        ['（一）甲项。（国家发展改革委、' + known + '负责）', '（二）乙项。（' + known + '、商务部负责）', '（三）丙项。（商务部、' + known + '负责）', `（四）丁项。（${odd}、国家发展改革委负责）`, ''].join('\n');
      const named = (t: string) => findings(t, 'GW207').map((f) => `${f.range.start.line}:${f.fixes.map((x) => x.edits[0].newText).join('/')}`);
      assert.deepStrictEqual(named(body('财正部')), ['3:财政部']);
      assert.deepStrictEqual(named(body('商物部')), ['3:商务部']);
      assert.strictEqual(applyEdits(body('财正部'), findings(body('财正部'), 'GW207')[0].fixes[0].edits), body('财政部'));
      assert.deepStrictEqual(named(body('人明银行', '人民银行')), ['3:人民银行']);
      // Another unit: the character makes a word (财务部, 商贸部 a department's stem), the first or the last character differs, written as often.
      for (const other of ['财务部', '商贸部', '材政部', '财政局', '财政厅']) assert.deepStrictEqual(named(body(other)), [], other);
      // After a level, a stem of one character names the body (市编办, 市侨办 beside 市台办).
      for (const other of ['市编办', '市侨办']) assert.deepStrictEqual(named(body(other, '市台办')), [], other);
      assert.deepStrictEqual(named(body('民宗局', '民政局')), []);
      assert.deepStrictEqual(named(body('财正部').replace('（一）甲项。（国家发展改革委、财政部负责）', '（一）甲项。（国家发展改革委、财正部负责）')), []);
    });
    it('without a registry: a national ministry written once one character off its standard name (农叶农村部, 住房成乡建设部, 教育布), not a 总局\'s 分局', () => {
      const body = (odd: string) => ['某某工作方案', '一、重点任务', '（一）完善养老服务。（民政部牵头，财政部配合）', `（二）推进某项工作。（${odd}牵头，各有关部门配合）`, ''].join('\n');
      const named = (t: string) => findings(t, 'GW207').map((f) => `${f.range.start.line}:${f.fixes.map((x) => x.edits[0].newText).join('/')}`);
      for (const [odd, fix] of [['农叶农村部', '农业农村部'], ['住房成乡建设部', '住房城乡建设部'], ['教育布', '教育局/教育厅/教育部'], ['自然资原部', '自然资源部']]) assert.deepStrictEqual(named(body(odd)), [`3:${fix}`], odd);
      for (const real of ['农业农村部', '市场监管分局', '税务分局', '教育部', '国管局']) assert.deepStrictEqual(named(body(real)), [], real);
    });
    it('without a registry: a ministry\'s three-character name written once with a slip inside its word (民证部, 教有部), not another body\'s short name (组宣部, 司令部, 商业部)', () => {
      const body = (odd: string) => ['某某工作方案', '一、重点任务', '（一）完善养老服务。（国家发展改革委牵头，人民银行配合）', `（二）推进某项工作。（${odd}牵头，各有关部门配合）`, ''].join('\n');
      const named = (t: string) => findings(t, 'GW207').map((f) => `${f.range.start.line}:${f.fixes.map((x) => x.edits[0].newText).join('/')}`);
      for (const [odd, fix] of [['民证部', '民政部'], ['教有部', '教育部'], ['商物部', '商务部'], ['司发部', '司法部']]) assert.deepStrictEqual(named(body(odd)), [`3:${fix}`], odd);
      for (const real of ['组宣部', '司令部', '商业部', '教学部', '财务部', '国安部', '外贸部', '财会部', '民生部', '科研部', '公务部']) assert.deepStrictEqual(named(body(real)), [], real);
    });
    it('without a registry: two three-character names written once each, one with a slip breaking the other\'s word (党正办 beside 党政办, 财正部 beside 财政部)', () => {
      const body = (right: string, odd: string) =>
        ['某某工作方案', '一、重点任务', `（一）完善养老服务。（${right}牵头，组织部配合）`, `（二）推进某项工作。（${odd}、组织部负责）`, ''].join('\n');
      const named = (t: string) => findings(t, 'GW207').map((f) => `${f.range.start.line}:${f.fixes.map((x) => x.edits[0].newText).join('/')}`);
      for (const [right, odd] of [['党政办', '党正办'], ['财政部', '财正部'], ['教育部', '教有部'], ['商务部', '商物部']]) {
        assert.deepStrictEqual(named(body(right, odd)), [`3:${right}`], odd);
        assert.deepStrictEqual(named(body(odd, right)), [`2:${right}`], right);
      }
      // Both characters make words, or neither does, or a short stem after a level: other units.
      for (const [a, b] of [['教务处', '教导处'], ['财务科', '财会科'], ['组织部', '组宣部'], ['司法部', '司令部'], ['外汇局', '外专局'], ['市台办', '市编办']]) {
        assert.deepStrictEqual(named(body(a, b)), [], b);
        assert.deepStrictEqual(named(body(b, a)), [], a);
      }
    });
    it('without a registry: a unit\'s ending typed as its homophone inside an annotation (县级是, 督查出 beside 县级市, 督查处), never in body text', () => {
      const text = lines(
        '一、重点任务',
        '（一）加强人才工作。（牵头单位：市委组织部，配合单位：各区、县级市）',
        '（二）优化人才服务。（牵头单位：市委组织部，配合单位：各区、县级市）',
        '（三）营造良好环境。（牵头单位：市委组织部，配合单位：各区、县级是）',
        '（四）抓好督促落实。（市委督查处牵头，市委组织部配合）',
        '（五）开展专项督查。（市委督查处牵头，市委组织部配合）',
        '（六）推进跟踪问效。（市委督查出牵头，市委组织部配合）',
        '（七）通过市委督查出问题的，限期整改。（市委组织部负责）',
      );
      const { doc, findings: all } = analyze(text);
      const slips = all.filter((f) => f.rule === 'GW207');
      assert.deepStrictEqual(slips.map((f) => `${f.range.start.line}:${f.fixes[0].edits[0].newText}`), ['3:县级市', '6:市委督查处']);
      assert.deepStrictEqual(all.filter((f) => f.rule === 'GW201'), []);
      assert.deepStrictEqual(doc.tasks.map((t) => t.lead), [['市委组织部'], ['市委组织部'], ['市委组织部'], ['市委督查处'], ['市委督查处'], ['市委督查出'], ['市委组织部']]);
      assert.strictEqual(applyEdits(text, slips[0].fixes[0].edits), text.replace('县级是', '县级市'));
      assert.ok(isEndingSlip('县级是', '县级市') && isEndingSlip('办公事', '办公室') && !isEndingSlip('县级市', '县级是') && !isEndingSlip('督查出', '督查科'));
    });
    it('without a registry: a unit written twice, once mistyped, where the character breaks a word of the other writing (人明银行 beside 人民银行, 市厂监管总局, 委圆会)', () => {
      const body = (right: string, odd: string) =>
        ['某某工作方案', '一、重点任务', `（一）完善养老服务。（${right}牵头，市财政局配合）`, `（二）推进某项工作。（${odd}、市民政局负责）`, ''].join('\n');
      const named = (t: string) => findings(t, 'GW207').map((f) => `${f.range.start.line}:${f.message}:${f.fixes.map((x) => x.edits[0].newText).join('/')}`);
      for (const [right, odd] of [['人民银行', '人明银行'], ['市场监管总局', '市厂监管总局'], ['税务总局', '税物总局'], ['市发展和改革委员会', '市发展和改革委圆会'], ['市人力资源和社会保障局', '市人力资源和社会保章局']]) {
        assert.deepStrictEqual(named(body(right, odd)), [`3:“${odd}”与本文另一处使用的“${right}”仅差一个字，是否写错？:${right}`], odd);
        assert.strictEqual(applyEdits(body(right, odd), findings(body(right, odd), 'GW207')[0].fixes[0].edits), body(right, right));
      }
      // Two units each written once: both characters make words or neither does, a short name's stem, another level or place, 总/分, a number.
      for (const [a, b] of [['财政部', '财务部'], ['外汇局', '外专局'], ['市台办', '市编办'], ['市教育局', '市体育局'], ['市场监管总局', '市场监管分局'], ['区城东街道办事处', '区城南街道办事处'], ['市第一巡察组', '市第二巡察组'], ['县人民法院', '县人民医院'], ['交警支队', '特警支队'], ['党委组织部', '党委宣传部'], ['市委组织部', '县委组织部']]) {
        assert.deepStrictEqual(named(body(a, b)), [], b);
        assert.deepStrictEqual(named(body(b, a)), [], a);
      }
      // The slip written twice is the document's own name for it: neither is flagged.
      assert.deepStrictEqual(named(body('人民银行', '人明银行').replace('市民政局负责', '人明银行负责')), []);
    });
    it('without a registry: a 总局 or a committee written once one character off its standard name (市场监馆总局, 税物总局, 县机构编制委圆会), not a 分局 of a 总局', () => {
      const body = (odd: string) => ['某某工作方案', '一、重点任务', '（一）完善养老服务。（民政部牵头，财政部配合）', `（二）推进某项工作。（${odd}牵头，各有关部门配合）`, ''].join('\n');
      const named = (t: string) => findings(t, 'GW207').map((f) => `${f.range.start.line}:${f.fixes.map((x) => x.edits[0].newText).join('/')}`);
      for (const [odd, fix] of [['市场监馆总局', '市场监管总局'], ['税物总局', '税务总局'], ['海关总暑', '海关总署'], ['市住房和城乡建设委圆会', '市住房和城乡建设委员会'], ['县机构编制委圆会', '县机构编制委员会'], ['市国有资产监督管理委圆会', '市国有资产监督管理委员会']]) {
        assert.deepStrictEqual(named(body(odd)), [`3:${fix}`], odd);
      }
      for (const real of ['市场监管分局', '税务分局', '海关分署', '体育总会', '市发展与改革委员会', '国家税务总局', '市场监管局']) assert.deepStrictEqual(named(body(real)), [], real);
    });
    it('without a registry: real names one character off a common body\'s name are no slips of it (市民宗局, 市税务局, 县教体局, 学工处, 机关党委 …)', () => {
      const real = [
        '市民宗局', '市税务局', '市文广局', '县教体局', '市城建局', '市科工局', '市民防局', '市公管局', '市卫计委', '市卫生局', '市工商局', '市文物局',
        '区委宣传部', '市委政法委员会', '市委机关工委', '机关党委', '国管局', '民航局', '各保监局', '市财政所', '学工处', '职教科', '医教科', '教务科', '继教处',
        '市政府办公厅', '市委组织处', '市市场监督管理局', '市政务服务和数据管理局', '市退役军人事务局', '城关镇政府办公室', '区融媒体中心', '市民服务中心',
      ];
      for (const name of real) {
        const text = ['某某工作方案', '一、重点任务', '（一）完善养老服务。（区民政局牵头，区财政局配合）', `（二）推进某项工作。（${name}牵头，各有关部门配合）`, ''].join('\n');
        assert.deepStrictEqual(findings(text, 'GW207'), [], name);
      }
      // A bracket that says no role is not read as units for a slipped ending (`（宣传不到位）`, `（区委宣传不）`).
      const bare = ['某某工作方案', '一、重点任务', '（一）完善养老服务。（区委宣传不）', ''].join('\n');
      assert.deepStrictEqual(parse(bare).annotations, []);
      const role = ['某某工作方案', '一、重点任务', '（一）完善养老服务。（区委宣传不牵头）', ''].join('\n');
      assert.deepStrictEqual(parse(role).annotations.flatMap((a) => a.units.map((u) => `${u.name}:${u.role}`)), ['区委宣传不:lead']);
    });
    it('without a registry: a slip as near to two units used more often (区名政局 beside 区财政局 and 区民政局) names both and offers both fixes, the more used preferred', () => {
      const text = lines('（一）甲。（区民政局牵头，区财政局配合）', '（二）乙。（区民政局）', '（三）丙。（区财政局牵头）', '（四）丁。（区财政局）', '（五）戊。（区名政局牵头）');
      const [f, ...rest] = findings(text, 'GW207');
      assert.deepStrictEqual(rest, []);
      assert.strictEqual(f.message, '“区名政局”与本文多处使用的“区财政局”或“区民政局”仅差一两个字，是否写错？');
      assert.deepStrictEqual(f.fixes.map((x) => [x.edits[0].newText, x.preferred]), [['区财政局', true], ['区民政局', false]]);
      // One unit near: one fix, as before.
      const one = findings(lines('（一）甲。（区民政局牵头）', '（二）乙。（区民政局）', '（三）丙。（区名政局牵头）'), 'GW207');
      assert.deepStrictEqual(one.map((x) => [x.message, x.fixes.length]), [['“区名政局”与本文多处使用的“区民政局”仅差一两个字，是否写错？', 1]]);
    });
    it('a bracket whose name is no unit\'s, one character off a unit written once (（区委组织布） beside 区委组织部) or only in the registry: GW207 with the fix, not GW201', () => {
      const body = (odd: string, units = '区委宣传部牵头，区委组织部配合') =>
        ['一、加强政治建设', `（一）组织开展专题学习。（${units}）`, '（二）严格落实第一议题制度。（区委办公室）', '二、加强组织建设', `（一）开展软弱涣散基层党组织整顿。（${odd}）`, '（二）加强村级后备力量培养。（区农业农村局牵头，区民政局配合）', '（三）推进农村集体三资管理。（区农业农村局牵头，区财政局配合）', ''].join('\n');
      const rules = (t: string, config: Partial<Config> = {}) => [...findings(t, 'GW201', config), ...findings(t, 'GW207', config)].map((f) => `${f.rule}:${f.range.start.line}:${f.message.match(/“(.+?)”/)![1]}`);
      assert.deepStrictEqual(rules(body('区委组织布')), ['GW207:4:区委组织布']);
      assert.strictEqual(applyEdits(body('区委组织布'), findings(body('区委组织布'), 'GW207')[0].fixes[0].edits), body('区委组织部'));
      // A name that is a unit's (区委组织处: another unit, perhaps), or no unit's near two units: left alone.
      assert.deepStrictEqual(rules(body('区委组织处')), []);
      assert.deepStrictEqual(rules(body('区委组织布', '区委宣传部牵头，区委组织部、区委组织办配合')), []);
    });
    it('with a registry: a bracket whose name is no unit\'s, one character off a registered unit the document never writes (（区委组织布）): GW207 with the fix, not GW201', () => {
      const body = (odd: string, units: string) =>
        ['一、加强政治建设', `（一）组织开展专题学习。（${units}）`, '（二）严格落实第一议题制度。（区委办公室）', '二、加强组织建设', `（一）开展软弱涣散基层党组织整顿。（${odd}）`, '（二）加强村级后备力量培养。（区农业农村局牵头，区民政局配合）', '（三）推进农村集体三资管理。（区农业农村局牵头，区财政局配合）', ''].join('\n');
      const rules = (t: string, config: Partial<Config> = {}) => [...findings(t, 'GW201', config), ...findings(t, 'GW207', config)].map((f) => `${f.rule}:${f.range.start.line}:${f.message.match(/“(.+?)”/)![1]}`);
      const registry = { units: ['区委宣传部', '区委组织部', '区委办公室', '区农业农村局', '区民政局', '区财政局'] };
      const alone = body('区委组织布', '区委宣传部');
      assert.deepStrictEqual(rules(alone, registry), ['GW207:4:区委组织布']);
      assert.strictEqual(applyEdits(alone, findings(alone, 'GW207', registry)[0].fixes[0].edits), body('区委组织部', '区委宣传部'));
    });
    it('without a registry: a near miss on a label line, which is read with it (not dropped with the line)', () => {
      const text = ['一、任务', '1.完善制度。', '责任单位：县委宣传部、县公安局', '2.加强培训。', '责任单位：县委宣传部、县财政局', '3.强化宣传。', '责任单位：县委宣传布、县公安局', '完成时限：2025年底前', ''].join('\n');
      const [f] = findings(text, 'GW207');
      assert.ok(f);
      assert.strictEqual(f.range.start.line, 6);
      assert.deepStrictEqual(parse(text).tasks.map((t) => [t.lead, t.deadline]), [[['县委宣传部'], null], [['县委宣传部'], null], [['县委宣传布'], '2025年底前']]);
    });
    it('GW208 without a registry: a slip in a unit named in body text (由党委组织布牵头, 市人力资源和社保障局), not other units or writings', () => {
      const tasks = ['市市场监管局', '党委组织部', '县人民医院', '市公安局交警支队', '区委巡察办', '市人力资源和社会保障局', '市文广旅局', '市发展改革委'];
      const head = tasks.flatMap((u, i) => [`（${i + 1}）任务甲${i}。（${u}）`, `（${i + 11}）任务乙${i}。（${u}）`]).join('\n') + '\n';
      const text = head + '由党委组织布牵头，报市人力资源和社保障局备案。\n';
      const got = findings(text, 'GW208');
      assert.deepStrictEqual(got.map((f) => f.message.match(/“(.+?)”/)![1]), ['党委组织布', '市人力资源和社保障局']);
      assert.strictEqual(applyEdits(text, got[0].fixes[0].edits), text.replace('党委组织布', '党委组织部'));
      const legit = [
        '县人民法院、县人民检察院依法办案，市公安局特警支队做好应急处置。',
        '对党委组织不到位、党委组织力弱化的问题，党委组织员要及时报告，党委组织的活动要规范。',
        '实现区委巡察全覆盖，区委巡察组加强指导。市财政将加大投入。',
        '2017年，原市文广新局与市人力资源社会保障局、省人力资源和社会保障厅、人力资源和社会保障部联合发文。',
        '省发展改革委、市发展和改革委员会、发展改革委联合部署，各县市场监管局配合。',
        '市市场监管局会同县区市场监管局、市场监管局驻区分局开展检查。',
      ];
      for (const ok of legit) assert.deepStrictEqual(findings(head + ok + '\n', 'GW208'), [], ok);
      // With a registry, body text is left alone.
      assert.deepStrictEqual(findings(text, 'GW208', { units: tasks }), []);
    });
    it('GW208 flags the body text\'s slip also where one annotation has the same slip (GW207 flags that one), not a unit the annotations use twice', () => {
      const tasks = ['区住房和城乡建设局', '区住房和城乡建设局', '区住房和城乡建设局', '区住房和城乡建没局', '区自然资源局'];
      const head = tasks.map((u, i) => `（${i + 1}）任务${i}。（${u}牵头）`).join('\n') + '\n';
      const text = head + '由区住房和城乡建没局会同区财政局研究制定资金管理办法。\n';
      assert.deepStrictEqual(findings(text, 'GW207').map((f) => f.range.start.line), [3]);
      assert.deepStrictEqual(findings(text, 'GW208').map((f) => [f.range.start.line, f.message.match(/“(.+?)”/)![1]]), [[5, '区住房和城乡建没局']]);
      // Used twice in the annotations, the name is no slip of theirs (GW207 leaves it alone too).
      const twice = head.replace('（5）任务4。（区自然资源局牵头）', '（5）任务4。（区住房和城乡建没局牵头）');
      assert.deepStrictEqual(findings(twice + '由区住房和城乡建没局会同区财政局研究制定资金管理办法。\n', 'GW208'), []);
    });
    it('GW208 follows edits: the names an annotation adds or takes away count at once (the counts are updated, not recounted)', () => {
      const config = defaultConfig();
      const body = '由党委组织布牵头，做好材料报送。';
      const lines = ['（1）任务甲。（党委组织部）', '（2）任务乙。（党委办公室）', '（3）任务丙。（党委组织部、党委办公室）', body, ''];
      const slips = (r: ReturnType<typeof analyze>) => r.findings.filter((f) => f.rule === 'GW208').length;
      let r = analyze(lines.join('\n'), config);
      assert.strictEqual(slips(r), 1);
      // 党委组织部 named once: no name to compare with.
      r = analyze(r.doc.source.text.replace('（3）任务丙。（党委组织部、党委办公室）', '（3）任务丙。（党委办公室）'), config, r.handover);
      assert.strictEqual(slips(r), 0);
      // Named twice again, by another line.
      r = analyze(r.doc.source.text.replace('（2）任务乙。（党委办公室）', '（2）任务乙。（党委组织部）'), config, r.handover);
      assert.strictEqual(slips(r), 1);
      // A line with the same text added and removed.
      r = analyze(r.doc.source.text.replace(body, '（4）任务丁。（党委组织部）\n' + body), config, r.handover);
      assert.strictEqual(slips(r), 1);
      r = analyze(r.doc.source.text.replace('（1）任务甲。（党委组织部）\n', '').replace('（4）任务丁。（党委组织部）\n', ''), config, r.handover);
      assert.strictEqual(slips(r), 0);
    });
    it('does not confuse units of one family (财务处/财务部) or short names', () => {
      assert.deepStrictEqual(findings('甲。（财务处）\n乙。（财务处）\n丙。（财务部）\n', 'GW207'), []);
      assert.deepStrictEqual(findings('甲。（纪委）\n乙。（纪委）\n丙。（纪检）\n', 'GW207'), []);
    });
    it('does not confuse the same office at another level (县委组织部 / 市委组织部)', () => {
      const text = '甲。（县委组织部）\n乙。（县委组织部）\n丙。（市委组织部指导，县委组织部负责）\n丁。（县财政局、省财政局）\n戊。（县财政局）\n';
      assert.deepStrictEqual(findings(text, 'GW207'), []);
      // A slip inside the name is still one.
      assert.strictEqual(findings('甲。（县委组织部）\n乙。（县委组织部）\n丙。（县委组识部）\n', 'GW207').length, 1);
    });
    it('does not confuse offices of one kind that belong to different bodies (党委办公室 / 纪委办公室, 区委办公室 / 区委外事工作委员会办公室)', () => {
      const office = (names: string[]) => names.map((n, i) => `${'甲乙丙丁戊己庚辛'[i]}。（${n}、财务处）\n`).join('');
      const bodies = ['党委办公室', '党委办公室', '党委办公室', '纪委办公室', '团委办公室', '党政办公室', '市政协办公室', '区委农村工作领导小组办公室'];
      assert.deepStrictEqual(findings(office(bodies), 'GW207'), []);
      assert.deepStrictEqual(findings(office(['区委办公室', '区委办公室', '区委外事工作委员会办公室', '区人大常委会办公室', '党委工作部', '党委工作部', '党群工作部']), 'GW207'), []);
      // A misspelt office is still one: in its kind, or in a long owner.
      assert.strictEqual(findings(office(['党委办公室', '党委办公室', '党委办工室']), 'GW207').length, 1);
      assert.strictEqual(findings(office(['县农业农村局办公室', '县农业农村局办公室', '县农业农林局办公室']), 'GW207').length, 1);
    });
    it('without a registry: another abbreviation of a unit the document writes out more often', () => {
      const text = '甲。（市人力资源和社会保障局牵头）\n乙。（市人力资源和社会保障局、市财政局）\n丙。（市人社局牵头，市住建局配合）\n丁。（市住房和城乡建设局）\n';
      const fs = findings(text, 'GW207');
      // 市人社局 once against twice written out: info, with the usual writing as the fix.
      // 市住建局 once against 市住房和城乡建设局 once: neither is the usual writing.
      assert.deepStrictEqual(fs.map((f) => [f.range.start.line, f.severity]), [[2, 'info']]);
      assert.match(fs[0].message, /市人力资源和社会保障局/);
      assert.strictEqual(applyEdits(text, fs[0].fixes[0].edits), text.replace('市人社局', '市人力资源和社会保障局'));
      // The short form used more: the long one is the odd writing.
      const short = '甲。（市交通局）\n乙。（市交通局、市财政局）\n丙。（市交通运输局）\n';
      assert.deepStrictEqual(findings(short, 'GW207').map((f) => f.message.match(/“(.+?)”/)![1]), ['市交通运输局']);
    });
    it('abbreviations: same first and last character, the short one’s characters in order, two or more fewer', () => {
      for (const [a, b] of [['市人社局', '市人力资源和社会保障局'], ['市住建局', '市住房和城乡建设局'], ['市交通局', '市交通运输局'], ['县发改委', '县发展改革委']]) {
        assert.ok(isAbbreviation(a, b), `${a} / ${b}`);
      }
      for (const [a, b] of [['市委', '市委办公室'], ['市教育局', '市体育局'], ['财务处', '财务部'], ['市公安局', '市公安局交警支队'], ['市水务局', '市水利局'], ['市财政局', '县财政局'], ['市政局', '市政府']]) {
        assert.ok(!isAbbreviation(a, b) && !isAbbreviation(b, a), `${a} / ${b}`);
      }
    });
    it('abbreviations: a place\'s general body is no other body of the place, a department none of its neighbours', () => {
      // The formal 人民 / 民 is what short names leave out.
      for (const [a, b] of [['县政府', '县人民政府'], ['村委会', '村民委员会'], ['区法院', '区人民法院'], ['县市场监管局', '县市场监督管理局'], ['党建部', '党建工作部'], ['综合部', '综合管理部']]) {
        assert.ok(isAbbreviation(a, b), `${a} / ${b}`);
      }
      for (const [a, b] of [['村委会', '村务监督委员会'], ['居委会', '居务监督委员会'], ['安保部', '安全环保部'], ['综合部', '综合治理部'], ['总务科', '总务后勤科'], ['集团党委（党委办公室具体承办）', '集团党委（党委办公室、纪委办公室具体承办）']]) {
        assert.ok(!isAbbreviation(a, b) && !isAbbreviation(b, a), `${a} / ${b}`);
      }
      const text = '甲。（村委会负责）\n乙。（村委会牵头，村团支部配合）\n丙。（村务监督委员会负责）\n丁。（综合部）\n戊。（综合部）\n己。（综合治理部）\n';
      assert.deepStrictEqual(findings(text, 'GW207'), []);
    });
    it('units told apart by a number are other units of a series, not misspellings (第一/第二监督检查室, 市第一/第二人民医院)', () => {
      const text = lines(
        '甲。（第一监督检查室牵头，党风政风监督室配合）', '乙。（第一监督检查室）', '丙。（第二监督检查室）',
        '丁。（第三巡察组）', '戊。（第三巡察组）', '己。（第一巡察组）',
        '庚。（市第一人民医院）', '辛。（市第一人民医院）', '壬。（市第二人民医院）', '癸。（市人民医院）',
        '子。（第一纪检监察室）', '丑。（第一纪检监察室）', '寅。（第十二纪检监察室）', '卯。（第2项目部）', '辰。（第2项目部）', '巳。（第3项目部）',
      );
      assert.deepStrictEqual(findings(text, 'GW207'), []);
      // A misspelt name of the series is still one.
      assert.strictEqual(findings(lines('甲。（第一监督检查室）', '乙。（第一监督检查室）', '丙。（第一监督检察室）'), 'GW207').length, 1);
    });
    it('a 人大’s 专门委员会 and its 常委会’s 工作委员会 of one field are two bodies (法制委员会 / 法制工作委员会)', () => {
      const text = lines('甲。（法制委员会、财政经济委员会）', '乙。（法制委员会）', '丙。（法制工作委员会）', '丁。（社会建设委员会）', '戊。（社会建设委员会）', '己。（社会建设工作委员会）');
      assert.deepStrictEqual(findings(text, 'GW207'), []);
      assert.ok(!isAbbreviation('预算委员会', '预算工作委员会'));
      // Other offices still read `工作` as a word that only says it is an office.
      assert.ok(isAbbreviation('党建部', '党建工作部'));
    });
    it('with a registry: unknown units, suggestions and aliases', () => {
      const cfg = { units: ['办公室', '财务科', '人事科'], aliases: { 财务: '财务科' } };
      const fs1 = findings('甲。（办公室、财物科、财务）\n', 'GW207', cfg);
      assert.strictEqual(fs1.length, 2);
      assert.match(fs1[0].message, /是否为“财务科”/);
      assert.strictEqual(fs1[1].severity, 'info');
      const add = fs1[0].fixes.find((f) => f.command);
      assert.deepStrictEqual(add?.command, { id: 'gongwen.addUnitToRegistry', args: ['财物科'] });
    });
    it('with a registry: no suggestion of another unit one or two characters away (区教育局 is no slip of 区民政局), a slip still gets one', () => {
      const cfg = { units: ['区民政局', '区城市管理局', '城东街道办事处', '市委组织部'] };
      const fs1 = findings(lines('甲。（区教育局牵头，区科技局配合）', '乙。（区名政局）', '丙。（城南街道办事处）', '丁。（县委组织部）'), 'GW207', cfg);
      assert.deepStrictEqual(
        fs1.map((f) => [f.message, f.fixes.filter((x) => x.edits.length).map((x) => x.edits[0].newText)]),
        [
          ['“区教育局”不在单位名录中。', []],
          ['“区科技局”不在单位名录中。', []],
          ['“区名政局”不在单位名录中，是否为“区民政局”？', ['区民政局']],
          ['“城南街道办事处”不在单位名录中。', []],
          ['“县委组织部”不在单位名录中。', []],
        ],
      );
    });
  });
});

describe('seed 004 units and ledger', () => {
  const text = readSeed('004');
  const { doc, findings: all } = analyze(text);

  it('has no unit finding of severity warning or error', () => {
    assert.deepStrictEqual(all.filter((f) => /^GW2/.test(f.rule) && f.severity !== 'info').map((f) => `${f.rule}@${f.range.start.line + 1}`), []);
  });

  it('lists every task of sections 二–五 with its lead', () => {
    const ledger = buildLedger(doc, 'seed004.txt');
    const byPath = new Map(ledger.tasks.map((t) => [t.path, t]));
    assert.deepStrictEqual(ledger.tasks.map((t) => t.path), [
      '二、（一）', '二、（二）', '二、（三）', '三、（一）', '三、（二）', '四、（一）',
      '四、（二）1.', '四、（二）2.', '四、（二）3.', '四、（二）4.', '四、（二）5.', '四、（二）6.',
      '四、（三）', '五、（一）', '五、（二）', '五、（三）',
    ]);
    assert.deepStrictEqual(byPath.get('四、（二）2.')!.lead, ['办公厅']);
    assert.deepStrictEqual(byPath.get('二、（二）')!.lead, ['党委办公室']);
    assert.deepStrictEqual(byPath.get('二、（二）')!.coop, ['纪委', '党委组织部']);
    assert.ok(ledger.tasks.every((t) => t.lead.length === 1));
    const jiwei = ledger.units.find((u) => u.name === '纪委')!;
    assert.ok(jiwei.leads >= 8, JSON.stringify(jiwei));
  });

  it('counts a unit written in both scripts once, under the writing used most (simplified on a tie)', () => {
    const text = ['一、重点任务', '（一）整合数据。（市數據局牵头，市财政局配合）', '（二）建设平台。（市数据局牵头，市財政局配合）', '（三）健全标准。（市数据局）', ''].join('\n');
    const units = buildLedger(analyze(text).doc, 'x').units;
    assert.deepStrictEqual(units, [
      { name: '市数据局', leads: 3, cooperates: 0 },
      { name: '市财政局', leads: 0, cooperates: 2 },
    ]);
  });

  it('keeps the leaders of a task that names its leader and no unit yet', () => {
    const text = ['一、任务', '（一）推进签约。', '责任领导：副市长 李明', '责任单位：市甲局、市乙局', '（二）推进开工。', '责任领导：副市长 王强', '牵头单位：市丙局', '（三）推进投产。', '责任领导：副市长 王强', ''].join('\n');
    const rows = buildLedger(analyze(text).doc, 'x').tasks;
    assert.deepStrictEqual(rows.map((t) => [t.path, t.lead, t.leaders]), [
      ['一、（一）', ['市甲局'], ['副市长 李明']],
      ['一、（二）', ['市丙局'], ['副市长 王强']],
      ['一、（三）', [], ['副市长 王强']],
    ]);
  });

  it('has a 责任领导 column only where some task names its leaders', () => {
    const plain = buildLedger(doc, 'seed004.txt');
    assert.ok(plain.tasks.every((t) => t.leaders.length === 0));
    assert.doesNotMatch(ledgerToCsv(plain), /责任领导/);
    const led = buildLedger(analyze('一、任务\n（一）完善制度。（牵头领导：张副市长；牵头单位：办公室；配合单位：财务部）\n（二）加强培训。（人事部）\n').doc, 'x');
    assert.deepStrictEqual(led.tasks.map((t) => t.leaders), [['张副市长'], []]);
    assert.strictEqual(ledgerToCsv(led).split('\r\n')[1], '一、（一）,完善制度,办公室,财务部,,张副市长,,2');
    assert.match(ledgerToMarkdown(led), /\| 指导单位 \| 责任领导 \| 完成时限 \|/);
  });

  it('keeps the deadline a task without units gives in a bracket of its own', () => {
    const text = '一、任务\n（一）完善制度。修订全员责任制。（办公室负责）\n（二）加强应急能力建设。修订预案，组织演练。（2025年6月底前完成）\n（三）开展培训。（人事部牵头，办公室配合）\n（四）强化宣传。（长期坚持）\n（五）推进信息化。（信息中心负责）\n';
    const led = buildLedger(analyze(text).doc, 'x');
    assert.deepStrictEqual(
      led.tasks.map((t) => [t.path, t.lead.join('、'), t.deadline]),
      [
        ['一、（一）', '办公室', null],
        ['一、（二）', '', '2025年6月底前完成'],
        ['一、（三）', '人事部', null],
        ['一、（四）', '', '长期坚持'],
        ['一、（五）', '信息中心', null],
      ],
    );
    // The bracket names no one: the task is still asked for its units.
    assert.deepStrictEqual(analyze(text).findings.filter((f) => f.rule === 'GW201').map((f) => f.range.start.line), [2, 4]);
  });

  it('keeps the deadline a task without units gives in a label (`责任单位：；完成时限：…`)', () => {
    const text = '一、任务\n1.修订责任制。责任单位：安全环保部；完成时限：2025年3月底前。\n2.建立清单。责任单位：信息中心；完成时限：2025年4月底前。\n3.加强物资储备。责任单位：；完成时限：2025年6月底前。\n';
    const led = buildLedger(analyze(text).doc, 'x');
    assert.deepStrictEqual(led.tasks.map((t) => [t.path, t.lead.join('、'), t.deadline]), [
      ['一、1.', '安全环保部', '2025年3月底前'],
      ['一、2.', '信息中心', '2025年4月底前'],
      ['一、3.', '', '2025年6月底前'],
    ]);
    assert.deepStrictEqual(analyze(text).findings.filter((f) => f.rule === 'GW201').map((f) => f.range.start.line), [3]);
  });

  it('keeps the leader and the deadline of a bracket that names no unit (`（责任领导：张三；整改时限：长期坚持）`)', () => {
    const text = lines(
      '三、问题清单和整改措施',
      '1.产业结构偏重。整改措施：制定三年行动计划。（责任领导：王建国；责任单位：市发展改革委；整改时限：2026年12月底前）',
      '2.排污口整治不彻底。整改措施：开展排查整治。（责任领导：李卫东；责任单位：市生态环境局；整改时限：2026年9月底前）',
      '3.隐形变异问题时有发生。整改措施：开展专项整治。（责任领导：赵雪梅；整改时限：长期坚持）',
    );
    const led = buildLedger(analyze(text).doc, 'x');
    assert.deepStrictEqual(led.tasks.map((t) => [t.path, t.lead.join('、'), t.leaders.join('、'), t.deadline]), [
      ['三、1.', '市发展改革委', '王建国', '2026年12月底前'],
      ['三、2.', '市生态环境局', '李卫东', '2026年9月底前'],
      ['三、3.', '', '赵雪梅', '长期坚持'],
    ]);
    assert.deepStrictEqual(findings(text, 'GW201').map((f) => f.range.start.line), [3]);
  });

  it('counts a unit once in the statistics whichever brackets it is written with', () => {
    const text = '一、任务\n（一）甲。（市财政局牵头，各县（市、区）人民政府负责）\n（二）乙。（市商务局牵头，各县〔市、区〕人民政府负责）\n（三）丙。（市商务局）\n';
    const units = buildLedger(analyze(text).doc, 'x').units;
    assert.deepStrictEqual(units.map((u) => [u.name, u.leads, u.cooperates]), [['市商务局', 2, 0], ['市财政局', 1, 0], ['各县（市、区）人民政府', 0, 2]]);
  });

  it('lists the items that give only their time, with no units and no finding', () => {
    const text = [
      '市人大常委会2026年工作要点',
      '一、指导思想',
      '（一）坚持党的领导。（全年）',
      '二、加强地方立法',
      '（一）审议市城市绿化条例（修订草案）。（6月、12月）',
      '（二）审议市物业管理条例（草案）。（8月）',
      '（三）开展法规清理工作（全年）。',
      '（四）开展立法调研。（2026年）对立法项目开展调研。',
      '三、加强监督工作',
      '（一）听取审议市政府关于国有资产管理情况的报告。（10月）',
      '（二）开展大气污染防治法执法检查。（市人大城建环资工委，5月至9月）',
    ].join('\n');
    const { doc, findings } = analyze(text);
    assert.deepStrictEqual(
      buildLedger(doc, 'x').tasks.map((t) => [t.path, t.lead.join('、'), t.deadline]),
      [
        ['二、（一）', '', '6月、12月'],
        ['二、（二）', '', '8月'],
        ['二、（三）', '', '全年'],
        ['三、（一）', '', '10月'],
        ['三、（二）', '市人大城建环资工委', '5月至9月'],
      ],
    );
    assert.deepStrictEqual(findings.map((f) => f.rule), []);
  });

  it('does not list a schedule\'s days (第二天（5月13日）) nor when an event is held (二、培训时间和地点) as items that give their time', () => {
    const text = [
      '一、培训时间和地点',
      '培训时间：2025年5月12日至5月16日（12日报到）。',
      '二、课程安排',
      '第一天（5月12日）',
      '上午：报到。',
      '第二天（5月13日）',
      '上午：专题讲座。',
      '三、工作安排',
      '（一）审议年度报告。（8月）',
      '（二）组织学员论坛。',
      '第三天（5月14日）',
      '上午：学员论坛。',
    ].join('\n');
    const { doc } = analyze(text);
    assert.deepStrictEqual(buildLedger(doc, 'x').tasks.map((t) => [t.path, t.deadline]), [['三、（一）', '8月']]);
  });

  it('lists a task the appended table repeats once, with what the table adds', () => {
    const text = [
      '一、主要任务',
      '（一）压实安全责任。制定责任清单。（党委办公室牵头，保卫处配合）',
      '（二）开展隐患排查。对实验室开展排查。（实验室与设备管理处牵头，保卫处配合）',
      '（三）加强宿舍管理。（学生工作部〔处〕牵头，后勤管理处配合）',
      '附件',
      '任务分工表',
      '序号\t工作任务\t具体措施\t牵头单位\t配合单位\t完成时限',
      '1\t压实安全责任\t制定责任清单\t党委办公室\t保卫处\t2024年5月底前',
      '2\t开展隐患排查\t对实验室开展排查\t实验室与设备管理处\t保卫处\t2024年6月底前',
      '3\t加强宿舍管理\t整治违规电器\t学生工作部（处）\t后勤管理处\t2024年9月底前',
      '4\t加强宣传教育\t开展培训\t保卫处\t人事处\t长期坚持',
    ].join('\n');
    const led = buildLedger(analyze(text).doc, 'x');
    assert.deepStrictEqual(
      led.tasks.map((t) => [t.path, t.title.split('：')[0], t.lead.join('、'), t.deadline]),
      [
        ['一、（一）', '压实安全责任', '党委办公室', '2024年5月底前'],
        ['一、（二）', '开展隐患排查', '实验室与设备管理处', '2024年6月底前'],
        ['一、（三）', '加强宿舍管理', '学生工作部〔处〕', '2024年9月底前'],
        ['4', '加强宣传教育', '保卫处', '长期坚持'],
      ],
    );
    assert.deepStrictEqual(led.units.find((u) => u.name === '保卫处'), { name: '保卫处', leads: 1, cooperates: 2 });
  });

  it('reads the units a 纪要\'s decisions assign in their sentences, and asks nothing of the decisions that assign none', () => {
    const text = [
      '某县人民政府专题会议纪要',
      '一、关于农贸市场改造提升工作',
      '会议听取了县商务局的汇报。会议议定：',
      '（一）原则同意《县城农贸市场改造提升方案》，由县商务局牵头，县市场监管局、县财政局配合，进一步完善后于8月底前印发实施。',
      '（二）关于改造资金问题，由县财政局会同县发展改革局、县商务局研究提出筹措方案，于7月20日前报县政府。',
      '（三）县市场监管局要加强日常监管，每季度通报一次。',
      '（四）同意县城东市场先行改造，所需资金由县财政局从预备费中安排。',
      '二、关于防汛工作',
      '会议强调，要压实防汛责任。',
      '（一）由县应急管理局牵头，县水利局，县气象局、县自然资源局配合，于6月10日前开展一次应急演练。',
      '（二）各乡镇要加强值班值守。',
      '三、其他事项',
      '（一）原则同意县文旅局提出的方案，由县委宣传部牵头的专班负责宣传。',
      '（二）县图书馆新馆建设工作，由县领导牵头，县文旅局配合推进。',
    ].join('\n');
    const { doc, findings } = analyze(text);
    assert.deepStrictEqual(
      buildLedger(doc, 'x').tasks.map((t) => [t.path, t.title, t.lead.join('、'), t.coop.join('、'), t.deadline]),
      [
        ['一、（一）', '原则同意《县城农贸市场改造提升方案》，进一步完善后印发实施', '县商务局', '县市场监管局、县财政局', '8月底前'],
        ['一、（二）', '关于改造资金问题，研究提出筹措方案，报县政府', '县财政局', '县发展改革局、县商务局', '7月20日前'],
        ['一、（三）', '加强日常监管，每季度通报一次', '县市场监管局', '', null],
        ['二、（一）', '开展一次应急演练', '县应急管理局', '县水利局、县气象局、县自然资源局', '6月10日前'],
      ],
    );
    // No decision is asked for units; the mixed separators of 二、（一） are found (the fix touches only the comma).
    assert.deepStrictEqual(findings.filter((f) => f.rule.startsWith('GW2')).map((f) => [f.rule, f.range.start.line]), [['GW205', 9]]);
    const fixed = fixAll(text, defaultConfig()).text;
    assert.ok(fixed.includes('由县应急管理局牵头，县水利局、县气象局、县自然资源局配合，于6月10日前'));
  });

  it('reads a decision whose subject is the units (`A要会同B，……`, `A负责……`, `由A会同B，……`) in a list of decisions only', () => {
    const minutes = (intro: string) =>
      [
        '市政府常务会议纪要',
        '一、关于老旧小区改造工作',
        intro,
        '（一）市住建局要会同市财政局，于6月底前完成老旧小区改造资金测算。',
        '（二）由市自然资源和规划局会同市住建局，于7月15日前完成改造项目规划审批。',
        '（三）市城管局负责做好改造期间的渣土清运工作。',
        '（四）市教育局要会同市发展改革委、市自然资源和规划局抓紧研究新建学校布局方案，8月底前报市政府。',
        '（五）市財政局、市审计局要加强资金监管，确保专款专用。',
        '（六）各区政府要切实履行属地责任，做好居民沟通解释工作。',
        '（七）市人力资源社会保障局负责同志要提前谋划教师招聘工作。',
        '（八）会议要求，要加强宣传引导。',
      ].join('\n');
    const { doc, findings } = analyze(minutes('会议听取了市住建局的汇报。会议议定：'));
    assert.deepStrictEqual(
      buildLedger(doc, 'x').tasks.map((t) => [t.path, t.title, t.lead.join('、'), t.coop.join('、'), t.deadline]),
      [
        ['一、（一）', '完成老旧小区改造资金测算', '市住建局', '市财政局', '6月底前'],
        ['一、（二）', '完成改造项目规划审批', '市自然资源和规划局', '市住建局', '7月15日前'],
        ['一、（三）', '做好改造期间的渣土清运工作', '市城管局', '', null],
        ['一、（四）', '抓紧研究新建学校布局方案，报市政府', '市教育局', '市发展改革委、市自然资源和规划局', '8月底前'],
        ['一、（五）', '加强资金监管，确保专款专用', '市財政局', '市审计局', null],
      ],
    );
    // The units' ranges are their names in the text; the decisions that assign nothing are not asked.
    const a = doc.annotations.find((x) => x.line === 6)!;
    assert.deepStrictEqual(a.units.map((u) => [u.name, u.range.start.character, u.range.end.character]), [['市教育局', 3, 7], ['市发展改革委', 10, 16], ['市自然资源和规划局', 17, 26]]);
    assert.deepStrictEqual(findings.filter((f) => f.rule === 'GW201' || f.rule === 'GW202'), []);
    // Outside a list of decisions a subject is no assignment.
    const plain = analyze(minutes('今年要抓好以下工作。'));
    assert.deepStrictEqual(plain.doc.tasks.map((t) => t.path), ['一、（二）']);
    assert.deepStrictEqual(plain.findings.filter((f) => f.rule === 'GW201' || f.rule === 'GW202'), []);
  });

  it('reads a decision whose subject is the work and whose units follow 由 (`……工程由A牵头，B配合`), not the work as a unit', () => {
    const text = [
      '一、关于督察反馈问题整改工作',
      '会议议定：',
      '（一）县城污水处理厂提标改造工程由县住建局牵头，县发展和改革局、县财政局配合，于2026年9月底前完成。',
      '（二）县自然资源局要会同县林业局，于2026年6月底前形成排查报告。',
      '（三）自由贸易试验区管委会负责做好项目招商工作。',
    ].join('\n');
    assert.deepStrictEqual(
      buildLedger(analyze(text).doc, 'x').tasks.map((t) => [t.path, t.lead.join('、'), t.coop.join('、'), t.deadline]),
      [
        ['一、（一）', '县住建局', '县发展和改革局、县财政局', '2026年9月底前'],
        ['一、（二）', '县自然资源局', '县林业局', '2026年6月底前'],
        ['一、（三）', '自由贸易试验区管委会', '', null],
      ],
    );
  });

  it('reads the units a decision\'s lead works with (`请A牵头，会同B、C，于……`) and those that co-operate after its duty (`A负责开展……，B配合`)', () => {
    const text = [
      '一、关于安全生产治本攻坚工作',
      '会议议定：',
      '（一）请市应急管理局牵头，会同市住建局、市交通运输局，于6月底前完成隐患判定标准宣贯培训。',
      '（二）市消防救援支队负责开展高层建筑消防安全专项治理，市住建局配合。',
      '（三）城镇燃气安全专项整治工作，由市住建局牵头负责，市市场监管局配合。',
    ].join('\n');
    assert.deepStrictEqual(
      buildLedger(analyze(text).doc, 'x').tasks.map((t) => [t.path, t.title, t.lead.join('、'), t.coop.join('、'), t.deadline]),
      [
        ['一、（一）', '完成隐患判定标准宣贯培训', '市应急管理局', '市住建局、市交通运输局', '6月底前'],
        ['一、（二）', '开展高层建筑消防安全专项治理', '市消防救援支队', '市住建局', null],
        ['一、（三）', '城镇燃气安全专项整治工作', '市住建局', '市市场监管局', null],
      ],
    );
    // In a bracket too: `（A牵头，会同B、C）`.
    const bracket = analyze('一、任务\n（一）完善制度。（市应急管理局牵头，会同市住建局、市交通运输局）\n').doc.tasks[0];
    assert.deepStrictEqual([bracket.lead, bracket.coop], [['市应急管理局'], ['市住建局', '市交通运输局']]);
  });

  it('reads an assignment later in an item\'s sentence only in a list of decisions', () => {
    const plan = (intro: string) =>
      ['一、重点工作', intro, '（一）推进老旧小区改造，由区住建局牵头，区财政局配合，年底前完成。', '（二）推进背街小巷整治，由区城管局牵头，各街道配合。', '（三）做好宣传引导。'].join('\n');
    const leads = (text: string) => buildLedger(analyze(text).doc, 'x').tasks.map((t) => t.lead.join('、'));
    assert.deepStrictEqual(leads(plan('会议研究决定：')), ['区住建局', '区城管局']);
    assert.deepStrictEqual(leads(plan('今年要抓好以下工作。')), []);
    // Opening the item's sentence, it is the item's wherever the item stands; its sibling is not asked.
    const opening = ['一、重点工作', '（一）由区住建局牵头，区财政局配合，推进老旧小区改造。', '（二）做好宣传引导。'].join('\n');
    assert.deepStrictEqual(leads(opening), ['区住建局']);
    assert.deepStrictEqual(analyze(opening).findings.filter((f) => f.rule === 'GW201'), []);
  });

  it('does not ask for units an item whose sentence after its run-in title names them (`（三）……。由A牵头，B配合，……`, `（四）……。A要会同B……`), nor lists them outside a list of decisions', () => {
    const text = [
      '一、重点任务',
      '（一）推进甲项工作。推动甲项工作落地见效。（市发展改革委牵头，市财政局配合）',
      '（二）推进乙项工作。推动乙项工作落地见效。（市商务局负责）',
      '（三）推进丙项工作。由市住建局牵头，市财政局配合，推动丙项工作落地见效。',
      '（四）推进丁项工作。市教育局要会同市财政局抓紧制定实施细则。',
      '（五）强化督查抓落实。市委督查室、市政府督查室要加大跟踪督查力度。',
      '（六）推进戊项工作。推动戊项工作落地见效。（市民政局负责）',
      '（七）推进己项工作。各区要抓好落实。',
      '（八）推进庚项工作。推动庚项工作落地见效。（市财政局负责）',
      '（九）推进辛项工作。推动辛项工作落地见效。（市审计局负责）',
    ].join('\n');
    const { doc, findings } = analyze(text);
    // Only the item that names no unit, or only a collective (`各区要……` exhorts), is asked.
    assert.deepStrictEqual(findings.filter((f) => f.rule === 'GW201').map((f) => f.range.start.line), [7]);
    // Outside a list of decisions what the sentence says is no annotation: the ledger lists the
    // annotated tasks and the one that names no unit (a 总结's `（一）项目建设提速。由A牵头，建立了……`
    // is no task either).
    assert.deepStrictEqual(
      buildLedger(doc, 'x').tasks.map((t) => [t.path, t.title, t.lead.join('、'), t.coop.join('、')]),
      [
        ['一、（一）', '推进甲项工作', '市发展改革委', '市财政局'],
        ['一、（二）', '推进乙项工作', '市商务局', ''],
        ['一、（六）', '推进戊项工作', '市民政局', ''],
        ['一、（七）', '推进己项工作', '', ''],
        ['一、（八）', '推进庚项工作', '市财政局', ''],
        ['一、（九）', '推进辛项工作', '市审计局', ''],
      ],
    );
    const summary = ['某市2026年工作总结', '一、主要成效', '（一）项目建设提速。由市发展改革委牵头，建立了重大项目周调度机制。', '（二）民生实事落地。市住建局会同市财政局完成老旧小区改造120个。'].join('\n');
    assert.deepStrictEqual(buildLedger(analyze(summary).doc, 'x').tasks, []);
    // In a list of decisions the assignment after a run-in title is the decision's.
    const minutes = ['市政府专题会议纪要', '一、会议议定事项', text.split('\n').slice(3, 6).join('\n')].join('\n');
    assert.deepStrictEqual(
      buildLedger(analyze(minutes).doc, 'x').tasks.map((t) => [t.path, t.lead.join('、'), t.coop.join('、')]),
      [
        ['一、（三）', '市住建局', '市财政局'],
        ['一、（四）', '市教育局', '市财政局'],
        ['一、（五）', '市委督查室', '市政府督查室'],
      ],
    );
  });

  it('does not ask for units a heading on its line whose paragraph opens with them (`由A牵头，……`, `A要会同B……`)', () => {
    const text = [
      '一、重点任务',
      '（一）推进甲项工作',
      '推动甲项工作落地见效。（市发展改革委牵头，市财政局配合）',
      '（二）推进乙项工作',
      '推动乙项工作落地见效。（市商务局负责）',
      '（三）推进丙项工作',
      '由市住建局牵头，市财政局配合，推动丙项工作落地见效。',
      '（四）推进丁项工作',
      '',
      '市教育局要会同市财政局抓紧制定实施细则。',
      '（五）推进戊项工作',
      '推动戊项工作落地见效。（市民政局负责）',
      '（六）推进己项工作',
      '推动己项工作，由各区牵头抓好落实。',
    ].join('\n');
    assert.deepStrictEqual(analyze(text).findings.filter((f) => f.rule === 'GW201').map((f) => f.range.start.line), [12]);
  });

  it('lists tasks led by a bullet (▲ ◆ ★ ※) without it, in the ledger and the outline; the text and the findings keep it', () => {
    const text = lines(
      '某某县2025年重点工作任务',
      '一、发展壮大乡村产业',
      '　　◆做强特色产业。新建标准化基地5个。（县农业农村局牵头，县林业局配合）',
      '　　◆　培育新型经营主体。新认定示范合作社10家。（县农业农村局负责）',
      '　　▲ 一是发展乡村旅游，打造精品线路3条（县文旅局牵头）；二是办好农民丰收节（县委宣传部负责）。',
      '二、加强基层治理',
      '（一）★推进平安乡村建设。完善群防群治体系。（县委政法委牵头）',
      '（二）※开展矛盾纠纷排查化解。（县司法局负责）',
      '（三）□健全村规民约。',
    );
    const { doc, findings } = analyze(text);
    assert.deepStrictEqual(
      buildLedger(doc, 'x').tasks.map((t) => [t.path, t.title, t.lead.join('、')]),
      [
        ['一、#1', '做强特色产业', '县农业农村局'],
        ['一、#2', '培育新型经营主体', '县农业农村局'],
        ['一、#3', '发展乡村旅游，打造精品线路3条', '县文旅局'],
        ['一、#4', '办好农民丰收节', '县委宣传部'],
        ['二、（一）', '推进平安乡村建设', '县委政法委'],
        ['二、（二）', '开展矛盾纠纷排查化解', '县司法局'],
        ['二、（三）', '健全村规民约', ''],
      ],
    );
    const all = (s: OutlineSymbol): OutlineSymbol[] => [s, ...s.children.flatMap(all)];
    assert.deepStrictEqual(buildOutline(doc).flatMap(all).filter((s) => s.marker === '（一）' || s.marker === '（三）').map((s) => s.title), ['推进平安乡村建设', '健全村规民约']);
    // The finding on the bare item quotes the heading as written, and its range is the item's.
    const bare = findings.filter((f) => f.rule === 'GW201');
    assert.deepStrictEqual(bare.map((f) => [f.range.start.line, f.range.start.character]), [[8, 0]]);
    assert.match(bare[0].message, /□健全村规民约/);
  });

  it('shows titles without the zero-width spaces and BOMs a copy left inside them, in the ledger and the outline', () => {
    const text = lines('某某方案', '一、主要任务', '（一）推进村卫生室\u200b规范化建设。（基层处负责）', '（二）\ufeff配齐基本\u200d设备。（规划处负责）');
    const { doc } = analyze(text);
    assert.deepStrictEqual(buildLedger(doc, 'x').tasks.map((t) => t.title), ['推进村卫生室规范化建设', '配齐基本设备']);
    const all = (s: OutlineSymbol): OutlineSymbol[] => [s, ...s.children.flatMap(all)];
    assert.deepStrictEqual(buildOutline(doc).flatMap(all).filter((s) => s.marker === '（一）' || s.marker === '（二）').map((s) => s.title), ['推进村卫生室规范化建设', '配齐基本设备']);
  });

  it('reads a 简报 article whose headline a bullet leads (◆…) as an article of its own', () => {
    const text = lines(
      '工作简报',
      '第5期',
      '◆县政府召开全县安全生产工作会议',
      '　　5月8日，县政府召开全县安全生产工作会议。会议要求：',
      '一、压实安全生产责任。各乡镇、各部门要严格落实责任。（县应急管理局牵头）',
      '二、深化重点领域专项整治。扎实开展隐患排查。（县住建局负责）',
      '◆县农业农村局扎实推进夏粮生产',
      '　　今年以来，县农业农村局主要做法有：',
      '一、抓好小麦“一喷三防”。完成统防统治面积12万亩。',
      '二、强化农机调度。组织联合收割机投入“三夏”生产。',
    );
    const { doc, findings } = analyze(text);
    assert.deepStrictEqual(findings.filter((f) => f.rule === 'GW201'), []);
    assert.ok(buildOutline(doc).some((s) => s.title === '县农业农村局扎实推进夏粮生产'), JSON.stringify(buildOutline(doc).map((s) => s.title)));
  });

  it('parts a web article\'s section number from the levels under it in a task\'s path (`01 › 1.`), however it is written', () => {
    const paths = (text: string) => buildLedger(analyze(text).doc, 'x').tasks.map((t) => t.path);
    const body = (head: (n: string, title: string) => string[]) =>
      [
        '某某区2025年乡村振兴行动方案',
        ...head('01', '产业富民行动'),
        '1.做强特色产业。新建标准化基地5个。（区农业农村局牵头，各镇街道配合）',
        '2.发展农村电商。建设村级服务站20个。（区商务局负责）',
        ...head('02', '就业增收行动'),
        '一、开展技能培训',
        '（一）开展订单式培训1000人次。（区人力社保局负责）',
        '（二）开发公益性岗位200个。（区人力社保局牵头，区民政局配合）',
        ...head('03', '集体经济提升行动'),
        '推进“飞地抱团”发展（区委组织部牵头）；盘活闲置资产（各镇街道负责）。',
      ].join('\n');
    const expected = ['01 › 1.', '01 › 2.', '02 › 一、（一）', '02 › 一、（二）', '03#1', '03#2'];
    assert.deepStrictEqual(paths(body((n, t) => [n, t])), expected);
    assert.deepStrictEqual(paths(body((n, t) => [`${n}｜${t}`])), expected);
    assert.deepStrictEqual(paths(body((n, t) => [`/ ${n} /`, t])), expected);
  });

  it('names the heading of each table in its rows\' paths where tables under several headings each number from 1', () => {
    const paths = (text: string) => buildLedger(analyze(text).doc, 'x').tasks.map((t) => t.path);
    const table = (rows: string[][]) => ['| 序号 | 项目内容 | 牵头单位 | 配合单位 |', '|---|---|---|---|', ...rows.map((r) => `| ${r.join(' | ')} |`), ''];
    const text = [
      '某某区民生实事任务分工方案',
      '### 一、教育惠民',
      ...table([['1', '新建中小学校2所', '区教育局', '区财政局'], ['2', '配备护眼灯', '区教育局', '区财政局']]),
      '### 二、健康惠民',
      ...table([['1', '开展免费体检', '区卫生健康局', '区财政局'], ['2', '建设村卫生室', '区卫生健康局', '区财政局']]),
    ].join('\n');
    assert.deepStrictEqual(paths(text), ['一、1', '一、2', '二、1', '二、2']);
    // One table numbered on throughout keeps its 序号 alone.
    const one = ['某某区民生实事任务分工方案', '一、任务分工', ...table([['1', '新建中小学校2所', '区教育局', '区财政局'], ['2', '开展免费体检', '区卫生健康局', '区财政局']])].join('\n');
    assert.deepStrictEqual(paths(one), ['1', '2']);
  });

  it('names a table row\'s category row in its path (`一、1`) where the rows are numbered from 1 under each', () => {
    const paths = (text: string) => buildLedger(analyze(text).doc, 'x').tasks.map((t) => t.path);
    const table = (row: (cells: string[]) => string, category: (title: string) => string, head: string[] = []) =>
      [
        '某某区优化营商环境重点任务分工表',
        ...head,
        row(['序号', '重点任务', '牵头单位', '配合单位', '完成时限']),
        category('一、优化政务服务'),
        row(['1', '推进企业开办全程网上办理', '区市场监管局', '区政务服务中心', '2026年6月底前']),
        row(['2', '推行高效办成一件事', '区政务服务中心', '区直有关部门', '2026年12月底前']),
        category('二、加强要素保障'),
        row(['1', '健全重点项目用地保障机制', '区自然资源局', '区发展改革局', '2026年10月底前']),
        row(['2', '拓宽中小微企业融资渠道', '区金融办', '区工信局', '长期坚持']),
        '',
      ].join('\n');
    const expected = ['一、1', '一、2', '二、1', '二、2'];
    assert.deepStrictEqual(paths(table((c) => c.join('\t'), (t) => t)), expected, 'tabs');
    assert.deepStrictEqual(paths(table((c) => c.join(' | '), (t) => t)), expected, 'pipes');
    assert.deepStrictEqual(paths(table((c) => `| ${c.join(' | ')} |`, (t) => `| ${t} |`).replace('|\n| 一', '|\n|---|---|---|---|---|\n| 一')), expected, 'Markdown');
    // Its numeral in the 序号 column, its name in the next.
    assert.deepStrictEqual(paths(table((c) => c.join('\t'), (t) => `${t[0]}\t${t.slice(2)}`)), expected, 'two cells');
    // Its numeral and name in their columns, the other cells kept empty (a Markdown table writes
    // them all, a Word table copied keeps its tabs): a category, not a task without units (GW201).
    const keptCells = table((c) => `| ${c.join(' | ')} |`, (t) => `| ${t.slice(0, 2)} | ${t.slice(2)} |  |  |  |`).replace('|\n| 一', '|\n|---|---|---|---|---|\n| 一');
    assert.deepStrictEqual(paths(keptCells), expected, 'Markdown, empty cells kept');
    assert.deepStrictEqual(findings(keptCells, 'GW201'), []);
    const tabsKept = table((c) => c.join('\t'), (t) => `${t.slice(0, 2)}\t${t.slice(2)}\t\t\t`);
    assert.deepStrictEqual(paths(tabsKept), expected, 'tabs, empty cells kept');
    assert.deepStrictEqual(findings(tabsKept, 'GW201'), []);
    // A row numbered as the others are, its unit cells blank, is still a task asked for its units.
    assert.strictEqual(findings(table((c) => c.join('\t'), (t) => t).replace('区金融办\t区工信局', '\t'), 'GW201').length, 1);
    // Under a section of the text, and a category under a category: as a heading's path names its parents.
    const nested = [
      '一、总体要求',
      '　　坚持问题导向，持续优化营商环境。',
      '二、任务分工',
      '序号\t重点任务\t牵头单位\t配合单位',
      '（一）政务服务',
      '1.\t推进企业开办全程网上办理\t区市场监管局\t区政务服务中心',
      '（二）要素保障',
      '1.\t健全重点项目用地保障机制\t区自然资源局\t区发展改革局',
      '2.\t拓宽中小微企业融资渠道\t区金融办\t区工信局',
      '',
    ].join('\n');
    assert.deepStrictEqual(paths(nested), ['二、（一）1.', '二、（二）1.', '二、（二）2.']);
    // No category row: the row's number alone, under a section too.
    const plain = ['二、任务分工', '序号\t重点任务\t牵头单位', '1\t推进企业开办全程网上办理\t区市场监管局', '2\t健全重点项目用地保障机制\t区自然资源局', ''].join('\n');
    assert.deepStrictEqual(paths(plain), ['1', '2']);
  });

  it('renders CSV with a BOM and RFC 4180 quoting, and Markdown', () => {
    const ledger = buildLedger(doc, 'seed004.txt');
    const csv = ledgerToCsv(ledger);
    assert.ok(csv.startsWith('\ufeff序号,任务,牵头单位'));
    assert.strictEqual(csv.split('\r\n').length, ledger.tasks.length + 2);
    const quoted = ledgerToCsv({ file: 'x', units: [], tasks: [{ path: '一、', line: 1, title: '含"引号",逗号', lead: [], coop: [], guide: [], deadline: null, leaders: [] }] });
    assert.match(quoted, /"含""引号"",逗号"/);
    assert.match(ledgerToMarkdown(ledger), /\| 四、（二）2\. \| .* \| 办公厅 \|/);
  });
});

describe('corpus: unit rules', () => {
  it('give no warning or error on the published documents', () => {
    const bad: string[] = [];
    for (const f of corpusFiles()) {
      for (const x of analyze(fs.readFileSync(f, 'utf8')).findings) {
        if (/^GW2/.test(x.rule) && x.severity !== 'info') bad.push(`${path.basename(f)}:${x.range.start.line + 1} ${x.rule} ${x.message}`);
      }
    }
    assert.deepStrictEqual(bad, []);
  });
  it('find the annotations of the annotated documents (001, 002, 003, 005, 006, 008)', () => {
    const counts = Object.fromEntries(
      corpusFiles()
        .filter((f) => /\/00[1-8]\.txt$/.test(f))
        .map((f) => [path.basename(f), analyze(fs.readFileSync(f, 'utf8')).doc.annotations.length]),
    );
    for (const name of ['001.txt', '002.txt', '003.txt', '005.txt', '006.txt', '008.txt']) assert.ok(counts[name] >= 10, `${name}: ${counts[name]}`);
    assert.strictEqual(counts['004.txt'], 0);
    assert.strictEqual(counts['007.txt'], 0);
  });
});

describe('reading annotations does not depend on what the segmenter was taught', () => {
  // The segmenter learns every unit name an annotation says (teachSegmenter). A reading that cut a
  // name with it (`国务院|扶贫|版`) would read the same text otherwise once the name was taught: the
  // server's first analysis and a later one of the same line would disagree.
  it('gives the same findings before and after the document\'s names are taught', () => {
    const text = lines(
      '关于做好帮扶工作的通知',
      '各单位：',
      '一、重点任务',
      '（一）加强帮扶',
      '1.开展结对帮扶活动。（财政部、国务院扶贫版负责）',
      '2.做好资金保障。（财政部负责）',
      '3.抓好项目验收。（市法愿、财政部负责）',
    );
    const show = () => analyze(text, defaultConfig()).findings.map((f) => `${f.rule}@${f.range.start.line}:${f.range.start.character}`).join(' ');
    const first = show();
    clearLineCaches();
    assert.strictEqual(show(), first);
  });
});
