import * as assert from 'assert';
import { analyze, defaultConfig, Finding } from '../../server/src/analysis';

const lines = (...l: string[]) => l.join('\n') + '\n';
const plan = (...items: string[]) => lines('关于印发某某工作方案的通知', '', '一、重点任务', ...items);

function findings(text: string, rule = 'GW305', locale: 'zh-cn' | 'en' = 'zh-cn'): Finding[] {
  return analyze(text, { ...defaultConfig(), locale }).findings.filter((f) => f.rule === rule);
}
/** Each finding as the text it covers, its line, and its message. */
function covered(text: string, locale: 'zh-cn' | 'en' = 'zh-cn'): Array<[string, number, string]> {
  const rows = text.split('\n');
  return findings(text, 'GW305', locale).map((f) => [
    rows[f.range.start.line].slice(f.range.start.character, f.range.end.character),
    f.range.start.line,
    f.message,
  ]);
}

describe('GW305 date-invalid', () => {
  it('warns of a deadline whose date does not exist, in every form the deadline reader reads (and reads no deadline from)', () => {
    const text = plan(
      '（一）修订财务管理办法。（财务处负责，2.30前完成）',
      '（二）开展干部培训。（组织部负责，13.5前完成）',
      '（三）推进信息化建设。（信息中心负责，2025.4.31前完成）',
      '（四）开展巡查。（巡查办负责）（２．３０前完成）',
      '（五）建立台账。（责任单位：财务科；完成时限：2025.2.30）',
      '（六）2.30前，完成系统验收。（信息科负责）',
      '（七）开展年度考核。（组织部负责，2025年2月30日前完成）',
      '（八）修订档案制度。（办公室负责，2025年13月1日前完成）',
      '（九）审议报告。（法制科负责，二〇二五年二月三十日前完成）',
      '（十）开展评估。（评估办负责，9月31号前）',
    );
    assert.deepStrictEqual(covered(text), [
      ['2.30', 3, '日期不存在：2月没有30日。'],
      ['13.5', 4, '日期不存在：没有13月。'],
      ['2025.4.31', 5, '日期不存在：4月没有31日。'],
      ['２．３０', 6, '日期不存在：2月没有30日。'],
      ['2025.2.30', 7, '日期不存在：2月没有30日。'],
      ['2.30', 8, '日期不存在：2月没有30日。'],
      ['2025年2月30日', 9, '日期不存在：2月没有30日。'],
      ['2025年13月1日', 10, '日期不存在：没有13月。'],
      ['二〇二五年二月三十日', 11, '日期不存在：2月没有30日。'],
      ['9月31号', 12, '日期不存在：9月没有31日。'],
    ]);
    const found = findings(text);
    assert.ok(found.every((f) => f.severity === 'warning' && !f.fixes?.length));
    // No other rule offers a fix that would write the impossible date with 年月日.
    assert.deepStrictEqual(findings(text, 'GW304'), []);
  });

  it('checks the 成文日期 and dates in body text, with the year’s leap day', () => {
    const text = lines(
      '关于召开某某会议的通知',
      '',
      '各科室：',
      '定于2025年2月29日召开会议，2024年2月29日的会议纪要一并印发，2025年4月31日前报送材料，2025年0月起执行。',
      '请于1900年2月29日、2000年2月29日前报送。',
      '',
      '某某局',
      '2025年2月30日',
    );
    assert.deepStrictEqual(covered(text), [
      ['2025年2月29日', 3, '日期不存在：2025年不是闰年，2月没有29日。'],
      ['2025年4月31日', 3, '日期不存在：4月没有31日。'],
      ['2025年0月', 3, '日期不存在：没有0月。'],
      ['1900年2月29日', 4, '日期不存在：1900年不是闰年，2月没有29日。'],
      ['2025年2月30日', 7, '日期不存在：2月没有30日。'],
    ]);
  });

  it('checks a 成文日期 in Chinese numerals, in figures alone, spaced out or in full-width figures', () => {
    for (const [date, written] of [
      ['二〇二五年二月二十九日', '二〇二五年二月二十九日'],
      ['二〇一〇年十一月三十一日', '二〇一〇年十一月三十一日'],
      ['2025.4.31', '2025.4.31'],
      ['2025-06-31', '2025-06-31'],
      ['2025 年 4 月 31 日', '2025 年 4 月 31 日'],
      ['２０２５年４月３１日', '２０２５年４月３１日'],
    ]) {
      const text = lines('关于某某事项的通知', '', '各科室：', '现将有关事项通知如下。', '', '某某局', date);
      assert.deepStrictEqual(covered(text).map(([w, line]) => [w, line]), [[written, 6]], date);
    }
  });

  it('checks a table’s cell that is a date alone (tab- or pipe-separated), with its year or before 前; not a figure alone, nor the row’s first cell', () => {
    const tabbed = lines(
      '某某方案',
      '序号\t工作任务\t牵头单位\t配合单位\t完成时限',
      '1\t推进甲项工作\t市财政局\t市商务局\t2025.2.30',
      '2\t推进乙项工作\t市财政局\t市商务局\t4.31前',
      '3\t推进丙项工作\t市财政局\t市商务局\t2025.6.30',
      '4\t推进丁项工作\t13.5\t4.31\t2025.9.30前',
      '2025.2.30\t推进戊项工作\t市财政局\t市商务局\t2025.12.31',
    );
    assert.deepStrictEqual(covered(tabbed).map(([t, l]) => [t, l]), [['2025.2.30', 2], ['4.31', 3]]);
    const piped = lines('某某方案', '| 序号 | 工作任务 | 牵头单位 | 完成时限 |', '|---|---|---|---|', '| 1 | 推进甲项工作 | 市财政局 | 2025.4.31 |', '| 2 | 推进乙项工作 | 市财政局 | 2025.6.30前 |', '| 3 | 推进丙项工作 | 市财政局 | 13.5 |');
    assert.deepStrictEqual(covered(piped).map(([t, l]) => [t, l]), [['2025.4.31', 3]]);
  });

  it('judges a 2月29日 without its year by the 成文日期: where that year and the next are common years, and the title names no leap year', () => {
    const dated = (title: string, date: string, ...items: string[]) => lines(title, '', '一、重点任务', ...items, '某某局', date);
    const item = '（一）修订财务管理办法。（财务处负责，2月29日前完成）';
    assert.deepStrictEqual(covered(dated('关于印发某某工作方案的通知', '2025年3月5日', item, '（二）总结经验。去年2月29日召开的会议要求推广。', '（三）开展评估。（评估办负责，二月二十九日前完成）')), [
      ['2月29日', 3, '日期不存在：本文成文于2025年，2025年和2026年都不是闰年，2月没有29日。'],
      ['二月二十九日', 5, '日期不存在：本文成文于2025年，2025年和2026年都不是闰年，2月没有29日。'],
    ]);
    // A leap year possible: dated 2023 (the date may be 2024's), dated 2024, a title naming 2024, no date at all.
    for (const text of [dated('关于印发某某工作方案的通知', '2023年3月5日', item), dated('关于印发某某工作方案的通知', '2024年3月5日', item), dated('关于印发2024年工作要点的通知', '2025年1月5日', item), plan(item)]) {
      assert.deepStrictEqual(covered(text), [], text);
    }
  });

  it('says it in English', () => {
    const text = lines('各科室：', '定于2025年2月29日、4月31日、2025年13月召开会议，11月31日、12月32日前报送，6月0日起执行。');
    assert.deepStrictEqual(covered(text, 'en').map(([, , m]) => m), [
      'No such date: 2025 is not a leap year, February has no 29th.',
      'No such date: April has no 31st.',
      'No such date: there is no month 13.',
      'No such date: November has no 31st.',
      'No such date: December has no 32nd.',
      'No such date: there is no day 0.',
    ]);
  });

  it('leaves alone what is no date, what is a date, and lunar dates', () => {
    const text = plan(
      '（一）落实资金。投入13.5万元、2.30亿元，增长1.5倍，9.30分开会，依据第2.30条和3.1节，升级到V2.3.30版本。（财务处负责，2025年12月31日前完成）',
      '（二）核算数据。按2.30前报送的数据核算，请于13.5前后报送。（统计科负责，2024年2月29日前）',
      '（三）开展活动。农历二月三十日举办庙会，2月29日、二月二十九日、十二月三十一日前完成，3月32号楼改造。（文旅科负责，9.30前完成）',
      '（四）完善台账。| 2.30 | 13.5 | 2025.13 |（资金科负责，增长13.5%）',
      '（五）推进改革。指标回落至13.5前，后逐步回升，发放第13月工资。（改革办负责，3-12前完成）',
      '（八）保障经费。（资金科负责，13.5万元）（2.30亿元）',
      '（六）统筹推进。（综合科负责，1至12月）',
      '1.2.30前，完成验收。',
      '（七）推广经验。（市发改委牵头，2024年2月29日前完成）',
    );
    assert.deepStrictEqual(covered(text), []);
  });
});
