import * as assert from 'assert';
import { analyze, defaultConfig, parse } from '../../server/src/analysis';
import { buildLedger } from '../../server/src/analysis/ledger';
import { buildOutline, OutlineSymbol } from '../../server/src/analysis/outline';
import fc from 'fast-check';
import { coldModel as cold, modelOf } from './model-of';

/** Every symbol's title, depth first. */
function titles(symbols: readonly OutlineSymbol[]): string[] {
  const out: string[] = [];
  const walk = (s: OutlineSymbol) => {
    out.push(s.title);
    s.children.forEach(walk);
  };
  symbols.forEach(walk);
  return out;
}

describe('genres probed in round 23', () => {
  it('a task quoted whole from a report (`1.“……。”（A、B）`) is titled by the quoted sentence, its quotes balanced', () => {
    const text = [
      '关于落实政府工作报告重点工作的分工意见',
      '一、稳定经济增长',
      '1.“全市地区生产总值增长6%左右。”（市发展改革委、市财政局）',
      '2.“实施重点项目500个，完成投资1200亿元以上。”（市发展改革委、市统计局）',
      '3.落实“放管服”改革。（市司法局）',
    ].join('\n');
    const doc = analyze(text, defaultConfig()).doc;
    assert.deepStrictEqual(
      buildLedger(doc, 'x').tasks.map((t) => [t.title, t.lead]),
      [
        ['全市地区生产总值增长6%左右', ['市发展改革委']],
        ['实施重点项目500个，完成投资1200亿元以上', ['市发展改革委']],
        ['落实“放管服”改革', ['市司法局']],
      ],
    );
    const h = doc.headings.find((x) => x.line === 2)!;
    // The title's range is the sentence inside the quotes.
    assert.strictEqual(text.split('\n')[2].slice(h.titleRange.start.character, h.titleRange.end.character), '全市地区生产总值增长6%左右');
    assert.ok(h.runIn);
  });

  it('the outline lists a phase by what its label counts (`（一）第一阶段：动员部署（4月）`), not by the ordinal alone', () => {
    const text = [
      '集中整治实施方案',
      '一、方法步骤',
      '（一）第一阶段：动员部署（2025年4月）',
      '1.召开动员部署会议。（市纪委监委牵头，市委办公室配合）',
      '（二）第二阶段：集中整治（2025年5月—10月）',
      '1.深入排查问题线索。（市纪委监委负责）',
      '二、工作要求',
      '（一）联系人：张三',
      '（二）会议时间：2025年4月17日上午9：30',
    ].join('\n');
    const out = titles(buildOutline(parse(text)));
    assert.ok(out.includes('第一阶段：动员部署（2025年4月）'), out.join(' | '));
    assert.ok(out.includes('第二阶段：集中整治（2025年5月—10月）'), out.join(' | '));
    // Other labels still stand for their line.
    assert.ok(out.includes('联系人'), out.join(' | '));
    assert.ok(out.includes('会议时间'), out.join(' | '));
  });

  it('the first article under a 督查通报\'s or 简报\'s masthead (第3期, issuer and date) opens a part titled by it, its 主送机关 read', () => {
    const text = [
      '某市人民政府督查室',
      '督查通报',
      '第3期',
      '某市人民政府督查室　　　　　　　　2025年5月16日',
      '关于2025年一季度重点工作落实情况的督查通报',
      '各县（市、区）人民政府，市政府各部门：',
      '现将有关情况通报如下。',
      '一、总体情况',
      '总体较好。',
      '二、督办事项',
      '（一）加快项目开工。（市发展改革委牵头，市自然资源和规划局配合）',
    ].join('\n');
    const d = parse(text);
    assert.deepStrictEqual(d.parts.map((p) => p.title), ['督查通报', '关于2025年一季度重点工作落实情况的督查通报']);
    assert.deepStrictEqual(d.frame.fields.map((f) => `${f.kind}@${f.line}`), ['banner@0', 'title@1', 'serial@2', 'date@3', 'recipients@5']);
    assert.deepStrictEqual(d.parts[1].headings.map((h) => h.marker.text), ['一、', '二、']);
    // A 简报's first headline, as its later ones.
    const brief = parse(['工作简报', '第3期', '某市人民政府办公室　　　　2025年5月16日', '护理部多措并举推进优质护理服务', '今年以来，护理部从三个方面推进工作。', '一、优化人力配置。', '二、深化整体护理。', '信息科完成电子病历系统升级改造', '为提升信息化水平，信息科完成升级。', '一、实现质量监控。'].join('\n'));
    assert.deepStrictEqual(brief.parts.map((p) => p.title), ['工作简报', '护理部多措并举推进优质护理服务', '信息科完成电子病历系统升级改造']);
    // A 纪要's head goes on into its text: no part.
    assert.strictEqual(parse(['某市人民政府常务会议纪要', '〔2024〕第15次', '某市人民政府办公室                2024年6月12日', '6月7日，市长主持召开会议。纪要如下：', '一、关于城市更新工作', '会议议定：由市住建局牵头推进。'].join('\n')).parts.length, 1);
  });

  it('the outline titles a heading that is a table\'s row (`（一）予以公开\\t62`) by its first cell', () => {
    const text = ['某区人民政府2024年政府信息公开工作年度报告', '一、收到和处理政府信息公开申请情况', '本年新收政府信息公开申请数量\t128', '本年度办理结果：', '（一）予以公开\t62', '（二）部分公开（区分处理的，只计这一情形）\t18', '（三）总计\t80'].join('\n');
    const out = titles(buildOutline(parse(text)));
    assert.deepStrictEqual(out.filter((t) => /公开$|情形）$|总计$/.test(t)), ['予以公开', '部分公开（区分处理的，只计这一情形）', '总计']);
  });

  it('GW103 leaves the standard\'s next level alone (`五、工作要求` | `（一）……`) where the tasks go 一、 → 1. throughout', () => {
    const gw103 = (text: string) => analyze(text, defaultConfig()).findings.filter((f) => f.rule === 'GW103').map((f) => f.range.start.line);
    const tasks: string[] = [];
    for (let k = 1; k <= 12; k++) tasks.push(k % 4 === 1 ? `${['一', '二', '三'][(k - 1) >> 2]}、第${k}类` : '', `${k}.任务${k}。（责任单位：县卫健委、县教育局）`);
    const text = ['某县任务分解', ...tasks.filter((l) => l), '四、工作要求', '（一）各责任单位要制定方案。', '（二）县爱卫办要加强督导。'].join('\n');
    assert.deepStrictEqual(gw103(text), []);
    // A family below the usual one is still flagged (（1） where the others hold （一）).
    assert.deepStrictEqual(gw103(['一、甲', '（一）子', '二、乙', '（一）子', '三、丙', '（一）子', '四、丁', '（1）子'].join('\n')), [7]);
  });

  it('GW201 asks the bare one of two siblings in a plan annotating every task, its 保障措施 items not counted against the share', () => {
    const text = [
      '某区教育事业发展规划',
      '一、主要任务',
      '（一）学前教育',
      '1.扩大普惠资源。新建幼儿园15所。（区教育局牵头，区财政局配合）',
      '2.提升保教质量。开展质量评估。（区教育局负责）',
      '（二）义务教育',
      '3.优化学校布局。新建中小学8所。（区教育局牵头，区住建局配合）',
      '4.深化集团化办学。组建教育集团10个。（区教育局负责）',
      '5.落实“双减”政策。规范校外培训。（区教育局牵头，区市场监管局配合）',
      '（三）高中教育',
      '6.扩大优质高中资源。新建普通高中2所。（区教育局牵头，区发展改革局配合）',
      '7.推进职普融通。建设综合高中试点1所。',
      '二、保障措施',
      '（一）加强党的领导。落实校长负责制。',
      '（二）加大经费投入。确保教育支出只增不减。',
      '（三）加强队伍建设。补充教师500名。',
    ].join('\n');
    const gw201 = analyze(text, defaultConfig()).findings.filter((f) => f.rule === 'GW201').map((f) => f.range.start.line);
    assert.deepStrictEqual(gw201, [11]);
    // With fewer than six tasks annotated the document says too little: no finding.
    const few = text.split('\n').filter((l) => !/^[345]\./.test(l) && l !== '（二）义务教育').join('\n');
    assert.deepStrictEqual(analyze(few, defaultConfig()).findings.filter((f) => f.rule === 'GW201'), []);
  });

  it('a 督查通报 with its masthead, edited at random with handovers, gives the model of a cold analysis', () => {
    const base = [
      '某市人民政府督查室',
      '督查通报',
      '第3期',
      '某市人民政府督查室　　　　2025年5月16日',
      '关于一季度重点工作落实情况的督查通报',
      '各县（市、区）人民政府，市政府各部门：',
      '现将有关情况通报如下。',
      '一、总体情况',
      '总体较好。',
      '二、督办事项',
      '（一）加快项目开工。（市发展改革委牵头，市自然资源和规划局配合）',
      '（二）加大促消费力度。（市商务局牵头，市财政局配合）',
      '1.“新建5G基站3000个。”（市工信局）',
    ].join('\n');
    const edit = fc.tuple(fc.nat(), fc.nat(12), fc.constantFrom('\n', '第4期', '工作简报', '关于某事的通报', '一、', '（三）', '', '某市商务局　　2025年6月1日', '　'));
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
        const config = defaultConfig();
        let text = base;
        let result = analyze(text, config);
        for (const [at, del, ins] of edits) {
          const p = at % (text.length + 1);
          text = text.slice(0, p) + ins + text.slice(p + del);
          result = analyze(text, config, result.handover);
          assert.deepStrictEqual(modelOf(result), cold(text));
        }
      }),
      { numRuns: 40 },
    );
  });
});
