import * as assert from 'assert';
import { analyze, defaultConfig, lint, parse } from '../../server/src/analysis';
import { buildLedger } from '../../server/src/analysis/ledger';
import { buildOutline } from '../../server/src/analysis/outline';
import { describeCorrectDocuments, fixtureSet } from '../fixtures';

/**
 * Correct documents of kinds not tried before (test/fixtures/genres-r32): a 任务分工方案 of one-line items
 * `1.……。（牵头单位：A；责任单位：B）` mixed with label lines below, a plan whose steps go `第一阶段：……（2025年3月—4月）`
 * with `（一）` afresh in each, a 中心组 学习计划 by months (`1月：` `7月—8月：`), a 学习教育 方案 with
 * `（责任单位：……　完成时限：……）`, county and township papers (各乡镇〔街道〕, 村（社区）, 各镇人民政府、街道办事处),
 * a 集中整治 方案 with `牵头领导：` lines and 整改时限 `立行立改` / `长期坚持`, a speech with 一要/二要 and 第一，/首先,
 * a 情况报告 full of figures, a 工作总结 with 存在的问题, a 工作动态 with 本期要目, a 调研报告, a 党支部 计划, an 演练方案
 * with a timetable, a 政府信息公开年度报告, a 领导班子分工, a 志愿服务 通知, a 党组工作规则, a 先进事迹 and a 任务清单
 * issued as an attached table.
 */
const FIXTURES = fixtureSet('genres-r32');

/** The lead and co-operating units and the deadline a drafter reads, by task path (a sample). */
const LEADS: Record<string, Array<[string, string, string, string | null]>> = {
  '01': [['一、1.', '市政务服务中心', '市直有关部门、各县〔市、区〕人民政府', null], ['一、2.', '市数据局', '市政务服务中心', null], ['二、5.', '市政务服务中心', '各县（市、区）人民政府', null], ['三、8.', '市委宣传部', '市政务服务中心', null]],
  '02': [['二、第一阶段（二）', '市城市管理局', '市自然资源和规划局、市住房和城乡建设局', '2025年3月—4月'], ['二、第二阶段（二）', '市城市管理局', '各县〔市、区〕人民政府', '即日起至2025年底'], ['二、第三阶段（二）', '市城市管理局', '市司法局', '2025年11月—12月']],
  '04': [['二、（一）', '局办公室', '机关党委', '2025年4月底前'], ['二、（三）', '机关党委', '各党支部', '2025年5月中旬'], ['二、（四）', '局属各单位', '机关各科室', '2025年6月底前']],
  '05': [['二、（一）', '县委组织部、县民政局', '各乡镇〔街道〕', null], ['二、（五）', '县委宣传部〔县文明办〕', '县妇联、团县委', null]],
  '07': [['二、（一）', '住房保障科', '房地产市场监管科、局纪检组', '立行立改，2025年9月底前完成'], ['二、（三）', '建筑市场监管科', '市建设工程质量安全监督站', '长期坚持'], ['二、（四）', '城镇燃气管理科', '市燃气安全监管中心', '立行立改、长期坚持']],
  '20': [['1', '市市场监管局', '市公安局、市人力资源社会保障局、市税务局', '2025年6月底前'], ['4', '市市场监管局', '市发展改革委、市财政局', '2025年3月—11月'], ['5', '市工商联', '市发展改革委、市委统战部', '长期坚持'], ['6', '市数据局', '市财政局、市直有关部门', '即日起至2025年底']],
};

