import * as assert from 'assert';
import { lint, parse } from '../../server/src/analysis';
import { describeCorrectDocuments, fixtureSet } from '../fixtures';

/**
 * Correct documents of kinds the earlier rounds had not tried (test/fixtures/genres-r30): 表彰通报 and
 * 表彰决定 with lists of people and units, 会议通知 with a 日程 and a 回执, a training notice with its
 * 报名表, 人事任免, 干部任前公示, a 纪要 deciding in paragraphs, a 分工 whose headings are several units,
 * a plan of two issuers (two `……文件` lines, a joint 落款), 工作要点 with a 责任分工表, 考核办法 with
 * scores, an 应急预案 numbered `1` `1.1` with Ⅰ级 responses, 实施细则 in chapters and articles, a 函
 * (特此函告), AI/5G/URL text, a notice with a 二维码, a 批复, 若干意见 whose first-listed unit leads,
 * a 督查通报, a joint 通告; deadlines at a time of day (`17:00前`), people listed in one paragraph.
 */
const FIXTURES = fixtureSet('genres-r30');

/** The lead and co-operating units a drafter reads, by task path (a sample of the tasks of those with tasks). */
const LEADS: Record<string, Array<[string, string, string]>> = {
  '08': [['（一）1.', '市委宣传部', '市文明办'], ['（二）2.', '市委组织部', '市民政局'], ['（四）1.', '团市委', '市妇联、市总工会'], ['（五）', '各县（市、区）党委', '']],
  '09': [['二、（一）', '市农业农村局', '市自然资源和规划局'], ['二、（二）', '市财政局', '市农业农村局'], ['二、（五）', '各县〔市、区〕人民政府', '']],
  '10': [['1', '大气环境科', '环评科、执法支队'], ['6', '固体废物科', '综合科、法规科'], ['7', '执法支队', '法规科']],
  '15': [['二、（一）', '市发展改革委', '市工业和信息化局、市数据局'], ['二、（三）', '市工业和信息化局', ''], ['二、（五）', '市数据局', '']],
  '21': [['一、（三）', '市人力资源和社会保障局', '市医保局、市公积金中心'], ['一、（六）', '市住房和城乡建设局', '国网青山供电公司、青山水务集团、青山燃气公司、中国电信青山分公司']],
  '18': [['一、（一）', '市发展改革委', '市商务局'], ['二、（四）', '人民银行青山市分行', '国家金融监督管理总局青山监管分局、市财政局'], ['三、（七）', '市委政法委', '市中级人民法院、市人民检察院、市公安局']],
};

