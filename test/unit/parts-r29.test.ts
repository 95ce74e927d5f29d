import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, defaultConfig, fixAll, lint, parse } from '../../server/src/analysis';
import { buildLedger } from '../../server/src/analysis/ledger';
import { buildOutline, symbolName } from '../../server/src/analysis/outline';
import { REPO } from '../util';
import { coldModel, modelOf } from './model-of';

const FIXTURES = path.join(REPO, 'test', 'fixtures', 'variants');
const fixture = (name: string): string => fs.readFileSync(path.join(FIXTURES, fs.readdirSync(FIXTURES).find((f) => f.startsWith(name))!), 'utf8');
const leads = (text: string): Array<[string, string, string]> =>
  buildLedger(analyze(text, defaultConfig()).doc, 'x').tasks.map((t) => [t.path, t.lead.join('、'), t.coop.join('、')]);
const found = (text: string): string[] => analyze(text, defaultConfig()).findings.map((f) => `${f.rule} ${f.range.start.line + 1}`);

/** Each outline entry under the document's title as `marker title` with its children, without the frame's fields. */
interface Shape {
  [entry: string]: Shape;
}
function shape(text: string): Shape {
  const out: Shape = {};
  const walk = (symbols: ReturnType<typeof buildOutline>, into: Shape) => {
    for (const s of symbols) {
      if (s.kind === 'frame') continue;
      const key = symbolName(s);
      into[key] = {};
      walk(s.children, into[key]);
    }
  };
  walk(buildOutline(parse(text))[0].children, out);
  return out;
}

