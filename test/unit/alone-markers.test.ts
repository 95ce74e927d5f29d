import * as assert from 'assert';
import fc from 'fast-check';
import { analyze, defaultConfig, fixAll, parse, Range } from '../../server/src/analysis';
import { buildLedger } from '../../server/src/analysis/ledger';
import { matchAloneMarker, matchMarker } from '../../server/src/analysis/markers';
import { buildOutline, OutlineSymbol } from '../../server/src/analysis/outline';
import { renumber } from '../../server/src/analysis/renumber';
import { coldModel as cold, modelOf } from './model-of';

/** Every symbol's marker and title, depth first, indented by its depth. */
function outline(text: string): string[] {
  const out: string[] = [];
  const walk = (s: OutlineSymbol, depth: number) => {
    out.push(`${'  '.repeat(depth)}${s.marker ?? ''}${s.title}`);
    for (const c of s.children) walk(c, depth + 1);
  };
  for (const s of buildOutline(parse(text))) walk(s, 0);
  return out;
}

/** A range as four numbers: start line and character, end line and character. */
function at(r: Range): number[] {
  return [r.start.line, r.start.character, r.end.line, r.end.character];
}

/** The findings' rules and lines. */
function findings(text: string): string[] {
  return analyze(text, defaultConfig()).findings.map((f) => `${f.rule}@${f.range.start.line}`);
}

/**
 * A plan copied from a PDF or a Word export: each heading's number on a line of its own, its title
 * on the next (synthetic text).
 */
const PLAN = [
  '关于开展某项专项行动的实施方案',
  '',
  '一、',
  '总体要求',
  '（一）',
  '指导思想',
  '以提升服务质量为目标，统筹推进各项工作。',
  '（二）',
  '工作目标',
  '1.健全工作机制。（县政务服务中心负责）',
  '2.优化办事流程。（县数据局负责）',
  '二、',
  '重点任务',
  '（一）',
  '推进流程再造',
  '1.精简办事材料。（县司法局负责）',
  '2.压减办理时限。（县市场监管局负责）',
];

