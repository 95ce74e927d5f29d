import * as assert from 'assert';
import { analyze } from '../../server/src/analysis';
import { rangeOn } from '../../server/src/analysis/types';

const plain = (line: number, from: number, to: number) => ({ start: { line, character: from }, end: { line, character: to } });

describe('stored ranges (types.ts rangeOn, rangeFromTo)', () => {
  it('read as a Range and serialise as one', () => {
    const r = rangeOn(3, 5, 2);
    assert.deepStrictEqual(r.start, { line: 3, character: 5 });
    assert.deepStrictEqual(r.end, { line: 3, character: 7 });
    assert.strictEqual(JSON.stringify(r), JSON.stringify(plain(3, 5, 7)));
    assert.deepStrictEqual(JSON.parse(JSON.stringify({ range: r })), { range: plain(3, 5, 7) });
  });

  it('hand out fresh positions: a reader that changes one does not change the model', () => {
    const r = rangeOn(0, 1, 4);
    const start = r.start;
    start.character = 99;
    start.line = 7;
    assert.deepStrictEqual(r.start, { line: 0, character: 1 });
    assert.notStrictEqual(r.start, r.start);
  });

  it('findings, headings and annotations of an analysis carry the same JSON as plain ranges', () => {
    const text = '一、总体要求\n（一）加强组织领导。明确责任分工。（党委办公室、纪委）\n（三）加强宣传。（宣传部）\n';
    const { doc, findings } = analyze(text);
    const line = text.split('\n')[1];
    const at = (s: string) => line.indexOf(s);
    const a = doc.annotations[0];
    assert.deepStrictEqual(JSON.parse(JSON.stringify(a.range)), plain(1, at('（党'), line.length));
    assert.deepStrictEqual(JSON.parse(JSON.stringify(a.innerRange)), plain(1, at('党'), line.length - 1));
    assert.deepStrictEqual(
      a.units.map((u) => [u.name, JSON.parse(JSON.stringify(u.range))]),
      [['党委办公室', plain(1, at('党'), at('、'))], ['纪委', plain(1, at('纪'), at('纪') + 2)]],
    );
    const h = doc.headings[1];
    assert.strictEqual(h.title, line.slice(h.titleRange.start.character, h.titleRange.end.character));
    assert.deepStrictEqual(JSON.parse(JSON.stringify({ marker: h.marker.range, title: h.titleRange })), {
      marker: plain(1, 0, 3),
      title: plain(1, 3, 3 + h.title.length),
    });
    // An annotation and its units are read off the line's candidate and place (annotations.ts
    // LineAnnotation), and serialise as plain objects, fields in the model's order.
    assert.deepStrictEqual(Object.keys(JSON.parse(JSON.stringify(a))), ['range', 'inner', 'innerRange', 'form', 'units', 'deadline', 'separators', 'line', 'legend', 'defaults', 'leaders']);
    assert.deepStrictEqual(JSON.parse(JSON.stringify(a.units[1])), { name: '纪委', role: 'coop', range: plain(1, at('纪'), at('纪') + 2), collective: false });
    assert.deepStrictEqual([a.inner, a.form, a.deadline, a.separators, a.line, a.legend, a.defaults], ['党委办公室、纪委', 1, null, ['、'], 1, false, []]);
    // Two annotations closing sentences of one paragraph are both form 8; moved down a line by an
    // edit above, each has its new place.
    const two = '一、任务\n（一）甲。（办公室）乙。（财务科）\n';
    const before = analyze(two);
    const after = analyze('\n' + two, undefined, before.handover).doc.annotations;
    assert.deepStrictEqual(before.doc.annotations.map((x) => x.form), [8, 8]);
    assert.deepStrictEqual(JSON.parse(JSON.stringify(after.map((x) => [x.form, x.range, x.units[0].range]))), [
      [8, plain(2, 5, 10), plain(2, 6, 9)],
      [8, plain(2, 12, 17), plain(2, 13, 16)],
    ]);
    // A heading's marker is read off its match and place (structure.ts LineMarker), and serialises
    // as a plain Marker, fields in the model's order.
    assert.deepStrictEqual(JSON.parse(JSON.stringify(h.marker)), {
      kind: 'parenCn', value: 1, numeral: '一', text: '（一）', range: plain(1, 0, 3), punct: '', halfWidth: false, canonical: '（一）',
    });
    assert.deepStrictEqual(Object.keys(JSON.parse(JSON.stringify(doc.headings[0].marker))), ['kind', 'value', 'numeral', 'text', 'range', 'punct', 'halfWidth', 'canonical']);
    // Indented, after an edit that moved it down a line: the same marker text, its new place.
    const moved = analyze('\n' + text.replace('（一）', '　　（一）'), undefined, analyze(text).handover).doc.headings[1];
    assert.deepStrictEqual(JSON.parse(JSON.stringify([moved.marker.range, moved.titleRange])), [plain(2, 2, 5), plain(2, 5, 5 + h.title.length)]);
    // What the CLI prints and the server sends: every range in the JSON is {start, end} of {line, character}.
    const json = JSON.parse(JSON.stringify(findings));
    assert.ok(findings.length > 0);
    for (const f of json) {
      assert.deepStrictEqual(Object.keys(f.range), ['start', 'end']);
      assert.deepStrictEqual(Object.keys(f.range.start), ['line', 'character']);
    }
  });
});
