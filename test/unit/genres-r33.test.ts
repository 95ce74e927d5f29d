import * as assert from 'assert';
import { analyze, defaultConfig, lint, parse } from '../../server/src/analysis';
import { buildLedger } from '../../server/src/analysis/ledger';
import { isUnitLike, isLocalities } from '../../server/src/analysis/units';
import { describeCorrectDocuments, fixtureSet } from '../fixtures';

/**
 * Correct documents of shapes not tried before (test/fixtures/genres-r33): a 税务局's 汇算 notice, a 金融监管分局's
 * notice to banks, a 征求意见的函 with its 办法（征求意见稿） and 起草说明, a 转发 notice wrapping the opinion it issues,
 * three issuers' joint notice, a 督办通知 with 办理时限, an open letter to parents, a 值班 notice with its roster, a group
 * company's 工作报告 by 第一部分, a hospital's 处置流程 by 第一步, an 招生 notice, a 交通管制 通告, a 街道's 网格化 方案,
 * a village's 村规民约, a college's 工作要点 with its 系, a 妇联's 推荐评选 notice with its quota table, a 人大 执法检查
 * 方案, a 政协 提案办理 report, a 调研报告 citing 图1 and 表1, a 招聘公告, a school's term plan by 年级, a bank's notice
 * to its 支行 and 营业网点, a county's notice to its 中心学校, 完小 and 教学点, and a 统战部's notice to 各民主党派.
 */
const FIXTURES = fixtureSet('genres-r33');

/** The lead and co-operating units and the deadline a drafter reads, by task path (a sample). */
const LEADS: Record<string, Array<[string, string, string, string | null]>> = {
  '01': [['三、（一）', '纳税服务科', '各县〔市、区〕税务局', null], ['三、（二）', '纳税服务科', '第一税务分局、办税服务中心', null], ['三、（三）', '个人所得税科', '收入核算科、国库联络科', null], ['三、（四）', '风险管理局', '个人所得税科、稽查局', null], ['三、（五）', '办公室', '纳税服务科', null]],
  '04': [['二、（一）', '市教育局', '', null], ['二、（二）', '市教育局', '市卫生健康委', null], ['二、（三）', '市卫生健康委', '市教育局', null], ['二、（四）', '市民政局', '市教育局、团市委', null], ['二、（五）', '团市委', '', null]],
  '05': [['二、（一）', '教育部门', '', null], ['二、（二）', '公安部门', '', null], ['二、（三）', '公安交警部门', '教育部门', null], ['二、（四）', '市场监管部门', '公安部门', null], ['二、（五）', '市场监管部门', '教育部门', null]],
  '06': [['一、（一）', '东城区人民政府', '市住房和城乡建设局', '2025年6月30日前'], ['一、（二）', '市自然资源和规划局', '市住房和城乡建设局', '2025年6月15日前'], ['一、（三）', '市城市管理局', '', '2025年9月30日前']],
  '09': [['第二部分一、（一）', '建设管理部', '集团建设公司', null], ['第二部分一、（二）', '运营管理部', '高速公路运营公司', null], ['第二部分三、（二）', '安全环保部', '各二级公司', null], ['第三部分一、', '党委办公室', '', null], ['第三部分二、', '纪委办公室', '', null]],
  '10': [['二、#1', '当事科室', '', null], ['二、#2', '医务科', '', null], ['二、#4', '药学部', '输血科', null], ['二、#5', '医务科', '', null], ['二、#6', '保卫科', '', null]],
  '13': [['二、（一）', '党建工作办公室', '各社区', null], ['二、（二）', '党建工作办公室', '社会事务办公室', null], ['二、（三）', '网格化服务管理中心', '街道各办〔中心〕', null], ['二、（四）', '网格化服务管理中心', '', null], ['二、（五）', '社会事务办公室', '各社区', null]],
  '15': [['一、1.', '教学办公室', '机械设计系', '12月底前'], ['一、2.', '教学办公室', '各系', null], ['一、3.', '车辆工程系', '', null], ['二、1.', '各系', '', null], ['五、2.', '各系', '', null]],
  '21': [['一、1.', '政教处', '各年级', null], ['一、3.', '心理健康教育中心', '高一年级', null], ['二、2.', '高三年级', '', null], ['四、1.', '总务处', '各班级', null], ['四、2.', '政教处', '总务处', null]],
  '23': [['一、（一）', '各乡镇中心学校', '各完小、教学点', null], ['一、（三）', '各完小', '教学点', null], ['二、（二）', '各村小', '教学点', null], ['三、（二）', '各乡镇中心学校', '', null]],
  '24': [['一、', '市委统战部', '各民主党派、市工商联', '2025年10月底前'], ['三、（二）', '各民主党派', '', null], ['四、（一）', '市委统战部', '市社会主义学院', null]],
  '22': [['二、（一）', '个人金融部', '各营业网点', null], ['二、（二）', '个人金融部', '各支行', null], ['二、（三）', '运营管理部', '', null], ['二、（四）', '办公室', '网络金融部', null]],
};

