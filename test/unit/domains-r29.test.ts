import * as assert from 'assert';
import { analyze, defaultConfig, parse } from '../../server/src/analysis';
import { buildLedger } from '../../server/src/analysis/ledger';
import { isUnitLike } from '../../server/src/analysis/units';
import { assertAllCorrect, fixtureSet } from '../fixtures';

/**
 * Correct documents of issuers other than a government (test/fixtures/domains): a university, a
 * state-owned enterprise, a township, a hospital, police, a court, a procuratorate, Party organs,
 * 人大 and 政协, mass organisations; each names its own internal offices.
 */
const FIXTURES = fixtureSet('domains');
const fixture = (name: string): string => FIXTURES.read(name);

/** The lead and co-operating units a drafter reads, by task path (some tasks of some fixtures). */
const LEADS: Record<string, Array<[string, string, string]>> = {
  '01': [['一、（二）', '党委宣传部', '党委统战部、学生工作部（处）、各学院'], ['一、（三）', '党委统战部', ''], ['三、（八）', '学生工作部（处）', '团委、后勤保障处、各学院']],
  '03': [['二、（六）', '一分公司', ''], ['二、（七）', '二分公司', '市场经营部'], ['二、（八）', '安全环保部', '一分公司、二分公司、三分公司']],
  '04': [['三、6.', '纪委办公室', '各子公司、各分公司纪检组织']],
  '05': [['二、（一）', '综治中心', '各村（社区）'], ['二、（三）', '党政办', '各村（社区）党组织'], ['二、（九）', '经管站', '财政所、各村委会']],
  '06': [['二、（一）', '医务科', '护理部、质控科'], ['二、（五）', '门诊部', '信息科、院办'], ['二、（八）', '党办', '纪检监察室、人事科']],
  '08': [['一、（三）', '立案庭', '民一庭、民二庭、刑一庭、刑二庭']],
  '12': [['二、（四）', '政协社会和法制委', ''], ['三、（七）', '政协文化文史和学习委', '']],
  '13': [['一、（六）', '市人力资源和社会保障局（市公务员局）', '市总工会、市残联'], ['一、（七）', '各县（市、区）人民政府', '']],
  '14': [['一、（二）', '市第一中学', '市第二中学'], ['一、（五）', '市一中', '市二中、师大附中']],
  '15': [['二、（三）', '教育学院', '教务处、教育处'], ['二、（四）', '学工部', '教务处、各学院'], ['二、（十一）', '附属第一中学、附属第二中学、附属小学', '']],
  '16': [['一、（三）', '市一院、市二院', ''], ['一、（五）', '医政医管科', '市一院医务处、市二院医务科']],
  '18': [['一、（三）', '党委组织部（人力资源部）', '各子公司'], ['三、（八）', '纪委办公室（审计部）', '各子公司纪检组织']],
};

