import * as assert from 'assert';
import { fixAll } from '../../server/src/analysis';
import { matchMarker } from '../../server/src/analysis/markers';

describe('marker recogniser', () => {
  const ok: Array<[string, string, number, string]> = [
    ['一、总体要求', 'cn', 1, '一、'],
    ['十二、保障措施', 'cn', 12, '十二、'],
    ['（三）加强领导', 'parenCn', 3, '（三）'],
    ['(三)加强领导', 'parenCn', 3, '（三）'],
    ['（十五）指导企业', 'parenCn', 15, '（十五）'],
    ['1.建立制度', 'arabic', 1, '1.'],
    ['12．完善机制', 'arabic', 12, '12.'],
    ['（2）细化措施', 'parenArabic', 2, '（2）'],
    ['③开展检查', 'circled', 3, '③'],
    ['㈡节水器具', 'enclosed', 2, '㈡'],
    ['第三章　设计', 'chapter', 3, '第三章'],
    ['第十二条　建设单位不得', 'article', 12, '第十二条'],
    ['2.1.1　职责', 'decimal', 1, '2.1.1'],
    ['一、2015年工作回顾', 'cn', 1, '一、'],
    // Numbers set as one glyph by Word's and WPS's list styles, kept as written.
    ['⑶开展专项督查', 'parenArabic', 3, '⑶'],
    ['⒉加强安全管理', 'arabic', 2, '⒉'],
    ['❷提升服务质量', 'circled', 2, '❷'],
    ['➀完成选址', 'circled', 1, '➀'],
    ['➋推进建设', 'circled', 2, '➋'],
    ['⓫开展评估', 'circled', 11, '⓫'],
  ];
  for (const [text, kind, value, canonical] of ok) {
    it(`recognises ${text}`, () => {
      const m = matchMarker(text);
      assert.ok(m, text);
      assert.strictEqual(m.kind, kind);
      assert.strictEqual(m.value, value);
      assert.strictEqual(m.canonical, canonical);
    });
  }

  const malformed: Array<[string, string, string]> = [
    ['1、建立制度', '1、', '1.'],
    ['一.总体要求', '一.', '一、'],
    ['一，总体要求', '一，', '一、'],
    ['一：总体要求', '一：', '一、'],
    ['（一）、加强领导', '（一）、', '（一）'],
    ['(1)细化', '(1)', '（1）'],
    ['①.开展', '①.', '①'],
    ['⑴、修订规则', '⑴、', '⑴'],
    ['1）建立', '1）', '1.'],
  ];
  for (const [text, written, canonical] of malformed) {
    it(`keeps the malformed spelling of ${written}`, () => {
      const m = matchMarker(text);
      assert.ok(m);
      assert.strictEqual(m.text, written);
      assert.strictEqual(m.canonical, canonical);
      assert.notStrictEqual(m.text, m.canonical);
    });
  }

  for (const text of ['1.5亿元用于建设', '2024年3月5日', '一是加强领导', '十九大以来', '3、4月份开展', '一、二、三级响应', '（以下简称《规划》）', '（2018—2020年）', '第一次会议', '1,000元', '1.5小时内完成现场警戒', '0.5毫米以上降雨', '5.5级以上地震发生后']) {
    it(`does not take "${text}" for a heading`, () => {
      const m = matchMarker(text);
      assert.ok(!m || m.weak, `${text} → ${m && m.text}`);
    });
  }

  it('takes a dot before a month or a year for a marker, not a decimal (`3.8月底前完成……`)', () => {
    for (const text of ['3.8月底前完成摸底。', '2.2025年起全面推行。', '4．12月底前完成验收。']) {
      const m = matchMarker(text);
      assert.ok(m && !m.weak, `${text} → ${m && JSON.stringify(m)}`);
      assert.strictEqual(m.text, text.slice(0, 2));
    }
    // Not with a comma, and not a decimal or a count of months.
    const comma = matchMarker('3、4月份开展');
    assert.ok(!comma || comma.weak);
    assert.ok(!matchMarker('1.5亿元用于建设') || matchMarker('1.5亿元用于建设')!.weak);
    const months = matchMarker('2.13个月内办结');
    assert.ok(!months || months.weak);
  });

  it('renumbers a dated item in its list (`1.` `3.8月底前…` `4.` → `1.` `2.8月底前…` `3.`)', () => {
    const doc = ['一、重点任务', '1.开展摸底。（办公室负责）', '3.8月底前完成整改。（财务科负责）', '4.组织验收。（人事科负责）', ''].join('\n');
    const fixed = fixAll(doc).text;
    assert.deepStrictEqual(fixed.split('\n').slice(1, 4), ['1.开展摸底。（办公室负责）', '2.8月底前完成整改。（财务科负责）', '3.组织验收。（人事科负责）']);
    assert.strictEqual(fixAll(fixed).text, fixed);
  });
});
