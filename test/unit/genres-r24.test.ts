import * as assert from 'assert';
import { analyze, defaultConfig, lint, parse } from '../../server/src/analysis';
import { buildLedger } from '../../server/src/analysis/ledger';

describe('genres probed in round 24', () => {
  it('a 交办单 copied with a blank line after each field: its label lines are the task the `交办事项：` line names', () => {
    const text = [
      '某县重点工作任务交办单',
      '',
      '交办事项：推进高标准农田建设，完成年度建设任务。',
      '',
      '牵头单位：县农业农村局',
      '配合单位：县财政局、县水利局',
      '办结时限：2025年10月31日前',
      '',
      '办理要求：承办单位须每月5日前报送工作进展。',
      '',
    ].join('\n');
    const doc = parse(text);
    assert.deepStrictEqual(
      doc.tasks.map((t) => [t.title, t.lead, t.coop, t.deadline]),
      [['推进高标准农田建设，完成年度建设任务', ['县农业农村局'], ['县财政局', '县水利局'], '2025年10月31日前']],
    );
    // A second run of label lines after a blank line takes no title from the first run's 交办事项.
    const two = parse(['交办事项：甲事项', '牵头单位：县甲局', '', '牵头单位：县乙局', '配合单位：县丙局', ''].join('\n'));
    assert.deepStrictEqual(two.tasks.map((t) => [t.title, t.lead]).filter((t) => t[0] === '甲事项'), [['甲事项', ['县甲局']]]);
  });
  it('a slip in a table\'s unit cell is GW207\'s alone, not also GW208\'s; in a cell\'s running text GW208\'s', () => {
    const table = (pipes: boolean) => {
      const row = (cells: string[]) => (pipes ? `| ${cells.join(' | ')} |` : cells.join('\t'));
      return [
        '某市重点任务清单',
        '',
        row(['序号', '任务', '牵头单位', '配合单位', '完成时限']),
        ...(pipes ? ['|---|---|---|---|---|'] : []),
        row(['1', '推进甲改革', '市发展改革委', '市财政局', '2025年6月底前']),
        row(['2', '推进乙改革', '市发展改革委', '市财政局', '2025年9月底前']),
        row(['3', '推进丙改革', '市财政局', '市发展改革委', '2025年9月底前']),
        row(['4', '推进丁改革', '市发展改委', '市财政局', '2025年12月底前']),
        '',
        '各牵头单位每季度末将进展报市发展改委汇总。',
        '',
      ].join('\n');
    };
    for (const text of [table(true), table(false)]) {
      const found = lint(parse(text)).filter((f) => f.rule === 'GW207' || f.rule === 'GW208');
      assert.deepStrictEqual(
        found.map((f) => [f.rule, f.range.start.line]),
        [
          ['GW207', text.split('\n').findIndex((l) => l.includes('推进丁改革'))],
          ['GW208', text.split('\n').findIndex((l) => l.includes('汇总'))],
        ],
        text,
      );
    }
  });
  it('a span of months across years (`2025年4月—2026年12月`) is a time: a 三年行动\'s stages and a task\'s deadline', () => {
    const text = [
      '某区安全生产治本攻坚三年行动方案',
      '一、实施步骤',
      '（一）动员部署阶段（2025年3月）',
      '制定实施方案，广泛宣传动员。',
      '（二）排查整治阶段（2025年4月—2026年12月）',
      '全面排查重大事故隐患。',
      '（三）巩固提升阶段（2027年1月至2027年11月）',
      '总结推广经验做法。',
      '二、主要任务',
      '（一）开展隐患排查。（区应急管理局牵头，区住房城乡建设局配合；2025年4月—2026年6月）',
      '（二）开展执法检查。（区应急管理局牵头；2025年底前）',
      '',
    ].join('\n');
    const doc = analyze(text, defaultConfig()).doc;
    assert.deepStrictEqual(
      buildLedger(doc, 'x').tasks.map((t) => [t.path, t.deadline]),
      [
        ['一、（一）', '2025年3月'],
        ['一、（二）', '2025年4月—2026年12月'],
        ['一、（三）', '2027年1月至2027年11月'],
        ['二、（一）', '2025年4月—2026年6月'],
        ['二、（二）', '2025年底前'],
      ],
    );
  });
  it('GW204: one unit listed twice in one annotation under its short and its full name; not a renamed body beside its old name', () => {
    const text = [
      '某市重点任务清单',
      '序号\t重点任务\t牵头单位\t配合单位\t完成时限',
      '1\t完善人才服务\t市人社局\t市委人才办、市人力资源社会保障局\t2025年12月底前',
      '2\t推进交通建设\t市交通局\t市财政局\t2025年12月底前',
      '3\t推进公共数据开放\t市大数据管理局\t市数据局\t2025年12月底前',
      '4\t推进政务服务\t县政府\t县人民政府办公室\t2025年12月底前',
      '',
      '一、任务',
      '（一）推进甲事项。（县人民政府牵头，县政府、县财政局配合）',
      '（二）推进乙事项。（市交通运输局牵头，市交通局配合）',
      '',
    ].join('\n');
    const found = lint(parse(text)).filter((f) => f.rule === 'GW204');
    assert.deepStrictEqual(
      found.map((f) => [f.range.start.line, text.split('\n')[f.range.start.line].slice(f.range.start.character, f.range.end.character)]),
      [
        [2, '市人力资源社会保障局'],
        [8, '县政府'],
        [9, '市交通局'],
      ],
    );
  });
  it('a 交办单 that lists its units above its matter (`承办单位：` | `协办单位：` | `交办事项：…` | `办结时限：…`): titled by the matter, due by its 办结时限', () => {
    const text = [
      '某县督查事项交办单',
      '交办单位：县委县政府督查室',
      '承办单位：县住建局',
      '协办单位：县财政局、城关镇人民政府',
      '交办事项：加快推进城区老旧小区改造，确保6月底前全面开工。',
      '办结时限：2025年10月31日',
      '',
      '承办单位：县交通运输局',
      '协办单位：县公安局交警大队',
      '交办事项：整治城区主干道交通拥堵问题。',
      '办结时限：2025年8月31日',
      '',
    ].join('\n');
    assert.deepStrictEqual(
      parse(text).tasks.map((t) => [t.title, t.lead, t.coop, t.deadline]),
      [
        ['加快推进城区老旧小区改造，确保6月底前全面开工', ['县住建局'], ['县财政局', '城关镇人民政府'], '2025年10月31日'],
        ['整治城区主干道交通拥堵问题', ['县交通运输局'], ['县公安局交警大队'], '2025年8月31日'],
      ],
    );
  });
  it('GW101: a first item written in another kind (`1.开展……` then `（二）` `（三）`) is GW104\'s or GW103\'s, and the `（二）` after it no gap', () => {
    const doc = (first: string) =>
      parse(
        [
          '某县安全生产工作要点',
          '一、压实责任',
          '（一）落实领导责任。（县应急管理局牵头）',
          '（二）压实部门责任。（县安委办牵头）',
          '二、专项整治',
          `${first}开展危化品整治。（县应急管理局牵头）`,
          '（二）开展道路交通整治。（县公安局牵头）',
          '（三）开展建筑施工整治。（县住建局牵头）',
          '三、消防安全',
          '（一）开展高层建筑整治。（县消防救援大队牵头）',
          '（三）开展电动自行车整治。（县消防救援大队牵头）',
          '',
        ].join('\n'),
      );
    for (const first of ['1.', '（1）']) {
      const found = lint(doc(first)).filter((f) => f.rule.startsWith('GW10'));
      assert.deepStrictEqual(
        found.filter((f) => f.rule === 'GW101').map((f) => f.range.start.line),
        [10],
        first,
      );
      // `1.` before `（二）` reads as the first `（一）` written in the wrong form (GW102, round 24's
      // institutions); `（1）` stays a level skipped (GW104).
      assert.ok(found.some((f) => f.rule === (first === '1.' ? 'GW102' : 'GW104') && f.range.start.line === 5), first);
    }
    // Where the item in another kind does not take the first place, the gap is still one.
    const gap = lint(parse(['一、甲', '（一）子。（A局牵头）', '（二）子。（B局牵头）', '二、乙', '（一）子。（A局牵头）', '（二）子。（B局牵头）', '三、丙', '1.子。（A局牵头）', '（三）子。（B局牵头）', ''].join('\n')));
    assert.deepStrictEqual(gap.filter((f) => f.rule === 'GW101').map((f) => f.range.start.line), [8]);
  });
});
