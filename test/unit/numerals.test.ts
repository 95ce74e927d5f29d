import * as assert from 'assert';
import { parseChinese, toChinese, parseCircled, toCircled, parseEnclosed, parseArabic, parseChineseDigits } from '../../server/src/analysis/numerals';

describe('numerals', () => {
  it('parses and prints Chinese numerals', () => {
    const cases: Array<[string, number]> = [['一', 1], ['十', 10], ['十一', 11], ['十五', 15], ['二十', 20], ['二十一', 21], ['九十九', 99], ['一百', 100], ['一百零三', 103]];
    for (const [s, n] of cases) {
      assert.strictEqual(parseChinese(s), n, s);
      assert.strictEqual(toChinese(n), s, String(n));
    }
  });
  it('round-trips 1..300', () => {
    for (let n = 1; n <= 300; n++) assert.strictEqual(parseChinese(toChinese(n)), n);
  });
  it('rejects malformed Chinese numerals', () => {
    for (const s of ['', '二三', '十十', '百十百', '是']) assert.ok(Number.isNaN(parseChinese(s)), s);
  });
  it('handles circled, enclosed, full-width and digit-by-digit years', () => {
    assert.strictEqual(parseCircled('①'), 1);
    assert.strictEqual(parseCircled('⑳'), 20);
    assert.strictEqual(parseCircled('㉑'), 21);
    assert.strictEqual(toCircled(36), '㊱');
    assert.strictEqual(parseEnclosed('㈨'), 9);
    assert.strictEqual(parseArabic('１２'), 12);
    assert.strictEqual(parseChineseDigits('二〇二四'), 2024);
    assert.strictEqual(parseChineseDigits('二○一二'), 2012);
  });
});
