import * as assert from 'assert';
import { analyze, defaultConfig, lint, parse } from '../../server/src/analysis';
import { buildLedger } from '../../server/src/analysis/ledger';
import { describeCorrectDocuments, fixtureSet } from '../fixtures';

/**
 * Correct documents of kinds the earlier rounds had not tried (test/fixtures/genres-r31): a 巡察整改方案 whose
 * problems each carry `整改措施：` `责任领导：` `责任单位：` `完成时限：` lines, an 审计整改 report with its 整改台账
 * in tabs, a 政府工作报告 (一是二是, 亿元, GDP, PPP), a 规划纲要 in 篇/章/节 with 专栏, a 条例 with a 题注 and 款/项,
 * a 述职报告 and a 对照检查材料 in the first person, a 党课讲稿 under a main title with its date in 〇 numerals,
 * a 倡议书, a 简报 with its 期号 and ◇ items, an 实施意见 ending `各地区各部门要……`, a 决议, a 请示 (妥否，请批示,
 * 签发人), a 党组会议纪要 with 出席/列席/请假/记录, a 考核细则 with a score table, a plan of `牵头单位：…；配合单位：…`
 * lines, a county's tasks for `各镇〔街道〕、县直各单位`, full-width figures beside 5G/ETC/V2X/PB, a county speech
 * dated in 〇 numerals, a notice with URLs, e-mail addresses and footnotes (`注：①……` | `②……`), an 审计整改方案
 * labelled `整改目标：` `责任科室：` `整改时限：`, and 工作要点 whose units are `（责任单位：…，各镇〔街道〕）`.
 */
const FIXTURES = fixtureSet('genres-r31');

/** The lead and co-operating units and the deadline a drafter reads, by task path (a sample of the tasks of those with tasks). */
const LEADS: Record<string, Array<[string, string, string, string | null]>> = {
  '01': [['三、（一）1.', '城市更新科', '', '2025年12月底前'], ['三、（一）2.', '环境卫生管理科', '市环境卫生服务中心', '立行立改，长期坚持'], ['三、（三）6.', '局办公室', '', '2025年7月底前']],
  '02': [['1', '市财政局', '', '2025年6月底前'], ['3', '市人力资源和社会保障局', '市财政局', '2025年8月底前'], ['6', '市城投集团', '', '2026年6月底前']],
  '11': [['一、（一）', '市民政局', '市财政局、市市场监管局', null], ['二、（五）', '市工业和信息化局', '青山经济技术开发区管委会', null]],
  '16': [['二、（一）', '市商务局', '市财政局、市自然资源和规划局', '2025年11月底前'], ['二、（二）', '市交通运输局', '市邮政管理局、市商务局、市供销合作社', '2025年10月底前']],
  '17': [['二、（二）', '县城市管理局', '各镇〔街道〕', null], ['二、（四）', '各镇〔街道〕', '县直各单位', null]],
  '18': [['一、', '综合规划科', '科技信息科', null], ['四、', '科技信息科', '局属各单位', null]],
  '21': [['二、（一）', '医保物价科', '财务科', '2025年7月31日前'], ['二、（三）', '资产管理科', '财务科', '2025年12月31日前']],
  '24': [['一、1.', '体制改革科', '医政医管科、财务科', '2025年12月底前'], ['三、6.', '基层卫生健康科、妇幼健康科', '', '2025年12月底前']],
  '27': [['三、（一）', '', '', '9月30日前完成'], ['三、（二）', '', '', '长期坚持']],
  '29': [['二、（二）', '市生态环境局', '各县〔市、区〕党委和政府', null], ['二、（四）', '市委宣传部', '市教育局、团市委、市妇联', null], ['三、（一）', '各地区各部门', '', null]],
  '30': [['一、1', '农田建设管理科', '', '2025年10月底前'], ['二、2', '机关纪委', '计划财务科', '2025年11月底前']],
  // 31: `值班表于9月25日前报市委总值班室`: the time its text states as due (deadlineInText).
  '31': [['1.', '行政科', '', '9月25日前'], ['2.', '信息科', '各科室', '10月底前'], ['3.', '督查室', '', null], ['4.', '行政科', '', null]],
  '22': [['一、2.', '县政务服务中心', '各镇〔街道〕', null], ['四、7.', '县工业和信息化局', '县财政局、各镇〔街道〕、县直各单位', null], ['四、8.', '县人民法院', '县司法局', null]],
};