describe('markers alone on their line (`一、` then its title on the next line)', () => {
  it('matchAloneMarker reads a marker with nothing after it, in its forms; matchMarker reads none there', () => {
    const read = (s: string) => {
      const m = matchAloneMarker(s);
      return m && [m.kind, m.value, m.text, m.canonical, m.alone];
    };
    assert.deepStrictEqual(read('一、'), ['cn', 1, '一、', '一、', true]);
    assert.deepStrictEqual(read('十二、'), ['cn', 12, '十二、', '十二、', true]);
    assert.deepStrictEqual(read('（三）'), ['parenCn', 3, '（三）', '（三）', true]);
    assert.deepStrictEqual(read('(三)'), ['parenCn', 3, '(三)', '（三）', true]);
    assert.deepStrictEqual(read('（2）'), ['parenArabic', 2, '（2）', '（2）', true]);
    // Spaces after it are no part of it.
    assert.deepStrictEqual(read('二、\u3000 '), ['cn', 2, '二、', '二、', true]);
    // A bare numeral (a table's cell, one a line), a `3.` (a figure there too), a term's number, a marker with its title: none.
    for (const s of ['一', '3', '3.', '3、', '3.1', '（0）', '一、总体要求', '（一）指导思想', '1.加强领导', '附件', '2025年']) assert.strictEqual(matchAloneMarker(s), null, s);
    for (const s of ['一、', '（一）', '（1）']) assert.strictEqual(matchMarker(s), null, s);
  });

  it('heads the title on the next line: outline, ledger and numbering read the plan as if each were written on one line', () => {
    const text = PLAN.join('\n');
    assert.deepStrictEqual(outline(text), [
      '关于开展某项专项行动的实施方案',
      '  一、总体要求',
      '    （一）指导思想',
      '    （二）工作目标',
      '      1.健全工作机制',
      '      2.优化办事流程',
      '  二、重点任务',
      '    （一）推进流程再造',
      '      1.精简办事材料',
      '      2.压减办理时限',
    ]);
    const doc = parse(text);
    assert.deepStrictEqual(
      buildLedger(doc, 'x').tasks.map((t) => [t.path, t.title, t.lead]),
      [
        ['一、（二）1.', '健全工作机制', ['县政务服务中心']],
        ['一、（二）2.', '优化办事流程', ['县数据局']],
        ['二、（一）1.', '精简办事材料', ['县司法局']],
        ['二、（一）2.', '压减办理时限', ['县市场监管局']],
      ],
    );
    // Without the titles read, the `1.`s under the second `（一）` counted on from the first's (GW101 `3.`).
    assert.deepStrictEqual(findings(text), []);
    // The heading's title range lies on the title's line; its block (folding) runs from the marker's line.
    const h = doc.headings.find((x) => x.line === 7)!;
    assert.strictEqual(h.title, '工作目标');
    assert.deepStrictEqual(at(h.titleRange), [8, 0, 8, 4]);
    assert.deepStrictEqual([h.blockRange.start.line, h.blockRange.end.line], [7, 10]);
    const top = doc.headings.find((x) => x.line === 2)!;
    assert.deepStrictEqual([top.title, top.blockRange.start.line, top.blockRange.end.line], ['总体要求', 2, 10]);
    // A section with its title alone: its block covers the marker's and the title's lines.
    const bare = parse(['一、', '总体要求', '二、', '保障措施'].join('\n'));
    assert.deepStrictEqual(
      bare.headings.map((x) => [x.title, x.blockRange.start.line, x.blockRange.end.line]),
      [
        ['总体要求', 0, 1],
        ['保障措施', 2, 3],
      ],
    );
    // The document symbol selects from the marker to the end of its title.
    const symbol = buildOutline(bare)[0];
    assert.deepStrictEqual(at(symbol.selectionRange), [0, 0, 1, 4]);
  });

  it('a marker followed directly by another marker heads nothing; the next one heads its title', () => {
    const text = ['一、', '（一）', '指导思想', '1.加强领导。（办公室负责）', '二、', '三、', '保障措施'].join('\n');
    assert.deepStrictEqual(outline(text), ['（一）指导思想', '  1.加强领导', '三、保障措施']);
    assert.strictEqual(parse(text).headings.some((h) => h.line === 0 || h.line === 4), false);
    // One that heads nothing says nothing of the lines around it: a `（二）` alone at the end does not
    // make the `1.` above it a `（一）` written in the wrong form.
    const end = ['一、加强领导', '1.完善制度', '（二）', ''].join('\n');
    assert.deepStrictEqual(parse(end).headings.map((h) => h.marker.kind), ['cn', 'arabic']);
    assert.strictEqual(fixAll(end).text, end);
  });

  it('a marker followed by a date, a 落款 over its date, an 附件 line, a table\'s row or nothing heads nothing', () => {
    const body = ['一、总体要求', '二、重点任务'];
    for (const after of [['2025年3月1日'], ['某某县人民政府办公室', '2025年3月1日'], ['附件：工作安排表'], ['附件1'], ['序号\t任务\t责任单位'], ['12', '35'], []]) {
      const text = [...body, '三、', '', ...after].join('\n');
      const doc = parse(text);
      assert.deepStrictEqual(doc.headings.map((h) => h.title), ['总体要求', '重点任务'], after.join('|'));
      assert.deepStrictEqual(findings(text).filter((f) => f.startsWith('GW1')), [], after.join('|'));
    }
    // The 落款 and date under it are still read as the frame's.
    const signed = parse([...body, '三、', '', '某某县人民政府办公室', '2025年3月1日'].join('\n'));
    assert.deepStrictEqual(signed.frame.fields.map((f) => f.kind), ['signature', 'date']);
  });

  it('the title may stand up to three blank lines (or a PDF\'s page number) below, not further', () => {
    const at = (gap: string[]) => parse(['一、总体要求', '二、', ...gap, '重点任务'].join('\n')).headings.map((h) => h.title);
    assert.deepStrictEqual(at(['', '', '']), ['总体要求', '重点任务']);
    assert.deepStrictEqual(at(['', '— 3 —', '']), ['总体要求', '重点任务']);
    assert.deepStrictEqual(at(['', '', '', '']), ['总体要求']);
  });

  it('reads CRLF line ends and ideographic indentation (`　　一、`)', () => {
    const text = PLAN.map((l) => (l && !l.startsWith('关于') ? '\u3000\u3000' + l : l)).join('\r\n');
    assert.deepStrictEqual(outline(text), outline(PLAN.join('\n')));
    const doc = parse(text);
    const h = doc.headings.find((x) => x.line === 2)!;
    assert.deepStrictEqual([h.marker.text, h.marker.range.start.character, h.marker.range.end.character], ['一、', 2, 4]);
    assert.deepStrictEqual(at(h.titleRange), [3, 2, 3, 6]);
    assert.deepStrictEqual(findings(text), []);
  });

  it('a question alone on its line below its marker asks (its answer\'s lists stay under it)', () => {
    const text = ['一、', '申请条件', '（一）', '哪些人可以申请？', '1.本县户籍居民。', '2.在本县缴纳社保满一年的居民。', '（二）', '如何申请？', '1.网上申请。', '2.窗口申请。'].join('\n');
    const doc = parse(text);
    assert.deepStrictEqual(
      doc.headings.map((h) => [h.marker.text, h.title, h.depth]),
      [
        ['一、', '申请条件', 1],
        ['（一）', '哪些人可以申请', 2],
        ['1.', '本县户籍居民', 3],
        ['2.', '在本县缴纳社保满一年的居民', 3],
        ['（二）', '如何申请', 2],
        ['1.', '网上申请', 3],
        ['2.', '窗口申请', 3],
      ],
    );
    assert.deepStrictEqual(findings(text), []);
  });

  it('a title run in with its paragraph (`（1）` then `加强领导。……`) is its first sentence', () => {
    const text = ['一、', '重点任务', '（1）', '加强组织领导。成立工作专班，统筹推进。（县政府办公室负责）', '（2）', '强化督促检查。（县督查室负责）'].join('\n');
    const doc = parse(text);
    assert.deepStrictEqual(
      doc.headings.map((h) => [h.marker.text, h.title, h.runIn]),
      [
        ['一、', '重点任务', false],
        ['（1）', '加强组织领导', true],
        ['（2）', '强化督促检查', true],
      ],
    );
    assert.deepStrictEqual(
      buildLedger(doc, 'x').tasks.map((t) => [t.path, t.lead]),
      [
        ['一、（1）', ['县政府办公室']],
        ['一、（2）', ['县督查室']],
      ],
    );
  });

  it('fixes renumber and respell a marker alone on its line, and change nothing else', () => {
    const text = ['一、', '总体要求', '三、', '重点任务', '(一)', '推进流程再造', '（三）', '压减办理时限', '四、', '保障措施', ''].join('\n');
    assert.deepStrictEqual(findings(text), ['GW101@2', 'GW102@4', 'GW101@6']);
    assert.strictEqual(fixAll(text).text, ['一、', '总体要求', '二、', '重点任务', '（一）', '推进流程再造', '（二）', '压减办理时限', '三、', '保障措施', ''].join('\n'));
    // Under CRLF and indentation too: only the markers change.
    const indented = text.split('\n').map((l) => (l ? '\u3000\u3000' + l : l)).join('\r\n');
    const fixed = fixAll(indented).text;
    assert.strictEqual(fixed, ['一、', '总体要求', '二、', '重点任务', '（一）', '推进流程再造', '（二）', '压减办理时限', '三、', '保障措施', ''].map((l) => (l ? '\u3000\u3000' + l : l)).join('\r\n'));
  });

  it('an edit that makes or unmakes an alone marker\'s title gives the model of a cold analysis', () => {
    const config = defaultConfig();
    const texts = [
      PLAN.join('\n'),
      // The title of the second `一、` turned into a date: it heads nothing now.
      PLAN.map((l, i) => (i === 12 ? '2025年3月1日' : l)).join('\n'),
      PLAN.join('\n'),
      // A marker put between a marker and its title.
      PLAN.map((l, i) => (i === 13 ? '（一）\n（二）' : l)).join('\n'),
      PLAN.join('\n'),
      // The last title removed.
      PLAN.slice(0, 15).join('\n'),
    ];
    let previous = analyze(texts[0], config).doc.source;
    for (const text of texts.slice(1)) {
      const result = analyze(text, config, previous);
      assert.deepStrictEqual(modelOf(result), cold(text));
      previous = result.doc.source;
    }
  });
});

