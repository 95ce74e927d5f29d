import * as assert from 'assert';
import { lint, parse } from '../../server/src/analysis';
import { describeCorrectDocuments, fixtureSet } from '../fixtures';

/**
 * Correct documents as they reach the editor messily (test/fixtures/genres-r31b): pasted from Word or WPS (a marker
 * alone on its line over its title, a heading and its body on one line after an ideographic space, tabs and runs of
 * `　` for indentation, CRLF with blank lines everywhere or nowhere, page numbers `—2—` `- 1 -` and a gazette's running
 * header mid-text, a title and sentences broken mid-line, 附件 lists on lines of their own, two issuers side by side,
 * 抄送 and 印发 lines), a web copy's half-width brackets and colon, attachments that restart their numbering, a plan
 * whose 一、 have （一） only in some sections, units after `牵头单位：` without brackets or on the lines below, and
 * loose times (`今年底前`, `年内`, `即日起`, `2025年1-6月`, `2025—2027年`).
 */
const FIXTURES = fixtureSet('genres-r31b');

/** The lead and co-operating units and the deadline a drafter reads, by task path (a sample). */
const LEADS: Record<string, Array<[string, string, string, string | null]>> = {
  '01': [['二、（一）', '市应急管理局', '各县〔市、区〕人民政府', null], ['四、', '市应急管理局', '', null]],
  '02': [['二、（二）', '安全稳定科', '', null], ['二、（三）', '安全稳定科', '基础教育科', '6月底前']],
  '04': [['一、（一）', '市教育局', '各县〔市、区〕人民政府', null], ['四、（二）', '市住房和城乡建设局', '市发展改革委', null]],
  '05': [['一、（一）', '食品经营安全监督管理科', '各县〔市、区〕市场监督管理局', null], ['一、（三）', '食品生产安全监督管理科', '', '11月底前']],
  '09': [['一、', '市商务局', '', null], ['二、', '市商务局', '市财政局、中国出口信用保险公司青山营销服务部', null], ['三、', '青山海关', '市商务局、市交通运输局', null], ['五、', '人民银行青山市分行', '国家金融监督管理总局青山监管分局', null]],
  '10': [['二、5.', '市委金融办', '人民银行青山市分行', null], ['三、8.', '市司法局', '', '2025年9月底前']],
  '16': [['一、（二）', '水旱灾害防御科', '河湖管理科', '4月底前'], ['三、', '运行管理科', '', null]],
  '17': [['一、（一）', '市农业农村局', '市卫生健康委、各县（市、区）人民政府', '2025年11月底前'], ['一、（三）', '市住房和城乡建设局', '市农业农村局', '年内']],
};

/** Each part's title and its top headings as the outline shows them (first 16 characters). */
const TOPS: Record<string, Array<[string, string[]]>> = {
  '01': [["青山市人民政府办公室关于做好20",["一、提高思想认识","二、压紧压实责任","三、强化隐患排查","四、做好应急准备"]]],
  '02': [["青山市教育局2025年校园安全工",["一、总体要求","二、重点工作","三、保障措施"]]],
  '03': [["青山市自然资源和规划局关于开展2",["一、检查内容","二、检查方式","三、工作要求"]]],
  '04': [["青山市人民政府关于印发青山市20",[]],["青山市2025年重点民生实事项目",["一、教育提升工程","二、医疗惠民工程","三、养老服务工程","四、住房保障工程"]]],
  '05': [["青山市市场监督管理局关于开展20",["一、重点任务","二、工作要求"]]],
  '06': [["青山市文化和旅游局关于举办202",["一、活动时间和地点","二、活动内容","三、有关要求"]],["2025年青山市乡村文化旅游节参",[]],["非遗展示展位需求表",["一、填报说明","二、需求信息"]]],
  '07': [["中共青山市委办公室　青山市人民政",["一、加强动态监测","二、提高保障水平","三、强化临时救助","四、落实工作责任"]]],
  '08': [["青山市2025年城市精细化管理提",["一、工作目标","二、重点任务","三、实施步骤","四、保障措施","五、工作要求"]]],
  '09': [["青山市2025年稳外贸稳外资工作",["一、支持企业开拓国际市场","二、加大出口信用保险支持","三、提升贸易便利化水平","四、强化外资项目服务","五、加强金融支持"]]],
  '10': [["青山市2025年优化营商环境重点",["一、政务服务","二、要素保障","三、法治保障"]]],
  '11': [["青山市人民政府关于公布第一批市级",[]]],
  '12': [["青山市人力资源和社会保障局关于做",["一、拓宽就业渠道","二、强化就业服务","三、工作要求"]]],
  '13': [["青山市人民政府关于2024年度县",["一、考核结果","二、有关要求"]]],
  '14': [["青山市财政局关于报送2026年度",["一、编制原则","二、报送要求","三、联系方式"]]],
  '15': [["青山市发展和改革委员会　青山市工",["一、支持方向","二、申报条件","三、申报时间"]]],
  '16': [["青山市水利局2025年水旱灾害防",["一、健全防御责任体系","二、加强监测预警","三、做好工程调度"]]],
  '17': [["青山市2025年农村人居环境整治",["一、重点任务","二、保障措施"]]],
  '18': [["中共青山市委组织部关于做好202",["一、科学编制招录计划","二、严格资格审查","三、规范面试考察","四、加强纪律监督"]]],
};

