import * as assert from 'assert';
import { analyze } from '../../server/src/analysis';
import { MAX_ANALYSED_CHARS } from '../../server/src/analysis/limits';

describe('oversized input', function () {
  this.timeout(60_000);

  it('a 10 MB document is analysed up to the cap and says so', () => {
    const para = '一、总体要求\n（一）加强领导。各单位要高度重视，认真落实。（办公室、财务处）\n';
    const text = para.repeat(Math.ceil(10_000_000 / para.length));
    const { doc, findings } = analyze(text);
    assert.ok(doc.capped);
    assert.ok(doc.source.text.length <= MAX_ANALYSED_CHARS);
    const capped = findings.filter((f) => f.rule === 'GW399');
    assert.strictEqual(capped.length, 1);
    assert.match(capped[0].message, /文档过大，已跳过部分检查/);
  });

  it('a 1 MB single line is not scanned for structure and does not crash', () => {
    const line = '一、' + '加强领导，完善制度（办公室）'.repeat(70_000);
    const { doc, findings } = analyze(line);
    assert.strictEqual(doc.headings.length, 0);
    assert.ok(!findings.some((f) => f.severity === 'error'));
    // The drafter is told the line was passed over, at its start, and nothing else is said of it.
    assert.deepStrictEqual(findings.map((f) => [f.rule, f.range.start.line, f.range.start.character, f.range.end.character]), [['GW399', 0, 0, 1]]);
    assert.match(findings[0].message, /文档过大，已跳过部分检查：此行过长（980,002 字符，超过 20,000）/);
  });

  it('a line just under the limit is checked and gets no GW399', () => {
    const line = '一、总体要求\n（一）指导思想\n' + '坚持稳中求进。'.repeat(2_800) + '\n';
    assert.ok(!analyze(line).findings.some((f) => f.rule === 'GW399'));
  });

  it('binary junk and lone surrogates do not crash', () => {
    const junk = Array.from({ length: 5000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('');
    assert.doesNotThrow(() => analyze(junk));
    assert.doesNotThrow(() => analyze('\ud800一、\udfff（\n'.repeat(100)));
  });
});