/** Each part's title and its top headings as the outline shows them (first 16 characters). */
const TOPS: Record<string, Array<[string, string[]]>> = {
  '01': [["青山市2025年政务服务“一网通",["一、提升线上办事能力","二、提升线下服务水平","三、强化工作保障"]]],
  '02': [["青山市2025年“清违拆违”专项",["一、工作目标","二、工作步骤","三、工作要求"]]],
  '03': [["中共青山市交通运输局党组2025",["一、学习内容和时间安排","二、学习方式","三、有关要求"]]],
  '04': [["中共青山市财政局党组关于开展深入",["一、目标要求","二、主要措施","三、组织领导"]]],
  '05': [["中共云溪县委办公室　云溪县人民政",[]],["云溪县2025年移风易俗工作实施",["一、工作目标","二、重点任务","三、工作要求"]]],
  '06': [["云溪县人民政府办公室关于做好20",["一、压实防火责任","二、严格野外火源管控","三、加强隐患排查整治","四、做好扑救准备","五、严格值班值守"]]],
  '07': [["青山市住房和城乡建设局关于开展群",["一、总体要求","二、整治重点","三、方法步骤","四、工作要求"]]],
  '08': [["在全市2025年安全生产工作会议",["一、清醒认识当前安全生产形势","二、扎实抓好2025年重点工作","三、切实加强组织领导"]]],
  '09': [["青山市人民政府关于2025年上半",["一、经济运行总体情况","二、存在的主要问题","三、下半年工作打算"]]],
  '10': [["青山市市场监督管理局2024年工",["一、2024年工作开展情况","二、存在的问题","三、2025年工作思路"]]],
  '11': [["工作动态",[]],["全市召开重点项目建设推进会",[]],["市发展改革委多措并举推动民间投资",[]],["云溪县探索“村企联建”促进村集体",[]],["各地简讯",[]]],
  '12': [["关于我市县域医共体建设情况的调研",["一、基本情况","二、主要成效","三、存在的问题","四、对策建议"]]],
  '13': [["中共青山市统计局机关支部委员会2",["一、加强政治建设","二、加强思想建设","三、加强组织建设","四、主题党日活动安排"]]],
  '14': [["青山市2025年危险化学品事故应",["一、演练时间和地点","二、演练科目","三、演练组织","四、演练流程","五、工作要求"]]],
  '15': [["青山市生态环境局2024年政府信",["一、总体情况","二、主动公开政府信息情况","三、收到和处理政府信息公开申请情","四、政府信息公开行政复议、行政诉","五、存在的主要问题及改进情况","六、其他需要报告的事项"]]],
  '16': [["青山市自然资源和规划局关于调整局",[]]],
  '17': [["共青团青山市委员会关于开展202",["一、活动时间","二、服务站点","三、服务内容","四、工作安排","五、有关要求"]]],
  '18': [["中共青山市水利局党组工作规则",["第一条 为加强和规范党组工作，提","第二条 党组在本局发挥把方向、管","第三条 党组讨论和决定下列事项","第四条 党组会议一般每月召开1次","第五条 党组会议须有半数以上党组","第六条 党组会议议题由党组书记确","第七条 党组决定重大事项，应当实","第八条 党组会议应当有专人记录，","第九条 本规则由局党组负责解释，"]]],
  '19': [["扎根基层二十载　甘当群众贴心人—",["一、敢闯敢干，带领群众走上致富路","二、心系群众，当好百姓“贴心人”","三、清正廉洁，树立干部好形象"]]],
  '20': [["青山市人民政府办公室关于印发青山",[]],["青山市2025年优化营商环境重点",[]]],
};

describeCorrectDocuments('correct documents of kinds not tried before (round 32)', FIXTURES, 20, LEADS, TOPS);

