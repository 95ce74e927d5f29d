import * as assert from 'assert';
import { lint, parse } from '../../server/src/analysis';
import { parseUnits } from '../../server/src/analysis/annotations';
import { buildLedger } from '../../server/src/analysis/ledger';

type Roles = Record<string, string>;
function roles(inner: string): Roles {
  const p = parseUnits(inner);
  assert.ok(p, `not parsed: ${inner}`);
  return Object.fromEntries(p.units.map((u) => [u.name, u.role]));
}

describe('annotation forms (shared/spec/annotation-formats.md)', () => {
  it('reads an annotation with spaces inside its brackets (`（ A牵头，B、C配合 ）`), its units at their columns', () => {
    assert.deepStrictEqual(roles(' 市甲局牵头，市乙局、市丙局配合 '), { 市甲局: 'lead', 市乙局: 'coop', 市丙局: 'coop' });
    assert.deepStrictEqual(roles('\u3000市甲局负责\u3000'), { 市甲局: 'lead' });
    const line = '1.推进检查。（ 市甲局牵头，市乙局配合 ）';
    const doc = parse(['一、甲', '（一）乙', line, '2.开展督导。（ 市乙局负责 ）', ''].join('\n'));
    assert.deepStrictEqual(doc.tasks.map((t) => [t.title, t.lead, t.coop]), [['推进检查', ['市甲局'], ['市乙局']], ['开展督导', ['市乙局'], []]]);
    const u = doc.annotations[0].units[1];
    assert.strictEqual(line.slice(u.range.start.character, u.range.end.character), '市乙局');
  });

  it('1: a trailing list, the first unit leads', () => {
    assert.deepStrictEqual(roles('办公室、财务部、审计部'), { 办公室: 'lead', 财务部: 'coop', 审计部: 'coop' });
  });
  it('1: a legend said once is recognised', () => {
    const p = parseUnits('人事处、财务处负责。排在第一位的为牵头部门，下同')!;
    assert.strictEqual(p.legend, true);
    assert.strictEqual(p.units[0].role, 'lead');
  });
  it('2: 负责 / 按职责分工负责 / 分别负责', () => {
    assert.deepStrictEqual(roles('人事处、财务处负责'), { 人事处: 'lead', 财务处: 'coop' });
    assert.deepStrictEqual(roles('各处室按职责分工负责'), { 各处室: 'lead' });
    // 分别: each answers for its own share, none merely co-operates (the ledger makes each lead).
    assert.deepStrictEqual(roles('财务部、审计部分别负责落实'), { 财务部: 'responsible', 审计部: 'responsible' });
    assert.strictEqual(parseUnits('财务部、审计部分别负责落实')!.leadByDefault, false);
  });
  it('2: units said to answer each for its own share (`分别负责`) each lead in the ledger, none co-operates', () => {
    const tasks = (text: string) => parse(`一、任务\n${text}\n`).tasks.map((t) => [t.lead, t.coop, t.deadline]);
    for (const a of ['（财务部、审计部分别负责落实）', '(财务部、审计部分别负责)', '（財務部、審計部分別負責）', '（财务部、审计部按职责分别负责）', '（责任单位：财务部、审计部分别负责）']) {
      const [t] = parse(`一、任务\n（一）加强资金管理。建立资金台账。${a}\n`).tasks;
      assert.deepStrictEqual([t.lead.length, t.coop], [2, []], a);
    }
    assert.deepStrictEqual(tasks('（一）加强资金管理。（财务部、审计部分别负责，2025年底前完成）'), [[['财务部', '审计部'], [], '2025年底前完成']]);
    // A label run in after the sentence, and label lines under the task.
    assert.deepStrictEqual(tasks('（一）规范档案管理。建立档案台账。责任单位：办公室、档案室分别负责。'), [[['办公室', '档案室'], [], null]]);
    assert.deepStrictEqual(tasks('（一）开展隐患排查。\n责任单位：安全科、后勤处分别负责落实\n完成时限：2025年6月底前'), [[['安全科', '后勤处'], [], '2025年6月底前']]);
    // Beside a named lead they work with it, as units said to be 负责 do; 分别配合 co-operates.
    assert.deepStrictEqual(tasks('（一）推进节能。（办公室牵头，后勤处、各科室分别负责）'), [[['办公室'], ['后勤处', '各科室'], null]]);
    assert.deepStrictEqual(tasks('（一）推进信息化。（办公室牵头，财务部、审计部分别配合）'), [[['办公室'], ['财务部', '审计部'], null]]);
    assert.deepStrictEqual(tasks('（一）推进节能。\n牵头单位：办公室\n责任单位：后勤处、各科室分别负责'), [[['办公室'], ['后勤处', '各科室'], null]]);
    // Units another verb says are 负责 beside them work with them.
    assert.deepStrictEqual(tasks('（一）推进改厕。（县农业农村局、县卫生健康局分别负责，各乡镇具体实施）'), [[['县农业农村局', '县卫生健康局'], ['各乡镇'], null]]);
    // A plain list, and 按职责分工负责, keep their first unit as the lead.
    assert.deepStrictEqual(tasks('（一）完善制度。（人事处、财务处按职责分工负责）'), [[['人事处'], ['财务处'], null]]);
  });
  it('12: a table\'s unit cell with the verb that says their role (`A、B分别负责`, `A按职责分工负责`)', () => {
    const rows = (text: string) => parse(text).tasks.map((t) => [t.path, t.lead, t.coop]);
    const piped = ['序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限', '1 | 建设物流中心 | 市商务局、市交通运输局分别负责 | 市邮政管理局 | 2025年底前', '2 | 完善网点 | 市商务局 | 市住建局 | 2025年底前', ''].join('\n');
    assert.deepStrictEqual(rows(piped), [['1', ['市商务局', '市交通运输局'], ['市邮政管理局']], ['2', ['市商务局'], ['市住建局']]]);
    assert.deepStrictEqual(lint(parse(piped)).filter((f) => f.rule === 'GW202'), []);
    // A 责任单位 column alone: 分别 makes each lead, 按职责分工负责 keeps the first as the lead.
    const tabbed = ['序号\t工作任务\t责任单位\t完成时限', '1\t制定规范\t县农业农村局、县卫生健康局分别负责\t2025年3月底前', '2\t建设设施\t县生态环境局、县住建局按职责分工负责\t2025年底前', ''].join('\n');
    assert.deepStrictEqual(rows(tabbed), [['1', ['县农业农村局', '县卫生健康局'], []], ['2', ['县生态环境局'], ['县住建局']]]);
  });
  it('12: one cell a line, a 整改 table\'s header (存在问题, 整改任务, 整改时限)', () => {
    const doc = parse(['序号', '存在问题', '整改任务', '责任单位', '整改时限', '1', '制度不健全', '完善制度', '办公室、财务部', '2025年底前', '2', '培训不够', '加强培训', '人事部', '长期坚持', ''].join('\n'));
    assert.deepStrictEqual(doc.tasks.map((t) => [t.path, t.lead, t.coop, t.deadline]), [
      ['1', ['办公室'], ['财务部'], '2025年底前'],
      ['2', ['人事部'], [], '长期坚持'],
    ]);
  });
  it('12: one cell a line, a 巡察 or 审计 table\'s problems (反馈问题, 审计发现问题), with a 责任领导 column', () => {
    for (const problems of ['反馈问题', '巡察反馈问题', '审计发现问题', '问题描述']) {
      const doc = parse(['序号', problems, '整改措施', '责任领导', '牵头单位', '配合单位', '整改时限', '1', '落实责任制不到位', '制定责任清单', '副区长何丽', '区委宣传部', '区委网信办', '2026年6月底前', '2', '程序不够规范', '严格执行纪实制度', '副区长孙涛', '区委组织部', '', '长期坚持', ''].join('\n'));
      assert.deepStrictEqual(doc.tasks.map((t) => [t.path, t.title, t.lead, t.coop, t.leaders, t.deadline]), [
        ['1', '制定责任清单', ['区委宣传部'], ['区委网信办'], ['副区长何丽'], '2026年6月底前'],
        ['2', '严格执行纪实制度', ['区委组织部'], [], ['副区长孙涛'], '长期坚持'],
      ], problems);
    }
  });
  it('2: a 纪要 decision that gives the work to units each for its share (`由A、B分别负责`), in either script', () => {
    const doc = parse(['会议议定：', '（一）原则同意《城市更新三年行动方案》，由市住建局、市自然资源和规划局分别负责，于6月底前完成项目梳理。', '（二）老旧小区改造工作，由市住建局、市城管局分別負責。', ''].join('\n'));
    assert.deepStrictEqual(doc.tasks.map((t) => [t.lead, t.coop, t.deadline]), [
      [['市住建局', '市自然资源和规划局'], [], '6月底前'],
      [['市住建局', '市城管局'], [], null],
    ]);
  });
  it('2: no finding asks for a lead where units answer each for its share', () => {
    const text = ['一、任务', '（一）加强资金管理。（财务部、审计部分别负责落实）', '（二）完善制度。（各处室分别负责）', '（三）强化监督。（纪检组、审计部分别牵头）', ''].join('\n');
    assert.deepStrictEqual(lint(parse(text)).filter((f) => /^GW20[123]$/.test(f.rule)).map((f) => f.rule), []);
  });
  it('verbs with an adverb before them, and more verbs real plans use', () => {
    assert.deepStrictEqual(roles('县自然资源局牵头，县农业农村局配合，各乡镇具体负责'), { 县自然资源局: 'lead', 县农业农村局: 'coop', 各乡镇: 'responsible' });
    assert.deepStrictEqual(roles('县委办、县政府办共同负责'), { 县委办: 'lead', 县政府办: 'coop' });
    assert.deepStrictEqual(roles('县发改局牵头抓总，各成员单位按职责分工负责'), { 县发改局: 'lead', 各成员单位: 'responsible' });
    assert.deepStrictEqual(roles('县教育局组织实施'), { 县教育局: 'lead' });
    assert.deepStrictEqual(roles('各乡镇抓好落实'), { 各乡镇: 'lead' });
    // An adverb alone is no unit.
    assert.strictEqual(parseUnits('具体负责'), null);
  });
  it('units and the duty they are given (`县财政局负责资金保障`); people are no duty', () => {
    assert.deepStrictEqual(roles('县财政局负责资金保障，县人社局负责人员保障'), { 县财政局: 'lead', 县人社局: 'coop' });
    assert.deepStrictEqual(roles('县发改局牵头制定方案，县财政局配合'), { 县发改局: 'lead', 县财政局: 'coop' });
    for (const aside of ['县政府负责同志参加', '县政府负责人', '各单位主要负责同志', '本办法由县财政局负责解释']) assert.strictEqual(parseUnits(aside), null, aside);
  });
  it('the leader named first, then the units after a `；`, said by their verbs or listed', () => {
    const a = parseUnits('责任市领导：赵立新；市发展改革委牵头，市直有关部门按职责分工负责')!;
    assert.deepStrictEqual(a.units.map((u) => [u.name, u.role]), [['市发展改革委', 'lead'], ['市直有关部门', 'responsible']]);
    assert.deepStrictEqual(a.leaders, ['赵立新']);
    const b = parseUnits('责任市领导：孙红；市商务局、市文化广电和旅游局、市财政局')!;
    assert.deepStrictEqual(b.units.map((u) => u.role), ['lead', 'coop', 'coop']);
    assert.deepStrictEqual(b.leaders, ['孙红']);
    const c = parseUnits('责任市领导：赵立新；市财政局、市发展改革委，2024年12月底前')!;
    assert.strictEqual(c.deadline, '2024年12月底前');
    assert.deepStrictEqual(roles('责任领导：王建国；省国资委负责'), { 省国资委: 'lead' });
    // A `；` between people stays a list of people.
    assert.strictEqual(parseUnits('责任领导：党委书记 林志远；党委副书记 覃建军'), null);
  });
  it('4/13: an unlabelled deadline after labelled units, or with words after its time', () => {
    const both = parseUnits('牵头单位：市甲局；配合单位：市乙局、某某供电公司；2026年底前完成')!;
    assert.deepStrictEqual([both.units.map((u) => `${u.name}:${u.role}`), both.deadline], [['市甲局:lead', '市乙局:coop', '某某供电公司:coop'], '2026年底前完成']);
    assert.deepStrictEqual(roles('牵头单位：市甲局；2026年底前完成'), { 市甲局: 'lead' });
    assert.strictEqual(parseUnits('牵头单位：市甲局，配合单位：市乙局；2026年6月底前完成')!.deadline, '2026年6月底前完成');
    // The clause after the time, as written, where it names no units.
    assert.strictEqual(parseUnits('市甲局牵头，市乙局配合；每年12月底前完成年度建设任务')!.deadline, '每年12月底前完成年度建设任务');
    assert.strictEqual(parseUnits('市甲局牵头；2025年底前完成100个村改造')!.deadline, '2025年底前完成100个村改造');
  });
  it('deadlines with a word before the time, a remark after the units, a person who leads', () => {
    assert.strictEqual(parseUnits('学科建设办公室牵头，各系部配合；截至2024年6月底前完成')!.deadline, '截至2024年6月底前完成');
    assert.strictEqual(parseUnits('宣传部负责；于2024年6月底前完成')!.deadline, '于2024年6月底前完成');
    assert.strictEqual(parseUnits('统计科负责；时间：2024年6月')!.deadline, '2024年6月');
    assert.strictEqual(parseUnits('科研办公室负责，社科处配合，每季度报送进展')!.deadline, '每季度报送进展');
    // A span of months (人大 执法检查 `5月至9月`).
    assert.strictEqual(parseUnits('市人大城建环资工委，5月至9月')!.deadline, '5月至9月');
    assert.strictEqual(parseUnits('市生态环境局负责，5—9月')!.deadline, '5—9月');
    assert.strictEqual(parseUnits('市生态环境局，3月—6月份')!.deadline, '3月—6月份');
    assert.deepStrictEqual(roles('科研办公室负责，具体方案另行制定'), { 科研办公室: 'lead' });
    // A remark alone, or after a list no verb says, is no annotation.
    assert.strictEqual(parseUnits('具体方案另行制定'), null);
    const led = parseUnits('分管副局长李明辉牵头，财务科、审计科配合')!;
    assert.deepStrictEqual(led.leaders, ['分管副局长李明辉']);
    assert.deepStrictEqual(led.units.map((u) => [u.name, u.role]), [['财务科', 'coop'], ['审计科', 'coop']]);
    assert.deepStrictEqual(parseUnits('李明辉同志负责，财务科、审计科具体落实')!.leaders, ['李明辉同志']);
    // A unit whose name holds a post is no person.
    assert.deepStrictEqual(roles('市长热线办负责'), { 市长热线办: 'lead' });
    // A leader by post alone, unnamed: the task's leader too.
    for (const [inner, leader] of [['市政府分管领导牵头，市财政局配合', '市政府分管领导'], ['分管副市长牵头，市财政局配合', '分管副市长'], ['县政府常务副县长牵头，县发改局配合', '县政府常务副县长']]) {
      const p = parseUnits(inner)!;
      assert.deepStrictEqual([p.leaders, p.units.map((u) => [u.name, u.role])], [[leader], [[inner.slice(inner.indexOf('，') + 1, -2), 'coop']]], inner);
    }
    assert.deepStrictEqual(roles('分管领导小组办公室牵头'), { 分管领导小组办公室: 'lead' });
  });
  it('the person who owns a task, alone (责任人：…, 李明辉同志负责): an annotation with no units', () => {
    const own = parseUnits('责任人：支部书记周海涛')!;
    assert.deepStrictEqual([own.units.length, own.leaders], [0, ['支部书记周海涛']]);
    assert.deepStrictEqual(parseUnits('李明辉同志负责')!.leaders, ['李明辉同志']);
    // A leader alone stands above units the drafter left out: no annotation.
    assert.strictEqual(parseUnits('责任领导：张副市长'), null);
    const doc = parse('一、加强思想建设\n（一）坚持第一议题制度。（责任人：支部书记周海涛）\n（二）抓好理论学习。（责任人：组织委员吴晓燕）\n（三）严肃党内政治生活。（责任人：支部书记周海涛）\n');
    assert.deepStrictEqual(doc.tasks.map((t) => t.leaders.join('、')), ['支部书记周海涛', '组织委员吴晓燕', '支部书记周海涛']);
  });
  it('a duty after the verb that says the role: 负责督办, 负责组织实施, 牵头组织实施, 负责牵头', () => {
    const roles = (text: string) => parseUnits(text)!.units.map((u) => `${u.name}:${u.role}`);
    assert.deepStrictEqual(roles('县委督查室、县政府督查室负责跟踪督办'), ['县委督查室:lead', '县政府督查室:coop']);
    assert.deepStrictEqual(roles('县财政局负责督办'), ['县财政局:lead']);
    assert.deepStrictEqual(roles('县财政局、县发改局负责组织实施'), ['县财政局:lead', '县发改局:coop']);
    assert.deepStrictEqual(roles('县发改局负责督促落实'), ['县发改局:lead']);
    assert.deepStrictEqual(roles('县发改局牵头组织实施，县财政局配合'), ['县发改局:lead', '县财政局:coop']);
    assert.deepStrictEqual(roles('县发改局负责牵头，县财政局配合'), ['县发改局:lead', '县财政局:coop']);
    // 督办 alone still says who oversees; a collective named by its role stays one.
    assert.deepStrictEqual(roles('县财政局督办'), ['县财政局:guide']);
    assert.deepStrictEqual(roles('各牵头单位督促落实'), ['各牵头单位:lead']);
  });

  it('the governments of levels listed (各州、市人民政府) are one name; 防指 is a unit', () => {
    const roles = (text: string) => parseUnits(text)!.units.map((u) => `${u.name}:${u.role}`);
    assert.deepStrictEqual(roles('各州、市人民政府负责'), ['各州、市人民政府:lead']);
    assert.deepStrictEqual(roles('各市、县（市、区）人民政府负责'), ['各市、县（市、区）人民政府:lead']);
    assert.deepStrictEqual(roles('各州、市教育局牵头，省财政厅配合'), ['各州、市教育局:lead', '省财政厅:coop']);
    assert.deepStrictEqual(roles('市、县人民政府负责'), ['市、县人民政府:lead']);
    // Two units stay two.
    assert.deepStrictEqual(roles('省教育厅、各市人民政府负责'), ['省教育厅:lead', '各市人民政府:coop']);
    assert.deepStrictEqual(roles('市防办牵头，各县区防指负责'), ['市防办:lead', '各县区防指:responsible']);
  });

  it('each of the places of the levels listed (各区、县级市) is one collective, not a level alone', () => {
    const roles = (text: string) => parseUnits(text)!.units.map((u) => `${u.name}:${u.role}`);
    assert.deepStrictEqual(roles('牵头单位：市甲局，配合单位：市乙局，各区、县级市'), ['市甲局:lead', '市乙局:coop', '各区、县级市:coop']);
    assert.deepStrictEqual(roles('市甲局牵头，市乙局、各有关区、县级市配合'), ['市甲局:lead', '市乙局:coop', '各有关区、县级市:coop']);
    assert.deepStrictEqual(roles('市甲局牵头，各乡镇、街道配合'), ['市甲局:lead', '各乡镇、街道:coop']);
    // A level's named body after it stays the governments' one name; two places named stay two.
    assert.deepStrictEqual(roles('各州、市人民政府负责'), ['各州、市人民政府:lead']);
    assert.deepStrictEqual(roles('各区、各县级市负责'), ['各区:lead', '各县级市:coop']);
    // In the ledger, one unit counted once.
    const text = ['某某工作方案', '一、重点任务', '（一）甲项工作。（牵头单位：市甲局，配合单位：各区、县级市）', '（二）乙项工作。（牵头单位：市乙局，配合单位：市甲局，各区、县级市）'].join('\n');
    assert.deepStrictEqual(buildLedger(parse(text), 'plan.txt').units.map((u) => [u.name, u.leads, u.cooperates]), [['市甲局', 1, 1], ['市乙局', 1, 0], ['各区、县级市', 0, 2]]);
  });

  it('a role said after a group of units is the group\'s: A（牵头），B、C（配合）', () => {
    const roles = (text: string) => parseUnits(text)!.units.map((u) => `${u.name}:${u.role}`);
    assert.deepStrictEqual(roles('承办单位：县教育局（牵头），县住建局、县应急管理局、县财政局（配合）'), ['县教育局:lead', '县住建局:coop', '县应急管理局:coop', '县财政局:coop']);
    assert.deepStrictEqual(roles('县住建局（牵头），县财政局、县自然资源局（配合）'), ['县住建局:lead', '县财政局:coop', '县自然资源局:coop']);
    assert.strictEqual(parseUnits('承办单位：县城市管理局；办理时限：2024年9月30日前')!.deadline, '2024年9月30日前');
  });

  it('a deadline in a bracket of its own right before the units', () => {
    const doc = parse('一、立法项目\n1.制定公园城市建设条例。（6月）（法制委员会、城乡建设环境保护委员会）\n2.修订物业管理条例。（法制委员会）（9月）\n');
    assert.deepStrictEqual(doc.annotations.map((a) => [a.units.map((u) => u.name).join('、'), a.deadline]), [['法制委员会、城乡建设环境保护委员会', '6月'], ['法制委员会', '9月']]);
  });
  it('3: lead and co-operating units by verb, and 会同', () => {
    assert.deepStrictEqual(roles('办公室牵头，财务部、审计部配合'), { 办公室: 'lead', 财务部: 'coop', 审计部: 'coop' });
    assert.deepStrictEqual(roles('规划处牵头，信息中心、档案馆参与'), { 规划处: 'lead', 信息中心: 'coop', 档案馆: 'coop' });
    assert.deepStrictEqual(roles('规划处会同财务处负责'), { 规划处: 'lead', 财务处: 'coop' });
    // A comma inside the co-operating list, after the lead: both co-operate (GW205 asks for 、).
    assert.deepStrictEqual(roles('规划处牵头，信息中心,档案馆配合'), { 规划处: 'lead', 信息中心: 'coop', 档案馆: 'coop' });
    assert.deepStrictEqual(roles('规划处牵头，信息中心，档案馆配合'), { 规划处: 'lead', 信息中心: 'coop', 档案馆: 'coop' });
    // Commas all along the co-operating list: every unit in it co-operates, in its order.
    assert.deepStrictEqual(roles('规划处牵头，信息中心，档案馆，资料室配合'), { 规划处: 'lead', 信息中心: 'coop', 档案馆: 'coop', 资料室: 'coop' });
    assert.deepStrictEqual(parseUnits('规划处牵头，信息中心，档案馆、资料室，后勤处配合')!.units.map((u) => u.role), ['lead', 'coop', 'coop', 'coop', 'coop']);
    // Not where a later clause is another kind of group (`…，各区县政府负责`) or a deadline.
    assert.deepStrictEqual(roles('规划处牵头，信息中心，各区县政府负责'), { 规划处: 'lead', 信息中心: 'responsible', 各区县政府: 'responsible' });
    // Without a lead before it, a unit before the co-operators is the one responsible.
    assert.deepStrictEqual(roles('规划处，信息中心配合'), { 规划处: 'lead', 信息中心: 'coop' });
    // Not across a `；`, which separates parts of another kind: the unit between is responsible, as before.
    assert.deepStrictEqual(roles('规划处牵头；档案馆；信息中心配合'), { 规划处: 'lead', 档案馆: 'responsible', 信息中心: 'coop' });
  });
  it('4: labelled parts separated by ；or ，', () => {
    assert.deepStrictEqual(roles('牵头单位：办公室；配合单位：财务部、审计部'), { 办公室: 'lead', 财务部: 'coop', 审计部: 'coop' });
    assert.deepStrictEqual(roles('牵头单位：办公室，配合单位：财务部'), { 办公室: 'lead', 财务部: 'coop' });
    assert.deepStrictEqual(roles('牵头单位：办公室'), { 办公室: 'lead' });
  });
  it('4/5: a label naming a person (牵头领导, 责任领导, 责任人) is read past, not taken for units', () => {
    assert.deepStrictEqual(roles('牵头领导：张副市长；牵头单位：市教育局；配合单位：市财政局'), { 市教育局: 'lead', 市财政局: 'coop' });
    const p = parseUnits('责任领导：李副市长；责任单位：市住建局、市城管局')!;
    assert.strictEqual(p.form, 5);
    assert.deepStrictEqual(p.units.map((u) => [u.name, u.role]), [['市住建局', 'lead'], ['市城管局', 'coop']]);
    assert.deepStrictEqual(roles('牵头市领导：王副市长，责任人：赵局长，牵头单位：市水利局'), { 市水利局: 'lead' });
    // A bracket naming only people is not an annotation.
    assert.strictEqual(parseUnits('牵头领导：张副市长'), null);
  });
  it('3: 由 before the units (`由A牵头负责`)', () => {
    assert.deepStrictEqual(roles('由市发改委牵头负责'), { 市发改委: 'lead' });
    const p = parseUnits('由市发改委牵头，市财政局配合')!;
    assert.deepStrictEqual(p.units.map((u) => [u.name, u.start]), [['市发改委', 1], ['市财政局', 8]]);
  });
  it('3: a unit said to give its support (`A负责组织实施，B做好经费保障`) co-operates, not a remark read past', () => {
    const doc = parse('一、任务\n（一）甲。（市甲局负责组织实施，市乙局做好经费保障）\n（二）乙。（市甲局牵头，市丙局配合，市乙局做好政策支持）\n（三）丙。（市甲局负责，做好经费保障）\n');
    assert.deepStrictEqual(doc.tasks.map((t) => [t.lead, t.coop]), [[['市甲局'], ['市乙局']], [['市甲局'], ['市丙局', '市乙局']], [['市甲局'], []]]);
  });
  it('3: units said to be 负责 beside a named lead co-operate in the ledger (`A牵头，各区政府负责`)', () => {
    const doc = parse('一、任务\n（一）甲。（市发改委牵头，各县区政府、市直有关部门按职责分工负责）\n（二）乙。（市教育局、市财政局负责）\n');
    assert.deepStrictEqual([doc.tasks[0].lead, doc.tasks[0].coop], [['市发改委'], ['各县区政府', '市直有关部门']]);
    assert.deepStrictEqual([doc.tasks[1].lead, doc.tasks[1].coop], [['市教育局'], ['市财政局']]);
  });
  it('5: 责任单位 / 责任部门 labels', () => {
    assert.deepStrictEqual(roles('责任单位：办公室、财务部'), { 办公室: 'lead', 财务部: 'coop' });
    assert.strictEqual(parseUnits('责任部门：人事处')!.form, 5);
  });
  it('6: label lines under the task', () => {
    const doc = parse('一、甲\n（一）完善制度。\n牵头单位：区发改局\n责任单位：开发区、各街道\n（二）加强监督。\n牵头单位：区监察局\n');
    assert.deepStrictEqual(doc.annotations.map((a) => a.form), [6, 6, 6]);
    assert.strictEqual(doc.tasks.length, 2);
    // The 牵头单位 line names the lead; the 责任单位 line's units work with it (as a table's
    // 责任单位 column beside a 牵头单位 column), its first one no co-lead.
    assert.deepStrictEqual(doc.tasks[0].lead, ['区发改局']);
    assert.deepStrictEqual(doc.tasks[0].coop, ['开发区', '各街道']);
    // A `完成时限：` line after the label lines is the task's deadline.
    const timed = parse('一、甲\n（一）完善制度。\n牵头单位：区发改局\n完成时限：2025年12月底前\n（二）加强监督。\n牵头单位：区监察局\n');
    assert.deepStrictEqual(timed.tasks.map((t) => t.deadline), ['2025年12月底前', null]);
    // A 责任单位 line on its own still leads with its first unit.
    const alone = parse('一、甲\n（一）完善制度。\n责任单位：开发区、各街道\n（二）加强监督。\n牵头单位：区监察局\n');
    assert.deepStrictEqual([alone.tasks[0].lead, alone.tasks[0].coop], [['开发区'], ['各街道']]);
  });
  it('6: labels run in after a sentence, each to the next 。, outside brackets', () => {
    const doc = parse('一、任务\n（一）推进甲事项。牵头单位：办公室；配合单位：财务部。推进乙事项。责任单位：审计部。\n（二）明确责任单位：要层层压实。（办公室）\n');
    assert.deepStrictEqual(doc.tasks.map((t) => [t.title, t.lead, t.coop]), [
      ['推进甲事项', ['办公室'], ['财务部']],
      ['推进乙事项', ['审计部'], []],
      ['明确责任单位：要层层压实', ['办公室'], []],
    ]);
    const [first] = doc.annotations;
    assert.deepStrictEqual([first.range.start.character, first.range.end.character], [9, 26]);
    // Not after a sentence, or not units: not an annotation.
    assert.strictEqual(parse('一、任务\n（一）推进甲事项，责任单位：办公室。\n').annotations.length, 0);
    assert.strictEqual(parse('一、任务\n（一）推进甲事项。责任单位：要明确分工。\n').annotations.length, 0);
  });
  it('5/6: a 责任单位 label whose units say by verbs who leads; a deadline label after it', () => {
    assert.deepStrictEqual(roles('责任单位：区住建局牵头，区自然资源局、区发改局配合'), { 区住建局: 'lead', 区自然资源局: 'coop', 区发改局: 'coop' });
    assert.strictEqual(parseUnits('责任单位：区住建局牵头，区发改局配合')!.form, 5);
    assert.strictEqual(parseUnits('责任单位：区住建局，2025年底前')!.deadline, '2025年底前');
    assert.strictEqual(parseUnits('责任单位：区住建局；时间节点：2025年12月')!.deadline, '2025年12月');
    assert.strictEqual(parseUnits('责任单位：区住建局；完成期限：2025年12月')!.deadline, '2025年12月');
    // Schools, kindergartens, farms and works are units too.
    assert.deepStrictEqual(roles('市第一中学、实验小学、机关幼儿园、国营农场、县自来水厂负责'), { 市第一中学: 'lead', 实验小学: 'coop', 机关幼儿园: 'coop', 国营农场: 'coop', 县自来水厂: 'coop' });
    // A 牵头单位 label names the lead; verbs in it are no list of units.
    assert.strictEqual(parseUnits('牵头单位：区住建局牵头，区发改局配合'), null);
    const doc = parse('一、任务\n（一）推进甲事项。责任单位：区住建局牵头，区发改局配合。完成时限：2025年6月底前。\n（二）推进乙事项。责任单位：审计部。时间节点：长期坚持\n（三）推进丙事项。责任单位：财务部。要求：按月报送。\n');
    assert.deepStrictEqual(doc.tasks.map((t) => [t.lead, t.coop, t.deadline]), [
      [['区住建局'], ['区发改局'], '2025年6月底前'],
      [['审计部'], [], '长期坚持'],
      [['财务部'], [], null],
    ]);
  });
  it('5: a label after a sentence whose last unit has another name in brackets (`安全环保部（应急管理办公室）；完成时限：…`) is one annotation', () => {
    const doc = parse('一、任务\n（一）修订责任制。责任单位：安全环保部（应急管理办公室）；完成时限：2025年3月底前。\n（二）建立清单。责任单位：信息中心、安全环保部（应急管理办公室）；完成时限：2025年9月底前。\n（三）开展演练。责任单位：综合部（保卫部）。\n');
    assert.deepStrictEqual(doc.annotations.map((a) => [a.line, a.units.map((u) => u.name)]), [
      [1, ['安全环保部（应急管理办公室）']],
      [2, ['信息中心', '安全环保部（应急管理办公室）']],
      [3, ['综合部（保卫部）']],
    ]);
    assert.deepStrictEqual(doc.tasks.map((t) => [t.lead, t.coop, t.deadline]), [
      [['安全环保部（应急管理办公室）'], [], '2025年3月底前'],
      [['信息中心'], ['安全环保部（应急管理办公室）'], '2025年9月底前'],
      [['综合部（保卫部）'], [], null],
    ]);
  });
  it('4: short labels, other offices\' labels, 。 between labelled parts, a role in brackets after a name, clauses joined by 、', () => {
    assert.deepStrictEqual(roles('牵头：市发改委；配合：市财政局'), { 市发改委: 'lead', 市财政局: 'coop' });
    assert.deepStrictEqual(roles('主责单位：市发改委；协同单位：市财政局'), { 市发改委: 'lead', 市财政局: 'coop' });
    assert.deepStrictEqual(roles('牵头处室：监察处；配合科室：办公室'), { 监察处: 'lead', 办公室: 'coop' });
    assert.deepStrictEqual(roles('牵头单位：市发改委。配合单位：市财政局。'), { 市发改委: 'lead', 市财政局: 'coop' });
    assert.deepStrictEqual(roles('【牵头单位】市发改委。【配合单位】市财政局'), { 市发改委: 'lead', 市财政局: 'coop' });
    assert.deepStrictEqual(roles('责任单位：市教育局（牵头）、市财政局、市人社局'), { 市教育局: 'lead', 市财政局: 'responsible', 市人社局: 'responsible' });
    assert.deepStrictEqual(roles('市发改委牵头、市财政局配合'), { 市发改委: 'lead', 市财政局: 'coop' });
    assert.deepStrictEqual(roles('市发改委负责、市财政局、市人社局配合'), { 市发改委: 'lead', 市财政局: 'coop', 市人社局: 'coop' });
    // A name that holds a verb-like word is not cut, and an aside is still no annotation.
    assert.deepStrictEqual(roles('市就业指导中心、市人社局'), { 市就业指导中心: 'lead', 市人社局: 'coop' });
    assert.strictEqual(parseUnits('牵头抓好、统筹推进'), null);
  });
  it('4/6: labels in 【】 (`【牵头单位】A【配合单位】B`), after a sentence or on lines of their own', () => {
    const doc = parse('一、任务\n（一）完善制度。\n【牵头单位】区发改局\n【责任单位】开发区、各街道\n【完成时限】2025年底前\n（二）加强宣传。【牵头单位】区委宣传部【配合单位】区文明办。\n（三）其他。【注】见附件。\n');
    assert.deepStrictEqual(doc.tasks.map((t) => [t.title, t.lead, t.coop, t.deadline]), [
      ['完善制度', ['区发改局'], ['开发区', '各街道'], '2025年底前'],
      ['加强宣传', ['区委宣传部'], ['区文明办'], null],
    ]);
    assert.deepStrictEqual(doc.annotations.map((a) => [a.form, doc.source.slice(a.range)]), [
      [6, '【牵头单位】区发改局'],
      [6, '【责任单位】开发区、各街道'],
      [4, '【牵头单位】区委宣传部【配合单位】区文明办'],
    ]);
  });
  it('a bracket alone on its line under a task is its annotation; outside every heading, no task', () => {
    const doc = parse('某某方案\n（某某局）\n一、重点任务\n（一）完善制度体系\n制定管理制度。\n（办公室牵头，财务部配合）\n（二）强化监督检查\n开展专项检查。\n（纪检组）\n');
    assert.deepStrictEqual(doc.tasks.map((t) => [t.path, t.lead, t.coop]), [
      ['一、（一）', ['办公室'], ['财务部']],
      ['一、（二）', ['纪检组'], []],
    ]);
    assert.deepStrictEqual(lint(doc).filter((f) => f.rule === 'GW201'), []);
    // Markers and asides at line start are still not annotations.
    assert.strictEqual(parse('一、任务\n（一）办公室\n（2025年3月—4月）\n（此件公开发布）\n').annotations.length, 0);
  });
  it('a heading whose annotation closes its title: the task title stops before the annotation', () => {
    const doc = parse('一、甲\n（一）完善基础设施（区城管局牵头，区住建局配合）\n1.改造道路。\n（二）加强监督。（区监察局）\n');
    assert.deepStrictEqual(doc.tasks.map((t) => [t.title, t.lead]), [['完善基础设施', ['区城管局']], ['加强监督', ['区监察局']]]);
    assert.strictEqual(doc.headings[1].title, '完善基础设施（区城管局牵头，区住建局配合）'); // the heading itself as written
  });
  it('7: a guiding unit, optionally with participants', () => {
    assert.deepStrictEqual(roles('规划部指导'), { 规划部: 'guide' });
    assert.deepStrictEqual(roles('规划部指导，协会参与'), { 规划部: 'guide', 协会: 'coop' });
  });
  it('8: several annotations in one paragraph before the 。 or ； that ends each item (一是……（A）；二是……（B）；)', () => {
    const doc = parse(['一、任务', '（一）甲。一是推进甲（区委宣传部、区委办公室）；二是推进乙（区委宣传部、区委组织部）；三是推进丙（区委组织部、区委党校）。', ''].join('\n'));
    assert.deepStrictEqual(doc.tasks.map((t) => [t.title, t.lead, t.coop]), [
      ['推进甲', ['区委宣传部'], ['区委办公室']],
      ['推进乙', ['区委宣传部'], ['区委组织部']],
      ['推进丙', ['区委组织部'], ['区委党校']],
    ]);
  });
  it('units on a line of their own after the list a task introduces (具体包括：（1）…（3）) are the task\'s', () => {
    const doc = parse(['一、任务', '7.改进考核。优化考核指标。具体包括：', '（1）纳入年度综合考核；', '（2）约谈主要负责人；', '（3）取消评先评优资格。', '（区委组织部、区委办公室）', '8.加强督查。（区委督查室）', ''].join('\n'));
    assert.deepStrictEqual(doc.tasks.map((t) => [t.path, t.title, t.lead]), [['一、7.', '改进考核', ['区委组织部']], ['一、8.', '加强督查', ['区委督查室']]]);
  });
  it('13: a deadline where the task\'s text or its first sentence starts (倒排工期) is its deadline, not part of its title', () => {
    const doc = parse(['一、时间节点', '1. 6月20日前，印发工作方案，召开动员会。（责任单位：市甲局、市乙局）', '2. 7月31日前，完成场地布置。（市丙局牵头；7月31日前完成）', '3. 做好2025年12月底前到期项目的清理。（市丁局）', '二、分工', '（一）会场布置。8月28日前完成会场布置和彩排。（市戊局负责）', '（二）邀请客商。按2024年6月底前签约名单邀请。（市甲局负责）', ''].join('\n'));
    assert.deepStrictEqual(doc.tasks.map((t) => [t.title, t.deadline]), [
      ['印发工作方案，召开动员会', '6月20日前'],
      ['完成场地布置', '7月31日前完成'],
      ['做好2025年12月底前到期项目的清理', null],
      ['会场布置', '8月28日前'],
      ['邀请客商', null],
    ]);
  });
  it('units after the last of items that name none are the parent item\'s (its own line, or a closing paragraph after a list it introduces)', () => {
    const own = parse(['第一条 促进就业。（甲厅负责）', '第二条 促进增收。', '（1）稳定务工规模。加强劳务协作。', '（2）扩大实施范围。推广以工代赈。', '（3）支持返乡创业。给予创业补贴。', '（甲厅、乙厅按职责分工负责）', '第三条 加强培训。（丙厅）', ''].join('\n'));
    assert.deepStrictEqual(own.tasks.map((t) => [t.path, t.title, t.lead]), [['第一条', '促进就业', ['甲厅']], ['第二条', '促进增收', ['甲厅']], ['第三条', '加强培训', ['丙厅']]]);
    const closing = parse(['第一条 支持品牌建设。对新获得以下认证的给予奖励：', '（一）获得甲认证的，奖励20万元；', '（二）获得乙认证的，奖励3万元。', '同一产品获得多项认证的，按最高标准奖励一次。（市甲局、市乙局负责）', '第二条 扩大保险覆盖面。（市丙局负责）', ''].join('\n'));
    assert.deepStrictEqual(closing.tasks.map((t) => [t.path, t.lead]), [['第一条', ['市甲局']], ['第二条', ['市丙局']]]);
    // Items with units of their own keep the units on the line after the last.
    const each = parse(['一、任务', '（一）推进甲。', '1. 做好甲一。（市甲局）', '2. 做好甲二。', '（市乙局）', ''].join('\n'));
    assert.deepStrictEqual(each.tasks.map((t) => t.path), ['一、（一）1.', '一、（一）2.']);
    // Label lines stand under the item they describe.
    const labels = parse(['一、任务', '（一）推进甲。', '1. 做好甲一。', '2. 做好甲二。', '牵头单位：市乙局', ''].join('\n'));
    assert.deepStrictEqual(labels.tasks.map((t) => t.path), ['一、（一）2.']);
    // A paragraph closing an item of a list nobody introduced stays the item's.
    const item = parse(['一、任务', '（一）推进甲。', '1. 做好甲一。', '2. 做好甲二。', '其中重点做好甲三。（市乙局）', ''].join('\n'));
    assert.deepStrictEqual(item.tasks.map((t) => t.path), ['一、（一）2.']);
  });
  it('6: label lines listing an event\'s organisers or a joint meeting\'s members are no task\'s units', () => {
    const event = parse(['一、组织机构', '主办单位：市甲局、市乙局', '承办单位：市丙中心', '协办单位：市丁协会', '二、活动内容', '（一）开幕式。（市甲局牵头，市乙局配合）', '（二）市集。（市乙局负责）', ''].join('\n'));
    assert.deepStrictEqual(event.tasks.map((t) => t.path), ['二、（一）', '二、（二）']);
    assert.deepStrictEqual(lint(event).filter((f) => f.rule.startsWith('GW20')), []);
    // At the top of an 活动方案, before any heading: 主办 beside 指导/承办.
    const top = parse(['某某活动方案', '指导单位：市甲部', '主办单位：市乙局', '承办单位：市丙中心', '一、活动内容', '（一）义诊。（市卫生健康委负责）', ''].join('\n'));
    assert.deepStrictEqual(top.annotations.map((a) => a.line), [5]);
    const meeting = parse(['六、联席会议组成', '召集人：副省长', '牵头单位：省民政厅', '成员单位：省甲厅、省乙厅', ''].join('\n'));
    assert.deepStrictEqual(meeting.tasks, []);
    // Under a task, or in a 交办单 (主办 with 协办), they say who does it.
    const task = parse(['一、任务', '（一）办理建议。加快办理。', '承办单位：市甲局', '协办单位：市乙局', '（二）答复代表。', '主办单位：市丙局', '协办单位：市丁局', ''].join('\n'));
    assert.deepStrictEqual(task.tasks.map((t) => [t.path, t.lead, t.coop]), [['一、（一）', ['市甲局'], ['市乙局']], ['一、（二）', ['市丙局'], ['市丁局']]]);
  });
  it('6: a lone `协办单位：` line under a section\'s name (`五、其他`) is an event\'s co-organiser, under a task\'s sentence its co-operator', () => {
    const notice = parse(['关于举办读书节的通知', '一、时间', '4月23日。', '二、工作安排', '（一）布置会场。（市甲馆负责）', '（二）组织报名。（市乙局负责）', '三、其他', '协办单位：市丙协会', ''].join('\n'));
    assert.deepStrictEqual(notice.tasks.map((t) => t.path), ['二、（一）', '二、（二）']);
    assert.deepStrictEqual(lint(notice).filter((f) => f.rule.startsWith('GW20')), []);
    const task = parse(['一、任务', '（一）办理代表建议，按时答复代表。', '协办单位：市乙局', ''].join('\n'));
    assert.deepStrictEqual(task.tasks.map((t) => [t.path, t.coop]), [['一、（一）', ['市乙局']]]);
    // A 交办单 whose 承办单位 was left blank: its 协办单位 still co-operate, and GW202 asks for the lead.
    const sheet = parse(['某县督查室', '交 办 单', '交办事项：关于某路段积水问题', '承办单位：', '协办单位：县乙局', '办理时限：2025年5月10日前', ''].join('\n'));
    assert.deepStrictEqual(lint(sheet).filter((f) => f.rule.startsWith('GW20')).map((f) => [f.rule, f.range.start.line]), [['GW202', 4]]);
  });
  it('6: label lines under a `交办事项：` line are its task, titled by it, not the item above a second 交办单\'s', () => {
    const text = [
      '某县督查室',
      '交 办 单',
      '交办事项：关于某小区供水管网老化问题',
      '承办单位：县水利局',
      '协办单位：县住建局、某街道办事处',
      '办理时限：2025年5月10日前',
      '办理要求：',
      '1.请承办单位立即核查。',
      '2.办理结果报县督查室。',
      '县督查室',
      '2025年4月20日',
      '交 办 单',
      '交办事项：县领导在《某专报》上的批示件',
      '承办单位：县教育局（牵头），县财政局（配合）',
      '办理时限：2025年5月30日前',
      '',
    ].join('\n');
    const doc = parse(text);
    assert.deepStrictEqual(
      doc.tasks.map((t) => [t.path, t.title, t.lead, t.coop, t.deadline]),
      [
        ['', '关于某小区供水管网老化问题', ['县水利局'], ['县住建局', '某街道办事处'], '2025年5月10日前'],
        ['', '县领导在《某专报》上的批示件', ['县教育局'], ['县财政局'], '2025年5月30日前'],
      ],
    );
  });
  it('a half-width `.` written for the full stop ends the task\'s title; a decimal does not', () => {
    const doc = parse(['一、任务', '1.公布名单.5月15日前向社会公布名单.(市甲办负责)', '2.提高比例到1.5倍。(市乙局负责)', ''].join('\n'));
    assert.deepStrictEqual(doc.tasks.map((t) => t.title), ['公布名单', '提高比例到1.5倍']);
  });
  it('13: a `完成时限：` line under a task whose annotation ends its line is its deadline', () => {
    const doc = parse(['一、任务', '1.开展排查。建立台账。（镇农业服务中心牵头，各村配合）', '完成时限：2025年6月底前', '2.推进管护。（镇建设服务中心牵头）', '完成时限：持续推进', ''].join('\n'));
    assert.deepStrictEqual(doc.tasks.map((t) => t.deadline), ['2025年6月底前', '持续推进']);
  });
  it('8: several annotations in one paragraph, each closing its sentences', () => {
    const doc = parse('一、任务\n（一）推进改革。推进甲事项。（办公室负责落实）推进乙事项。（财务部、审计部分别负责落实）\n（二）其他。（人事处）\n');
    const tasks = doc.tasks.filter((t) => t.path.startsWith('一、（一）'));
    assert.deepStrictEqual(tasks.map((t) => [t.path, t.title, t.lead.join('、')]), [
      ['一、（一）#1', '推进改革', '办公室'],
      ['一、（一）#2', '推进乙事项', '财务部、审计部'],
    ]);
    assert.strictEqual(doc.annotations[1].form, 8);
  });
  it('9: open-ended lists and collectives', () => {
    const p = parseUnits('财务部、审计部等和各有关分公司负责')!;
    assert.deepStrictEqual(p.units.map((u) => u.name), ['财务部', '审计部', '各有关分公司']);
    // `A等部门`: A and others not named; the unit is A, its range A's.
    const open = parseUnits('市发改委、市财政局等部门负责')!;
    assert.deepStrictEqual(open.units.map((u) => [u.name, u.end - u.start]), [['市发改委', 4], ['市财政局', 4]]);
    assert.deepStrictEqual(roles('各区县政府负责'), { 各区县政府: 'lead' });
    const doc = parse('正文。（财务部、审计部等和各有关分公司负责）\n');
    assert.deepStrictEqual(doc.annotations[0].units.map((u) => u.collective), [false, false, true]);
  });
  it('two units joined by 和/及/与 are two; names that hold the word, and collectives, are one', () => {
    assert.deepStrictEqual(roles('市财政局和市审计局负责'), { 市财政局: 'lead', 市审计局: 'coop' });
    assert.deepStrictEqual(roles('市委办、市政府办以及市财政局'), { 市委办: 'lead', 市政府办: 'coop', 市财政局: 'coop' });
    assert.deepStrictEqual(roles('市发改委与市工信局牵头，市财政局配合'), { 市发改委: 'lead', 市工信局: 'lead', 市财政局: 'coop' });
    assert.deepStrictEqual(parseUnits('市财政局和市审计局')!.units.map((u) => [u.start, u.end]), [[0, 4], [5, 9]]);
    // The second body named with its own place is a unit of its own.
    assert.deepStrictEqual(roles('县委办公室和县人民政府办公室'), { 县委办公室: 'lead', 县人民政府办公室: 'coop' });
    for (const one of ['市人力资源和社会保障局', '市住房和城乡建设局', '国家发展和改革委员会', '市文化和旅游局', '中央和国家机关工委', '各有关部门和单位', '各县（市、区）委和人民政府', '各乡镇党委和人民政府', '各街道党工委和办事处']) {
      assert.deepStrictEqual(Object.keys(roles(one)), [one], one);
    }
  });
  it('10: nested brackets inside unit names', () => {
    const p = parseUnits('市府办〔市数据局〕牵头，各县（市、区）政府配合')!;
    assert.deepStrictEqual(p.units.map((u) => [u.name, u.role]), [
      ['市府办〔市数据局〕', 'lead'],
      ['各县（市、区）政府', 'coop'],
    ]);
    const doc = parse('完善平台。（市府办〔市数据局〕牵头，各县（市、区）政府配合）\n');
    assert.strictEqual(doc.annotations.length, 1);
    assert.strictEqual(doc.source.slice(doc.annotations[0].units[1].range), '各县（市、区）政府');
  });
  it('11: a default declared once covers later tasks', () => {
    const doc = parse('一、任务\n（一）甲。（规划部指导，各试点单位负责落实。以下均需各试点单位落实，不再列出）\n（二）乙。（规划部指导）\n');
    assert.deepStrictEqual(doc.annotations[0].defaults, ['各试点单位']);
    assert.strictEqual(doc.annotations[0].form, 11);
    assert.deepStrictEqual(doc.tasks[1].lead, ['各试点单位']);
    assert.deepStrictEqual(doc.tasks[1].guide, ['规划部']);
  });
  it('12: flattened table rows, with | or tabs, one task per row', () => {
    const doc = parse('任务分工\n序号 | 主要任务 | 牵头单位 | 配合单位 | 完成时限\n1 | 完善制度 | 办公室 | 财务部、审计部 | 2025年6月底前\n2 | 建立台账 | 财务部 | 办公室 | 长期坚持\n表后说明。\n');
    assert.deepStrictEqual(doc.tasks.map((t) => [t.path, t.title, t.lead, t.coop, t.deadline]), [
      ['1', '完善制度', ['办公室'], ['财务部', '审计部'], '2025年6月底前'],
      ['2', '建立台账', ['财务部'], ['办公室'], '长期坚持'],
    ]);
    assert.ok(doc.annotations.every((a) => a.form === 12));
    assert.strictEqual(doc.source.slice(doc.annotations[0].units[1].range), '财务部');
    const tabs = parse('序号\t工作任务\t责任单位\t完成时间\n1\t完善制度\t办公室、财务部\t2025年底\n');
    assert.deepStrictEqual(tabs.tasks.map((t) => [t.lead, t.coop]), [[['办公室'], ['财务部']]]);
  });
  it('12: a table without unit columns, its rows pasted with their tabs and the units in a bracket in a cell: the row\'s first cell names the task, the cell after the bracket gives its deadline', () => {
    const text = ['一、教育', '序号\t项目名称\t建设内容\t完成时限', '1\t新建中小学\t新建中小学5所，新增学位1万个。（市教育局牵头，市发改委配合）\t2025年12月底前', '2\t改造薄弱学校\t改造提升薄弱学校20所。（市教育局负责）\t2025年9月底前', '3\t建设托育机构\t新增普惠托位2000个。（市卫生健康委牵头）\t另行通知', ''].join('\n');
    assert.deepStrictEqual(parse(text).tasks.map((t) => [t.title, t.lead, t.coop, t.deadline]), [
      ['新建中小学', ['市教育局'], ['市发改委'], '2025年12月底前'],
      ['改造薄弱学校', ['市教育局'], [], '2025年9月底前'],
      ['建设托育机构', ['市卫生健康委'], [], null],
    ]);
  });
  it('12: a row whose merged cells are empty (copied from Excel) continues the row above; a row without units does not end the table', () => {
    // (Only its broadest task cell written, a row heads the rows below it: no task of its own.)
    const head = parse(['序号\t重点任务\t具体措施\t牵头单位\t责任单位', '1\t扩大有效投资\t\t\t', '\t\t加快重大项目建设\t区发改局\t各街道', ''].join('\n'));
    assert.deepStrictEqual(head.tasks.map((t) => [t.title, t.lead]), [['扩大有效投资：加快重大项目建设', ['区发改局']]]);
    const text = [
      '序号\t重点任务\t具体措施\t牵头单位\t责任单位\t完成时限',
      '1\t优化营商环境\t推进一网通办\t区政务服务中心\t区发改局、区司法局\t2025年6月底前',
      '\t\t深化证照分离改革\t区市场监管局\t区司法局\t2025年12月底前',
      '2\t扩大有效投资\t谋划储备项目\t\t\t持续推进',
      '\t\t加快重大项目建设\t区发改局\t各街道\t',
      '3\t保障改善民生\t\t区民政局\t区人社局\t2025年底前',
    ].join('\n');
    const doc = parse(text);
    assert.deepStrictEqual(doc.tasks.map((t) => [t.path, t.title, t.lead, t.coop, t.deadline]), [
      ['1', '优化营商环境：推进一网通办', ['区政务服务中心'], ['区发改局', '区司法局'], '2025年6月底前'],
      ['1', '优化营商环境：深化证照分离改革', ['区市场监管局'], ['区司法局'], '2025年12月底前'],
      // A task of its own whose unit cells are empty (GW201 asks for them).
      ['2', '扩大有效投资：谋划储备项目', [], [], '持续推进'],
      ['2', '扩大有效投资：加快重大项目建设', ['区发改局'], ['各街道'], null],
      ['3', '保障改善民生', ['区民政局'], ['区人社局'], '2025年底前'],
    ]);
    // Ranges count the leading tabs of a row.
    assert.strictEqual(doc.source.slice(doc.annotations[1].units[0].range), '区市场监管局');
  });
  it('12: a row whose cells hold several paragraphs (a Word table pasted; Excel quotes such a cell) is one row', () => {
    const rows = (measure: string[]) =>
      parse(['序号\t攻坚任务\t具体措施\t牵头部门\t配合部门\t完成时间', `1\t健全责任制\t${measure[0]}`, `${measure[1]}\t安全监察部\t人力资源部、`, '各车间\t2024年3月31日前', '2\t外包管控\t严格准入\t生产技术部\t安全监察部\t持续推进', ''].join('\n'));
    for (const [measure, title] of [
      [['修订责任清单', '做到一岗一清单'], '健全责任制：修订责任清单 做到一岗一清单'],
      [['"修订责任清单，', '做到""一岗一清单"""'], '健全责任制：修订责任清单，做到"一岗一清单"'],
    ] as Array<[string[], string]>) {
      const doc = rows(measure);
      assert.deepStrictEqual(doc.tasks.map((t) => [t.path, t.title, t.lead, t.coop, t.deadline, t.line]), [
        ['1', title, ['安全监察部'], ['人力资源部', '各车间'], '2024年3月31日前', 1],
        ['2', '外包管控：严格准入', ['生产技术部'], ['安全监察部'], '持续推进', 4],
      ]);
      // Each unit's range on the line that holds it.
      assert.deepStrictEqual(doc.annotations[0].units.map((u) => [u.range.start.line, doc.source.slice(u.range)]), [[2, '安全监察部'], [2, '人力资源部'], [3, '各车间']]);
      assert.strictEqual(doc.annotations[0].range.end.line, 3);
    }
  });
  it('12: a cell Excel quotes over lines late in its row (a units cell, or the last) goes on to its closing quote', () => {
    const header = '序号\t项目名称\t牵头单位\t责任单位\t完成时限';
    const late = parse([header, '1\t建设服务设施\t区民政局\t"区卫生健康局、', '各街道办事处"\t2024年12月底前', '2\t改造农贸市场\t\t区市场监管局\t2024年10月底前', '3\t加强救助\t区民政局\t区财政局、区财政局\t全年', ''].join('\n'));
    assert.deepStrictEqual(late.tasks.map((t) => [t.path, t.title, t.lead, t.coop, t.deadline, t.line]), [
      ['1', '建设服务设施', ['区民政局'], ['区卫生健康局', '各街道办事处'], '2024年12月底前', 1],
      ['2', '改造农贸市场', [], ['区市场监管局'], '2024年10月底前', 3],
      ['3', '加强救助', ['区民政局'], ['区财政局'], '全年', 4],
    ]);
    // The quotes are no part of the units; the rows after it are checked.
    assert.deepStrictEqual(late.annotations[0].units.map((u) => late.source.slice(u.range)), ['区民政局', '区卫生健康局', '各街道办事处']);
    assert.deepStrictEqual(lint(late).filter((f) => ['GW202', 'GW204'].includes(f.rule)).map((f) => [f.rule, f.range.start.line]), [['GW202', 3], ['GW204', 4]]);
    // The quoted cell the row's last: `"2024年底前，` then `持续推进"`.
    const last = parse([header, '1\t建设服务设施\t区民政局\t区卫生健康局\t"2024年底前，', '持续推进"', '2\t改造农贸市场\t区商务局\t区市场监管局\t2024年10月底前', ''].join('\n'));
    assert.deepStrictEqual(last.tasks.map((t) => [t.path, t.lead, t.deadline]), [['1', ['区民政局'], '2024年底前，持续推进'], ['2', ['区商务局'], '2024年10月底前']]);
    // A cell that only starts with a quote, closed on no line below, leaves the row one line.
    const open = parse([header, '1\t建设服务设施\t区民政局\t区卫生健康局\t"年底前', '2\t改造农贸市场\t区商务局\t区市场监管局\t2024年10月底前', ''].join('\n'));
    assert.deepStrictEqual(open.tasks.map((t) => [t.path, t.line]), [['1', 1], ['2', 2]]);
  });
  it('12: in a 责任单位 column, the unit marked （牵头） leads, wherever it stands in the cell', () => {
    const pipes = parse(['序号 | 重点任务 | 完成时限 | 责任单位', '1 | 餐饮场所整治 | 2023年9月30日 | 市商务局、市市场监督管理局（牵头）、市消防救援支队', '2 | 管道占压整治 | 2023年10月15日 | 市城市管理局、市自然资源和规划局', ''].join('\n'));
    assert.deepStrictEqual(pipes.tasks.map((t) => [t.lead, t.coop]), [
      [['市市场监督管理局'], ['市商务局', '市消防救援支队']],
      [['市城市管理局'], ['市自然资源和规划局']],
    ]);
    const cells = parse(['序号', '工作任务', '责任单位', '1', '完善制度', '办公室、财务部（牵头）'].join('\n'));
    assert.deepStrictEqual(cells.tasks.map((t) => [t.lead, t.coop]), [[['财务部'], ['办公室']]]);
  });
  it('12: a header of two rows (责任单位 over 牵头单位 and 配合单位, merged cells left empty) is one header', () => {
    const md = ['| 序号 | 整治重点 | 主要措施 | 责任单位 |  | 完成时限 |', '|---|---|---|---|---|---|', '|  |  |  | 牵头单位 | 配合单位 |  |', '| 1 | 整治欺诈骗保 | 开展专项检查 | 市医疗保障局 | 市卫生健康委、市公安局 | 2024年10月底前 |', '| 2 | 整治过度诊疗 | 开展专项评价 | 市卫生健康委 | 市医疗保障局 | 2024年12月底前 |'];
    const tabs = ['序号\t整治重点\t主要措施\t责任单位\t\t完成时限', '\t\t\t牵头单位\t配合单位\t', '1\t整治欺诈骗保\t开展专项检查\t市医疗保障局\t市卫生健康委、市公安局\t2024年10月底前', '2\t整治过度诊疗\t开展专项评价\t市卫生健康委\t市医疗保障局\t2024年12月底前'];
    for (const lines of [md, tabs]) {
      const doc = parse(lines.join('\n'));
      assert.deepStrictEqual(doc.tasks.map((t) => [t.path, t.title, t.lead, t.coop, t.deadline]), [
        ['1', '开展专项检查', ['市医疗保障局'], ['市卫生健康委', '市公安局'], '2024年10月底前'],
        ['2', '开展专项评价', ['市卫生健康委'], ['市医疗保障局'], '2024年12月底前'],
      ]);
      assert.deepStrictEqual(lint(doc).filter((f) => f.rule === 'GW111'), []);
    }
  });
  it('12: one cell a line, rows numbered out of turn, the header written again after a page break, an empty cell as an empty line', () => {
    const header = ['序号', '工作任务', '牵头单位', '配合单位', '完成时限'];
    const row = (n: string, task: string, lead: string, coop: string) => [n, task, lead, coop, '2025年底前'];
    const rows = (lines: string[]) => parse(lines.join('\n'));
    // A number skipped, then repeated: every row is read, and GW111 says where.
    const skipped = rows([...header, ...row('1', '完善制度', '办公室', '财务部'), ...row('2', '加强培训', '人事部', '办公室'), ...row('4', '强化督查', '督查室', '各部门'), ...row('4', '规范采购', '财务部', '审计部'), ...row('5', '总结评估', '办公室', '各部门')]);
    assert.deepStrictEqual(skipped.tasks.map((t) => [t.path, t.title, t.lead]), [
      ['1', '完善制度', ['办公室']], ['2', '加强培训', ['人事部']], ['4', '强化督查', ['督查室']], ['4', '规范采购', ['财务部']], ['5', '总结评估', ['办公室']],
    ]);
    // (The second 4 is where renumbering puts it once the first is fixed: one finding.)
    assert.deepStrictEqual(lint(skipped).filter((f) => f.rule === 'GW111').map((f) => [f.range.start.line, f.message]), [[15, '表格序号“4”跳号，此处应为“3”。']]);
    const repeated = rows([...header, ...row('1', '完善制度', '办公室', '财务部'), ...row('2', '加强培训', '人事部', '办公室'), ...row('2', '强化督查', '督查室', '各部门')]);
    assert.deepStrictEqual(repeated.tasks.map((t) => t.title), ['完善制度', '加强培训', '强化督查']);
    assert.deepStrictEqual(lint(repeated).filter((f) => f.rule === 'GW111').map((f) => [f.range.start.line, f.message]), [[15, '表格序号“2”重号，此处应为“3”。']]);
    // Over a page break, the header written again.
    const paged = rows([...header, ...row('1', '完善制度', '办公室', '财务部'), '- 3 -', '', ...header, ...row('2', '加强培训', '人事部', '办公室')]);
    assert.deepStrictEqual(paged.tasks.map((t) => [t.path, t.title, t.lead, t.coop]), [['1', '完善制度', ['办公室'], ['财务部']], ['2', '加强培训', ['人事部'], ['办公室']]]);
    // An empty lead cell (an empty line: a cell merged with the one above, as Word copies it) keeps the columns in place, and GW202 says nothing.
    const merged = rows([...header, ...row('1', '完善制度', '办公室', '财务部'), ...row('2', '加强培训', '', '人事部'), ...row('3', '强化督查', '督查室', '各部门')]);
    assert.deepStrictEqual(merged.tasks.map((t) => [t.path, t.title, t.lead, t.coop, t.deadline]), [
      ['1', '完善制度', ['办公室'], ['财务部'], '2025年底前'],
      ['2', '加强培训', [], ['人事部'], '2025年底前'],
      ['3', '强化督查', ['督查室'], ['各部门'], '2025年底前'],
    ]);
    assert.deepStrictEqual(lint(merged).filter((f) => f.rule.startsWith('GW2')), []);
  });
  it('12: one cell a line, category rows between rows (一、…, （一）…, 一 then its name): the rows under each are read, with the category in their path', () => {
    const header = ['序号', '工作任务', '牵头单位', '配合单位', '完成时限'];
    const row = (n: string, task: string, lead: string, coop: string) => [n, task, lead, coop, '2026年底前'];
    const doc = parse(['重点任务分工方案', '', ...header, '一、优化政务服务', ...row('1', '深化一网通办', '区政务服务中心', '区数据局'), ...row('2', '推行高效办成一件事', '区政务服务中心', '区司法局'), '二、优化市场环境', ...row('1', '开展招投标专项整治', '区发展改革局', '区财政局'), ...row('2', '清理妨碍公平竞争政策', '区市场监管局', '区司法局')].join('\n'));
    assert.deepStrictEqual(doc.tasks.map((t) => [t.path, t.title, t.lead, t.coop]), [
      ['一、1', '深化一网通办', ['区政务服务中心'], ['区数据局']],
      ['一、2', '推行高效办成一件事', ['区政务服务中心'], ['区司法局']],
      ['二、1', '开展招投标专项整治', ['区发展改革局'], ['区财政局']],
      ['二、2', '清理妨碍公平竞争政策', ['区市场监管局'], ['区司法局']],
    ]);
    assert.deepStrictEqual(lint(doc).map((f) => f.rule), []);
    // The rows numbered on through the categories, and a category whose numeral stands in the 序号 cell, its name in the next.
    const on = parse([...header, '一', '党的建设', ...row('1', '加强理论学习', '党委办公室', '组织部'), '二', '业务工作', ...row('2', '完善考核办法', '人事部', '财务部'), ...row('3', '规范合同管理', '法务部', '')].join('\n'));
    assert.deepStrictEqual(on.tasks.map((t) => [t.path, t.title, t.lead]), [['一、1', '加强理论学习', ['党委办公室']], ['二、2', '完善考核办法', ['人事部']], ['二、3', '规范合同管理', ['法务部']]]);
    assert.deepStrictEqual(lint(on).filter((f) => f.rule === 'GW111'), []);
    // Without a 序号 column: the rows under each category counted from 1.
    const bare = parse(['工作任务', '牵头单位', '配合单位', '完成时限', '一、优化政务服务', '深化一网通办', '区政务服务中心', '区数据局', '2026年6月底前', '推行高效办成一件事', '区政务服务中心', '区司法局', '2026年9月底前', '二、优化市场环境', '开展招投标专项整治', '区发展改革局', '区财政局', '2026年10月底前'].join('\n'));
    assert.deepStrictEqual(bare.tasks.map((t) => [t.path, t.title, t.lead]), [['一、1', '深化一网通办', ['区政务服务中心']], ['一、2', '推行高效办成一件事', ['区政务服务中心']], ['二、1', '开展招投标专项整治', ['区发展改革局']]]);
  });
  it('12: one cell a line, an empty lead cell that no cell above can be merged with (the first row, the first under a category row) is missing: GW202, or GW201 with no units', () => {
    const header = ['序号', '工作任务', '牵头单位', '配合单位', '完成时限'];
    const row = (n: string, task: string, lead: string, coop: string) => [n, task, lead, coop, '2026年底前'];
    const doc = parse([...header, '（一）教育民生', ...row('1', '新建中小学校', '', '市财政局'), ...row('2', '新建公办幼儿园', '市教育局', '市财政局'), ...row('3', '实施护苗工程', '', '市公安局'), '（二）医疗卫生', ...row('1', '建设县域医共体', '', ''), ...row('2', '提升基层医疗能力', '市卫生健康委', '市财政局')].join('\n'));
    assert.deepStrictEqual(doc.tasks.map((t) => [t.path, t.lead, t.coop]), [
      ['（一）1', [], ['市财政局']],
      ['（一）2', ['市教育局'], ['市财政局']],
      ['（一）3', [], ['市公安局']],
      ['（二）1', [], []],
      ['（二）2', ['市卫生健康委'], ['市财政局']],
    ]);
    // Row 3 stands under a row whose lead cell is written: merged with it, most likely, and left alone.
    assert.deepStrictEqual(lint(doc).filter((f) => f.rule.startsWith('GW2')).map((f) => [f.rule, f.range.start.line]), [['GW202', 6], ['GW201', 22]]);
    // Under a row with no lead of its own, an empty lead cell merges with none either.
    // A row with fewer lines than cells, one of them empty (its deadline dropped): the empty line is the cell in its place (it threw).
    const short = parse([...header, '1', '甲任务', '', '市财政局', '2', '乙任务', '市教育局', '市财政局', '2026年底前'].join('\n'));
    assert.deepStrictEqual(short.tasks.map((t) => [t.path, t.lead, t.coop, t.deadline]), [['1', [], ['市财政局'], null], ['2', ['市教育局'], ['市财政局'], '2026年底前']]);
    const twice = parse([...header, ...row('1', '完善制度', '', '财务部'), ...row('2', '加强培训', '', '人事部')].join('\n'));
    assert.deepStrictEqual(lint(twice).filter((f) => f.rule.startsWith('GW2')).map((f) => [f.rule, f.range.start.line]), [['GW202', 5], ['GW202', 10]]);
  });
  it('12: one cell a line, an empty line after each cell: an empty cell (three empty lines) keeps the columns in place', () => {
    const header = ['序号', '项目名称', '牵头单位', '配合单位', '完成时限'];
    const spaced = (lines: string[]) => parse(lines.flatMap((l) => [l, '']).join('\n'));
    const doc = spaced([
      '某某区2025年民生实事项目任务分工', ...header,
      '1', '新建改建城市公园5个', '区城管局', '区住建局、区自然资源局', '2025年10月底前',
      '2', '改造老旧小区30个', '', '区财政局、各街道办事处', '2025年11月底前',
      '3', '新增公办幼儿园学位1200个', '区教育局', '', '2025年8月底前',
      '4', '建设社区养老服务设施10处', '区民政局', '各街道办事处', '2025年12月底前',
    ]);
    assert.deepStrictEqual(doc.tasks.map((t) => [t.path, t.title, t.lead, t.coop, t.deadline]), [
      ['1', '新建改建城市公园5个', ['区城管局'], ['区住建局', '区自然资源局'], '2025年10月底前'],
      ['2', '改造老旧小区30个', [], ['区财政局', '各街道办事处'], '2025年11月底前'],
      ['3', '新增公办幼儿园学位1200个', ['区教育局'], [], '2025年8月底前'],
      ['4', '建设社区养老服务设施10处', ['区民政局'], ['各街道办事处'], '2025年12月底前'],
    ]);
    assert.strictEqual(doc.source.slice(doc.annotations[1].units[0].range), '区财政局');
    // As the table with no empty lines between cells reads it: no lead, and GW202 says nothing (a cell merged with the one above).
    assert.deepStrictEqual(lint(doc).filter((f) => f.rule.startsWith('GW2')), []);
  });
  it('12: one cell a line, the header on lines one after another: an empty line among a row\'s cells is an empty cell, in the last row and in a row numbered out of turn', () => {
    const header = ['序号', '改革任务', '牵头单位', '配合单位', '完成时间'];
    const rows = (lines: string[]) => parse(lines.join('\n'));
    // The last row's 配合单位 empty, then a blank line and the next attachment: its deadline stays its own.
    const last = rows(['附件2', '', ...header, '1', '改进党组织评价', '党委组织部', '党委办公室', '2024年12月', '2', '坚持师德第一标准', '党委教师工作部', '', '长期坚持', '', '附件3', '', '联系人信息回执']);
    assert.deepStrictEqual(last.tasks.map((t) => [t.path, t.title, t.lead, t.coop, t.deadline]), [
      ['1', '改进党组织评价', ['党委组织部'], ['党委办公室'], '2024年12月'],
      ['2', '坚持师德第一标准', ['党委教师工作部'], [], '长期坚持'],
    ]);
    // A row numbered out of turn whose lead cell is empty: its cells stay in their columns, and the rows after it are read.
    const skipped = rows([...header, '1', '改进党组织评价', '党委组织部', '党委办公室', '2024年12月', '4', '改进学院评价', '', '人事处、教务处', '2024年10月', '3', '坚持师德第一标准', '党委教师工作部', '人事处', '长期坚持', '']);
    assert.deepStrictEqual(skipped.tasks.map((t) => [t.path, t.title, t.lead, t.coop, t.deadline]), [
      ['1', '改进党组织评价', ['党委组织部'], ['党委办公室'], '2024年12月'],
      ['4', '改进学院评价', [], ['人事处', '教务处'], '2024年10月'],
      ['3', '坚持师德第一标准', ['党委教师工作部'], ['人事处'], '长期坚持'],
    ]);
    // Blank lines between rows part rows, not cells.
    const parted = rows([...header, '', '1', '改进党组织评价', '党委组织部', '党委办公室', '2024年12月', '', '2', '坚持师德第一标准', '党委教师工作部', '人事处', '长期坚持', '', '各单位要认真落实。']);
    assert.deepStrictEqual(parted.tasks.map((t) => [t.path, t.lead, t.coop, t.deadline]), [
      ['1', ['党委组织部'], ['党委办公室'], '2024年12月'],
      ['2', ['党委教师工作部'], ['人事处'], '长期坚持'],
    ]);
  });
  it('12: cells separated by spaces (a table copied from a PDF), an empty cell left out', () => {
    const text = ['重点任务分工表', '序号 重点任务 牵头单位 配合单位 完成时限', '1 推进一网通办 区政务服务中心 区发改局、区司法局 2025年6月底前', '2　加快项目建设　区发改局　各街道　持续推进', '3 保障改善民生 区民政局 2025年底前', '表后说明 见附件 第二项'].join('\n');
    const doc = parse(text);
    assert.deepStrictEqual(doc.tasks.map((t) => [t.path, t.title, t.lead, t.coop, t.deadline]), [
      ['1', '推进一网通办', ['区政务服务中心'], ['区发改局', '区司法局'], '2025年6月底前'],
      ['2', '加快项目建设', ['区发改局'], ['各街道'], '持续推进'],
      ['3', '保障改善民生', ['区民政局'], [], '2025年底前'],
    ]);
    assert.strictEqual(doc.source.slice(doc.annotations[0].units[2].range), '区司法局');
    // The spaces part cells, not units: GW205 has nothing to say.
    assert.deepStrictEqual(lint(doc).filter((f) => f.rule === 'GW205'), []);
    // A line of words with spaces is no header: each cell must be a column's name.
    assert.strictEqual(parse('序号 重点任务 由谁牵头单位\n1 甲 办公室\n').tasks.length, 0);
  });
  it('12: a table parted by spaces whose long cells wrap onto the next lines (a PDF copied as text), aligned by display width or by characters', () => {
    /** A table's lines, each cell padded to its column: by display width (a CJK character two columns) or by characters. */
    const table = (rows: string[][], byWidth: boolean): string => {
      const widths = byWidth ? [6, 36, 18, 22, 16] : [6, 20, 10, 12, 10];
      const size = (t: string) => (byWidth ? [...t].reduce((n, c) => n + (c.charCodeAt(0) > 0x2e80 ? 2 : 1), 0) : t.length);
      return rows.map((r) => r.map((c, k) => c + ' '.repeat(Math.max(2, widths[k] - size(c)))).join('').trimEnd()).join('\n');
    };
    const rows = [
      ['序号', '重点任务', '牵头单位', '配合单位', '完成时限'],
      ['1', '推行企业开办“一网通办”，实现企业', '市市场监管局', '市政务服务中心、', '2025年6月底前'],
      ['', '开办全程网上办理', '', '市税务局', ''],
      ['2', '压缩工程建设项目审批时间', '市住房城乡建设局', '市自然资源和规划局', '2025年9月底前'],
      ['3', '开展涉企违规收费专项整治，重点', '市发展改革委', '市财政局、市市场', '2025年12月'],
      ['', '整治行业协会商会乱收费', '', '监管局', '底前'],
      ['4', '完善企业信用修复机制', '', '', ''],
      ['', '', '市发展改革委', '市中级人民法院', '2025年12月底前'],
    ];
    for (const byWidth of [true, false]) {
      const doc = parse(`附件\n\n${table(rows, byWidth)}\n　　各牵头单位要于每季度末将进展情况报市营商办。\n`);
      assert.deepStrictEqual(doc.tasks.map((t) => [t.path, t.title, t.lead, t.coop, t.deadline]), [
        ['1', '推行企业开办“一网通办”，实现企业开办全程网上办理', ['市市场监管局'], ['市政务服务中心', '市税务局'], '2025年6月底前'],
        ['2', '压缩工程建设项目审批时间', ['市住房城乡建设局'], ['市自然资源和规划局'], '2025年9月底前'],
        ['3', '开展涉企违规收费专项整治，重点整治行业协会商会乱收费', ['市发展改革委'], ['市财政局', '市市场监管局'], '2025年12月底前'],
        // Its units centred over its two lines, printed on the second.
        ['4', '完善企业信用修复机制', ['市发展改革委'], ['市中级人民法院'], '2025年12月底前'],
      ], byWidth ? 'by display width' : 'by characters');
      // A name broken by the wrap is one unit, its range over the break.
      const cut = doc.annotations[2].units[2];
      assert.deepStrictEqual([cut.name, cut.range.start.line, cut.range.end.line], ['市市场监管局', 6, 7]);
      assert.deepStrictEqual(lint(doc).map((f) => f.rule), []);
    }
    // A row whose 序号 is merged with the one above is a row of its own, not the wrap of that row.
    const merged = parse(table([rows[0], ['1', '推行企业开办“一网通办”', '市市场监管局', '市税务局', '2025年6月底前'], ['', '深化“证照分离”改革', '市市场监管局', '市司法局', '2025年9月底前']], true));
    assert.deepStrictEqual(merged.tasks.map((t) => [t.path, t.title, t.lead, t.coop]), [
      ['1', '推行企业开办“一网通办”', ['市市场监管局'], ['市税务局']],
      ['1', '深化“证照分离”改革', ['市市场监管局'], ['市司法局']],
    ]);
  });
  it('12: the column names other offices give (重点工作, 项目名称, 主责处室, 牵头科室, 协助处室, 协同单位, 进度安排)', () => {
    const tabs = parse(['一、重点任务', '序号\t重点工作\t主责处室\t协助处室\t进度安排', '1\t完善制度\t人事处\t财务处、法规处\t2026年6月底前', ''].join('\n'));
    assert.deepStrictEqual(tabs.tasks.map((t) => [t.title, t.lead, t.coop, t.deadline]), [['完善制度', ['人事处'], ['财务处', '法规处'], '2026年6月底前']]);
    const cells = parse(['一、民生实事', '序号', '项目名称', '牵头科室', '协同单位', '完成时限', '1', '新建社区食堂', '民政科', '财政科', '2026年6月底前', ''].join('\n'));
    assert.deepStrictEqual(cells.tasks.map((t) => [t.title, t.lead, t.coop, t.deadline]), [['新建社区食堂', ['民政科'], ['财政科'], '2026年6月底前']]);
  });
  it('12: more column names (民生实事项目, 改革任务, 任务内容, 具体举措, 改革事项, 政策条款), and a 台账\'s progress columns after the deadline (10月进展情况, 完成状态)', () => {
    for (const task of ['民生实事项目', '实事项目', '改革任务', '任务内容', '具体举措', '改革事项', '改革举措']) {
      const cells = parse(['序号', task, '牵头单位', '配合单位', '完成时间', '1', '新建社区食堂', '区民政局', '区财政局', '2026年6月底前', '2', '改造老旧小区', '区住建局', '各街道', '2026年12月底前', ''].join('\n'));
      assert.deepStrictEqual(cells.tasks.map((t) => [t.path, t.title, t.lead, t.coop, t.deadline]), [
        ['1', '新建社区食堂', ['区民政局'], ['区财政局'], '2026年6月底前'],
        ['2', '改造老旧小区', ['区住建局'], ['各街道'], '2026年12月底前'],
      ], task);
    }
    for (const [column, values] of [['10月进展情况', ['主体工程完工，正在绿化种植', '已建成4家']], ['完成状态', ['推进中', '已完成']], ['1—10月完成情况', ['完成80%', '已完成']]] as Array<[string, string[]]>) {
      const ledger = parse(['序号', '民生实事项目', '牵头单位', '责任单位', '完成时限', column, '1', '新建城市公园绿地5处', '区城管局', '区住建局、各街道', '2024年11月底前', values[0], '2', '新增托位300个', '区卫健局', '区教育局', '2024年12月底前', values[1], ''].join('\n'));
      assert.deepStrictEqual(ledger.tasks.map((t) => [t.path, t.title, t.lead, t.coop, t.deadline]), [
        ['1', '新建城市公园绿地5处', ['区城管局'], ['区住建局', '各街道'], '2024年11月底前'],
        ['2', '新增托位300个', ['区卫健局'], ['区教育局'], '2024年12月底前'],
      ], column);
    }
    // A 考核细则: the item scored is the task; a row whose 考核责任单位 cell is blank is still a row (GW111
    // counts it, GW201 asks for its unit).
    const scored = ['序号\t考核项目\t分值\t评分标准\t考核责任单位', '1\t依法行政\t15\t每件被纠错扣1分\t市司法局', '2\t党风廉政建设\t15\t按考核结果折算（满分15分）\t', '3\t基础工作\t10\t每缺一项扣1分\t市政府办公室', ''].join('\n');
    assert.deepStrictEqual(parse(scored).tasks.map((t) => [t.path, t.title, t.lead]), [['1', '依法行政', ['市司法局']], ['2', '党风廉政建设', []], ['3', '基础工作', ['市政府办公室']]]);
    assert.deepStrictEqual(lint(parse(scored)).map((f) => [f.rule, f.range.start.line]), [['GW201', 2]]);
    const pipes = parse(['序号 | 政策条款 | 支持标准 | 责任单位 | 兑现时间', '1 | 第一条 耕地地力保护补贴 | 每亩110元 | 市农业农村局、市财政局 | 每年6月底前', ''].join('\n'));
    assert.deepStrictEqual(pipes.tasks.map((t) => [t.title, t.lead, t.coop]), [['第一条 耕地地力保护补贴', ['市农业农村局'], ['市财政局']]]);
    // Words that only look like a column's name are no header.
    assert.strictEqual(parse(['序号', '项目进展', '牵头单位', '1', '甲', '办公室', ''].join('\n')).tasks.length, 0);
  });
  it('12: the deadline column is the one named by its time (完成时限, 时间节点), not a column of amounts whose name holds a month or 完成 (1—10月完成投资)', () => {
    const md = parse(['| 序号 | 项目名称 | 责任单位 | 年度计划投资（万元） | 1—10月完成投资（万元） | 完成率 | 推进状态 |', '|---|---|---|---|---|---|---|', '| 1 | 标准厂房三期 | 县工业和信息化局 | 12000 | 12800 | 106.7% | 已完成 |', '| 2 | 停车场建设 | 县城市管理局 | 2800 | 0 | 0 | 滞后 |', ''].join('\n'));
    assert.deepStrictEqual(md.tasks.map((t) => [t.title, t.lead, t.deadline]), [['标准厂房三期', ['县工业和信息化局'], null], ['停车场建设', ['县城市管理局'], null]]);
    // Its cells must tell a time: a bare number there is none.
    const tabs = parse(['序号\t重点任务\t牵头单位\t时间节点\t完成投资', '1\t建设厂房\t县工信局\t2025年6月底前\t12800', '2\t建设停车场\t县城管局\t0\t0', ''].join('\n'));
    assert.deepStrictEqual(tabs.tasks.map((t) => [t.title, t.deadline]), [['建设厂房', '2025年6月底前'], ['建设停车场', null]]);
  });
  it('12: a category row whose cells are merged (一、加强党的政治建设, or 一<TAB>…) does not end the table', () => {
    const rows = (category: string) => parse(['序号\t重点任务\t牵头单位\t配合单位', category, '1\t完善制度\t党委办公室\t纪委办公室', '二、加强组织建设', '2\t加强培训\t党委组织部\t人事处', ''].join('\n'));
    for (const category of ['一、加强党的政治建设', '一\t加强党的政治建设', '（一）加强党的政治建设']) {
      assert.deepStrictEqual(rows(category).tasks.map((t) => [t.title, t.lead]), [['完善制度', ['党委办公室']], ['加强培训', ['党委组织部']]], category);
    }
    // A sentence after the table ends it.
    const after = parse(['序号\t重点任务\t牵头单位', '1\t完善制度\t党委办公室', '各单位要认真落实。', '2\t加强培训\t党委组织部', ''].join('\n'));
    assert.deepStrictEqual(after.tasks.map((t) => t.title), ['完善制度']);
  });
  it('12: flattened table rows, one cell a line (copied from a Word table), empty cells dropped', () => {
    const text = [
      '任务分工', '', '序号', '重点任务', '牵头单位', '配合单位', '完成时限', '',
      '1', '完善制度', '办公室', '财务部、审计部', '2025年6月底前',
      '2', '加强培训', '人事部', '长期坚持', // no 配合单位: the deadline goes to its own column
      '3', '强化督查', '督查室', '各部门', '2025年底前',
      '', '以上任务请各单位认真落实。', '联系人：张三',
    ].join('\n');
    const doc = parse(text);
    assert.deepStrictEqual(doc.tasks.map((t) => [t.path, t.title, t.lead, t.coop, t.deadline, t.line]), [
      ['1', '完善制度', ['办公室'], ['财务部', '审计部'], '2025年6月底前', 8],
      ['2', '加强培训', ['人事部'], [], '长期坚持', 13],
      ['3', '强化督查', ['督查室'], ['各部门'], '2025年底前', 17],
    ]);
    assert.strictEqual(doc.source.slice(doc.annotations[0].units[2].range), '审计部');
    assert.deepStrictEqual(doc.annotations[2].range.end, { line: 21, character: 7 });
    // In traditional script, and a 责任单位 column alone: its first unit leads.
    const trad = parse('序號\n工作任務\n責任單位\n完成時限\n1\n完善制度\n辦公室、財務部\n2025年底\n');
    assert.deepStrictEqual(trad.tasks.map((t) => [t.lead, t.coop, t.deadline]), [[['辦公室'], ['財務部'], '2025年底']]);
    // Not a table: cell names without rows, or rows out of turn.
    assert.strictEqual(parse('序号\n任务\n牵头单位\n说明文字。\n').annotations.length, 0);
    assert.strictEqual(parse('序号\n任务\n牵头单位\n2\n完善制度\n办公室\n').annotations.length, 0);
  });
  it('12: one cell a line, rows numbered `1.` or `（1）`, or a header without 序号', () => {
    const dotted = parse(['序号', '工作任务', '牵头单位', '配合单位', '1.', '完善制度', '办公室', '财务部', '2.', '加强培训', '人事部', '办公室'].join('\n'));
    assert.deepStrictEqual(dotted.tasks.map((t) => [t.path, t.title, t.lead, t.coop]), [
      ['1.', '完善制度', ['办公室'], ['财务部']],
      ['2.', '加强培训', ['人事部'], ['办公室']],
    ]);
    const bracketed = parse(['序号', '工作任务', '责任单位', '（1）', '完善制度', '办公室、财务部', '（2）', '加强培训', '人事部'].join('\n'));
    assert.deepStrictEqual(bracketed.tasks.map((t) => [t.path, t.lead, t.coop]), [
      ['（1）', ['办公室'], ['财务部']],
      ['（2）', ['人事部'], []],
    ]);
    // No 序号 column: each row is the header's width, and the table ends where a row does not fit.
    const text = [
      '重点任务', '牵头单位', '配合单位', '完成时限',
      '完善制度', '办公室', '财务部、审计部', '2025年6月底前',
      '加强培训', '人事部', '办公室', '长期坚持',
      '以上任务请各单位认真落实。', '联系人：张三', '电话：12345678', '2025年3月1日',
    ].join('\n');
    const doc = parse(text);
    assert.deepStrictEqual(doc.tasks.map((t) => [t.path, t.title, t.lead, t.coop, t.deadline, t.line]), [
      ['1', '完善制度', ['办公室'], ['财务部', '审计部'], '2025年6月底前', 4],
      ['2', '加强培训', ['人事部'], ['办公室'], '长期坚持', 8],
    ]);
    assert.deepStrictEqual(doc.annotations[1].range, { start: { line: 8, character: 0 }, end: { line: 11, character: 4 } });
    // A row whose lead cell is no unit ends the table there.
    assert.strictEqual(parse(['工作任务', '牵头单位', '完成时限', '完善制度', '认真研究', '2025年底'].join('\n')).annotations.length, 0);
  });
  it('12: a column of leaders (牵头领导, 责任领导) is no column of units, and its people are the task\'s leaders', () => {
    const rows = (text: string) => parse(text).tasks.map((t) => [t.path, t.lead, t.coop, t.leaders, t.deadline]);
    const expected = [
      ['1', ['市财政局'], ['市审计局'], ['张副市长'], '2025年底'],
      ['2', ['市人社局'], ['市财政局'], ['李副市长', '王副市长'], '长期坚持'],
    ];
    const cells = [
      ['序号', '工作任务', '牵头领导', '牵头单位', '配合单位', '完成时限'],
      ['1', '完善制度', '张副市长', '市财政局', '市审计局', '2025年底'],
      ['2', '加强培训', '李副市长、王副市长', '市人社局', '市财政局', '长期坚持'],
    ];
    assert.deepStrictEqual(rows(cells.map((r) => r.join('\t')).join('\n')), expected);
    assert.deepStrictEqual(rows(cells.flat().join('\n')), expected);
    // A Markdown table: its delimiter row under the header does not end it.
    const markdown = cells.map((r) => `| ${r.join(' | ')} |`);
    markdown.splice(1, 0, '|---|---|:---:|---|---|---|');
    assert.deepStrictEqual(rows(markdown.join('\n')), expected);
    // One cell a line, the leader's cell dropped: the units still go to their columns.
    const dropped = ['序号', '工作任务', '责任领导', '牵头单位', '完成时限', '1', '完善制度', '市财政局', '2025年底'].join('\n');
    assert.deepStrictEqual(rows(dropped), [['1', ['市财政局'], [], [], '2025年底']]);
  });
  it('6: a 河长制 / 林长制 leader (县级河长：, 林长：) by a label line or a table column is the task\'s leader, not a unit', () => {
    const doc = parse([
      '一、强化河湖长履职',
      '（一）开展河湖巡查。县级河长每季度巡河不少于1次。',
      '县级河长：县委书记 张某',
      '责任单位：县水利局、县生态环境局',
      '（二）推进森林防火。加强林区火源管控。',
      '林长：副县长 李某',
      '责任单位：县林业局',
      '二、重点河湖治理',
      '序号\t河湖名称\t县级河长\t责任单位\t完成时限',
      '1\t青川河\t县委书记 张某\t县水利局\t2025年6月底前',
      '',
    ].join('\n'));
    assert.deepStrictEqual(doc.tasks.map((t) => [t.path, t.lead, t.coop, t.leaders]), [
      ['一、（一）', ['县水利局'], ['县生态环境局'], ['县委书记 张某']],
      ['一、（二）', ['县林业局'], [], ['副县长 李某']],
      ['1', ['县水利局'], [], ['县委书记 张某']],
    ]);
    assert.deepStrictEqual(lint(doc).filter((f) => f.rule.startsWith('GW2')), []);
  });
  it('6: leaders named by label lines of their own beside the units\' label lines, or inside the annotation; a 联系人 is none', () => {
    const doc = parse(
      ['一、重点任务', '（一）完善制度', '牵头领导：张副市长', '牵头单位：市财政局', '配合单位：市审计局', '（二）加强培训。（牵头领导：李副市长、王副市长；牵头单位：市人社局）',
        '（三）推进改革', '牵头单位：市发展改革委', '完成时限：2026年6月', '責任領導：趙副市長', '（四）健全机制', '联系人：张三', '牵头单位：市委办', ''].join('\n'),
    );
    assert.deepStrictEqual(doc.tasks.map((t) => [t.path, t.lead, t.leaders, t.deadline]), [
      ['一、（一）', ['市财政局'], ['张副市长'], null],
      ['一、（二）', ['市人社局'], ['李副市长', '王副市长'], null],
      ['一、（三）', ['市发展改革委'], ['趙副市長'], '2026年6月'],
      ['一、（四）', ['市委办'], [], null],
    ]);
  });
  it('an annotation in 【】 (as some plans write it); other 【】 are not annotations', () => {
    const doc = parse('一、任务\n（一）扩大有效投资。【牵头单位：市发展改革委；配合单位：市财政局】\n（二）促进消费。【详见附件】\n某发【2026】3号\n');
    assert.deepStrictEqual(doc.annotations.map((a) => [a.line, a.units.map((u) => u.name)]), [[1, ['市发展改革委', '市财政局']]]);
    assert.strictEqual(doc.source.slice(doc.annotations[0].range), '【牵头单位：市发展改革委；配合单位：市财政局】');
  });
  it('units separated by spaces where a 、 belongs, when every piece is a unit\'s name', () => {
    assert.deepStrictEqual(roles('市商务局 市发展改革委'), { 市商务局: 'lead', 市发展改革委: 'coop' });
    assert.deepStrictEqual(roles('市商务局牵头，市财政局　市审计局配合'), { 市商务局: 'lead', 市财政局: 'coop', 市审计局: 'coop' });
    // A space inside something that is not two names: not units.
    assert.strictEqual(parseUnits('详见 附件'), null);
  });
  it('a wrapped bracket that holds a nested one (各县（市、区）), broken anywhere', () => {
    const doc = parse(['一、任务', '（一）加强保障。各地要纳入预算。（市教育局财务科，各县（市、区）教', '育局）', '（二）加强保障。各地要纳入预算。（各县（市、区', '）教育局负责）',
      '（三）加强保障。各地要纳入预算。（市教育局', '财务科，各县（市、区）教育局）', ''].join('\n'));
    assert.deepStrictEqual(doc.tasks.map((t) => [t.lead, t.coop]), [
      [['市教育局财务科'], ['各县（市、区）教育局']],
      [['各县（市、区）教育局'], []],
      [['市教育局财务科'], ['各县（市、区）教育局']],
    ]);
  });
  it('a bracket wrapped onto the next line (a hard line break from a PDF) is one annotation', () => {
    const text = ['一、重点任务', '（一）优化营商环境。推进政务服务便利化。（市政务服务中心牵头，市发展改', '革委、市司法局配合）', '（二）稳定就业。（市人社局）', ''].join('\n');
    const doc = parse(text);
    assert.deepStrictEqual(doc.tasks.map((t) => [t.path, t.title, t.lead, t.coop]), [
      ['一、（一）', '优化营商环境', ['市政务服务中心'], ['市发展改革委', '市司法局']],
      ['一、（二）', '稳定就业', ['市人社局'], []],
    ]);
    const a = doc.annotations[0];
    assert.deepStrictEqual(a.range, { start: { line: 1, character: 20 }, end: { line: 2, character: 10 } });
    // The name broken by the line break is one name, its range over both lines.
    assert.deepStrictEqual(a.units[1].range, { start: { line: 1, character: 31 }, end: { line: 2, character: 2 } });
    assert.deepStrictEqual(a.units[2].range, { start: { line: 2, character: 3 }, end: { line: 2, character: 7 } });
    assert.strictEqual(doc.source.slice(a.units[2].range), '市司法局');
    // Not wrapped: a closing line with more after it, a blank line between, an aside.
    assert.strictEqual(parse('一、任务\n（一）甲。\n（办公室牵头，\n财务部配合）后续工作另行安排。\n').annotations.length, 0);
    // After a sentence's end the paragraph may go on after the bracket, as on one line (form 8).
    assert.deepStrictEqual(parse('一、任务\n（一）甲。（办公室牵头，\n财务部配合）乙。（人事部）\n').tasks.map((t) => t.lead), [['办公室'], ['人事部']]);
    assert.strictEqual(parse('一、任务\n（一）甲。（办公室牵头，\n\n财务部配合）\n').annotations.length, 0);
    assert.strictEqual(parse('一、任务\n（一）甲。（详见\n附件）\n').annotations.length, 0);
  });
  it('13: a deadline next to the units', () => {
    const p = parseUnits('办公室牵头，财务部配合；2025年底前完成')!;
    assert.strictEqual(p.deadline, '2025年底前完成');
    assert.deepStrictEqual(p.units.map((u) => u.name), ['办公室', '财务部']);
    assert.strictEqual(parse('甲。（办公室牵头，财务部配合；2025年底前完成）\n').annotations[0].form, 13);
    assert.strictEqual(parseUnits('牵头单位：办公室；完成时限：2025年6月底前')!.deadline, '2025年6月底前');
  });
  it('13: a deadline in a bracket of its own right after the units\' bracket', () => {
    const doc = parse('一、任务\n（一）完善制度。（办公室牵头，财务部配合）（2025年6月底前）\n（二）加强培训（人事部）（长期坚持）。\n（三）强化督查（2025年底前）。\n');
    assert.deepStrictEqual(doc.tasks.map((t) => [t.path, t.lead, t.deadline]), [
      ['一、（一）', ['办公室'], '2025年6月底前'],
      ['一、（二）', ['人事部'], '长期坚持'],
    ]);
    // The annotation is the units' bracket alone.
    assert.strictEqual(doc.source.slice(doc.annotations[0].range), '（办公室牵头，财务部配合）');
  });
  it('half-width brackets and commas are read too', () => {
    const doc = parse('完善制度。(办公室牵头,财务部配合)\n');
    assert.deepStrictEqual(doc.annotations[0].units.map((u) => [u.name, u.role]), [
      ['办公室', 'lead'],
      ['财务部', 'coop'],
    ]);
  });
  it('13: deadlines in the forms drafters write them, after ；, or as a sentence of their own after 。', () => {
    const deadlines = ['全年', '全年持续推进', '年底前', '年内完成', '每季度', '6月底前', '12月底前完成', '2026年12月31日前', '2026年6月30日前完成',
      '2026年内完成', '2026—2027年', '2025年起持续推进', '2026年3月启动', '长期', '常态化推进', '2026年上半年', '2026年9月', '每年9月底前完成', '每季度末', '每月10日前', '按时间节点推进'];
    for (const d of deadlines) {
      const p = parseUnits(`市财政局、市商务局；${d}`);
      assert.ok(p, d);
      assert.deepStrictEqual([p.units.map((u) => u.name), p.deadline], [['市财政局', '市商务局'], d]);
    }
    const stop = parseUnits('市发改委牵头，市财政局、市商务局配合。2025年底前完成')!;
    assert.deepStrictEqual([stop.units.map((u) => u.role), stop.deadline], [['lead', 'coop', 'coop'], '2025年底前完成']);
    // Any other sentence is still an aside, not an annotation.
    assert.strictEqual(parseUnits('市财政局、市商务局。具体办法另行制定'), null);
  });
  it('13: a deadline clause with what is due then, two stages, a span of years, 立行立改 — the units are kept', () => {
    const cases: Array<[string, string]> = [
      ['市住房城乡建设局牵头，市财政局配合；2024年底前完成年度任务', '2024年底前完成年度任务'],
      ['市发展改革局、市工信局按职责分工负责，2024年12月底前出台实施意见', '2024年12月底前出台实施意见'],
      ['市商务局负责；2025年6月底前取得阶段性成效', '2025年6月底前取得阶段性成效'],
      ['市交通运输局牵头，市发展改革委配合；2024年至2026年', '2024年至2026年'],
      ['市财政局负责；2024年6月底前完成排查，2024年底前完成整改', '2024年6月底前完成排查，2024年底前完成整改'],
      ['县财政局负责，立行立改', '立行立改'],
      ['县财政局负责；立行立改、长期坚持', '立行立改、长期坚持'],
      ['县财政局牵头，县审计局配合，立行立改', '立行立改'],
      ['市商务局牵头，市财政局配合；按年度推进', '按年度推进'],
    ];
    for (const [inner, deadline] of cases) {
      const p = parseUnits(inner);
      assert.ok(p && p.units.length > 0, inner);
      assert.strictEqual(p.deadline, deadline, inner);
    }
    // A time followed by units is no deadline clause: the clause must still be units.
    assert.strictEqual(parseUnits('市财政局负责；2024年底前各县区政府配合完成')?.deadline ?? null, null);
  });
  it('13: labelled parts after units said by their verbs (`X牵头，Y配合；完成时限：…`), and more deadline and people labels', () => {
    const p = parseUnits('镇党政办牵头，镇财政所配合；完成时限：2024年6月底前')!;
    assert.deepStrictEqual([p.units.map((u) => [u.name, u.role]), p.deadline], [[['镇党政办', 'lead'], ['镇财政所', 'coop']], '2024年6月底前']);
    assert.strictEqual(parseUnits('市发展改革局、市工信局按职责分工负责；时间节点：2024年12月底前出台实施意见')!.deadline, '2024年12月底前出台实施意见');
    assert.strictEqual(parseUnits('县财政局负责，整改时限：立行立改')!.deadline, '立行立改');
    const labelled = parseUnits('县领导：张三；责任主体：县财政局；整改期限：2025年12月底前')!;
    assert.deepStrictEqual([labelled.units.map((u) => u.name), labelled.leaders, labelled.deadline], [['县财政局'], ['张三'], '2025年12月底前']);
    // Labels parted by spaces, as pasted from a table's cells.
    const spaced = parseUnits('责任领导：张三　责任单位：县财政局 整改时限：2025年12月底前')!;
    assert.deepStrictEqual([spaced.units.map((u) => u.name), spaced.leaders, spaced.deadline], [['县财政局'], ['张三'], '2025年12月底前']);
    assert.deepStrictEqual(roles('牵头股室：基础教育股，配合股室：规划建设股、计财股'), { 基础教育股: 'lead', 规划建设股: 'coop', 计财股: 'coop' });
    // A label after something that is no unit is still no annotation.
    assert.strictEqual(parseUnits('参照有关标准执行；完成时限：2024年底前'), null);
  });
  it('units of counties, villages, enterprises and schools: 股, 车间, 党总支, 网格, 民兵连, 镇街, short names of enterprises', () => {
    assert.deepStrictEqual(roles('医政医管股牵头，基层卫生股、财务审计股配合'), { 医政医管股: 'lead', 基层卫生股: 'coop', 财务审计股: 'coop' });
    for (const n of ['各车间', '机关党总支', '各党总支', '各网格', '二号矿井', '各镇街', '洛阳车务段']) assert.deepStrictEqual(roles(`${n}负责`), { [n]: 'lead' }, n);
    assert.deepStrictEqual(roles('村委会牵头，村团支部、村民兵连配合'), { 村委会: 'lead', 村团支部: 'coop', 村民兵连: 'coop' });
    assert.deepStrictEqual(roles('洛阳机场、洛阳移动、洛阳石化按职责分工负责'), { 洛阳机场: 'lead', 洛阳移动: 'coop', 洛阳石化: 'coop' });
    // Not units: a share class, a place, a kind of body named alone.
    for (const gloss of ['A股', '香港', '企业', '单位', '括号内为责任单位']) assert.strictEqual(parseUnits(gloss), null, gloss);
    // A note that sends something to a unit (`（联系方式报领导小组办公室）`); a paper's name is a unit.
    for (const note of ['联系方式报领导小组办公室', '名单报送市委组织部', '结果报市政府', '值班表于4月28日前报局办公室', '实施方案报办公室', '于3月5日前交局办公室']) assert.strictEqual(parseUnits(note), null, note);
    assert.deepStrictEqual(roles('市日报社、市报业集团负责'), { 市日报社: 'lead', 市报业集团: 'coop' });
    assert.deepStrictEqual(roles('市电报局、市情报局负责'), { 市电报局: 'lead', 市情报局: 'coop' });
  });
  it('more verbs: 协同, 参加, 支持, 督办, 具体实施, 为牵头单位; people by their post where a verb says they do it', () => {
    assert.deepStrictEqual(roles('市交通运输局牵头，市发展改革委协同'), { 市交通运输局: 'lead', 市发展改革委: 'coop' });
    assert.deepStrictEqual(roles('市交通运输局牵头，市发展改革委参加，市财政局支持'), { 市交通运输局: 'lead', 市发展改革委: 'coop', 市财政局: 'coop' });
    assert.deepStrictEqual(roles('综合管理部负责，审计部督办'), { 综合管理部: 'lead', 审计部: 'guide' });
    assert.deepStrictEqual(roles('安全环保部牵头，各项目部具体实施'), { 安全环保部: 'lead', 各项目部: 'responsible' });
    assert.deepStrictEqual(roles('市交通运输局为牵头单位，市发展改革委、市商务局为配合单位'), { 市交通运输局: 'lead', 市发展改革委: 'coop', 市商务局: 'coop' });
    assert.deepStrictEqual(roles('市商务局负责，各县（市、区）人民政府落实属地责任'), { 市商务局: 'lead', '各县（市、区）人民政府': 'coop' });
    assert.deepStrictEqual(roles('各网格员负责，10月15日前完成'), { 各网格员: 'lead' });
    assert.deepStrictEqual(roles('社区“两委”成员、各网格员分别包片负责'), { '社区“两委”成员': 'responsible', 各网格员: 'responsible' });
    assert.deepStrictEqual(roles('社区宣传委员牵头，各居民小组长配合'), { 社区宣传委员: 'lead', 各居民小组长: 'coop' });
    // A post in a bare list may be a gloss: no annotation.
    assert.strictEqual(parseUnits('驻村干部'), null);
  });
  it('elliptical lists that share their last item\'s ending (`各临床、医技科室`, `内、外、妇、儿科`)', () => {
    assert.deepStrictEqual(roles('院感科负责；各临床、医技科室具体落实'), { 院感科: 'lead', 各临床: 'coop', 医技科室: 'coop' });
    assert.deepStrictEqual(roles('医务科牵头，内、外、妇、儿科配合'), { 医务科: 'lead', 内: 'coop', 外: 'coop', 妇: 'coop', 儿科: 'coop' });
    assert.strictEqual(parseUnits('试点、示范'), null);
  });
  it('a gloss right before the sentence\'s end, the annotation right after it; a bracket inside a collective\'s name', () => {
    const gloss = parse('一、任务\n（一）甲。建设一批高技能人才培训基地（公共实训基地）。（主责单位：市人力资源社会保障局）\n');
    assert.deepStrictEqual(gloss.tasks.map((t) => [t.lead, t.title]), [[['市人力资源社会保障局'], '甲']]);
    const label = parse('一、任务\n（一）甲。植树造林。责任单位：镇林业站、各村（社区）。完成时限：2025年3月底前。\n');
    assert.deepStrictEqual(label.tasks.map((t) => [t.lead, t.coop, t.deadline]), [[['镇林业站'], ['各村（社区）'], '2025年3月底前']]);
  });
  it('a note in a bracket on how brackets are read is no task (`（括号内为责任单位，列第一位者为牵头单位）`)', () => {
    const doc = parse('一、总体思路\n坚持问题导向。（括号内为责任单位，列第一位者为牵头单位）\n二、任务\n（一）甲。（办公室、财务处）\n');
    assert.deepStrictEqual(doc.tasks.map((t) => t.lead), [['办公室']]);
  });
  it('整改 plans: labels after a space on the item\'s line, the 问题： label left out of the title, people with their posts', () => {
    const doc = parse(['三、问题清单', '1. 问题：特种设备监管不到位。 整改措施：开展专项检查。 责任领导：党组成员、副局长 邵峰 责任单位：特种设备安全监察科、市特检院 整改时限：2025年12月底前', ''].join('\n'));
    assert.deepStrictEqual(doc.tasks.map((t) => [t.title, t.lead, t.coop, t.leaders, t.deadline]), [
      ['特种设备监管不到位', ['特种设备安全监察科'], ['市特检院'], ['党组成员、副局长 邵峰'], '2025年12月底前'],
    ]);
    const two = parseUnits('责任领导：党委书记、董事长 林志远；党委副书记、总经理 覃建军；牵头部门：战略投资部')!;
    assert.deepStrictEqual(two.leaders, ['党委书记、董事长 林志远', '党委副书记、总经理 覃建军']);
    assert.deepStrictEqual(parseUnits('责任领导：张三、李四；牵头部门：办公室')!.leaders, ['张三', '李四']);
  });
  it('label lines after the measures a problem lists (`整改措施：` `1．…` `2．…`) are the problem\'s', () => {
    const doc = parse(['三、问题清单', '（一）关于服务大局不够有力的问题', '整改措施：', '1．修订规划。', '2．推进项目。', '责任领导：董事长 林志远', '牵头部门：战略投资部', '配合部门：财务部', '整改时限：2025年12月底前', ''].join('\n'));
    assert.deepStrictEqual(doc.tasks.map((t) => [t.path, t.lead, t.coop, t.leaders, t.deadline]), [['三、（一）', ['战略投资部'], ['财务部'], ['董事长 林志远'], '2025年12月底前']]);
  });
  it('1: a legend in brackets after the last unit is no part of its name', () => {
    assert.deepStrictEqual(roles('责任单位：市发改委、市商务局（排名第一的为牵头单位）'), { 市发改委: 'lead', 市商务局: 'coop' });
  });
  it('11: a default said of some later tasks only is no default for all, and the annotation is read', () => {
    const p = parseUnits('人事处会同财务处负责，各市〔州〕卫生健康委负责落实。以下涉及地方落实的任务均需各市〔州〕卫生健康委落实，不再列出')!;
    assert.deepStrictEqual(p.units.map((u) => [u.name, u.role]), [['人事处', 'lead'], ['财务处', 'coop'], ['各市〔州〕卫生健康委', 'responsible']]);
    assert.deepStrictEqual(p.defaults, []);
  });
  it('Party organisations, enterprises and 各牵头部门 are units; 实验室与设备管理处 is one office', () => {
    for (const n of ['各二级党组织', '各基层党组织', '各级党组织', '各村党组织', '市属国企', '各级工会组织']) assert.deepStrictEqual(roles(`党委组织部、${n}`), { 党委组织部: 'lead', [n]: 'coop' });
    assert.deepStrictEqual(roles('区政务服务管理办公室、各牵头部门'), { 区政务服务管理办公室: 'lead', 各牵头部门: 'coop' });
    assert.deepStrictEqual(roles('区数据局，各事项牵头单位'), { 区数据局: 'lead', 各事项牵头单位: 'coop' });
    assert.deepStrictEqual(roles('党委组织部、实验室与设备管理处、网络与信息中心'), { 党委组织部: 'lead', 实验室与设备管理处: 'coop', 网络与信息中心: 'coop' });
    assert.deepStrictEqual(roles('市财政局与市审计局'), { 市财政局: 'lead', 市审计局: 'coop' });
    // A 牵头 that is a duty still is one: `县财政局牵头推进`.
    assert.deepStrictEqual(roles('县财政局牵头推进，县审计局配合'), { 县财政局: 'lead', 县审计局: 'coop' });
  });
  it('6: label lines with every label the inline form knows (配合部门, 协助单位, 参与单位, 主办单位, 协同部门)', () => {
    const doc = parse(['一、任务', '（一）甲。推进。', '主办单位：人力资源部', '协助部门：财务部、法律部', '完成时间：2026年6月底前',
      '（二）乙。推进。', '牵头部门：人力资源部', '参与单位：财务部', '（三）丙。推进。', '牵头处室：人事处', '协同部门：财务处', '时间节点：2026年底前', ''].join('\n'));
    assert.deepStrictEqual(doc.tasks.map((t) => [t.lead, t.coop, t.deadline]), [
      [['人力资源部'], ['财务部', '法律部'], '2026年6月底前'],
      [['人力资源部'], ['财务部'], null],
      [['人事处'], ['财务处'], '2026年底前'],
    ]);
  });
  it('6: a `完成时限：` line after the `责任领导：` line under the label lines is the task\'s deadline', () => {
    const doc = parse(['一、项目安排', '（一）新建学校2所。', '责任单位：县甲局', '配合单位：县乙局', '责任领导：副县长 赵某', '完成时限：2025年8月底前', '（二）改造小区10个。', '责任单位：县丙局', '责任领导：副县长 钱某', '完成时限：2025年11月底前', ''].join('\n'));
    assert.deepStrictEqual(doc.tasks.map((t) => [t.lead, t.leaders, t.deadline]), [
      [['县甲局'], ['副县长 赵某'], '2025年8月底前'],
      [['县丙局'], ['副县长 钱某'], '2025年11月底前'],
    ]);
  });
  it('6 and 3: a 建议提案 交办清单\'s 会办单位 co-operates with its 主办单位', () => {
    const doc = parse(['一、交办清单', '（一）关于加快供水管网改造的建议。', '主办单位：县甲局', '会办单位：县乙局、县丙局', '办结时限：2025年6月底前', '（二）关于加强养老服务的提案。（县丁局主办，县戊局会办）', ''].join('\n'));
    assert.deepStrictEqual(doc.tasks.map((t) => [t.lead, t.coop, t.deadline]), [
      [['县甲局'], ['县乙局', '县丙局'], '2025年6月底前'],
      [['县丁局'], ['县戊局'], null],
    ]);
  });
  describe('traditional script (documents copied from Hong Kong or Taiwan)', () => {
    it('verbs, labels and unit endings, with names kept as written', () => {
      assert.deepStrictEqual(roles('辦公室牽頭，財務部配合'), { 辦公室: 'lead', 財務部: 'coop' });
      assert.deepStrictEqual(roles('市通信管理辦牽頭，市公安局、市國安局參與'), { 市通信管理辦: 'lead', 市公安局: 'coop', 市國安局: 'coop' });
      assert.deepStrictEqual(roles('牽頭單位：市委網信辦；配合單位：市公安局、市國安局'), { 市委網信辦: 'lead', 市公安局: 'coop', 市國安局: 'coop' });
      assert.deepStrictEqual(roles('責任單位：市數據局、市政務服務中心'), { 市數據局: 'lead', 市政務服務中心: 'coop' });
      assert.deepStrictEqual(roles('規劃處指導，協會參與'), { 規劃處: 'guide', 協會: 'coop' });
      assert.deepStrictEqual(roles('市財政局負責'), { 市財政局: 'lead' });
    });
    it('a deadline is kept as written', () => {
      assert.strictEqual(parseUnits('辦公室牽頭；2025年底前完成')!.deadline, '2025年底前完成');
      assert.strictEqual(parseUnits('牽頭單位：辦公室；完成時限：2025年6月底前')!.deadline, '2025年6月底前');
    });
    it('collectives: 各區縣政府 leads a task given to each district alone', () => {
      const doc = parse('一、任務\n（一）完善設施。（各區縣政府負責）\n');
      assert.deepStrictEqual(doc.annotations[0].units.map((u) => [u.name, u.collective]), [['各區縣政府', true]]);
    });
    it('label lines and table headers', () => {
      const doc = parse('一、任務\n（一）完善制度\n牽頭單位：區發改局\n責任單位：開發區、各街道\n');
      assert.deepStrictEqual(doc.annotations[0].units.map((u) => u.name), ['區發改局']);
      const rows = parse('序號|工作任務|牽頭單位|責任單位|完成時限\n1|完善制度|辦公室|財務部、審計部|2025年6月底前\n');
      assert.deepStrictEqual(rows.annotations[0].units.map((u) => [u.name, u.role]), [['辦公室', 'lead'], ['財務部', 'coop'], ['審計部', 'coop']]);
    });
    it('asides in traditional script are still not annotations', () => {
      for (const aside of ['以下簡稱《規劃》', '試行', '見附件']) assert.strictEqual(parse(`某某辦法。（${aside}）\n`).annotations.length, 0, aside);
    });
    it('總體要求 and 指導思想 need no units', () => {
      const doc = parse('一、總體要求\n（一）指導思想。堅持黨的領導。\n二、重點任務\n（一）甲。（辦公室負責）\n（二）乙。（財務部負責）\n');
      assert.deepStrictEqual(lint(doc).filter((f) => f.rule === 'GW201'), []);
    });
  });

  it('a space typed for the comma after the lead\'s verb parts the clauses (`（政工室牵头 训练科、各派出所配合）`)', () => {
    assert.deepStrictEqual(roles('政工室牵头 训练科、各派出所配合'), { 政工室: 'lead', 训练科: 'coop', 各派出所: 'coop' });
    assert.deepStrictEqual(roles('办公室负责\u3000财务科配合'), { 办公室: 'lead', 财务科: 'coop' });
    const doc = parse(['一、加强队伍建设', '1.加强执法规范化建设。（法制大队牵头，督察大队配合）', '2.开展练兵比武。（政工室牵头 训练科、各派出所配合）', ''].join('\n'));
    assert.deepStrictEqual(doc.tasks.map((t) => [t.lead, t.coop]), [[['法制大队'], ['督察大队']], [['政工室'], ['训练科', '各派出所']]]);
  });

  it("a court's divisions are units (`立案庭`, `民一庭`, `审判监督庭`, `各审判业务庭`, `人民法庭`); a family or a hearing (`家庭`, `开庭`) is none", () => {
    assert.deepStrictEqual(roles('立案庭牵头，诉讼服务中心配合'), { 立案庭: 'lead', 诉讼服务中心: 'coop' });
    assert.deepStrictEqual(roles('审判管理办公室牵头，各审判业务庭配合'), { 审判管理办公室: 'lead', 各审判业务庭: 'coop' });
    assert.deepStrictEqual(roles('刑一庭、刑二庭负责'), { 刑一庭: 'lead', 刑二庭: 'coop' });
    assert.deepStrictEqual(roles('审判监督庭牵头，城关人民法庭配合'), { 审判监督庭: 'lead', 城关人民法庭: 'coop' });
    const doc = parse(['一、提升审判质效', '（一）优化立案服务。（立案庭牵头，诉讼服务中心配合）', '（二）推进繁简分流。（民一庭负责）', '（三）加强行政审判。（行政审判庭负责）', ''].join('\n'));
    assert.deepStrictEqual(doc.tasks.map((t) => t.lead), [['立案庭'], ['民一庭'], ['行政审判庭']]);
    for (const aside of ['家庭', '困难家庭', '低保家庭', '依法开庭', '网上开庭', '出庭']) assert.strictEqual(parse(`某某办法。（${aside}）\n`).annotations.length, 0, aside);
  });

  describe('ordinary parentheses are not annotations', () => {
    for (const aside of ['以下简称《规划》', '试行', '2018—2020年', '此件公开发布', '含', '星期六', '见附件', '具体办法另行制定', '一']) {
      it(`（${aside}）`, () => {
        assert.strictEqual(parse(`某某办法。（${aside}）\n`).annotations.length, 0);
      });
    }
    it('a bracket in the middle of a sentence', () => {
      assert.strictEqual(parse('各县（市、区）政府要加强领导。\n').annotations.length, 0);
    });
    it('another name of the unit a sentence sends something to or places an office in', () => {
      for (const line of ['各单位每月25日前将进展情况书面报县委农办（县农业农村局）。', '领导小组办公室设在市营商环境建设局（市政务服务中心）。', '请于6月底前报送集团党委工作部（组织部）。', '于2026年6月30日前将整改报告报送纪委办公室（审计部）。', '将工作总结报市委办公室（市委改革办）。']) {
        assert.strictEqual(parse(`${line}\n`).annotations.length, 0, line);
      }
      // A task's annotation before its 。 still is one.
      assert.strictEqual(parse('建立工作台账（办公室、财务部）。\n').annotations.length, 1);
    });
    it('whose phone number, e-mail or contact a bracket names', () => {
      for (const line of ['咨询电话：0536-3261888（市房屋征收服务中心）。', '联系人：黄磊（县政府督查室），电话：0774-7881234。', '投诉电话：13907741234（县市场监管局）', '来稿请发送至xcb@example.gov.cn（县委宣传部）。']) {
        assert.strictEqual(parse(`${line}\n`).annotations.length, 0, line);
      }
      // A task that ends in a number keeps its annotation.
      assert.strictEqual(parse('（一）全年新增城镇就业12000人（县人社局负责）。\n').annotations.length, 1);
    });
    it('notes in a notice or a 函: whom a point concerns (涉及…), a rule\'s reach (原则上…), how to get there (可乘坐…), how many attend (各1人…)', () => {
      for (const line of ['（一）第十二条关于改革的表述是否准确（涉及市市场监管局）。', '（二）第二十五条的规定是否可行（涉及市发展改革委、市财政局）。',
        '一、严格值班。主要负责同志要保持通信畅通（原则上不离开本县）。', '（四）往返交通自行安排（可乘坐12路公交车至园区站）。', '（二）集中考评（1月16日—1月31日）。各考核单位分项评分（各1人参加评分小组）。',
        '（三）各区推荐代表（每区1—2名参加座谈小组）。']) {
        assert.strictEqual(parse(`${line}\n`).annotations.length, 0, line);
      }
      // Who goes with or answers for an activity in person (…带队, …领办, …包联): a note on people, also
      // where another such note in the document would make it look known.
      for (const line of ['一、1月：重温入党誓词，开展组织生活会（支部书记主持）。', '二、4月：清明祭扫革命烈士纪念碑（支部书记带队）。',
        '三、5月：实施“书记领办”项目（县委书记领办）。', '四、6月：走访重点企业（市领导包联）。', '五、7月：开展防汛巡查（县级领导包乡）。']) {
        assert.strictEqual(parse(`${line}\n`).annotations.length, 0, line);
      }
      assert.strictEqual(parse('一、1月：开展组织生活会（支部书记主持）。\n二、4月：祭扫烈士纪念碑（支部书记带队）。\n').annotations.length, 0);
      assert.deepStrictEqual(roles('党员志愿者服务队牵头，各网格配合'), { 党员志愿者服务队: 'lead', 各网格: 'coop' });
      // Where a meeting is held: a room or a floor of a building.
      for (const room of ['市委党校三楼报告厅', '县政府常务会议室', '某某宾馆二楼会议室', '各街道办事处会议室', '市应急局二楼指挥中心', '区行政中心5层多功能厅']) {
        assert.strictEqual(parse(`（一）召开推进会（${room}）。\n（二）组织观摩（另行通知）。\n`).annotations.length, 0, room);
      }
      assert.deepStrictEqual(roles('市应急指挥中心牵头，三楼村委会配合'), { 市应急指挥中心: 'lead', 三楼村委会: 'coop' });
      // Units whose names hold a number or open with 各 still are units.
      assert.deepStrictEqual(roles('市12345热线办公室牵头，各工作组配合'), { 市12345热线办公室: 'lead', 各工作组: 'coop' });
    });
    it('what a scope covers (含…, 不含…, 具体按…执行), whose people attend (负责同志（…）), and who attends a meeting (列席：…)', () => {
      for (const line of ['（一）市直党政机关（含市委办公室、市政府办公室）；', '（二）市属事业单位（不含市属公立医院）；', '落实资助政策（具体按某某文件执行）。',
        '（二）市直有关部门分管负责同志（市发展改革委、市财政局）；', '列席：何俊（市城投集团）', '出席人员：王素珍（市政府）']) {
        assert.strictEqual(parse(`${line}\n`).annotations.length, 0, line);
      }
      // 含山县 is a county, not 含…
      assert.strictEqual(parse('推进改革。（含山县人民政府负责）\n').annotations.length, 1);
      // 加强领导（…） is a task's.
      assert.strictEqual(parse('一、加强领导（办公室、财务科）\n').annotations.length, 1);
    });
    it('an event\'s particulars in a notice (报到地点：, 联系人：, 乘车安排：, 主讲人：), and the lines of a section that says where it is held', () => {
      for (const line of ['报到地点：市委党校（市行政学院）。', '培训地点：中共青川市委党校（青川市行政学院）', '（一）会议地点：市行政中心（市民中心）。', '联系人：张三（市委组织部干部一科）。',
        '主讲人：李某（省委党校教授）', '参训人员：各县（市、区）组织部分管负责同志（各县委组织部）。', '乘车安排：市直单位（含垂管单位）统一乘车。', '住宿安排：市委党校学员公寓（青川宾馆）。']) {
        assert.strictEqual(parse(`一、有关事项\n（一）做好会务保障工作。\n${line}\n`).annotations.length, 0, line);
      }
      const notice = parse(['一、活动时间', '8月8日上午。', '二、活动地点', '市体育中心（市全民健身中心）。', '三、活动内容', '（一）布置会场。（市甲馆负责）', '（二）组织报名。（市乙局负责）', ''].join('\n'));
      assert.deepStrictEqual(notice.tasks.map((t) => t.path), ['三、（一）', '三、（二）']);
      // A task's own label line, and a task whose sentence names a place, keep their units.
      assert.strictEqual(parse('（一）整治火车站周边环境。\n责任单位：市城管局（牵头）、市公安局\n').annotations.length, 1);
      assert.strictEqual(parse('（一）改造市民活动中心。（市住建局）\n').annotations.length, 1);
    });
    it('unbalanced brackets do not break the parser', () => {
      // The bracket wrapped over the line break is read; the one left open after it is not.
      assert.deepStrictEqual(parse('完善制度。（办公室、财务部\n落实。）（\n').annotations.map((a) => a.inner), ['办公室、财务部落实。']);
      assert.strictEqual(parse('完善制度（办公室、财务部\n落实。）（\n').annotations.length, 0);
    });
  });
});