/** Each part's title and its top headings as the outline shows them (first 16 characters). */
const TOPS: Record<string, Array<[string, string[]]>> = {
  '01': [['青山市人民政府办公室关于表扬20',['一、先进单位（10个）','二、先进个人（20名）']]],
  '02': [['中共青山市委　青山市人民政府关于',[]],['全市高质量发展先进集体名单',[]],['全市高质量发展先进个人名单',[]]],
  '03': [['关于召开全市优化营商环境工作推进',['一、会议时间','二、会议地点','三、参会人员','四、会议日程','五、有关要求']],['参会回执',[]]],
  '04': [['关于举办2025年全市人社系统业',['一、培训时间','二、培训地点','三、培训对象','四、培训内容','五、有关事项']],['2025年全市人社系统业务骨干培',[]]],
  '05': [['青山市人民政府关于张建华等同志职',[]]],
  '06': [['干部任前公示',[]]],
  '07': [['青山市人民政府专题会议纪要',[]]],
  '08': [['青山市2025年新时代文明实践工',['（一）市委宣传部、市文明办','（二）市委组织部、市民政局','（三）市文化广电旅游局、市体育局','（四）团市委、市妇联、市总工会','（五）各县（市、区）党委']]],
  '09': [['青山市农业农村局　青山市财政局关',[]],['青山市2025年高标准农田建设实',['一、目标任务','二、重点工作','三、保障措施']]],
  '10': [['青山市生态环境局2025年工作要',['一、深入打好蓝天保卫战','二、深入打好碧水保卫战','三、深入打好净土保卫战','四、加强生态环境监管执法']]],
  '11': [['青山市政务信息工作考核办法',['第一条 为进一步加强和改进全市政','第二条 本办法适用于各县（市、区','第三条 考核实行百分制，由基础分','第四条 考核结果分为优秀、良好、','第五条 考核工作由市政府办公室负','第六条 本办法由市政府办公室负责','第七条 本办法自2025年1月1']]],
  '12': [['青山市突发地质灾害应急预案',['1 总则','2 组织指挥体系','3 分级响应','4 保障措施','5 附则']]],
  '13': [['青山市城市生活垃圾分类管理实施细',['第一章 总　则','第二章 分类投放','第三章 监督管理','第四章 附　则']]],
  '14': [['青山市自然资源和规划局关于商请提',['一、2024年度全市商品住房用地','二、2024年度全市保障性住房用','三、2024年度全市已供未建住宅']]],
  '15': [['青山市推进“人工智能+”行动实施',['一、主要目标','二、重点任务','三、保障措施']]],
  '16': [['关于开展2025年全市居民生活满',['一、调查时间','二、调查方式','三、工作要求']]],
  '17': [['青山市人民政府关于同意云溪县白沙',['一、同意撤销白沙镇，设立白沙街道','二、白沙街道设立后，原白沙镇的债','三、你县要认真做好撤镇设街道的各']]],
  '18': [['青山市人民政府关于进一步促进民营',['一、持续优化民营经济发展环境','二、加大对民营经济政策支持力度','三、强化民营经济发展法治保障']]],
  '19': [['关于2025年第一季度全市重点项',['一、总体情况','二、存在问题','三、下一步工作要求']]],
  '20': [['青山市公安局青山市交通运输局关于',['一、管制时间','二、管制路段','三、公交线路调整','四、其他事项']]],

  '21': [['青山市2025年“高效办成一件事',['一、重点任务','二、工作要求']]],
  '22': [['青山市人民政府办公室关于表扬20',['一、先进单位','二、先进个人']]],
};

describeCorrectDocuments('document kinds not tried before (round 30)', FIXTURES, 20, LEADS, TOPS);