/** Each part's title and its top headings as the outline shows them (first 16 characters). */
const TOPS: Record<string, Array<[string, string[]]>> = {
  '01': [['中共青山市城市管理局党组关于市委', ['一、总体要求', '二、组织领导', '三、问题清单及整改措施', '四、工作要求']]],
  '02': [['青山市审计局关于2024年度市本', ['一、整改工作总体情况', '二、尚未整改到位的问题及原因', '三、下一步工作']], ['2024年度市本级预算执行审计发', []]],
  '03': [['政府工作报告', ['一、2024年工作回顾', '二、2025年主要目标和重点工作', '三、全面加强政府自身建设']]],
  '04': [['青山市国民经济和社会发展第十五个', ['第一篇 开启基本实现现代化新征程', '第二篇 加快建设现代化产业体系', '第三篇 强化规划实施保障']]],
  '05': [['青山市养犬管理条例', ['第一章 总　则', '第二章 养犬登记', '第三章 养犬行为规范', '第四章 法律责任', '第五章 附　则']]],
  '06': [['2024年度个人述职述廉报告', ['一、加强学习，政治素质不断提升', '二、履职尽责，分管工作取得实效', '三、严于律己，廉洁自律作表率', '四、存在的不足和努力方向']]],
  '07': [['2024年度民主生活会个人对照检', ['一、上年度民主生活会整改措施落实', '二、对照检查情况', '三、问题产生的原因', '四、下一步整改措施']]],
  '08': [['弘扬伟大建党精神　在新征程上担当', ['一、深刻认识伟大建党精神的丰富内', '二、清醒看到我们身上存在的差距', '三、以实际行动弘扬伟大建党精神']]],
  '09': [['关于文明过节　绿色祭扫的倡议书', ['一、倡导文明祭扫', '二、倡导安全祭扫', '三、倡导错峰祭扫', '四、倡导移风易俗']]],
  '10': [['青山市安全生产工作简报', []], ['市安委会召开第三季度安全生产形势', []], ['云溪县扎实开展城镇燃气安全专项整', []], ['各地工作动态', []]],
  '11': [['青山市人民政府关于加快发展银发经', ['一、发展民生事业，解决急难愁盼', '二、扩大产品供给，提升质量水平', '三、强化要素保障，优化发展环境']]],
  '12': [['青山市第十七届人民代表大会第五次', []]],
  '13': [['青山市教育局关于申请城区新建学校', ['一、项目基本情况', '二、资金筹措方案', '三、建设进度安排']]],
  '14': [['中共青山市市场监督管理局党组会议', ['一、传达学习有关会议精神', '二、研究2025年“铁拳”行动实', '三、研究局属事业单位公开招聘工作', '四、其他事项']]],
  '15': [['青山市2025年度营商环境工作考', ['一、考核对象', '二、考核内容和分值', '三、加分和扣分', '四、考核等次', '五、其他']]],
  '16': [['青山市2025年县域商业体系建设', ['一、工作目标', '二、重点任务', '三、保障措施']]],
  '17': [['中共云溪县委办公室　云溪县人民政', []], ['云溪县2025年人居环境整治提升', ['一、目标任务', '二、重点任务', '三、工作要求']]],
  '18': [['青山市交通运输局关于推进智慧交通', ['一、加快新型基础设施建设', '二、推进数据资源共享', '三、推广政府和社会资本合作模式', '四、加强网络和数据安全']]],
  '19': [['在全县二〇二五年经济工作会议上的', ['一、客观认识过去一年的成绩', '二、准确把握当前形势', '三、扎实做好今年经济工作']]],
  '20': [['青山市科学技术局关于组织申报20', ['一、申报类别', '二、申报条件', '三、申报方式', '四、时间安排', '五、联系方式']]],
  '21': [['青山市人民医院关于市审计局经济责', ['一、整改工作组织', '二、问题及整改措施', '三、整改要求']]],
  '22': [['云溪县2025年优化营商环境工作', ['一、提升政务服务效能', '二、优化市场准入环境', '三、强化要素保障', '四、加强法治保障']]],
  '23': [['青山市人民政府办公室关于做好20', ['一、督查内容', '二、督查方式', '三、时间安排', '四、有关要求']]],
  '24': [['青山市卫生健康委员会2025年工', ['一、深化医药卫生体制改革', '二、提升医疗服务能力', '三、加强公共卫生体系建设']]],
  '25': [['青山市机关事务管理局公务用车管理', ['第一条 为规范公务用车管理，降低', '第二条 本办法所称公务用车，是指', '第三条 公务用车实行集中管理、统', '第四条 有下列情形之一的，可以申', '第五条 使用公务用车按照以下程序', '第六条 驾驶员应当遵守下列规定', '第七条 本办法由局办公室负责解释', '第八条 本办法自印发之日起施行']]],
  '26': [['青山市推进数字经济高质量发展三年', ['一、发展目标', '二、重点任务', '三、保障措施']]],
  '27': [['青山市人民政府安全生产委员会关于', ['一、总体情况', '二、存在问题', '三、整改要求']]],
  '28': [['青山市2024年国民经济和社会发', ['一、综合', '二、农业', '三、工业和建筑业', '四、固定资产投资']]],
  '29': [['中共青山市委　青山市人民政府关于', ['一、总体要求', '二、重点任务', '三、保障措施']]],
  '30': [['中共青山市农业农村局党组关于印发', []], ['市委第二巡察组反馈意见整改任务清', []]],
  '31': [['青山市人民政府办公室主任办公会议', ['1.关于国庆假期值班工作', '2.关于第三季度政务信息报送情况', '3.关于督查工作', '4.关于机关节能工作']]],
};

