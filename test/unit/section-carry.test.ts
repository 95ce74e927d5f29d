/**
 * Section-local rules (rule.ts `sections`): the findings of a section taken over whole from the
 * previous version are the previous ones, without looking at the section again; a section an edit
 * touched, or one made again at new lines, is checked again, and every lint still finds what a
 * cold one finds.
 */
import * as assert from 'assert';
import { analyze, AnalysisResult, defaultConfig, findRule, lint, Locale, parse } from '../../server/src/analysis';
import { Heading } from '../../server/src/analysis/model';
import { SectionLocal } from '../../server/src/analysis/rule';

/** Three sections whose `（一）`s each end unlike their siblings (GW110 below the top level). */
const PLAN = [
  '某某行动方案',
  '一、总体要求',
  '（一）指导思想',
  '（二）基本原则',
  '（三）工作目标。',
  '（四）实施范围',
  '二、重点任务',
  '（一）加强组织领导',
  '（二）完善制度建设',
  '（三）强化监督检查',
  '（四）开展专项整治。',
  '三、保障措施',
  '（一）加强宣传',
  '（二）强化考核',
  '（三）落实经费。',
  '（四）严格问责',
].join('\n');

const cold = (text: string) => JSON.parse(JSON.stringify(lint(parse(text), defaultConfig())));
const found = (r: AnalysisResult) => JSON.parse(JSON.stringify(r.findings));
const on = (r: AnalysisResult, id: string) => r.findings.filter((f) => f.rule === id).map((f) => f.range.start.line);

/** The heads of the sections `id`'s section-local part looks at while `run` runs. */
function sectionsChecked(id: string, run: () => void): string[] {
  const local = findRule(id)!.sections as SectionLocal;
  const real = local.check;
  const heads: string[] = [];
  local.check = (doc, section, ctx) => {
    heads.push((section.head as Heading).title);
    real(doc, section, ctx);
  };
  try {
    run();
  } finally {
    local.check = real;
  }
  return heads;
}

function edit(text: string, line: number, f: (s: string) => string): string {
  const lines = text.split('\n');
  lines[line] = f(lines[line]);
  return lines.join('\n');
}