describe('lists of people, joint 版头 and titles under an issuer (round 30)', () => {
  it('a list of people with their units in brackets (`张晓明（市发展改革委）　李　娜（市财政局）`, one a line or several) is no task and its annotation', () => {
    const text = [
      '某市人民政府办公室关于表扬先进个人的通报',
      '',
      '一、政务信息先进个人',
      '张晓明（市发展改革委）　李　娜（市财政局）',
      '王建军（市人力资源和社会保障局）、欧阳明辉（各县〔市、区〕应急管理局）',
      '二、安全生产先进个人',
      '赵丽华（市应急管理局）',
      '刘　洋（云溪县应急管理局）',
      '欧阳明辉（青山经济技术开发区管委会）',
      '',
    ].join('\n');
    const doc = parse(text);
    assert.deepStrictEqual(doc.annotations.map((a) => a.inner), []);
    assert.deepStrictEqual(doc.tasks.map((t) => t.title), []);
  });
  it('a task`s bracket is still its annotation: after a sentence, with a verb, after more words than a name, or where the line goes on from a hard-wrapped one above', () => {
    const text = [
      '某市工作方案',
      '一、主要任务',
      '（一）推进甲事项。完善甲制度。（市财政局）',
      '（二）推进乙事项。',
      '张晓明（市财政局负责）',
      '（三）推进丙事项。',
      '加强宣传报道（市委宣传部）',
      '',
    ].join('\n');
    assert.deepStrictEqual(parse(text).tasks.map((t) => [t.title, t.lead]), [['推进甲事项', ['市财政局']], ['推进乙事项', ['市财政局']], ['推进丙事项', ['市委宣传部']]]);
    // A PDF's copy, broken at one width: the last line of the paragraph is its tail, not a name.
    const wrapped = [
      '某市文明创建工作方案',
      '一、主要任务',
      '（一）加强宣传引导。各地各部门要充分利用报刊、广播、电视',
      '和网络等各类媒体，广泛宣传文明城市创建工作的重要意义，及时',
      '报道创建工作中涌现出的先进典型和经验做法，营造全社会共同参',
      '与创建工作的浓厚氛围，进一步提高广大市民群众的知晓率和参与',
      '率，推动宣传引导工作制度化、规范化，努力实现宣传工作全覆盖和',
      '常态化（市委宣传部）',
      '（二）加强督查考核。建立健全创建工作督查考核机制，定期通报',
      '各地各部门创建工作进展情况，对工作不力的单位进行约谈和通报',
      '批评，确保各项创建任务按期完成，推动创建工作取得实效，实现',
      '创建目标。（市文明办）',
      '',
    ].join('\n');
    assert.deepStrictEqual(parse(wrapped).tasks.map((t) => [t.title, t.lead]), [['加强宣传引导', ['市委宣传部']], ['加强督查考核', ['市文明办']]]);
  });
  it('a joint 版头 of one `……文件` line per issuer leaves the title and the 主送机关 under it read', () => {
    const text = [
      '某市农业农村局文件',
      '某市财政局文件',
      '',
      '某农发〔2025〕21号',
      '',
      '某市农业农村局　某市财政局关于做好2025年高标准农田建设工作的通知',
      '',
      '各县（市、区）农业农村局、财政局：',
      '现就有关事项通知如下：',
      '一、落实建设任务',
      '各地要按时完成建设任务。',
      '',
      '某市农业农村局　　　　某市财政局',
      '2025年3月5日',
      '',
    ].join('\n');
    const fields = parse(text).frame.fields.map((f) => [f.kind, f.line]);
    assert.deepStrictEqual(fields.slice(0, 5), [['banner', 0], ['banner', 1], ['docNumber', 3], ['title', 5], ['recipients', 7]]);
    assert.deepStrictEqual(lint(parse(text)), []);
  });
  it('an issuer`s name over a title that addresses no one (a 公告, an 通告, a 公示: no 主送机关) leaves that title read', () => {
    for (const title of ['关于李明等同志任职前公示的公告', '干部任前公示', '关于中心城区部分道路实施交通管制的通告']) {
      const text = ['中共某市委组织部', '', title, '', '根据有关规定，现将有关事项公告如下：', '一、公示时间', '2025年6月10日至6月16日。', '', '中共某市委组织部', '2025年6月9日', ''].join('\n');
      const doc = parse(text);
      assert.deepStrictEqual(doc.parts.map((p) => p.title), [title], title);
    }
  });
  it('a deadline with a time of day (`2025年6月30日17:00前`, `24时前`) or set running (`前上线运行`) beside the units leaves the annotation read', () => {
    for (const when of ['2025年6月30日17:00前完成', '2025年6月30日17时前', '6月30日24时前', '9月8日12点前报送', '2025年6月30日前上线运行', '2025年底前建成并投入运行']) {
      const text = ['某市“高效办成一件事”推进方案', '一、重点任务', `（一）推进甲事项。完善甲制度。（市财政局牵头，市医保局配合；${when}）`, '（二）推进乙事项。完善乙制度。（市财政局牵头）', ''].join('\n');
      const doc = parse(text);
      assert.deepStrictEqual(doc.tasks.map((t) => [t.title, t.lead, t.coop, t.deadline]), [['推进甲事项', ['市财政局'], ['市医保局'], when], ['推进乙事项', ['市财政局'], [], null]], when);
      assert.deepStrictEqual(lint(doc), [], when);
    }
  });
});