describe('divisions (第一部分) and lists of duties headed by units (round 29)', () => {
  it('reads `第一部分` … as a level above `一、`: the outline shows every division with its own items, numbered afresh under each', () => {
    const doc = parse(fixture('38'));
    assert.deepStrictEqual(doc.parts.length, 1);
    assert.deepStrictEqual(
      doc.parts[0].headings.map((h) => [h.marker.text, h.title, h.children.map((c) => c.marker.text + c.title)]),
      [
        ['第一部分', '总体要求', []],
        ['第二部分', '重点任务', ['一、提升政务服务效能', '二、优化市场准入环境', '三、加强法治保障']],
        ['第三部分', '保障措施', ['一、加强组织领导', '二、强化督查考核']],
      ],
    );
    const outline = shape(fixture('38'));
    assert.deepStrictEqual(Object.keys(outline), ['第一部分 总体要求', '第二部分 重点任务', '第三部分 保障措施']);
    assert.deepStrictEqual(Object.keys(outline['第二部分 重点任务']['二、优化市场准入环境']), ['（一）深化商事制度改革', '（二）清理隐性壁垒']);
    assert.deepStrictEqual(Object.keys(outline['第三部分 保障措施']), ['一、加强组织领导', '二、强化督查考核']);
    assert.deepStrictEqual(found(fixture('38')), []);
  });
  it('numbering that runs on across the divisions (`第二部分：` then `四、`) is read as the document numbers, and never flagged', () => {
    const doc = parse(fixture('39'));
    assert.deepStrictEqual(
      doc.parts[0].headings.map((h) => [h.marker.text, h.children.map((c) => c.marker.text)]),
      [
        ['第一部分：', ['一、', '二、', '三、']],
        ['第二部分：', ['四、', '五、', '六、']],
        ['第三部分：', ['七、', '八、']],
      ],
    );
    assert.deepStrictEqual(found(fixture('39')), []);
    assert.deepStrictEqual(leads(fixture('39')).slice(2, 4), [
      ['第一部分三、', '市住房和城乡建设局', '市生态环境局'],
      ['第二部分四、', '市农业农村局', '市卫生健康委'],
    ]);
  });
  it('finds a skipped or repeated division as it finds a skipped 章, and renumbers it (the noun and what follows kept)', () => {
    const skipped = fixture('38').replace('第三部分　保障措施', '第四部分　保障措施');
    assert.deepStrictEqual(found(skipped), ['GW101 17']);
    assert.strictEqual(fixAll(skipped).text, fixture('38'));
    const repeated = fixture('39').replace('第二部分：农村', '第一部分：农村');
    assert.deepStrictEqual(found(repeated).filter((f) => f.startsWith('GW101')), ['GW101 10']);
    assert.ok(fixAll(repeated).text.includes('第二部分：农村环境整治\n'));
  });
  it('reads `第一篇` and `第一编` as divisions above chapters, and leaves a regulation\'s 章 and 条 as they were', () => {
    const plan = ['某市国民经济和社会发展第十五个五年规划纲要', '第一篇　开启新征程', '第一章　发展环境', '第一节　发展基础', '第二章　指导方针', '第二篇　坚持创新驱动', '第三章　提升创新能力', ''].join('\n');
    const doc = parse(plan);
    assert.deepStrictEqual(
      doc.headings.map((h) => [h.marker.kind, h.parent?.marker.text ?? null]),
      [['division', null], ['chapter', '第一篇'], ['section', '第一章'], ['chapter', '第一篇'], ['division', null], ['chapter', '第二篇']],
    );
    assert.deepStrictEqual(lint(doc), []);
    const rules = ['某市物业管理办法', '第一章　总则', '第一条　为了规范物业管理活动，制定本办法。', '第二章　物业服务', '第二条　物业服务企业应当依法经营。', ''].join('\n');
    assert.deepStrictEqual(parse(rules).headings.map((h) => h.marker.kind), ['chapter', 'article', 'chapter', 'article']);
  });
  it('in a list of duties by unit (`（一）市委宣传部`, `（一）市生态环境局：`), each item under a unit heading is that unit\'s, unless it names its own', () => {
    assert.deepStrictEqual(leads(fixture('16')), [
      ['（一）1.', '市委宣传部', ''], ['（一）2.', '市委宣传部', ''], ['（二）1.', '市文明办', ''], ['（二）2.', '市文明办', ''],
      ['（三）1.', '市住房和城乡建设局', ''], ['（三）2.', '市住房和城乡建设局', ''], ['（四）1.', '市城市管理局', ''], ['（四）2.', '市城市管理局', ''],
      // A unit heading over a paragraph: one task, the paragraph's.
      ['（五）', '各县（市、区）', ''],
    ]);
    assert.deepStrictEqual(leads(fixture('40')), [
      ['二、（一）1.', '市生态环境局', ''], ['二、（一）2.', '市生态环境局', ''], ['二、（一）3.', '市大数据中心', '市生态环境局'],
      ['二、（二）1.', '市住房和城乡建设局', ''], ['二、（二）2.', '市住房和城乡建设局', ''],
      ['二、（三）1.', '市农业农村局', ''], ['二、（三）2.', '市农业农村局', ''], ['二、（四）1.', '市商务局', ''],
    ]);
    assert.deepStrictEqual(found(fixture('16')), []);
    assert.deepStrictEqual(found(fixture('40')), []);
  });
  it('GW201 does not ask the items under a unit heading for units where their siblings name theirs', () => {
    const text = [
      '某市“无废城市”建设任务分工',
      '一、任务分工',
      '（一）市生态环境局：',
      '1.牵头统筹“无废城市”建设工作。',
      '2.负责危险废物环境监管。',
      '3.建设固体废物监管平台。（市大数据中心牵头，市生态环境局配合）',
      '4.开展无废细胞创建。（市生态环境局牵头，市商务局配合）',
      '（二）市住房和城乡建设局：',
      '1.负责建筑垃圾资源化利用。',
      '2.牵头推进生活垃圾分类。',
      '',
    ].join('\n');
    assert.deepStrictEqual(found(text), []);
    assert.deepStrictEqual(leads(text).map((t) => t[1]), ['市生态环境局', '市生态环境局', '市大数据中心', '市生态环境局', '市住房和城乡建设局', '市住房和城乡建设局']);
  });
  it('an edit that makes a list of unit headings one or undoes it gives the tasks a cold analysis gives, in the sections taken over too', () => {
    const text = ['某市创建工作职责分工', '（一）市委宣传部', '1.负责宣传报道。', '2.负责舆论引导。', '（二）工作要求', '各单位要按照分工抓好落实。', '（三）市文明办', '1.负责日常调度。', '2.负责督导检查。', ''].join('\n');
    const config = defaultConfig();
    const first = analyze(text, config);
    assert.strictEqual(first.doc.tasks.length, 4);
    // The first section is taken over (its closer, `（二）`, is as it was); the list then holds one unit heading.
    const sentence = text.replace('（三）市文明办', '（三）市文明办要加强统筹');
    const second = analyze(sentence, config, first.handover);
    assert.deepStrictEqual(modelOf(second), coldModel(sentence));
    assert.strictEqual(second.doc.tasks.length, 0);
    const third = analyze(text, config, second.handover);
    assert.deepStrictEqual(modelOf(third), coldModel(text));
    assert.strictEqual(third.doc.tasks.length, 4);
  });
  it('a heading that only starts with a unit (`（一）市委宣传部要加强……`), or names a kind of body (`（一）领导小组`), heads no unit\'s items', () => {
    for (const [a, b] of [['市委宣传部要加强宣传引导', '市文明办要加强统筹调度'], ['领导小组', '工作专班'], ['组织机构', '成员单位']]) {
      const text = ['某市创建工作方案', `（一）${a}`, '1.负责宣传报道。', '2.负责舆论引导。', `（二）${b}`, '1.负责日常调度。', '2.负责督导检查。', ''].join('\n');
      assert.deepStrictEqual(leads(text), [], a);
    }
  });
});