describe('section-local findings carried per section', () => {
  it('GW110: a keystroke in one section checks that section alone, and finds what a cold lint finds', () => {
    const config = defaultConfig();
    let r: AnalysisResult | undefined;
    assert.deepStrictEqual(sectionsChecked('GW110', () => (r = analyze(PLAN, config))), ['总体要求', '重点任务', '保障措施']);
    assert.deepStrictEqual(on(r!, 'GW110'), [4, 10, 14]);
    // A 。 typed at the end of 二、's `（一）`: its section is checked again, the others are carried.
    const typed = edit(PLAN, 7, (s) => s + '。');
    let r2: AnalysisResult | undefined;
    assert.deepStrictEqual(sectionsChecked('GW110', () => (r2 = analyze(typed, config, r!.handover))), ['重点任务']);
    assert.deepStrictEqual(found(r2!), cold(typed));
    assert.deepStrictEqual(on(r2!, 'GW110'), [4, 14]);
    // The carried findings are the previous objects.
    assert.ok(r2!.findings.filter((f) => f.rule === 'GW110').every((f) => r!.findings.includes(f)));
    // And back: a keystroke elsewhere (a body line of 三、) checks 三、 alone again.
    const back = edit(typed, 7, (s) => s.slice(0, -1));
    let r3: AnalysisResult | undefined;
    assert.deepStrictEqual(sectionsChecked('GW110', () => (r3 = analyze(back, config, r2!.handover))), ['重点任务']);
    assert.deepStrictEqual(found(r3!), cold(back));
  });

  it('GW110: after a line added above, the sections below are checked again at their new lines; a config change checks every section', () => {
    const config = defaultConfig();
    const first = analyze(PLAN, config);
    const shifted = edit(PLAN, 0, (s) => s + '\n（征求意见稿）');
    let r: AnalysisResult | undefined;
    assert.deepStrictEqual(sectionsChecked('GW110', () => (r = analyze(shifted, config, first.handover))), ['总体要求', '重点任务', '保障措施']);
    assert.deepStrictEqual(found(r!), cold(shifted));
    assert.deepStrictEqual(on(r!, 'GW110'), [5, 11, 15]);
    // A keystroke in 一、 then: 二、 and 三、 are carried at their moved lines.
    const typed = edit(shifted, 3, (s) => s + '的');
    let r2: AnalysisResult | undefined;
    assert.deepStrictEqual(sectionsChecked('GW110', () => (r2 = analyze(typed, config, r!.handover))), ['总体要求']);
    assert.deepStrictEqual(found(r2!), cold(typed));
    // Findings are kept for the Config they were found under.
    const english = { ...defaultConfig(), locale: 'en' as Locale };
    let r3: AnalysisResult | undefined;
    assert.deepStrictEqual(sectionsChecked('GW110', () => (r3 = analyze(typed, english, r2!.handover))).length, 3);
    assert.deepStrictEqual(JSON.parse(JSON.stringify(r3!.findings)), JSON.parse(JSON.stringify(lint(parse(typed), english))));
  });

  it('GW104: an edit that changes the markers of one section checks that section alone (an unchanged numbering carries all)', () => {
    const config = defaultConfig();
    const text = ['某某行动方案', '一、甲', '（一）子', '二、乙', '1.项', '（二）子', '（三）子', '三、丙', '（一）子', '（二）子'].join('\n');
    let r: AnalysisResult | undefined;
    assert.deepStrictEqual(sectionsChecked('GW104', () => (r = analyze(text, config))), ['甲', '乙', '丙']);
    assert.deepStrictEqual(on(r!, 'GW104'), [4]);
    // 三、's （二） loses its marker: the numbering changed, in 三、 alone; 一、 is carried (二、, whose
    // `1.` beside `（二）` the structure scan asks about, is always read again, structure.ts).
    const broken = edit(text, 9, (s) => '的' + s);
    let r2: AnalysisResult | undefined;
    assert.deepStrictEqual(sectionsChecked('GW104', () => (r2 = analyze(broken, config, r!.handover))), ['乙', '丙']);
    assert.deepStrictEqual(found(r2!), cold(broken));
    assert.deepStrictEqual(on(r2!, 'GW104'), [4]);
    // 二、's `1.` made a `（一）`: 二、 is checked, and its finding is gone.
    const fixed = edit(broken, 4, () => '（一）项');
    let r3: AnalysisResult | undefined;
    assert.deepStrictEqual(sectionsChecked('GW104', () => (r3 = analyze(fixed, config, r2!.handover))), ['乙']);
    // Now 二、 is plain: a marker changed in 一、 checks 一、 alone.
    const again = edit(fixed, 2, (s) => '的' + s);
    let r4: AnalysisResult | undefined;
    assert.deepStrictEqual(sectionsChecked('GW104', () => (r4 = analyze(again, config, r3!.handover))), ['甲']);
    assert.deepStrictEqual(found(r4!), cold(again));
    assert.deepStrictEqual(found(r3!), cold(fixed));
    assert.deepStrictEqual(on(r3!, 'GW104'), []);
    // A keystroke in a title: the numbering is unchanged, the rule is not run at all.
    const typed = edit(again, 1, (s) => s + '的');
    let r5: AnalysisResult | undefined;
    assert.deepStrictEqual(sectionsChecked('GW104', () => (r5 = analyze(typed, config, r4!.handover))), []);
    // Its findings per section are still handed on: the next change of the numbering, in 三、, checks
    // 三、 and 一、 (made again by that keystroke, its findings carried whole), not 二、.
    const later = edit(typed, 8, (s) => '的' + s);
    let r6: AnalysisResult | undefined;
    assert.deepStrictEqual(sectionsChecked('GW104', () => (r6 = analyze(later, config, r5!.handover))), ['甲的', '丙']);
    assert.deepStrictEqual(found(r6!), cold(later));
  });

  it('GW113: an edit in one section checks its labels alone; the series above the first heading, and a section closed elsewhere, as a cold lint finds them', () => {
    const config = defaultConfig();
    const text = [
      '某某督查工作方案',
      '第一批：重点行业企业。',
      '第二批：一般企业。',
      '第四批：其他单位。',
      '一、督查安排',
      '第一督查组：负责甲地。',
      '第二督查组：负责乙地。',
      '第三督查组：负责丙地。',
      '二、时间安排',
      '第一阶段：动员部署。',
      '第二阶段：自查自纠。',
      '（一）自查要求',
      '第四阶段：整改落实。',
      '三、工作要求',
      '第一天：集中培训。',
      '第二天：现场检查。',
      '第二天：总结反馈。',
    ].join('\n');
    let r: AnalysisResult | undefined;
    assert.deepStrictEqual(sectionsChecked('GW113', () => (r = analyze(text, config))), ['督查安排', '时间安排', '工作要求']);
    // The series above the first heading, one that runs on past a heading under its own, one up to the text's end.
    assert.deepStrictEqual(on(r!, 'GW113'), [3, 12, 16]);
    assert.deepStrictEqual(found(r!), cold(text));
    // 二、's 第四阶段 made 第三阶段: 二、 alone is checked, 三、's finding is the previous object.
    const fixed = edit(text, 12, (s) => s.replace('四', '三'));
    let r2: AnalysisResult | undefined;
    assert.deepStrictEqual(sectionsChecked('GW113', () => (r2 = analyze(fixed, config, r!.handover))), ['时间安排']);
    assert.deepStrictEqual(found(r2!), cold(fixed));
    assert.deepStrictEqual(on(r2!, 'GW113'), [3, 16]);
    assert.ok(r!.findings.includes(r2!.findings.find((f) => f.rule === 'GW113' && f.range.start.line === 16)!));
    // A slip in 一、: 一、 alone.
    const slipped = edit(fixed, 7, (s) => s.replace('三', '五'));
    let r3: AnalysisResult | undefined;
    assert.deepStrictEqual(sectionsChecked('GW113', () => (r3 = analyze(slipped, config, r2!.handover))), ['督查安排']);
    assert.deepStrictEqual(found(r3!), cold(slipped));
    assert.deepStrictEqual(on(r3!, 'GW113'), [3, 7, 16]);
    // The series above the first heading mended: no section is looked at again.
    const mended = edit(slipped, 3, (s) => s.replace('四', '三'));
    let r4: AnalysisResult | undefined;
    assert.deepStrictEqual(sectionsChecked('GW113', () => (r4 = analyze(mended, config, r3!.handover))), []);
    assert.deepStrictEqual(found(r4!), cold(mended));
    assert.deepStrictEqual(on(r4!, 'GW113'), [7, 16]);
    // 三、 made a body line: 二、 now runs to the text's end, its 阶段 series on through the line that closed it.
    const merged = edit(mended, 13, () => '第三阶段：总结提高。');
    let r5: AnalysisResult | undefined;
    assert.deepStrictEqual(sectionsChecked('GW113', () => (r5 = analyze(merged, config, r4!.handover))), ['时间安排']);
    assert.deepStrictEqual(found(r5!), cold(merged));
    assert.deepStrictEqual(on(r5!, 'GW113'), [7, 13, 16]);
  });

  it('GW107: whether any heading is an article is kept per section, and asked again of the sections an edit made again', () => {
    const config = defaultConfig();
    const text = ['某某管理办法', '第一章　总则', '为了规范管理，制定本办法。', '第二章　管理', '各部门负责本部门的管理。', '办公室负责统筹协调。', '第三章　附则', '本办法自印发之日起施行。'].join('\n');
    const r = analyze(text, config);
    assert.deepStrictEqual(on(r, 'GW107'), []);
    // Articles written into 第二章, one at a time: the second skips a number.
    const one = edit(text, 4, (s) => '第一条　' + s);
    const r2 = analyze(one, config, r.handover);
    assert.deepStrictEqual(found(r2), cold(one));
    const two = edit(one, 5, (s) => '第三条　' + s);
    const r3 = analyze(two, config, r2.handover);
    assert.deepStrictEqual(found(r3), cold(two));
    assert.deepStrictEqual(on(r3, 'GW107'), [5]);
    // A keystroke in 第一章 (第二章 taken over with its answer), then the skip mended in 第二章.
    const typed = edit(two, 2, (s) => s + '的');
    const r4 = analyze(typed, config, r3.handover);
    assert.deepStrictEqual(found(r4), cold(typed));
    assert.deepStrictEqual(on(r4, 'GW107'), [5]);
    const mended = edit(typed, 5, (s) => s.replace('第三条', '第二条'));
    const r5 = analyze(mended, config, r4.handover);
    assert.deepStrictEqual(found(r5), cold(mended));
    assert.deepStrictEqual(on(r5, 'GW107'), []);
    // A 第一章 whose 第一条 comes after 第二章's: the answer of the first section with articles is read.
    const before = edit(mended, 2, () => '第一条　为了规范管理，制定本办法。');
    const r6 = analyze(before, config, r5.handover);
    assert.deepStrictEqual(found(r6), cold(before));
    assert.ok(on(r6, 'GW107').length > 0);
  });
});