describeCorrectDocuments('document kinds not tried before (round 31)', FIXTURES, 20, LEADS, TOPS);

describe('footnotes after the date, and titles of a 党课讲稿 or an 对照检查材料 (round 31)', () => {
  const notice = (notes: string[]): string =>
    ['某市科学技术局关于组织申报科技计划项目的通知', '', '各县（市、区）科技主管部门：', '现将有关事项通知如下：', '一、申报条件', '申报单位应为在本市注册的企业①。', '二、申报方式', '本次申报实行网上申报②。', '', '某市科学技术局', '2025年3月20日', '', ...notes, ''].join('\n');
  it('a footnote`s list begun on its label`s line (`注：①……` | `②……`, `注释：（1）……` | `（2）……`) is the note`s, no heading skipping its number', () => {
    for (const [first, second, third] of [['①', '②', '③'], ['（1）', '（2）', '（3）'], ['1.', '2.', '3.'], ['⑴', '⑵', '⑶']]) {
      for (const label of ['注：', '注释：', '说明：']) {
        const text = notice([`${label}${first}企业注册地以营业执照为准。`, `${second}网上申报系统网址为https://kjxm.example.gov.cn。`, `${third}咨询邮箱：kjj@example.gov.cn。`]);
        const doc = parse(text);
        assert.deepStrictEqual(lint(doc), [], `${label}${first}`);
        assert.deepStrictEqual(doc.headings.map((h) => h.marker.text), ['一、', '二、'], `${label}${first}`);
      }
    }
  });
  it('a note`s list set past the date is no numbered plan following the notice: it opens no part', () => {
    for (const first of ['①', '1.', '（1）']) {
      const second = first === '①' ? '②' : first === '1.' ? '2.' : '（2）';
      const doc = parse(notice([`注：${first}企业注册地以营业执照为准。`, `${second}网上申报系统网址见门户网站。`]));
      assert.deepStrictEqual(doc.parts.map((p) => p.title), ['某市科学技术局关于组织申报科技计划项目的通知'], first);
    }
  });
  it('a list after the date that does not start on a note`s label is still numbered: its `②` skips `①`', () => {
    const doc = parse(notice(['注：企业注册地以营业执照为准。', '②网上申报系统网址见门户网站。']));
    assert.deepStrictEqual(lint(doc).map((f) => f.rule), ['GW101']);
  });
  it('a 党课讲稿 (`……党课上的讲稿`, or a main title over it) and a 民主生活会 text (`……对照检查材料`, `……检视剖析材料`) are titled', () => {
    const body = ['', '同志们：', '今天，我和大家交流三点体会。', '一、深刻认识重要意义', '要提高认识。', '二、切实抓好贯彻落实', '要抓好落实。', ''];
    for (const head of [
      ['在市发展改革委专题党课上的讲稿'],
      ['弘扬伟大建党精神　在新征程上担当作为', '——在市发展改革委专题党课上的讲稿'],
      ['2024年度民主生活会个人对照检查材料'],
      ['2024年度专题民主生活会个人检视剖析材料'],
      ['在市委理论学习中心组学习会上的交流发言材料'],
    ]) {
      const doc = parse([...head, '（二〇二五年六月二十七日）', ...body].join('\n'));
      assert.deepStrictEqual(doc.parts.map((p) => p.title), [head.join('')], head[0]);
      assert.deepStrictEqual(lint(doc), [], head[0]);
    }
  });
});