describe('unit names of other kinds of issuer (round 29)', () => {
  it('the correct documents of universities, enterprises, townships, hospitals, courts, Party organs, 人大/政协 and mass organisations get no finding, and `gongwen fix` changes nothing', () => {
    assertAllCorrect(FIXTURES, 10);
  });
  it('their ledgers give each task the lead and co-operating units a drafter reads', () => {
    for (const [name, leads] of Object.entries(LEADS)) {
      const ledger = buildLedger(analyze(fixture(name), defaultConfig()).doc, name);
      const byPath = new Map(ledger.tasks.map((t) => [t.path, [t.lead.join('、'), t.coop.join('、')]]));
      for (const [at, lead, coop] of leads) assert.deepStrictEqual(byPath.get(at), [lead, coop], `${name} ${at}`);
    }
  });
  it('a committee whose name joins two fields with 和 (`政协社会和法制委`) is one unit: a field ending in 社会 names none', () => {
    const doc = parse(['政协某市委员会2025年工作要点', '一、建言资政', '（一）开展养老服务调研。（政协社会和法制委负责）', '（二）开展提案办理协商。（政协提案委负责）', ''].join('\n'));
    assert.deepStrictEqual(doc.tasks.map((t) => [t.lead, t.coop]), [[['政协社会和法制委'], []], [['政协提案委'], []]]);
    assert.strictEqual(isUnitLike('政协社会'), false);
    assert.strictEqual(isUnitLike('市总工会'), true);
  });
  it('an enterprise\'s discipline bodies (`各子公司纪检组织`, `纪检监察组织`) are units', () => {
    for (const unit of ['各子公司纪检组织', '各分公司纪检监察组织']) {
      const doc = parse(['某集团2025年任务分工方案', '一、加强作风建设', `1.整治违规吃喝问题。（纪委办公室牵头，${unit}负责）`, '2.开展警示教育。（纪委办公室负责）', ''].join('\n'));
      assert.deepStrictEqual(doc.tasks.map((t) => [t.lead, t.coop]), [[['纪委办公室'], [unit]], [['纪委办公室'], []]], unit);
    }
  });
  it('a school named by its number (`市一中`, `县二小`) or as a university\'s (`师大附中`) is a unit; a plenum (`二十届三中`) is none', () => {
    const doc = parse(['某市教育工作方案', '一、主要任务', '1.开展结对帮扶。（市一中牵头，县二小、师大附中配合）', '2.加强教师交流。（市一中、市二中负责，市教育局指导）', ''].join('\n'));
    assert.deepStrictEqual(doc.tasks.map((t) => [t.lead, t.coop]), [[['市一中'], ['县二小', '师大附中']], [['市一中'], ['市二中']]]);
    assert.strictEqual(isUnitLike('二十届三中'), false);
  });
  it('a legend said of the tasks\' units (`各项任务所列单位，排在第一位的为牵头单位`) names no unit', () => {
    for (const legend of ['各项任务所列单位，排在第一位的为牵头单位', '各项任务责任单位排在第一位的为牵头单位']) {
      const text = ['某校工作方案', `为提高质量，制定本方案。（${legend}）`, '一、主要任务', '（一）加强专业建设。（教务处、发展规划处）', '（二）加强课程建设。（教务处负责）', ''].join('\n');
      const doc = parse(text);
      assert.deepStrictEqual(doc.tasks.map((t) => [t.title, t.lead]), [['加强专业建设', ['教务处']], ['加强课程建设', ['教务处']]], legend);
      assert.deepStrictEqual(analyze(text, defaultConfig()).findings.map((f) => f.rule), [], legend);
    }
    // Units before the legend are still units.
    const doc = parse(['某方案', '一、任务', '1.推进甲。（税务总局、财政部负责，排在第一位的部门为牵头部门，下同）', ''].join('\n'));
    assert.deepStrictEqual(doc.tasks.map((t) => [t.lead, t.coop]), [[['税务总局'], ['财政部']]]);
  });
  it('a slip in an internal office\'s name is still found (GW207) where the right name is written elsewhere in the document', () => {
    const slips: Array<[string, string, string, string]> = [
      ['01', '（党委组织部牵头，各学院党委负责）', '（党委组织布牵头，各学院党委负责）', '党委组织布'],
      ['01', '（教务处负责）', '（教务外负责）', '教务外'],
      ['06', '（药剂科牵头，医务科配合）', '（药剂科牵头，医务抖配合）', '医务抖'],
      ['06', '（护理部负责）', '（护理布负责）', '护理布'],
      ['05', '（综治中心、司法所、派出所）', '（综治中新、司法所、派出所）', '综治中新'],
      ['07', '（政治部负责）', '（政冶部负责）', '政冶部'],
      ['08', '（审判管理办公室负责）', '（审判管埋办公室负责）', '审判管埋办公室'],
      ['10', '（市委统战部负责）', '（市委统战布负责）', '市委统战布'],
      ['13', '（市妇联牵头，团市委配合）', '（市妇连牵头，团市委配合）', '市妇连'],
      // In a bare list, the other units say it is an annotation: its slipped name is asked about, not the task's units.
      ['03', '（财务部、法务风控部、各子公司）', '（财务布、法务风控部、各子公司）', '财务布'],
      ['15', '（学工部、教务处、各学院）', '（学工部、教务外、各学院）', '教务外'],
    ];
    for (const [name, right, wrong, slip] of slips) {
      const text = fixture(name);
      assert.ok(text.includes(right), `${name} ${right}`);
      const lines = text.split('\n');
      const at = lines.findIndex((l) => l.includes(right));
      const found = analyze(text.replace(right, wrong), defaultConfig()).findings;
      assert.deepStrictEqual(
        found.map((f) => [f.rule, f.range.start.line, lines[f.range.start.line].replace(right, wrong).slice(f.range.start.character, f.range.end.character)]),
        [['GW207', at, slip]],
        `${name} ${slip}`,
      );
    }
  });
});
