import * as assert from 'assert';
import { analyze, defaultConfig, lint, parse } from '../../server/src/analysis';
import { buildLedger } from '../../server/src/analysis/ledger';
import { assertAllCorrect, fixtureSet } from '../fixtures';

/** Correct documents written for this round (test/fixtures/variants): every genre and form the spec allows. */
const FIXTURES = fixtureSet('variants');
const fixture = (name: string): string => FIXTURES.read(name);

/** The lead units a drafter reads in some of them, by task path. */
const LEADS: Record<string, Array<[string, string]>> = {
  '03': [['一、（一）', '市城市管理局'], ['一、（二）', '市城市管理局'], ['二、（一）', '市生态环境局'], ['二、（二）', '市生态环境局'], ['三、（一）', '市农业农村局'], ['三、（二）', '市农业农村局']],
  '08': [
    ['一、（一）', '市审改办'], ['一、（二）', '市市场监管局'], ['一、（三）', '市审改办'], ['二、（四）', '市市场监管局'], ['二、（五）', '市发展改革委'],
    ['二、（六）', '市政务服务管理局'], ['三、（七）', '市政务服务管理局'], ['三、（八）', '市政务服务管理局、市公安局'], ['三、（九）', '各县〔市、区〕人民政府'], ['四、（十）', '各县〔市、区〕人民政府'],
  ],
  '13': [['一、1', '市教育局'], ['一、2', '市卫生健康委'], ['一、3', '市卫生健康委'], ['二、1', '市住房和城乡建设局'], ['二、2', '市城市管理局'], ['二、3', '市城市管理局'], ['三、1', '市民政局'], ['三、2', '市民政局']],
  '18': [['一、（一）', '市住房和城乡建设局'], ['一、（二）', '市财政局'], ['二、（一）', '市住房和城乡建设局'], ['二、（二）', '市自然资源和规划局']],
  '16': [
    ['（一）1.', '市委宣传部'], ['（一）2.', '市委宣传部'], ['（二）1.', '市文明办'], ['（二）2.', '市文明办'], ['（三）1.', '市住房和城乡建设局'], ['（三）2.', '市住房和城乡建设局'],
    ['（四）1.', '市城市管理局'], ['（四）2.', '市城市管理局'], ['（五）', '各县（市、区）'],
  ],
  '20': [
    ['一、（一）', '市农业农村局'], ['一、（二）', '市农业农村局'], ['一、（三）', '市农业农村局'], ['二、（四）', '市委农办、市农业农村局'], ['二、（五）', '市发展改革委'],
    ['三、（六）', '市交通运输局、市水利局'], ['三、（七）', '市教育局'], ['三、（八）', '市委宣传部、市文明办'], ['四、（九）', '市委政法委'], ['四、（十）', '市委组织部'],
  ],
  '33': [['第三部分一、', '市农业农村局'], ['第三部分二、', '市农业农村局'], ['第三部分三、', '市委组织部']],
};