describe('a leader`s label leading a label line, and a count in brackets (round 31)', () => {
  it('a label line led by the task`s leader (`责任领导：王立新；牵头科室：甲科；配合科室：乙科；完成时限：……`) gives the leader, the units and the deadline', () => {
    for (const [label, sep] of [['责任领导', '；'], ['牵头领导', '；'], ['责任人', '；'], ['分管领导', ';']]) {
      const text = ['某市卫生健康委员会2025年工作要点', '一、深化医药卫生体制改革', '1.推进医共体建设。年内实现全覆盖。', `${label}：王立新${sep}牵头科室：体制改革科${sep}配合科室：医政医管科、财务科${sep}完成时限：2025年12月底前`, '2.深化公立医院改革。推进薪酬制度改革。', `${label}：陈晓燕${sep}牵头科室：医政医管科${sep}完成时限：2025年10月底前`, ''].join('\n');
      const doc = parse(text);
      assert.deepStrictEqual(
        buildLedger(analyze(text, defaultConfig()).doc, 'x').tasks.map((t) => [t.title, t.lead, t.coop, t.leaders, t.deadline]),
        [['推进医共体建设', ['体制改革科'], ['医政医管科', '财务科'], ['王立新'], '2025年12月底前'], ['深化公立医院改革', ['医政医管科'], [], ['陈晓燕'], '2025年10月底前']],
        label,
      );
      assert.deepStrictEqual(lint(doc).filter((f) => f.rule !== 'GW206'), [], label);
    }
  });
  it('a leader`s line alone (`责任领导：王志刚`, the units on the next line) is still no annotation of its own', () => {
    const text = ['某局整改方案', '一、问题及整改措施', '1.落实城市更新行动有差距。', '整改措施：制定年度计划。', '责任领导：王志刚', '责任单位：城市更新科', '完成时限：2025年12月底前', ''].join('\n');
    const doc = parse(text);
    assert.deepStrictEqual(doc.annotations.map((a) => a.inner), ['责任单位：城市更新科']);
    assert.deepStrictEqual(doc.tasks.map((t) => [t.lead, t.leaders]), [[['城市更新科'], ['王志刚']]]);
  });
  it('a count in brackets (`（不少于3个县〔市、区〕）`, `（至少2个乡镇）`, `（不超过5个部门）`) is no unit and no annotation', () => {
    for (const note of ['不少于3个县〔市、区〕', '至少2个乡镇', '不超过5个部门', '不低于2个街道']) {
      const text = ['某市关于开展督查检查的通知', '', '各县（市、区）人民政府：', '一、督查方式', `采取“四不两直”方式，随机抽查项目现场和企业（${note}）。`, '二、时间安排', '6月16日至6月30日。', ''].join('\n');
      const doc = parse(text);
      assert.deepStrictEqual(doc.tasks.map((t) => t.lead), [], note);
      assert.deepStrictEqual(lint(doc), [], note);
    }
  });
});

describe('a 纪要`s decision assigned by `由A负责组织实施。` (round 31)', () => {
  it('an item closed by `由A负责组织实施。`, `由A负责督促落实。` is assigned to A, as `由A负责。` is', () => {
    for (const verb of ['负责', '负责组织实施', '负责督促落实', '负责具体落实', '负责实施']) {
      const text = ['某市人民政府办公室主任办公会议纪要', '', '9月10日下午，主任办公会议研究近期重点工作。纪要如下：', '议定事项：', '1.关于国庆假期值班工作。会议要求，严格落实24小时值班制度。由行政科负责。', `2.关于督查工作。会议同意第四季度督查计划。由督查室${verb}。`, ''].join('\n');
      const doc = parse(text);
      assert.deepStrictEqual(doc.tasks.map((t) => [t.title, t.lead]), [['关于国庆假期值班工作', ['行政科']], ['关于督查工作', ['督查室']]], verb);
      assert.deepStrictEqual(lint(doc), [], verb);
    }
  });
});