describe('renumbering markers alone on their lines', () => {
  const lines = (...l: string[]) => l.join('\n') + '\n';
  const NUM = '一二三四五六七八九十';
  // Each level's forms, right and wrong; a `1.` is never alone (matchAloneMarker).
  const forms: Array<Array<(n: number) => string>> = [
    [(n) => `${NUM[n - 1]}、`, (n) => `${NUM[n - 1]}.`],
    [(n) => `（${NUM[n - 1]}）`, (n) => `(${NUM[n - 1]})`],
    [(n) => `${n}.`],
    [(n) => `（${n}）`, (n) => `(${n})`],
  ];
  const row = fc.record({
    level: fc.integer({ min: 0, max: 3 }),
    title: fc.constantFrom('总体要求', '加强组织领导', '完善工作制度。（办公室负责）', '8月底前完成', '2025年底前完成'),
    alone: fc.boolean(),
    form: fc.nat(),
    skew: fc.constantFrom(0, 0, 0, 1, 2, -1),
    indent: fc.constantFrom('', '　　'),
    trail: fc.constantFrom('', '', ' ', '　'),
    gap: fc.constantFrom(0, 0, 0, 1),
    body: fc.boolean(),
  });
  it('keeps every heading a heading, leaves no break and renumbers once for all, however the plan is laid out (property)', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 12 }), (rows) => {
        const counts = [0, 0, 0, 0];
        const out: string[] = [];
        for (const x of rows) {
          const open = counts.findIndex((c) => c === 0);
          const lv = open === -1 ? x.level : Math.min(x.level, open);
          counts[lv]++;
          for (let k = lv + 1; k < 4; k++) counts[k] = 0;
          const m = forms[lv][x.form % forms[lv].length](Math.max(1, Math.min(10, counts[lv] + x.skew)));
          if (x.alone && lv !== 2) out.push(x.indent + m + x.trail, ...Array<string>(x.gap).fill(''), x.indent + x.title);
          else out.push(x.indent + m + x.title);
          if (x.body) out.push('　　各单位要认真落实。');
        }
        const text = out.join('\n') + '\n';
        const once = renumber(text);
        const heads = (t: string) => parse(t).headings.map((h) => h.line);
        assert.deepStrictEqual(heads(once), heads(text), `${text}→\n${once}`);
        assert.strictEqual(renumber(once), once);
        assert.deepStrictEqual(findings(once).filter((f) => f.startsWith('GW101')), [], `${text}→\n${once}`);
        const fixed = fixAll(text).text;
        assert.deepStrictEqual(heads(fixed), heads(text), `fix-all: ${text}→\n${fixed}`);
      }),
      { numRuns: 500 },
    );
  });
  it('does not read a 1. alone on its line as heading the next line, even among siblings laid out alike (a table copied a cell a line reads the same)', () => {
    // A plan's `1.` `2.` each over its title, and a Word table's 序号 column copied a cell a line: the
    // same lines, titles and all. The corpus holds no `1.` alone on a line; the reading stays off.
    const plan = lines('一、总体要求', '1.', '加强组织领导', '2.', '完善工作制度', '3.', '强化监督检查');
    const table = lines('一、任务分工', '序号', '任务', '1.', '加强组织领导', '2.', '完善工作制度');
    for (const text of [plan, table]) {
      assert.deepStrictEqual(parse(text).headings.map((h) => h.marker.text), ['一、'], text);
      assert.strictEqual(renumber(text), text);
      assert.strictEqual(fixAll(text).text, text);
    }
  });
  it('reads a （2） alone on its line below a 1. in its own form: written as the 2. it would head nothing', () => {
    const text = lines('一、总体要求', '1.加强组织领导', '（2）', '完善工作制度', '2.强化监督检查');
    assert.deepStrictEqual(outline(text), ['一、总体要求', '  1.加强组织领导', '    （2）完善工作制度', '  2.强化监督检查']);
    assert.strictEqual(renumber(text), lines('一、总体要求', '1.加强组织领导', '（1）', '完善工作制度', '2.强化监督检查'));
    assert.strictEqual(fixAll(text).text.split('\n')[2], '（1）');
  });
});
