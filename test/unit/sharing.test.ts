import * as assert from 'assert';
import { analyze } from '../../server/src/analysis';
import { Heading } from '../../server/src/analysis/model';

// What the model shares between lines to stay small on a long plan (docs/performance-history.md,
// twenty-eighth session): the objects are the same, what they read as is unchanged.

/** The match a heading's marker was placed from (structure.ts LineMarker, a plain property). */
const matchOf = (h: Heading): unknown => (h.marker as unknown as { match: unknown }).match;

describe('memory: what the model shares between lines', () => {
  it('headings with the same marker as written share one match; a marker written otherwise has its own', () => {
    const text = '一、总体要求\n（一）加强组织领导。\n（二）加强宣传。\n二、工作安排\n（一）统筹推进。\n(二)抓好落实。\n';
    const { doc } = analyze(text);
    const [, a1, a2, , b1, b2] = doc.headings;
    assert.deepStrictEqual([a1, a2, b1, b2].map((h) => h.marker.text), ['（一）', '（二）', '（一）', '(二)']);
    assert.strictEqual(matchOf(a1), matchOf(b1));
    assert.notStrictEqual(matchOf(a2), matchOf(b2));
    // Each still reads as its own marker, at its own place.
    assert.deepStrictEqual(JSON.parse(JSON.stringify(b1.marker)), { ...JSON.parse(JSON.stringify(a1.marker)), range: { start: { line: 4, character: 0 }, end: { line: 4, character: 3 } } });
    assert.strictEqual(b2.marker.halfWidth, true);
    assert.strictEqual(a2.marker.halfWidth, false);
  });

  it('headings closed with no items under them share one frozen empty list; a list of items is its own', () => {
    const { doc } = analyze('一、总体要求\n（一）加强组织领导。\n（二）加强宣传。\n二、工作安排\n三、保障措施\n（一）统筹推进。\n');
    const leaves = doc.headings.filter((h) => h.children.length === 0);
    assert.strictEqual(leaves.length, 4);
    for (const h of leaves) {
      assert.strictEqual(h.children, leaves[0].children);
      assert.ok(Object.isFrozen(h.children));
    }
    const parents = doc.headings.filter((h) => h.children.length > 0);
    assert.deepStrictEqual(parents.map((h) => h.children.map((c) => c.title)), [['加强组织领导', '加强宣传'], ['统筹推进']]);
    assert.notStrictEqual(parents[0].children, parents[1].children);
  });

  it('a line whose content starts or ends far from the line’s ends is measured as any other (source.ts keeps most measures packed)', () => {
    const indent = '\u3000'.repeat(9000);
    const trailing = ' '.repeat(17000);
    const text = `${indent}一、总体要求\n（一）加强组织领导。${trailing}\n${'　'.repeat(8191)}（二）加强宣传。${' '.repeat(16383)}\n`;
    const { doc } = analyze(text);
    assert.deepStrictEqual(
      doc.headings.map((h) => [h.marker.text, h.line, h.marker.range.start.character, h.title, h.titleRange.end.character]),
      [
        ['一、', 0, 9000, '总体要求', 9006],
        ['（一）', 1, 0, '加强组织领导', 9],
        ['（二）', 2, 8191, '加强宣传', 8198],
      ],
    );
    assert.deepStrictEqual(
      doc.source.lines.map((l) => [l.kind, l.contentStart, l.contentEnd]),
      [
        ['text', 9000, 9006],
        ['text', 0, 10],
        ['text', 8191, 8199],
        ['blank', 0, 0],
      ],
    );
  });
});