/** Each part's title and its top headings as the outline shows them (first 16 characters). */
const TOPS: Record<string, Array<[string, string[]]>> = {
  '01': [["国家税务总局青山市税务局关于做好",["一、工作目标","二、时间安排","三、重点工作","四、工作要求"]]],
  '02': [["国家金融监督管理总局青山监管分局",["一、活动时间","二、活动主题","三、活动内容","四、工作要求"]]],
  '03': [["青山市司法局关于征求《青山市行政",[]],["青山市行政规范性文件合法性审核办",["第一条 为加强行政规范性文件管理","第二条 本办法适用于市人民政府及","第三条 市司法局负责以市人民政府","第四条 合法性审核应当包括下列内","第五条 起草单位报送合法性审核时","第六条 合法性审核时间一般不少于","第七条 审核机构应当根据不同情形","第八条 未经合法性审核或者经审核","第九条 本办法自2025年7月1"]],["关于《青山市行政规范性文件合法性",["一、起草背景","二、起草过程","三、主要内容","四、需要说明的问题"]]],
  '04': [["青山市人民政府办公室转发市教育局",[]],["关于进一步加强中小学生心理健康工",["一、总体要求","二、主要任务","三、保障措施"]]],
  '05': [["青山市教育局　青山市公安局　青山",["一、整治时间","二、整治重点","三、工作步骤","四、工作要求"]]],
  '06': [["督办通知",["一、督办事项","二、办理要求"]]],
  '07': [["致全市中小学生家长的一封信",["一、严防溺水事故","二、注意交通安全","三、加强居家安全","四、关注身心健康","五、防范电信诈骗"]]],
  '08': [["青山市应急管理局关于做好2025",["一、严格落实值班制度","二、及时报送信息","三、做好应急准备","四、加强安全检查"]],["青山市应急管理局2025年春节期",[]]],
  '09': [["凝心聚力　改革攻坚　奋力开创集团",["第一部分 2024年工作回顾","第二部分 2025年工作部署","第三部分 全面加强党的建设"]]],
  '10': [["青山市人民医院关于印发《医疗纠纷",[]],["医疗纠纷应急处置工作流程",["一、适用范围","二、处置流程","三、有关要求","四、附则"]]],
  '11': [["云溪县教育局关于做好2025年义",["一、招生原则","二、招生对象","三、时间安排","四、工作要求"]]],
  '12': [["青山市公安局交通警察支队关于20",["一、管制时间","二、管制路段","三、绕行建议","四、其他事项"]]],
  '13': [["中共青山市东城区白云街道工作委员",[]],["白云街道深化网格化管理工作方案",["一、工作目标","二、主要任务","三、保障措施"]]],
  '14': [["云溪县白沙镇桃源村村规民约",["一、社会治安","二、村容村貌","三、移风易俗","四、奖惩措施","五、附则"]]],
  '15': [["青山大学机械工程学院关于印发《2",[]],["机械工程学院2025—2026学",["一、深化专业内涵建设","二、加强课程与教材建设","三、强化实践教学","四、迎接审核评估","五、加强教学管理"]]],
  '16': [["青山市妇女联合会关于推荐评选20",["一、评选名额","二、推荐条件","三、推荐程序","四、有关要求"]],["2025年度青山市三八红旗手（集",[]]],
  '17': [["青山市人大常委会2025年《中华",["一、检查目的","二、检查重点","三、组织领导","四、时间安排和方法步骤","五、工作要求"]]],
  '18': [["关于市政协十三届四次会议以来提案",["一、提案提出和立案情况","二、提案办理情况","三、存在的问题","四、下一步工作建议"]]],
  '19': [["关于我市农村电商发展情况的调研报",["一、基本情况","二、存在的问题","三、对策建议"]]],
  '20': [["青山市卫生健康委员会所属事业单位",["一、招聘计划","二、招聘条件","三、报名及资格初审","四、考试","五、体检、考察和聘用","六、纪律和监督"]]],
  '21': [["青山市第一中学2025—2026",["一、加强德育工作","二、提高教学质量","三、加强教师队伍建设","四、抓好安全工作","五、主要活动安排"]]],
  '22': [["中国农业银行股份有限公司青山分行",["一、活动时间","二、活动内容","三、工作要求"]]],
  '23': [["云溪县教育局关于做好2025年秋",["一、规范食堂供餐","二、加强资金管理","三、强化监督检查"]]],
  '24': [["中共青山市委统战部关于做好202",["一、做好重点课题调研","二、办好政党协商会议","三、加强参政议政信息报送","四、加强参政议政能力建设"]]],
};

describeCorrectDocuments('correct documents of shapes not tried before (round 33)', FIXTURES, 24, LEADS, TOPS);

