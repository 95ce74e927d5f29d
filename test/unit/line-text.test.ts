/**
 * A text kept as lines (lineText.ts) reads and changes as an LSP text document does: the same
 * text, offsets, positions, line ranges and line breaks as vscode-languageserver-textdocument
 * after any edits, and the lines an edit does not touch are the previous version's strings.
 */
import * as assert from 'assert';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LineText, TextChange } from '../../server/src/analysis';

/** Pieces of text that make line breaks of every kind meet across edits. */
const piece = fc.constantFrom('一、', '（一）加强领导。（办公室、财务处）', '\n', '\r\n', '\r', '\r\r\n', '　　', '\ufeff', '😀', '\ud800', '', 'ab', '）（');
const text = fc.array(piece, { maxLength: 30 }).map((p) => p.join(''));
/** A position anywhere near the text, past its end and (rarely) before its start too. */
const position = fc.record({ line: fc.integer({ min: -1, max: 40 }), character: fc.integer({ min: -1, max: 40 }) });
const change: fc.Arbitrary<TextChange> = fc.oneof(
  { weight: 12, arbitrary: fc.record({ range: fc.record({ start: position, end: position }), text }) },
  { weight: 1, arbitrary: fc.record({ text }) },
);

describe('a text kept as lines', () => {
  it('reads and changes as an LSP text document', () => {
    fc.assert(
      fc.property(text, fc.array(fc.array(change, { minLength: 1, maxLength: 3 }), { maxLength: 6 }), fc.array(position, { maxLength: 6 }), fc.array(fc.integer({ min: -2, max: 400 }), { maxLength: 6 }), (start, batches, positions, offsets) => {
        let whole = start;
        let lines = LineText.of(start);
        for (const batch of batches) {
          // The reference: each change applied to a fresh document of the text before it (a
          // document updated in place can lose its line offsets on a range past the end).
          for (const c of batch) whole = TextDocument.update(TextDocument.create('file:///t.gw', 'gongwen', 0, whole), [c], 1).getText();
          lines = lines.applied(batch);
          const doc = TextDocument.create('file:///t.gw', 'gongwen', 1, whole);
          assert.strictEqual(lines.text, whole);
          assert.strictEqual(lines.length, whole.length);
          // Split where a fresh split of the same text splits it.
          const fresh = LineText.of(whole);
          assert.deepStrictEqual([lines.lines, lines.breaks], [fresh.lines, fresh.breaks]);
          assert.strictEqual(lines.lineCount, doc.lineCount);
          for (const p of positions) {
            assert.strictEqual(lines.offsetAt(p), doc.offsetAt(p));
            assert.strictEqual(lines.getText({ start: p, end: { line: p.line, character: p.character + 3 } }), doc.getText({ start: p, end: { line: p.line, character: p.character + 3 } }));
            assert.strictEqual(lines.getText({ start: p, end: { line: p.line + 1, character: 1 } }), doc.getText({ start: p, end: { line: p.line + 1, character: 1 } }));
            assert.deepStrictEqual(lines.getLineRange(p.line), doc.getLineRange(p.line));
            assert.strictEqual(lines.getEOLCharacters(p.line), doc.getEOLCharacters(p.line));
          }
          for (const o of offsets) assert.deepStrictEqual(lines.positionAt(o), doc.positionAt(o));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('keeps the strings of the lines an edit does not touch, and never changes a version', () => {
    const before = LineText.of('一、总体要求\r\n（一）指导思想。\r\n二、重点任务\n（一）加强领导。（办公室）\n（二）完善制度。');
    const copy = [...before.lines];
    const breaks = [...before.breaks];
    const typed = before.applied([{ range: { start: { line: 3, character: 3 }, end: { line: 3, character: 3 } }, text: '的' }]);
    assert.deepStrictEqual([before.lines, before.breaks], [copy, breaks]);
    typed.lines.forEach((l, i) => assert.strictEqual(l === before.lines[i], i !== 3, `line ${i}`));
    assert.strictEqual(typed.lines[3], '（一）的加强领导。（办公室）');
    assert.deepStrictEqual(typed.breaks, ['\r\n', '\r\n', '\n', '\n', '']);
    // Lines inserted: those below are the same strings one place down.
    const inserted = typed.applied([{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: '新增一行\r\n' }]);
    assert.strictEqual(inserted.lineCount, typed.lineCount + 1);
    for (let i = 2; i < inserted.lineCount; i++) assert.strictEqual(inserted.lines[i], typed.lines[i - 1]);
    assert.strictEqual(inserted.lines[0], typed.lines[0]);
  });

  it('joins a \\r ending one line and a \\n that an edit brings next to it into one line break', () => {
    const text = LineText.of('甲\rX\n乙');
    const joined = text.applied([{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 1 } }, text: '' }]);
    assert.deepStrictEqual([joined.lines, joined.breaks], [['甲', '乙'], ['\r\n', '']]);
    const typed = LineText.of('甲\n乙').applied([{ range: { start: { line: 0, character: 1 }, end: { line: 0, character: 1 } }, text: '\r' }]);
    assert.deepStrictEqual([typed.lines, typed.breaks], [['甲', '乙'], ['\r\n', '']]);
  });
});
