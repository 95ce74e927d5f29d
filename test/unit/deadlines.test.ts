import * as assert from 'assert';
import { analyze, fixAll, Finding, parse } from '../../server/src/analysis';
import { deadlineInText, parseUnits } from '../../server/src/analysis/annotations';
import { buildLedger } from '../../server/src/analysis/ledger';

const lines = (...l: string[]) => l.join('\n') + '\n';
const plan = (...items: string[]) => lines('关于印发某某工作方案的通知', '', '一、重点任务', ...items);

function findings(text: string, rule?: string): Finding[] {
  return analyze(text).findings.filter((f) => !rule || f.rule === rule);
}
function ledger(text: string): Array<[string, string[], string | null]> {
  return buildLedger(parse(text), 'plan.txt').tasks.map((t) => [t.title, t.lead, t.deadline]);
}

describe('task deadlines', () => {
  describe('the reader', () => {
    it('reads a deadline beside the units in every form drafters write it, as written', () => {
      for (const deadline of [
        '2025.9.30前完成',
        '2025/9/30前完成',
        '2025-09-30前完成',
        '2025.9',
        '2025年9月30日前完成',
        '9月30日前完成',
        '9月30号前完成',
        '二〇二五年九月底前完成',
        '二○二五年十二月三十一日前',
        '九月底前',
        '即日起',
        '自即日起至2025年底',
        '2025年3月—6月',
        '2025.3—2025.6',
        '长期坚持',
        '持续推进',
        '每季度',
      ]) {
        const p = parseUnits(`市甲局牵头，市乙局配合，${deadline}`);
        assert.ok(p, deadline);
        assert.deepStrictEqual(p.units.map((u) => [u.name, u.role]), [['市甲局', 'lead'], ['市乙局', 'coop']], deadline);
        assert.strictEqual(p.deadline, deadline);
      }
    });

    it('reads a deadline with its weekday in brackets, a time of day, or counted from the next month or year', () => {
      for (const deadline of [
        '6月30日（星期一）前完成',
        '6月30日(周一)前完成',
        '2025年6月30日（星期一）前',
        '6月30日（周一）17时前',
        '2025年9月8日下班前报送',
        '9月8日下午5点前',
        '每周五17时前',
        '每周五17:00前报送',
        '周五前报送',
        '次月5日前',
        '次年1月10日前',
      ]) {
        const p = parseUnits(`市甲局牵头，市乙局配合；${deadline}`);
        assert.ok(p, deadline);
        assert.deepStrictEqual(p.units.map((u) => [u.name, u.role]), [['市甲局', 'lead'], ['市乙局', 'coop']], deadline);
        assert.strictEqual(p.deadline, deadline);
      }
      // As a task's annotation, GW201 asks nothing of the task.
      const text = plan(
        '（一）加强财政资金监管。（市财政局牵头，市审计局配合；6月30日（星期一）前完成）',
        '（二）报送统计报表。（办公室负责，2025年9月8日下班前报送）',
        '（三）报送工作进展。（市财政局负责，次月5日前）',
        '（四）做好审计整改工作。（市审计局负责）',
      );
      assert.deepStrictEqual(findings(text), []);
      assert.deepStrictEqual(ledger(text).map((t) => t[2]), ['6月30日（星期一）前完成', '2025年9月8日下班前报送', '次月5日前', null]);
      // `每周一次` stays a rhythm, a weekday's span no deadline.
      assert.strictEqual(parseUnits('市甲局负责，每周一次')?.deadline, '每周一次');
      assert.strictEqual(parseUnits('市甲局负责，周一至周五')?.deadline, null);
    });

    it('reads a day in Chinese numerals after a month counted in (次月五日前, 每月十日前, 下月五日前)', () => {
      for (const deadline of ['次月五日前', '下月五日前', '本月二十日前', '每月十日前报送']) {
        const p = parseUnits(`市甲局、市乙局，${deadline}`);
        assert.ok(p, deadline);
        assert.deepStrictEqual(p.units.map((u) => u.name), ['市甲局', '市乙局'], deadline);
        assert.strictEqual(p.deadline, deadline);
      }
      const text = plan(
        '（一）报送统计数据。（市统计局、市财政局，次月五日前）',
        '（二）开展数据核查。（市统计局，下月五日前）',
        '（三）做好审计整改工作。（市审计局负责）',
      );
      assert.deepStrictEqual(findings(text), []);
      assert.deepStrictEqual(ledger(text), [
        ['报送统计数据', ['市统计局'], '次月五日前'],
        ['开展数据核查', ['市统计局'], '下月五日前'],
        ['做好审计整改工作', ['市审计局'], null],
      ]);
      // A day alone in Chinese numerals is no deadline (`五日` may be a span).
      assert.strictEqual(parseUnits('市甲局负责，五日前')?.deadline ?? null, null);
    });

    it('reads a year said relative to the document`s (今年底前, 明年6月底前, 本年度内) beside the units and where a task starts', () => {
      for (const deadline of ['今年底前', '明年6月底前', '本年度内', '今年上半年', '今年第三季度']) {
        const p = parseUnits(`市甲局、市乙局，${deadline}`);
        assert.ok(p, deadline);
        assert.deepStrictEqual(p.units.map((u) => u.name), ['市甲局', '市乙局'], deadline);
        assert.strictEqual(p.deadline, deadline);
      }
      const text = plan(
        '（一）开展培训。（市人社局，今年底前）',
        '（二）今年底前完成老旧小区改造。（市住建局）',
        '（三）完善机制。今年底前出台实施细则。（市司法局）',
        '（四）做好审计整改工作。（市审计局负责）',
      );
      // Before, the first bracket was no annotation: GW201 asked the task for its units.
      assert.deepStrictEqual(findings(text), []);
      assert.deepStrictEqual(ledger(text), [
        ['开展培训', ['市人社局'], '今年底前'],
        ['完成老旧小区改造', ['市住建局'], '今年底前'],
        ['完善机制', ['市司法局'], '今年底前'],
        ['做好审计整改工作', ['市审计局'], null],
      ]);
    });

    it('shows the deadline per task in the ledger, from a bracket, a label or where the task starts', () => {
      const text = plan(
        '（一）完善制度。制定办法。（办公室负责，2025.9.30前完成）',
        '（二）开展培训。组织培训。（人事处负责；2025/10/31前）',
        '（三）建立台账。（责任单位：财务科；完成时限：2025-11-30）',
        '（四）2025.12.31前，完成系统验收。（信息科负责）',
        '（五）开展巡查。（巡查办负责）（2025.8）',
        '（六）审议报告。（法制科负责，二〇二五年九月底前完成）',
        '（七）报送总结。（综合科负责，9月30号前）',
        '（八）整治环境。（城管科负责，即日起）',
        '（九）二〇二五年九月底前，完成制度修订。（办公室负责）',
        '（十）九月底前，完成人员培训。（人事处负责）',
      );
      assert.deepStrictEqual(ledger(text), [
        ['完善制度', ['办公室'], '2025.9.30前完成'],
        ['开展培训', ['人事处'], '2025/10/31前'],
        ['建立台账', ['财务科'], '2025-11-30'],
        ['完成系统验收', ['信息科'], '2025.12.31前'],
        ['开展巡查', ['巡查办'], '2025.8'],
        ['审议报告', ['法制科'], '二〇二五年九月底前完成'],
        ['报送总结', ['综合科'], '9月30号前'],
        ['整治环境', ['城管科'], '即日起'],
        ['完成制度修订', ['办公室'], '二〇二五年九月底前'],
        ['完成人员培训', ['人事处'], '九月底前'],
      ]);
    });

    it('gives a stage\'s time in brackets ending its title to the tasks under it that say none', () => {
      const text = lines(
        '关于印发某某专项行动方案的通知',
        '',
        '一、重点任务',
        '（一）整理档案。清点库存卷宗。（档案室负责，2025年5月底前）',
        '（二）修订规程（试行）。完善借阅规程。（综合科负责）',
        '二、实施步骤',
        '（一）准备阶段（2025年3月底前）',
        '1.拟定细则。（办公室负责）',
        '2.组织培训。（人事科负责，3月15日前）',
        '3.排查设备。',
        '（二）推进阶段（2025年4月—9月）。各科室分头推进。（各科室负责）',
        '（三）验收阶段。组织验收。（督查室负责）',
      );
      const rows = buildLedger(parse(text), 'plan.txt').tasks.map((t) => [t.path, t.title, t.deadline]);
      assert.deepStrictEqual(rows, [
        ['一、（一）', '整理档案', '2025年5月底前'],
        // A bracket that is no time is the title's.
        ['一、（二）', '修订规程（试行）', null],
        // The stage's time, where the task says none of its own.
        ['二、（一）1.', '拟定细则', '2025年3月底前'],
        ['二、（一）2.', '组织培训', '3月15日前'],
        // A task that names no units yet (a row with no units) is in its stage too.
        ['二、（一）3.', '排查设备', '2025年3月底前'],
        // A stage that is a task itself: its time, out of its title.
        ['二、（二）', '推进阶段', '2025年4月—9月'],
        ['二、（三）', '验收阶段', null],
      ]);
    });

    it('reads a completion time the task states in a clause of its own, and no time that is what the task is about', () => {
      const text = plan(
        '（一）推进数据共享。整合各部门数据资源，2025年6月底前完成平台迁移。（市数据局牵头）',
        '（二）完善制度。研究起草配套文件。2025年底前出台实施细则。（市司法局负责）',
        '（三）推进改造。加快老旧小区改造，力争于2025年9月底前全面完成。（市住建局牵头）',
        '（四）扩大覆盖。到2025年，全市覆盖率达到90%。（市卫健委牵头）',
        '（五）巩固成果。2024年以来累计建成站点120个，自2025年1月1日起施行新标准。（市商务局负责）',
        '（六）分步推开。选取3个县开展试点，2025年6月底前完成试点，2025年12月底前全面推开。（市发改委牵头）',
        '（七）清理存量。对2024年底前建成的项目开展复核，2023年底前已完成改造的不再纳入。（市审计局负责）',
        '（八）统筹推进。各地要在2025年10月底前完成摸底，春节前后开展走访。（市民政局牵头）',
        '（九）压实责任。2025年底前完成验收。（市农业农村局牵头，2026年3月底前）',
        '（十）开展评估。对试点情况进行评估，2025年12月底前提交评估报告。',
      );
      const rows = buildLedger(parse(text), 'plan.txt').tasks.map((t) => [t.path, t.deadline]);
      assert.deepStrictEqual(rows, [
        ['一、（一）', '2025年6月底前'],
        ['一、（二）', '2025年底前'],
        ['一、（三）', '2025年9月底前'],
        // A target year, a time since, a date from which: what the task is about, no deadline.
        ['一、（四）', null],
        ['一、（五）', null],
        // Phases: the last time said, when the whole task is done.
        ['一、（六）', '2025年12月底前'],
        // A time that qualifies a thing, or says what is done already.
        ['一、（七）', null],
        // After 要在; a span around a feast (春节前后) is none.
        ['一、（八）', '2025年10月底前'],
        // The annotation's deadline keeps its priority.
        ['一、（九）', '2026年3月底前'],
        // A task that names no units yet.
        ['一、（十）', '2025年12月底前'],
      ]);
    });

    it('reads a time said without 前 right before 完成 (年内完成, 上半年完成, 2025年6月底完成) as the task\'s completion time, not a target, an amount or what is done already', () => {
      const text = plan(
        '（一）开展培训。（市人社局，年内完成）',
        '（二）上半年完成老旧小区改造。（市住建局）',
        '（三）完善机制。2025年6月底完成实施细则修订。（市司法局）',
        '（四）推进数据共享，2025年底完成平台迁移。（市数据局）',
        '（五）提升覆盖率。到2025年底，覆盖率达到90%。（市卫生健康委）',
        '（六）做好审计整改工作。（市审计局，2025年6月底完成）',
      );
      assert.deepStrictEqual(findings(text), []);
      assert.deepStrictEqual(ledger(text), [
        ['开展培训', ['市人社局'], '年内完成'],
        ['完成老旧小区改造', ['市住建局'], '上半年'],
        ['完善机制', ['市司法局'], '2025年6月底'],
        ['推进数据共享，2025年底完成平台迁移', ['市数据局'], '2025年底'],
        ['提升覆盖率', ['市卫生健康委'], null],
        ['做好审计整改工作', ['市审计局'], '2025年6月底完成'],
      ]);
      for (const [said, deadline] of [
        ['2025年6月底完成平台迁移', '2025年6月底'],
        ['力争年内全面完成', '年内'],
        ['该项工作于2025年9月底完成', '2025年9月底'],
        ['该项目已于2024年底完成', null],
        ['2024年底完成了首批试点', null],
        ['2024年底完成的项目纳入考核', null],
        ['全年完成投资50亿元', null],
        ['年内完成率达到90%', null],
        ['5日完成整改', null],
      ] as Array<[string, string | null]>) assert.strictEqual(deadlineInText(said), deadline, said);
    });

    it('reads in a task\'s text no date in figures, no day alone and no time the clause does not state as due', () => {
      for (const [text, deadline] of [
        ['2025.6.30前完成平台迁移', null],
        ['5日前收到通知后立即整改', null],
        ['截至2025年6月底前累计完成', null],
        ['按照2025年底前出台细则的要求推进', null],
        ['以上工作要在2019年2月底前完成', '2019年2月底前'],
        ['该项工作于二〇二五年四月底前完成', '二〇二五年四月底前'],
        ['对于2025年底前完成', null],
        ['2025年汛期前完成排查', '2025年汛期前'],
      ] as Array<[string, string | null]>) assert.strictEqual(deadlineInText(text), deadline, text);
    });

    it('reads no amount, decimal or span of years as a date in figures', () => {
      // `2025.5万元` is an amount, `2025-2027年` a span of years, `2025.13` no month: not units, not a deadline.
      assert.strictEqual(parseUnits('市甲局负责，2025.5万元'), null);
      assert.strictEqual(parseUnits('市甲局负责，2025-2027年')?.deadline, '2025-2027年');
      assert.strictEqual(parseUnits('市甲局负责，2025.13'), null);
      assert.strictEqual(parseUnits('市甲局负责，2025.9.300'), null);
    });
  });

  describe('GW304 deadline-date-format', () => {
    it('finds a deadline’s date in figures and writes it with 年月日, changing only the date', () => {
      const text = plan(
        '（一）完善制度。制定办法。（办公室负责，2025.9.30前完成）',
        '（二）开展培训。组织培训。（人事处负责，2025/9/30前完成）',
        '（三）建立平台。建设平台。（信息中心负责，2025-09-30前完成）',
        '（四）强化宣传。开展宣传。（宣传处负责，2025.9）',
      );
      const found = findings(text, 'GW304');
      assert.deepStrictEqual(found.map((f) => [f.range.start.line, f.severity]), [[3, 'info'], [4, 'info'], [5, 'info'], [6, 'info']]);
      assert.match(found[0].message, /2025年9月30日/);
      const [first] = found;
      assert.strictEqual(text.split('\n')[3].slice(first.range.start.character, first.range.end.character), '2025.9.30');
      assert.ok(first.fixes?.[0]?.safe);
      assert.strictEqual(
        fixAll(text).text,
        plan(
          '（一）完善制度。制定办法。（办公室负责，2025年9月30日前完成）',
          '（二）开展培训。组织培训。（人事处负责，2025年9月30日前完成）',
          '（三）建立平台。建设平台。（信息中心负责，2025年9月30日前完成）',
          '（四）强化宣传。开展宣传。（宣传处负责，2025年9月）',
        ),
      );
    });

    it('fixes a deadline after a label, in a bracket of its own, at a task’s start, and both ends of a span', () => {
      const text = plan(
        '（一）建立台账。（责任单位：财务科；完成时限：2025-11-30）',
        '（二）开展巡查。（巡查办负责）（2025.8）',
        '（三）2025.12.31前，完成系统验收。（信息科负责）',
        '（四）开展试点。（改革办负责，2025.3—2025.6）',
        '（五）开展培训。（2025/10/31前完成）',
        '（六）推广经验。（推广办负责，2025.7-2025.12）',
        '（七）修订制度。修订议事规则。（办公室负责）',
        '完成时限：2026.1.15前',
      );
      assert.strictEqual(
        fixAll(text).text,
        plan(
          '（一）建立台账。（责任单位：财务科；完成时限：2025年11月30日）',
          '（二）开展巡查。（巡查办负责）（2025年8月）',
          '（三）2025年12月31日前，完成系统验收。（信息科负责）',
          '（四）开展试点。（改革办负责，2025年3月—2025年6月）',
          '（五）开展培训。（2025年10月31日前完成）',
          '（六）推广经验。（推广办负责，2025年7月-2025年12月）',
          '（七）修订制度。修订议事规则。（办公室负责）',
          '完成时限：2026年1月15日前',
        ),
      );
    });

    it('leaves a 文号, a standard’s number, a decimal, a version and a date in the text alone', () => {
      const text = plan(
        '（一）修订模板。按照GB/T 9704-2012修订，依据某发〔2025〕9号文件，投入1.5亿元，升级到V2.0版本，2024.3.5召开的会议已部署。（标准处负责，2025.9.30前完成）',
        '（二）核算数据。按2025.9前报送的数据核算。（统计科负责，2025.9）',
      );
      const found = findings(text, 'GW304');
      const rows = text.split('\n');
      assert.deepStrictEqual(
        found.map((f) => rows[f.range.start.line].slice(f.range.start.character, f.range.end.character)),
        ['2025.9.30', '2025.9'],
      );
      // The second is the bracket's, not the sentence's `2025.9前报送`.
      assert.ok(found[1].range.start.character > rows[4].indexOf('（统计科'));
    });

    it('offers no fix for a labelled deadline whose day the month has not (GW305 warns of it)', () => {
      const text = plan(
        '（一）建立台账。（责任单位：财务科；完成时限：2025.2.30）',
        '（二）完善制度。（责任单位：办公室；完成时限：2025/4/31）',
        '（三）开展培训。（责任单位：人事处；完成时限：2025.9.30）',
      );
      const rows = text.split('\n');
      assert.deepStrictEqual(
        findings(text, 'GW304').map((f) => rows[f.range.start.line].slice(f.range.start.character, f.range.end.character)),
        ['2025.9.30'],
      );
      assert.ok(fixAll(text).text.includes('完成时限：2025.2.30）') && fixAll(text).text.includes('完成时限：2025/4/31）'));
    });

    it('leaves deadlines written with 年月日 or in Chinese numerals alone, and dates outside tasks', () => {
      const text = plan(
        '（一）完善制度。（办公室负责，2025年9月30日前完成）',
        '（二）审议报告。（法制科负责，二〇二五年九月底前完成）',
        '（三）报送总结。（综合科负责，9月30号前）',
        '（四）整治环境。（城管科负责，即日起至2025年底）',
      );
      assert.deepStrictEqual(findings(text, 'GW304'), []);
      assert.deepStrictEqual(findings('会议于2025.9.30召开，议定以下事项。\n', 'GW304'), []);
    });
  });
  describe('without a year, with mixed separators, in full-width figures, over a line end', () => {
    it('reads a month and a day before 前, mixed separators and full-width figures, as written', () => {
      for (const deadline of [
        '9.30前完成',
        '9/30前',
        '10.15日前',
        '12.31以前完成',
        '2.29前',
        '2025.9/30前完成',
        '2025-9.30前完成',
        '2025/9.30',
        '２０２５．９．３０前完成',
        '２０２５年９月３０日前完成',
        '2025／9／30前完成',
        '９．３０前完成',
      ]) {
        const p = parseUnits(`市甲局牵头，市乙局配合，${deadline}`);
        assert.ok(p, deadline);
        assert.deepStrictEqual(p.units.map((u) => [u.name, u.role]), [['市甲局', 'lead'], ['市乙局', 'coop']], deadline);
        assert.strictEqual(p.deadline, deadline);
      }
    });

    it('reads no day the month has not, no decimal, and no month span as a day', () => {
      // `2.30`, `4.31`, `2025.2.30` are no dates; `9.30` without 前 may be an amount or a version;
      // `2025.3-12` is March to December, not 12 March.
      for (const text of ['2025.2.30', '9.30', '9.30万元', '2025.3-12']) {
        assert.strictEqual(parseUnits(`市甲局负责，${text}`)?.deadline ?? null, null, text);
      }
      // Before 前 after the units, it is the deadline the drafter wrote: kept as written for the ledger
      // (GW305 says the date does not exist, GW304 writes no 年月日 for it).
      for (const text of ['2.30前完成', '4.31前', '13.5前完成', '2025.4.31前完成', '0.5前']) {
        assert.strictEqual(parseUnits(`市甲局负责，${text}`)?.deadline ?? null, text, text);
      }
    });

    it('still reads the units before a deadline whose day the month has not (no false GW201)', () => {
      for (const text of ['2.30前完成', '13.5前完成', '2025.2.30前完成', '4.31前']) {
        const p = parseUnits(`市甲局负责，${text}`);
        assert.deepStrictEqual(p?.units.map((u) => u.name), ['市甲局'], text);
        assert.strictEqual(p?.deadline ?? null, text, text);
      }
      const text = plan(
        '（一）加强领导。（办公室负责，2025年6月底前完成）',
        '（二）完善制度。（财务处负责，13.5前完成）',
        '（三）强化督查。（督查室负责，2025年9月底前完成）',
        '（四）推进改革。（人事处负责，2.30前完成）',
      );
      assert.deepStrictEqual(findings(text, 'GW201'), []);
      assert.deepStrictEqual(ledger(text).map(([title, lead, deadline]) => [lead, deadline]), [
        [['办公室'], '2025年6月底前完成'],
        [['财务处'], '13.5前完成'],
        [['督查室'], '2025年9月底前完成'],
        [['人事处'], '2.30前完成'],
      ]);
      assert.deepStrictEqual(findings(text, 'GW305').map((f) => f.range.start.line), [4, 6]);
      assert.deepStrictEqual(findings(text, 'GW304'), []);
    });

    it('shows them in the ledger, and a deadline a hard-wrapped copy breaks over a line end', () => {
      const text = plan(
        '（一）完善制度。制定办法。（办公室负责，9.30前完成）',
        '（二）开展培训。组织培训。（人事处负责，9/30前）',
        '（三）建立台账。（财务科负责，10.15日前）',
        '（四）报送数据。（统计科负责，每月5日前）',
        '（五）开展评估。（评估办负责，每季度末）',
        '（六）建设平台。（信息科负责，2025.9/30前完成）',
        '（七）修订规则。（法制科负责，２０２５．９．３０前完成）',
        '（八）推广经验。（市发改委牵头，2025年',
        '12月底前完成）',
        '（九）开展巡查。（巡查办负责）（9.30前完成）',
        '（十）9.30前，完成系统验收。（信息科负责）',
      );
      assert.deepStrictEqual(ledger(text), [
        ['完善制度', ['办公室'], '9.30前完成'],
        ['开展培训', ['人事处'], '9/30前'],
        ['建立台账', ['财务科'], '10.15日前'],
        ['报送数据', ['统计科'], '每月5日前'],
        ['开展评估', ['评估办'], '每季度末'],
        ['建设平台', ['信息科'], '2025.9/30前完成'],
        ['修订规则', ['法制科'], '２０２５．９．３０前完成'],
        ['推广经验', ['市发改委'], '2025年12月底前完成'],
        ['开展巡查', ['巡查办'], '9.30前完成'],
        ['完成系统验收', ['信息科'], '9.30前'],
      ]);
    });

    it('GW304 writes them with 年月日, only where the date is certain, keeping the figures as written', () => {
      const text = plan(
        '（一）完善制度。制定办法。（办公室负责，9.30前完成）',
        '（二）开展培训。组织培训。（人事处负责，09/05前）',
        '（三）建立台账。（财务科负责，10.15日前）',
        '（四）建设平台。（信息科负责，2025.9/30前完成）',
        '（五）开展巡查。（巡查办负责，2025-9.30前完成）',
        '（六）修订规则。（法制科负责，２０２５．０９．３０前完成）',
        '（七）统筹推进。（综合科负责，2025／9／30前完成）',
        '（八）开展评估。（评估办负责，2.30前完成）',
        '（九）核算数据。按9.30前报送的数据核算。（统计科负责）',
      );
      const rows = text.split('\n');
      const found = findings(text, 'GW304');
      assert.deepStrictEqual(
        found.map((f) => rows[f.range.start.line].slice(f.range.start.character, f.range.end.character)),
        ['9.30', '09/05', '10.15日', '2025.9/30', '2025-9.30', '２０２５．０９．３０', '2025／9／30'],
      );
      assert.ok(found.every((f) => f.fixes?.[0]?.safe));
      assert.strictEqual(
        fixAll(text).text,
        plan(
          '（一）完善制度。制定办法。（办公室负责，9月30日前完成）',
          '（二）开展培训。组织培训。（人事处负责，9月5日前）',
          '（三）建立台账。（财务科负责，10月15日前）',
          '（四）建设平台。（信息科负责，2025年9月30日前完成）',
          '（五）开展巡查。（巡查办负责，2025年9月30日前完成）',
          '（六）修订规则。（法制科负责，２０２５年９月３０日前完成）',
          '（七）统筹推进。（综合科负责，2025年9月30日前完成）',
          '（八）开展评估。（评估办负责，2.30前完成）',
          '（九）核算数据。按9.30前报送的数据核算。（统计科负责）',
        ),
      );
    });

    it('reads every valid month and day without a year, and none the month has not (random)', () => {
      const days = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
      let seed = 7;
      const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
      for (let run = 0; run < 300; run++) {
        const month = 1 + next(12);
        const day = 1 + next(31);
        const sep = ['.', '/', '．', '／'][next(4)];
        const wide = next(2) === 1;
        const fig = (n: number) => (wide ? String(n).replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d))) : String(n));
        const date = `${fig(month)}${sep}${fig(day)}`;
        const deadline = `${date}${['前', '日前', '以前完成', '前完成'][next(4)]}`;
        const valid = day <= days[month];
        const p = parseUnits(`市甲局牵头，${deadline}`);
        // A day the month has not is kept as written (no 年月日 is written for it below).
        assert.strictEqual(p?.deadline ?? null, deadline, deadline);
        const line = `（一）完善制度。（办公室负责，${deadline}）`;
        const fixed = fixAll(plan(line)).text;
        const wrote = fixed.split('\n')[3];
        if (!valid) assert.strictEqual(wrote, line, deadline);
        else assert.ok(wrote.includes(`${fig(month)}月${fig(day)}日`) && !wrote.includes(date), `${deadline} → ${wrote}`);
      }
    });
  });
});