describe('a college`s 系, a school`s 年级 and a bank`s 网点 are units (round 33)', () => {
  const plan = (notes: string[]): string => ['某学院2025年工作要点', '', '一、加强建设', ...notes.map((n, k) => `${k + 1}.开展第${k + 1}项工作。（${n}）`), ''].join('\n');
  const ledger = (text: string): string[][] => buildLedger(analyze(text, defaultConfig()).doc, 'x').tasks.map((t) => [t.lead.join('、'), t.coop.join('、')]);
  it('a department of a university (`机械设计系`, `中文系`, `各系`, `各院系`) leads or co-operates, and no task is left without units', () => {
    const text = plan(['教学办公室牵头，机械设计系负责', '车辆工程系负责', '各系负责', '中文系、数学系负责', '教学办公室牵头，各院系配合']);
    assert.deepStrictEqual(ledger(text), [['教学办公室', '机械设计系'], ['车辆工程系', ''], ['各系', ''], ['中文系', '数学系'], ['教学办公室', '各院系']]);
    assert.deepStrictEqual(lint(parse(text)), []);
  });
  it('a school`s grade and class (`高一年级`, `七年级`, `各年级`, `各班级`), a bank`s branches (`各营业网点`, `各网点`) and a ward`s `护理单元`', () => {
    const text = plan(['高三年级负责，教务处指导', '七年级负责', '政教处牵头，各年级配合', '总务处牵头，各班级配合', '各营业网点负责', '个人金融部牵头，各网点配合', '护理部牵头，各护理单元负责', '县卫生健康局牵头，各医共体配合', '市委统战部牵头，各民主党派配合', '各村小、完小负责']);
    assert.deepStrictEqual(ledger(text), [['高三年级', ''], ['七年级', ''], ['政教处', '各年级'], ['总务处', '各班级'], ['各营业网点', ''], ['个人金融部', '各网点'], ['护理部', '各护理单元'], ['县卫生健康局', '各医共体'], ['市委统战部', '各民主党派'], ['各村小', '完小']]);
    assert.deepStrictEqual(lint(parse(text)), []);
  });
  it('such bodies below an organisation may lead as a whole, with the others of their kind after them (`各完小、教学点负责`, `各中小学、幼儿园负责`)', () => {
    const text = plan(['各完小、教学点负责', '各支行、营业网点负责', '各年级、班级负责', '各系、教研室负责', '各中小学、幼儿园负责', '各医院、卫生院负责']);
    assert.deepStrictEqual(lint(parse(text)), []);
    assert.deepStrictEqual(ledger(text).map((r) => r[0]), ['各完小', '各支行', '各年级', '各系', '各中小学', '各医院']);
    // Not a collective of offices: `（各有关部门、办公室负责）` is still asked for a specific lead.
    assert.deepStrictEqual(lint(parse(plan(['各有关部门、办公室负责']))).map((f) => f.rule), ['GW203']);
  });
  it('words that end in 系, 年级 or 网点 name no unit (`工作体系`, `协作关系`, `太阳系`, `各系统`, `低年级`, `全部网点`)', () => {
    for (const w of ['工作体系', '协作关系', '太阳系', '坐标系', '各系统', '低年级', '全部网点', '网点', '大小', '国小']) assert.strictEqual(isUnitLike(w), false, w);
    assert.strictEqual(isLocalities('各系'), true);
    assert.strictEqual(isLocalities('各系统'), false);
  });
});

describe('the title of an open letter, a 村规民约 and a draft (round 33)', () => {
  const letter = (title: string): string => [title, '', '尊敬的家长朋友：', '暑假即将来临，提醒您做好以下工作：', '一、严防溺水事故', '教育孩子不私自下水游泳。', '二、注意交通安全', '教育孩子遵守交通法规。', '', '某市教育局', '2025年7月8日', ''].join('\n');
  it('`致……的一封信`, `……公开信`, `……慰问信`, `……告知书` and `……村规民约` are titles', () => {
    for (const title of ['致全市中小学生家长的一封信', '致广大市民的公开信', '致全市医务工作者的慰问信', '防范电信网络诈骗告知书', '某县某镇桃源村村规民约']) {
      const doc = parse(letter(title));
      assert.strictEqual(doc.parts[0].title, title);
      assert.deepStrictEqual(lint(doc), [], title);
    }
  });
  const draft = (status: string): string => ['某市行政规范性文件合法性审核办法', status, '', '第一条　为规范合法性审核工作，制定本办法。', '第二条　本办法自2025年7月1日起施行。', ''].join('\n');
  it('a draft`s status in brackets under its title (`（征求意见稿）`, `（送审稿）`, `（试行）`) is the title`s end', () => {
    for (const status of ['（征求意见稿）', '（送审稿）', '（讨论稿）', '（试行）', '（2025年修订征求意见稿）']) {
      const doc = parse(draft(status));
      assert.strictEqual(doc.parts[0].title, `某市行政规范性文件合法性审核办法${status}`, status);
      assert.deepStrictEqual(lint(doc), [], status);
    }
  });
  it('other brackets under a title stay what they were (a 题注 date, a remark)', () => {
    assert.strictEqual(parse(draft('（2025年3月5日市人民政府第12次常务会议通过）')).parts[0].title, '某市行政规范性文件合法性审核办法');
    assert.strictEqual(parse(draft('（此件公开发布）')).parts[0].title, '某市行政规范性文件合法性审核办法');
  });
});
