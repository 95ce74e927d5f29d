import * as assert from 'assert';
import { analyze } from '../../server/src/analysis';

// What the model shares between lines to stay small on a long plan (docs/performance-history.md,
// twenty-eighth session): the objects are the same, what they read as is unchanged.

describe('memory: what the model shares between lines', () => {
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