describe('a plan`s stages (`第一阶段：……`) number their tasks afresh (round 32)', () => {
  const plan = (stage: (n: string) => string): string =>
    ['某市2025年违法建设治理专项行动实施方案', '', '一、工作目标', '新增违法建设实现“零增长”。', '二、工作步骤', stage('一'), '（一）开展全面排查。建立台账。（各县〔市、区〕人民政府负责）', '（二）建立工作台账。逐一登记。（市城市管理局）', stage('二'), '（一）依法处置存量违法建设。（各县〔市、区〕人民政府负责）', '（二）严控新增违法建设。（市城市管理局）', '三、工作要求', '（一）加强组织领导。成立领导小组。', ''].join('\n');
  it('a stage heads the `（一）` under it, between the `二、` and them: no numbering finding, and the paths name the stage', () => {
    for (const stage of [(n: string) => `第${n}阶段：摸底排查（2025年3月—4月）`, (n: string) => `第${n}阶段　集中整治`, (n: string) => `第${n}阶段（2025年${n === '一' ? '3' : '5'}月）`, (n: string) => `第${n}阶段`]) {
      const doc = parse(plan(stage));
      assert.deepStrictEqual(lint(doc), [], stage('一'));
      assert.deepStrictEqual(doc.tasks.map((t) => t.path), ['二、第一阶段（一）', '二、第一阶段（二）', '二、第二阶段（一）', '二、第二阶段（二）'], stage('一'));
      assert.deepStrictEqual(doc.headings.filter((h) => h.parent?.marker.kind === 'cn' && h.parent.marker.value === 2).map((h) => h.marker.kind), ['phase', 'phase'], stage('一'));
    }
  });
  it('a stage whose items are `一、`s heads them (`第一阶段：……` | `一、开展水源调查。` | `二、……` | `第二阶段：……` | `一、……`)', () => {
    const text = ['某县2025年农村饮水安全提升工作方案', '', '为保障农村饮水安全，制定本方案。', '第一阶段：调查摸底（2025年3月—4月）', '一、开展水源调查。对全县农村供水工程水源开展调查。（县水利局负责）', '二、建立问题台账。（县水利局牵头，各乡镇配合）', '第二阶段：集中攻坚（2025年5月—10月）', '一、实施供水工程改造。（县水利局牵头，县财政局配合）', '二、加强水质检测。（县卫生健康局负责）', '第三阶段：总结验收（2025年11月—12月）', '一、开展验收。（县水利局负责）', ''].join('\n');
    const doc = parse(text);
    assert.deepStrictEqual(lint(doc), []);
    assert.deepStrictEqual(doc.parts[0].headings.map((h) => [h.marker.text, h.children.map((c) => c.marker.text)]), [['第一阶段：', ['一、', '二、']], ['第二阶段：', ['一、', '二、']], ['第三阶段：', ['一、']]]);
    assert.deepStrictEqual(doc.tasks.map((t) => t.path), ['第一阶段一、', '第一阶段二、', '第二阶段一、', '第二阶段二、', '第三阶段一、']);
  });
  it('a stage whose body follows on its line after its title (`第一阶段：摸底排查（2025年3月—4月）。召开动员大会……`) heads the `（一）` under it', () => {
    for (const stage of [(n: string) => `第${n}阶段：摸底排查（2025年3月—4月）。召开动员大会，制定工作方案，明确责任分工。`, (n: string) => `第${n}阶段　集中整治。各地要对照问题清单逐项整改。`, (n: string) => `第${n}阶段（2025年${n === '一' ? '3' : '5'}月）。全面开展排查。`]) {
      const doc = parse(plan(stage));
      assert.deepStrictEqual(lint(doc), [], stage('一'));
      assert.deepStrictEqual(doc.tasks.map((t) => t.path), ['二、第一阶段（一）', '二、第一阶段（二）', '二、第二阶段（一）', '二、第二阶段（二）'], stage('一'));
      assert.deepStrictEqual(doc.headings.filter((h) => h.marker.kind === 'phase').map((h) => h.marker.text), [stage("一").match(/^第一阶段：?/)![0], stage("二").match(/^第二阶段：?/)![0]], stage('一'));
    }
  });
  it('a sentence about a stage is no heading (`第一阶段：全面摸底，建立台账。`, `第一阶段的工作`, `第一阶段为动员部署`)', () => {
    for (const line of ['第一阶段：全面摸底，建立台账。', '第一阶段的工作已完成', '第一阶段为动员部署', '第一阶段：已完成摸底排查。各地要巩固成果。', '第一阶段：2025年3月至4月，全面摸底。', '第一阶段：全面摸底。']) {
      assert.deepStrictEqual(parse(plan(() => line)).headings.filter((h) => h.marker.kind === 'phase'), [], line);
    }
  });
  it('a skipped stage is found (`第一阶段` then `第三阶段`), and its fix writes the numeral only', () => {
    const text = plan((n) => `第${n === '一' ? '一' : '三'}阶段：集中整治`);
    const found = lint(parse(text)).filter((f) => f.rule === 'GW101');
    assert.strictEqual(found.length, 1);
    assert.strictEqual(found[0].fixes[0].edits[0].newText, '第二阶段：');
  });
});

