import * as assert from 'assert';
import fc from 'fast-check';
import { analyze, applyEdits, fixAll, lineDiffEdits, SourceText } from '../../server/src/analysis';

const PIECES = [
  '一、', '二、', '四、', '（一）', '(二)', '（三）、', '1.', '2、', '3．', '（1）', '①', '①.', '第一条　', '第三章　', '1.1 ',
  '一是', '二是', '四是', '第一、', '首先，', '总体要求', '加强领导', '完善制度', '。', '，', '；', '：', '（', '）', '(', ')',
  '〔2024〕', '2024年03月05日', '某局发[2024]03号', '（办公室、财务部）', '附件：1.甲表；', '\n', '\r\n', '\n\n', '　　', '\ufeff',
  '<p>', '</p>', '---\n', 'abc', '😀', '\ud800', '中', '文', ' ',
  '**', '\t', '|', '|---|---|\n', '序号\n', '牵头单位', '牵头领导：张三', '市數據局', '１．', '（１）', '（市财政局牵头，', '市审计局配合）',
  '市商务局 市发展改革委', '（2025年底前）', '负责资金保障', '1）', '2)', '- 2 -\n', '责任单位：市教育局牵头，', '。完成时限：2025年底前',
  '各县（市、区）人民政府', '【牵头单位】', '【', '】', '牵头：', '市教育局（牵头）', '、市财政局配合', '第3页 共9页',
  '\n序号 重点任务 牵头单位 完成时限\n', '1 推进 办公室 2025年底前\n', '2 完善 财务部\n',
];

const soup = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((a) => a.join(''));

/** Everything but markers, punctuation and whitespace — the words a fix must never touch. */
function words(text: string): string {
  return text
    .replace(/第[一二三四五六七八九十百]+[章节条]/g, '')
    .replace(/[0-9０-９一二三四五六七八九十①-⑳㈠-㈩〔〕\[\]【】（）()、.．，,：:；;。\s\u3000\ufeff]/g, '');
}

function inside(src: SourceText, r: { start: { line: number; character: number }; end: { line: number; character: number } }) {
  const ok = (p: { line: number; character: number }) => p.line >= 0 && p.line < src.lineCount && p.character >= 0 && p.character <= src.lines[p.line].text.length;
  return ok(r.start) && ok(r.end);
}

describe('property: no input crashes the analysis', () => {
  it('analyze never throws and every range lies inside the document', () => {
    fc.assert(
      fc.property(soup, (text) => {
        const { findings } = analyze(text);
        const src = new SourceText(text);
        for (const f of findings) {
          assert.ok(inside(src, f.range), `${f.rule} range outside`);
          for (const fix of f.fixes) for (const e of fix.edits) assert.ok(inside(src, e.range), `${f.rule} fix range outside`);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('safe fixes change only markers and punctuation, and fix-all converges', () => {
    fc.assert(
      fc.property(soup, (text) => {
        const { findings } = analyze(text);
        for (const f of findings) {
          for (const fix of f.fixes.filter((x) => x.safe)) {
            assert.strictEqual(words(applyEdits(text, fix.edits)), words(text), `${f.rule}: ${fix.title}`);
          }
        }
        const once = fixAll(text).text;
        assert.strictEqual(words(once), words(text));
        assert.strictEqual(fixAll(once).text, once, 'fix-all is not idempotent');
      }),
      { numRuns: 300 },
    );
  });

  it('survives arbitrary unicode strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => void analyze(text)), { numRuns: 300 });
  });
});

describe('lineDiffEdits (the editor\'s fix-all as edits within lines)', () => {
  it('turns a text into another with the same lines, each edit inside one line and never inside a surrogate pair; null where lines differ (property)', () => {
    fc.assert(
      fc.property(soup, fc.array(fc.tuple(fc.nat(), fc.constantFrom('', '（一）', '1.', '😀', '中', '\ud83d')), { maxLength: 6 }), (before, changes) => {
        // Change some characters, never a line's end.
        const chars = [...before];
        for (const [at, by] of changes) {
          const k = chars.length ? at % chars.length : 0;
          if (chars.length && !/[\r\n]/.test(chars[k])) chars[k] = by;
        }
        const after = chars.join('');
        const edits = lineDiffEdits(before, after);
        if (edits === null) {
          // Only where a line's end moved: a lone `\r` before a `\n` that an edit emptied the characters between.
          assert.notDeepStrictEqual(before.match(/\r\n|\n|\r/g), after.match(/\r\n|\n|\r/g));
          return;
        }
        assert.strictEqual(applyEdits(before, edits), after);
        const src = new SourceText(before);
        for (const e of edits) {
          assert.strictEqual(e.range.start.line, e.range.end.line);
          for (const p of [e.range.start, e.range.end]) {
            const o = src.offsetAt(p);
            assert.ok(!(o > 0 && /[\ud800-\udbff]/.test(before[o - 1]) && /[\udc00-\udfff]/.test(before[o] ?? '')), `inside a pair at ${JSON.stringify(p)}`);
          }
        }
      }),
    );
    assert.strictEqual(lineDiffEdits('甲\n乙\n', '甲\n乙\n丙\n'), null);
    assert.strictEqual(lineDiffEdits('甲\r\n乙', '甲\n乙'), null);
    assert.deepStrictEqual(lineDiffEdits('一、甲\r\n3.乙\r\n', '一、甲\r\n1.乙\r\n'), [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 1 } }, newText: '1' }]);
    assert.deepStrictEqual(lineDiffEdits('a😀b', 'a😃b'), [{ range: { start: { line: 0, character: 1 }, end: { line: 0, character: 3 } }, newText: '😃' }]);
  });
});