describeCorrectDocuments('correct documents pasted messily (round 31b)', FIXTURES, 18, LEADS, TOPS, { tasksOutside: true });

describe('a heading and its body on one line after a gap (round 31b)', () => {
  const plan = (first: string, third: string): string =>
    ['某市教育局2025年校园安全工作要点', '', first, '二、重点工作', '（一）强化安全责任落实。落实学校安全工作校长负责制。（安全稳定科）', '（二）开展防溺水专项教育。6月底前完成。（安全稳定科、基础教育科）', third, ''].join('\n');
  it('the title ends at the gap (`一、总体要求　坚持安全第一，……。`): no heading lacks a 。 its siblings do not have', () => {
    for (const gap of ['　', '　　', '\t', '  ']) {
      const doc = parse(plan(`一、总体要求${gap}坚持安全第一、预防为主，健全校园安全风险防控体系。`, `三、保障措施${gap}各单位要落实安全工作经费，配齐安全管理人员。`));
      assert.deepStrictEqual(doc.headings.filter((h) => !h.parent).map((h) => [h.title, h.runIn]), [['总体要求', true], ['重点工作', false], ['保障措施', true]], JSON.stringify(gap));
      assert.deepStrictEqual(lint(doc), [], JSON.stringify(gap));
    }
  });
  it('a task`s title ends at the gap too (`（二）加强校园周边治理　会同公安等部门开展……，……。`)', () => {
    const text = plan('一、总体要求', '三、保障措施').replace('（二）开展防溺水专项教育。6月底前完成。', '（二）加强校园周边治理　会同公安、市场监管等部门开展整治，重点整治无证经营问题。');
    assert.deepStrictEqual(parse(text).tasks.map((t) => t.title), ['强化安全责任落实', '加强校园周边治理']);
  });
  it('a title of two phrases (`一、提高政治站位　压实工作责任`, run in or not) keeps both', () => {
    for (const line of ['一、提高政治站位　压实工作责任', '一、提高政治站位　压实工作责任。各级党组织要把……摆上重要议程。']) {
      const doc = parse(plan(line, '三、保障措施'));
      assert.strictEqual(doc.headings[0].title, '提高政治站位　压实工作责任', line);
    }
  });
});

describe('a closing item on responsibility, and titles read from the cover notice or under 附件1 (round 31b)', () => {
  it('a flat notice`s last item `四、落实工作责任。各地要……` after annotated tasks needs no units', () => {
    for (const title of ['落实工作责任', '压实工作责任', '落实各方责任', '压实责任']) {
      const text = ['某市人民政府办公室关于做好困难群众基本生活保障工作的通知', '', '各县（市、区）人民政府，市政府各部门：', '现通知如下。', '一、加强动态监测。及时发现需要救助的困难群众。（市民政局）', '二、提高保障水平。建立低保标准动态调整机制。（市民政局、市财政局）', '三、强化临时救助。简化审批程序。（市民政局）', `四、${title}。各地要把困难群众基本生活保障工作列入重要议事日程，主要负责同志亲自抓。`, '', '某市人民政府办公室', '2025年6月3日', ''].join('\n');
      assert.deepStrictEqual(lint(parse(text)).map((f) => f.rule), [], title);
    }
  });
  it('the plan a cover notice issues is titled by the name the notice gives it, though no document type ends it', () => {
    const text = ['某市人民政府关于印发某市2025年重点民生实事项目的通知', '', '各县（市、区）人民政府：', '现将《某市2025年重点民生实事项目》印发给你们，请认真组织实施。', '', '某市人民政府', '2025年3月5日', '', '某市2025年重点民生实事项目', '', '一、教育提升工程', '（一）新建公办幼儿园10所。（市教育局）', '二、医疗惠民工程', '（一）建设紧密型县域医共体。（市卫生健康委）', ''].join('\n');
    assert.deepStrictEqual(parse(text).parts.map((p) => p.title), ['某市人民政府关于印发某市2025年重点民生实事项目的通知', '某市2025年重点民生实事项目']);
  });
  it('a form`s title under its `附件1` line (`……参展报名表`) heads its part: the next attachment is a part of its own', () => {
    const text = ['某市文化和旅游局关于举办乡村文化旅游节的通知', '', '各县（市、区）文化和旅游局：', '一、活动时间', '2025年9月20日。', '二、有关要求', '各地于8月31日前报送参展项目（见附件1）。', '', '附件：1.参展报名表', '2.展位需求表', '', '某市文化和旅游局', '2025年8月12日', '', '附件1', '', '2025年某市乡村文化旅游节参展报名表', '', '序号\t项目名称\t负责人', '1\t\t', '', '附件2', '', '展位需求表', '', '一、填报说明', '1.每个项目限报1个展位。', ''].join('\n');
    assert.deepStrictEqual(parse(text).parts.map((p) => p.title), ['某市文化和旅游局关于举办乡村文化旅游节的通知', '2025年某市乡村文化旅游节参展报名表', '展位需求表']);
  });
});
