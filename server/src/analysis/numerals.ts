/**
 * Numerals used by 公文 markers: Chinese (一…九十九, 一百…), Arabic (ASCII or full-width),
 * circled ①…㊿ and enclosed ideographs ㈠…㈩. One module, used by the parser, the rules,
 * renumbering and completion.
 */

const CN_DIGITS: Record<string, number> = {
  〇: 0, 零: 0, '○': 0, Ｏ: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const CN_NAMES = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** `十五` → 15, `二十一` → 21, `一百零三` → 103; NaN when not a well-formed Chinese numeral. */
export function parseChinese(s: string): number {
  if (!s) return NaN;
  let total = 0;
  let digit = -1;
  let i = 0;
  let lastUnit = Infinity;
  for (; i < s.length; i++) {
    const ch = s[i];
    if (ch in CN_DIGITS) {
      if (digit > 0) return NaN; // two digits in a row: 二三 (a 零 placeholder may precede one)
      digit = CN_DIGITS[ch];
      continue;
    }
    const unit = ch === '十' ? 10 : ch === '百' ? 100 : ch === '千' ? 1000 : 0;
    if (!unit || unit >= lastUnit) return NaN;
    total += (digit < 0 ? 1 : digit) * unit;
    digit = -1;
    lastUnit = unit;
  }
  if (digit > 0) total += digit;
  return total > 0 ? total : NaN;
}

/** 15 → `十五`, 21 → `二十一`, 103 → `一百零三` (marker style: 十 not 一十). */
export function toChinese(n: number): string {
  if (!Number.isInteger(n) || n <= 0 || n >= 10000) return String(n);
  let out = '';
  const units: Array<[number, string]> = [[1000, '千'], [100, '百'], [10, '十']];
  let rest = n;
  let needZero = false;
  for (const [value, name] of units) {
    const d = Math.floor(rest / value);
    rest %= value;
    if (d > 0) {
      if (needZero) out += '零';
      out += (d === 1 && value === 10 && out === '' ? '' : CN_NAMES[d]) + name;
      needZero = false;
    } else if (out !== '') needZero = true;
  }
  if (rest > 0) out += (needZero ? '零' : '') + CN_NAMES[rest];
  return out;
}

/** Digit-by-digit Chinese years: `二〇一四` → 2014. */
export function parseChineseDigits(s: string): number {
  let n = 0;
  for (const ch of s) {
    if (!(ch in CN_DIGITS)) return NaN;
    n = n * 10 + CN_DIGITS[ch];
  }
  return s.length ? n : NaN;
}

/** ASCII or full-width digits → number. */
export function parseArabic(s: string): number {
  if (!/^[0-9０-９]+$/.test(s)) return NaN;
  return Number(s.replace(/[０-９]/g, (c) => String(c.charCodeAt(0) - 0xff10)));
}

/** Runs of code points numbering from `first` to `last`, the first at `base`. */
type GlyphRuns = ReadonlyArray<readonly [base: number, first: number, last: number]>;

/** The number the glyph `ch` stands for in `runs`, or NaN. */
function valueInRuns(runs: GlyphRuns, ch: string): number {
  const c = ch.codePointAt(0) ?? 0;
  for (const [base, first, last] of runs) {
    if (c >= base && c <= base + (last - first)) return first + (c - base);
  }
  return NaN;
}

/** The glyph numbered `n` in `runs`, or '' where they have none. */
function glyphInRuns(runs: GlyphRuns, n: number): string {
  for (const [base, first, last] of runs) {
    if (n >= first && n <= last) return String.fromCodePoint(base + n - first);
  }
  return '';
}

const CIRCLED_RANGES: GlyphRuns = [
  [0x2460, 1, 20], // ①…⑳
  [0x3251, 21, 35], // ㉑…㉟
  [0x32b1, 36, 50], // ㊱…㊿
];

export function parseCircled(ch: string): number {
  return valueInRuns(CIRCLED_RANGES, ch);
}

export function toCircled(n: number): string {
  return glyphInRuns(CIRCLED_RANGES, n) || `（${n}）`;
}

/** ㈠…㈩ → 1…10. */
export function parseEnclosed(ch: string): number {
  const c = ch.codePointAt(0) ?? 0;
  return c >= 0x3220 && c <= 0x3229 ? c - 0x3220 + 1 : NaN;
}

export function toEnclosed(n: number): string {
  return n >= 1 && n <= 10 ? String.fromCodePoint(0x3220 + n - 1) : `（${toChinese(n)}）`;
}

export const CN_NUMERAL_CLASS = '一二三四五六七八九十百零〇两';

/**
 * Numbers set as one glyph, as Word's and WPS's list styles and symbol tables write them and as
 * they stay after a copy: `⑴` (a `（1）`), `⒈` (a `1.`), and the other circled faces of `①`
 * (`❶` `➀` `➊` `⓵`). Each family counts from 1 in its own run of code points.
 */
const GLYPH_FAMILIES: ReadonlyArray<{ kind: 'parenArabic' | 'arabic' | 'circled'; runs: GlyphRuns }> = [
  { kind: 'parenArabic', runs: [[0x2474, 1, 20]] }, // ⑴…⒇
  { kind: 'arabic', runs: [[0x2488, 1, 20]] }, // ⒈…⒛
  { kind: 'circled', runs: [[0x2776, 1, 10], [0x24eb, 11, 20]] }, // ❶…❿ ⓫…⓴
  { kind: 'circled', runs: [[0x2780, 1, 10]] }, // ➀…➉
  { kind: 'circled', runs: [[0x278a, 1, 10]] }, // ➊…➓
  { kind: 'circled', runs: [[0x24f5, 1, 10]] }, // ⓵…⓾
];

/** `⑴` → { kind: 'parenArabic', value: 1, family: 0 }; null for any other character. */
export function parseGlyph(ch: string): { kind: 'parenArabic' | 'arabic' | 'circled'; value: number; family: number } | null {
  for (let family = 0; family < GLYPH_FAMILIES.length; family++) {
    const value = valueInRuns(GLYPH_FAMILIES[family].runs, ch);
    if (!Number.isNaN(value)) return { kind: GLYPH_FAMILIES[family].kind, value, family };
  }
  return null;
}

/** The glyph numbered `value` in `family` (parseGlyph), or '' where the family has none. */
export function toGlyph(family: number, value: number): string {
  return glyphInRuns(GLYPH_FAMILIES[family]?.runs ?? [], value);
}