describe('legitimate variants (round 29)', () => {
  it('an item\'s last sentence that is its assignment alone (`……。由A负责，B配合。`) is its annotation, as a bracket would be', () => {
    const text = [
      '某市深化改革工作方案',
      '一、深化简政放权',
      '（一）实行清单管理。依法编制并公布行政许可事项清单。由市审改办负责，市直各有关部门配合。',
      '（二）精简经营许可。推动“证照分离”改革全覆盖。由市市场监管局牵头负责，2025年6月底前完成。',
      '（三）下放审批事项。将高频审批事项下放至县级。此项工作由市审改办会同市司法局负责。',
      '二、优化政务服务',
      '（四）推进“一件事一次办”。推出一批集成服务。（市政务服务管理局牵头）',
      '',
    ].join('\n');
    const doc = parse(text);
    assert.deepStrictEqual(
      doc.tasks.map((t) => [t.title, t.lead, t.coop, t.deadline]),
      [
        ['实行清单管理', ['市审改办'], ['市直各有关部门'], null],
        ['精简经营许可', ['市市场监管局'], [], '2025年6月底前'],
        ['下放审批事项', ['市审改办'], ['市司法局'], null],
        ['推进“一件事一次办”', ['市政务服务管理局'], [], null],
      ],
    );
    assert.deepStrictEqual(lint(doc), []);
  });
  it('an assignment that goes on with what was done, or stands before another sentence, is no closing annotation', () => {
    const summary = [
      '某市2024年工作总结',
      '一、主要工作',
      '（一）项目建设提速。全年完成投资120亿元。由市发展改革委牵头，建立了重点项目调度机制。',
      '（二）营商环境优化。由市政务服务管理局负责，企业开办时间压缩至1个工作日。',
      '（三）民生保障有力。由市民政局负责。全年发放救助资金8000万元。',
      '',
    ].join('\n');
    assert.deepStrictEqual(parse(summary).annotations.map((a) => a.inner), []);
  });
  it('a time named by what happens then (`2025年秋季学期前完成`, `2026年春季学期开学前`, `汛期前`) is a deadline beside the units, not a clause that unmakes the annotation', () => {
    for (const when of ['2025年秋季学期前完成', '2026年春季学期开学前', '2025年汛期前完成', '2025年春节前', '汛期前完成', '2025年9月开学前', '2025年寒假前', '2025年秋冬季前完成']) {
      const text = [
        '某市教育工作方案',
        '一、改善办学条件',
        `1.建设智慧校园。推进中小学智慧校园建设。（市教育局牵头，市财政局配合，${when}）`,
        `2.改造薄弱学校。完成10所学校改造。（${when}，市教育局牵头）`,
        `3.建设运动场地。新建学校运动场5个。（市教育局牵头，市体育局配合；${when}）`,
        `4.配备教学设备。更新实验室设备。（市教育局负责）（${when}）`,
        '',
      ].join('\n');
      const doc = parse(text);
      assert.deepStrictEqual(
        doc.tasks.map((t) => [t.lead, t.coop, t.deadline]),
        [
          [['市教育局'], ['市财政局'], when],
          [['市教育局'], [], when],
          [['市教育局'], ['市体育局'], when],
          [['市教育局'], [], when],
        ],
        when,
      );
      assert.deepStrictEqual(lint(doc).map((f) => f.rule), [], when);
    }
  });
  it('a line of its own under a task that is units and their verbs alone (`市市场监管局牵头，市直各行政执法部门按职责分工负责。`) is its annotation', () => {
    const text = [
      '某市“放管服”改革工作方案',
      '一、加强事中事后监管',
      '（一）推行“双随机、一公开”监管。制定年度抽查计划，实现跨部门联合抽查常态化。',
      '市市场监管局牵头，市直各行政执法部门按职责分工负责。',
      '（二）加强信用监管。建立经营主体信用分级分类监管制度。',
      '市发展改革委、市市场监管局按职责分工负责；长期坚持。',
      '（三）推进“互联网+监管”。汇聚监管数据，提升监管精准化水平。',
      '（责任单位：市政务服务管理局、市直各有关部门）',
      '（四）推进“证照分离”改革。实现涉企经营许可事项全覆盖。',
      '此项工作由市市场监管局牵头，市直有关部门配合。',
      '（五）开展隐患排查。对各类市场主体开展拉网式排查。',
      '市应急管理局牵头，各县（市、区）人民政府负责；2025年5月底前完成。',
      '二、优化政务服务',
      '（六）推行帮办代办服务。在各级政务服务中心设立帮办代办窗口。（市政务服务管理局牵头）',
      '',
    ].join('\n');
    const doc = parse(text);
    assert.deepStrictEqual(
      doc.tasks.map((t) => [t.title, t.lead, t.coop, t.deadline]),
      [
        ['推行“双随机、一公开”监管', ['市市场监管局'], ['市直各行政执法部门'], null],
        ['加强信用监管', ['市发展改革委'], ['市市场监管局'], '长期坚持'],
        ['推进“互联网+监管”', ['市政务服务管理局'], ['市直各有关部门'], null],
        ['推进“证照分离”改革', ['市市场监管局'], ['市直有关部门'], null],
        ['开展隐患排查', ['市应急管理局'], ['各县（市、区）人民政府'], '2025年5月底前完成'],
        ['推行帮办代办服务', ['市政务服务管理局'], [], null],
      ],
    );
    assert.deepStrictEqual(lint(doc), []);
  });
  it('a line that exhorts (`各地各部门负责。`) or says more than who does the work is no annotation', () => {
    for (const line of ['各地各部门按职责分工负责。', '市发展改革委要牵头抓好落实。', '市财政局负责资金保障，市审计局负责审计监督。', '这项工作由各地负责。', '市财政局牵头的项目要加快实施。']) {
      const doc = parse(['某市工作方案', '一、主要任务', '（一）推进甲事项。完善甲制度。', line, ''].join('\n'));
      assert.deepStrictEqual(doc.annotations.map((a) => a.inner), [], line);
    }
  });
  it('the correct documents written for this round get no finding, and `gongwen fix` changes nothing in them', () => {
    assertAllCorrect(FIXTURES, 12);
  });
  it('their ledgers list every task with the lead unit a drafter reads', () => {
    for (const [name, leads] of Object.entries(LEADS)) {
      const ledger = buildLedger(analyze(fixture(name), defaultConfig()).doc, name);
      assert.deepStrictEqual(ledger.tasks.map((t) => [t.path, t.lead.join('、')]), leads, name);
    }
  });
  it('a joint 版头 without `文件`, one issuer a line above the 发文字号, leaves the title and the 主送机关 under it read', () => {
    for (const issuers of [['中共某市委办公室', '某市人民政府办公室'], ['中共某市委办公室', '某市人民政府办公室', '某军分区']]) {
      const text = [
        ...issuers,
        '',
        '某办发〔2025〕4号',
        '',
        '中共某市委办公室　某市人民政府办公室',
        '关于印发《某市示范村创建实施方案》的通知',
        '',
        '各县（市、区）党委和人民政府，市直各单位：',
        '《某市示范村创建实施方案》已经市委、市政府同意，现印发给你们，请认真贯彻落实。',
        '',
        '中共某市委办公室',
        '某市人民政府办公室',
        '2025年4月2日',
        '',
      ].join('\n');
      const doc = parse(text);
      assert.strictEqual(doc.parts[0].title, '中共某市委办公室　某市人民政府办公室关于印发《某市示范村创建实施方案》的通知', issuers.join());
      assert.deepStrictEqual(
        doc.frame.fields.filter((f) => f.kind === 'banner' || f.kind === 'recipients').map((f) => [f.kind, f.line]),
        [...issuers.map((_, k) => ['banner', k]), ['recipients', issuers.length + 6]],
        issuers.join(),
      );
    }
  });
  it('a 责任单位 cell that says who leads and who co-operates (`A牵头，B配合`) gives its row those units, in a table of tabs or of one cell a line', () => {
    const rows = [
      ['1', '推进甲改革', '市发展改革委牵头，市财政局、市统计局配合', '2025年6月底前'],
      ['2', '推进乙改革', '市财政局负责', '2025年9月底前'],
      ['3', '推进丙改革', '市商务局牵头，市财政局参与', '2025年12月底前'],
    ];
    const header = ['序号', '重点任务', '责任单位', '完成时限'];
    const tabs = ['某市重点任务清单', '', ...[header, ...rows].map((r) => r.join('\t')), ''].join('\n');
    const vertical = ['某市重点任务清单', '', ...header, ...rows.flat(), ''].join('\n');
    for (const text of [tabs, vertical]) {
      const doc = parse(text);
      assert.deepStrictEqual(
        doc.tasks.map((t) => [t.lead, t.coop, t.deadline]),
        [
          [['市发展改革委'], ['市财政局', '市统计局'], '2025年6月底前'],
          [['市财政局'], [], '2025年9月底前'],
          [['市商务局'], ['市财政局'], '2025年12月底前'],
        ],
        text,
      );
      assert.deepStrictEqual(lint(doc), [], text);
    }
  });
});

