import * as assert from 'assert';
import { lint, parse } from '../../server/src/analysis';

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
});