describe('a 简报 lists its articles under `本期要目`: each opens a part (round 32)', () => {
  const issue = (entry: (t: string, k: number) => string, title = '工作动态'): string =>
    [title, '2025年第15期', '某市人民政府办公室　　　　　　　　2025年7月25日', '', '本期要目', ...['全市召开重点项目建设推进会', '市发展改革委多措并举推动民间投资回稳', '各地简讯'].map(entry), '',
      '全市召开重点项目建设推进会', '7月22日，全市重点项目建设推进会召开。会议强调，要加快项目建设。', '',
      '市发展改革委多措并举推动民间投资回稳', '今年以来，市发展改革委推介项目56个。', '', '各地简讯', '东城区：上线“企业码”服务平台。', ''].join('\n');
  it('the outline shows the issue, then each article by its headline, the entries bulleted, numbered or plain', () => {
    for (const entry of [(t: string) => t, (t: string) => `◆ ${t}`, (t: string, k: number) => `${k + 1}.${t}`, (t: string) => `★${t}`]) {
      const doc = parse(issue(entry));
      assert.deepStrictEqual(buildOutline(doc).map((s) => s.title), ['工作动态', '全市召开重点项目建设推进会', '市发展改革委多措并举推动民间投资回稳', '各地简讯'], entry('x', 0));
      assert.deepStrictEqual(lint(doc), [], entry('x', 0));
    }
  });
  it('an issue without `本期要目` still opens a part at each later article\'s headline (after a paragraph, a paragraph below it)', () => {
    const text = issue((t) => t).replace(/本期要目\n(?:[^\n]+\n)+\n/, '');
    const doc = parse(text);
    assert.deepStrictEqual(buildOutline(doc).map((s) => s.title), ['工作动态', '全市召开重点项目建设推进会', '市发展改革委多措并举推动民间投资回稳']);
    assert.deepStrictEqual(lint(doc), []);
    // Not without the masthead (no 第15期), nor a short line that no paragraph follows.
    assert.deepStrictEqual(parse(text.replace('2025年第15期\n', '')).parts.length, 1);
    assert.deepStrictEqual(parse(text.replace('今年以来，市发展改革委推介项目56个。', '推介项目')).parts.map((p) => p.title), ['工作动态', '全市召开重点项目建设推进会']);
  });
  it('an entry under `本期要目` that the issue never repeats opens nothing', () => {
    const text = issue((t) => t).replace(/\n各地简讯\n东城区/, '\n东城区');
    assert.deepStrictEqual(parse(text).parts.map((p) => p.title), ['工作动态', '全市召开重点项目建设推进会', '市发展改革委多措并举推动民间投资回稳']);
  });
  it('a 简报 under another name (`工作动态`, `信息快报`, `……专报`) is titled by it, and a 先进事迹 by its title and subtitle', () => {
    for (const title of ['工作动态', '教育信息快报', '防汛工作专报']) assert.strictEqual(parse(issue((t) => t, title)).parts[0].title, title);
    const deeds = ['扎根基层二十载　甘当群众贴心人', '——记某县白沙镇镇长赵文斌同志先进事迹', '', '赵文斌，男，1980年6月出生。', '一、敢闯敢干', '他带领群众发展茶叶产业。', '二、心系群众', '他坚持每周接访。', ''].join('\n');
    assert.strictEqual(parse(deeds).parts[0].title, '扎根基层二十载　甘当群众贴心人——记某县白沙镇镇长赵文斌同志先进事迹');
  });
  it('the ledger of a 简报 has no task', () => {
    assert.deepStrictEqual(buildLedger(analyze(issue((t) => t), defaultConfig()).doc, 'x').tasks, []);
  });
});
