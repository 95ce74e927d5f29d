/**
 * Texts copied from a PDF: every paragraph broken into lines of one width, page numbers between
 * pages. What the analysis finds in such a copy must be what it finds in the same text with a
 * paragraph a line.
 */
import * as assert from 'assert';
import fc from 'fast-check';
import { analyze, LineText, parse } from '../../server/src/analysis';
import { SourceText } from '../../server/src/analysis/source';
import { wrappingOf } from '../../server/src/analysis/wrapping';

/** `paragraphs` broken every `width` characters, with a page number after every `page` lines. */
function hardWrapped(paragraphs: string[], width: number, page = 0): string {
  const out: string[] = [];
  let n = 0;
  for (const p of paragraphs) {
    for (let k = 0; k < p.length; k += width) {
      out.push(p.slice(k, k + width));
      if (page && ++n % page === 0) out.push('', `— ${n / page} —`, '');
    }
  }
  return out.join('\n') + '\n';
}

const PLAN = [
  '某市推进政务服务标准化工作方案',
  '一、总体要求',
  '以提升企业和群众办事体验为目标，统筹推进政务服务标准化、规范化、便利化建设，持续优化全市营商环境，为高质量发展提供有力支撑。',
  '二、重点任务',
  '（一）推进事项标准化。全面梳理依申请政务服务事项，统一事项名称、编码、依据、类型等基本要素，实现同一事项在全市范围内无差别受理、同标准办理。（市政务服务中心牵头，市司法局、市发展改革委配合）',
  '（二）推进流程规范化。一是精简办事环节，压减申请材料。二是推行告知承诺，减少证明事项。三是推广帮办代办，提供上门服务。四是建立评价机制，及时回应诉求，持续改进服务质量和工作作风，不断提升群众满意度。（市政务服务中心、各区人民政府负责）',
  '（三）推进服务便利化。推动高频事项“一网通办”“掌上可办”，实现更多事项跨区域通办，切实方便企业和群众，让数据多跑路、群众少跑腿，提升办事效率和服务水平。（市数据局牵头，市政务服务中心配合）',
  '（四）对深化改革成效明显、营商环境持续改善、市场主体活跃度高的区，在年度考核中予以加分并优先安排试点项目。（市发展改革委负责）',
  '（五）加强数据共享。推动部门间数据共享，建立健全数据共享交换机制，提高数据质量和时效。（市数据局负责）完善统一身份认证体系，推进电子证照在各领域广泛应用，实现证照信息互认共享。（市公安局、市数据局按职责分工负责）',
  '三、保障措施',
  '（一）加强组织领导。各区、各部门要高度重视，明确责任分工，细化工作措施，确保各项任务落到实处，取得实效。',
  '（二）强化督查考核。将工作落实情况纳入年度绩效考核，定期通报进展情况，对工作推进不力的单位进行督促整改。',
];

describe('hard-wrapped copies (wrapping.ts)', () => {
  it('finds the width a copy breaks its lines at, and no width in a text of paragraphs', () => {
    assert.deepStrictEqual(wrappingOf(parse(hardWrapped(PLAN, 28)).source), { columns: true, width: 56 });
    assert.strictEqual(wrappingOf(parse(PLAN.join('\n')).source), null);
    // A list of names and titles is no wrapped text: its widest lines are few.
    const titles = ['某某大学教授', '某某研究院研究员、副院长', '某某学会会长', '某某大学原党委书记、教授', '某某科学院院士', '某某中心主任、研究员、博士生导师', '某某报社总编辑'];
    const members = Array.from({ length: 35 }, (_, i) => `${'张王李赵刘陈杨'[i % 7]}${'一二三四五'[i % 5]}${i % 3 ? '' : '明'}　　${titles[(i * 3) % 7]}${i % 4 ? '' : '、兼职教授'}`);
    assert.strictEqual(wrappingOf(parse(members.join('\n')).source), null);
  });

  it('finds in a copy wrapped at 28 or 36 characters, with page numbers, what it finds with a paragraph a line, task titles too', () => {
    const summary = (text: string) => {
      const r = analyze(text);
      return {
        findings: r.findings.map((f) => f.rule).sort(),
        tasks: r.doc.tasks.map((t) => [t.path, t.title, t.lead, t.coop]),
        enumerations: r.doc.enumerations.map((e) => e.items.map((i) => i.text)),
      };
    };
    const plain = summary(PLAN.join('\n'));
    assert.deepStrictEqual(plain.enumerations, [['一是', '二是', '三是', '四是']]);
    // A title longer than a line, and the sentences before two annotations in one paragraph.
    assert.deepStrictEqual(plain.tasks.slice(3).map((t) => t[1]), ['对深化改革成效明显、营商环境持续改善、市场主体活跃度高的区，在年度考核中予以加分并优先安排试点项目', '加强数据共享', '完善统一身份认证体系，推进电子证照在各领域广泛应用，实现证照信息互认共享']);
    for (const width of [28, 36]) for (const page of [0, 7]) assert.deepStrictEqual(summary(hardWrapped(PLAN, width, page)), plain, `width ${width}, page ${page}`);
  });

  it('counts a quotation broken over a line\'s end as one quotation', () => {
    const para = '会议强调，各级党组织要切实把思想和行动统一到上级决策部署上来：“一是抓学习，二是抓落实，三是抓作风，四是抓督查，五是抓考核。”一要强化引领，二要夯实基础，三要锻造队伍。';
    const doc = [...PLAN, para, para];
    const plain = analyze(doc.join('\n') + '\n');
    assert.deepStrictEqual(plain.doc.enumerations.map((e) => e.items.map((i) => i.text)).slice(-2), [['一是', '二是', '三是', '四是', '五是'], ['一要', '二要', '三要']]);
    // Wrapped, and (in a text too short for wrappingOf to tell) broken lines read as paragraphs.
    for (const width of [28, 36]) {
      const short = analyze(hardWrapped([PLAN[0], para, para], width));
      assert.deepStrictEqual(short.findings.filter((f) => f.rule === 'GW108'), [], `short, width ${width}`);
      const r = analyze(hardWrapped(doc, width));
      assert.deepStrictEqual(r.findings.filter((f) => f.rule === 'GW108'), [], `width ${width}`);
      assert.deepStrictEqual(r.doc.enumerations.map((e) => e.items.map((i) => i.text)), plain.doc.enumerations.map((e) => e.items.map((i) => i.text)), `width ${width}`);
    }
  });

  it('reads an item broken over a line\'s end (`三` | `是`), and renumbers only its numeral', () => {
    // `……二是……。四` | `是……`: the 四 ends a full line, its 是 starts the next.
    const head = '（四）推进流程规范化。一是精简办事环节，压减申请材料。二是推行告知承诺。四';
    const lines = [...hardWrapped(PLAN, head.length).trimEnd().split('\n'), head, '是推广帮办代办，提供上门服务。'];
    const r = analyze(lines.join('\n') + '\n');
    assert.deepStrictEqual(r.doc.enumerations.map((e) => e.items.map((i) => i.text)).pop(), ['一是', '二是', '四是']);
    const gap = r.findings.find((f) => f.rule === 'GW108')!;
    assert.deepStrictEqual([gap.range.start.line, gap.range.end.line], [lines.length - 2, lines.length - 1]);
    const edit = gap.fixes[0].edits[0];
    assert.deepStrictEqual([edit.range.start.line, edit.range.end.line, edit.newText], [lines.length - 2, lines.length - 2, '三']);
    // With a paragraph a line, the same series.
    const plain = analyze([...PLAN, head + '是推广帮办代办，提供上门服务。'].join('\n'));
    assert.deepStrictEqual(plain.doc.enumerations.map((e) => e.items.map((i) => i.text)).pop(), ['一是', '二是', '四是']);
  });

  it('keeps a line that goes on from a full line from being a heading, but not a heading after a full heading', () => {
    // Broken so that a line starts with `一、开放`: the 统 of 统一 ends the full line above.
    const said = '要坚持改革方向，加快完善社会主义市场经济体制，建设统一、开放、竞争、有序的现代市场体系。';
    const width = said.indexOf('一、');
    const paragraphs = [...PLAN.slice(0, 3), said, ...PLAN.slice(3)];
    const text = hardWrapped(paragraphs, width);
    assert.ok(text.split('\n').some((l) => l.startsWith('一、开放')));
    assert.deepStrictEqual(parse(text).parts[0].headings.map((h) => h.marker.text), ['一、', '二、', '三、']);
    // A heading as wide as the text, and a heading after it: both are headings.
    const wide = hardWrapped(PLAN, 28).replace('二、重点任务', '二、' + '重点任务'.repeat(7).slice(0, 26));
    assert.deepStrictEqual(parse(wide).parts[0].headings.map((h) => h.marker.text), ['一、', '二、', '三、']);
    assert.deepStrictEqual(parse(wide).headings.filter((h) => h.depth === 2).length, 7);
  });

  it('reads an 附件说明 item whose name goes on on the next line', () => {
    const body = '经研究，现将有关事项函复如下：同意你省开展相关试点工作，请认真组织实施，及时总结经验，确保试点工作取得实效，重大问题及时报告。';
    const text = hardWrapped(['关于同意开展试点工作的复函', '某省人民政府：', body, body, body, '附件：1.某某部关于某某省开展某某试点工作调研情况的报告', '2.某某试点工作专家组意见', '某某办公厅', '2025年3月5日'], 28);
    const d = parse(text);
    assert.deepStrictEqual(d.headings, []);
    const att = d.frame.fields.find((f) => f.kind === 'attachments')!;
    assert.ok(att.text.includes('2.某某试点工作专家组意见'), att.text);
  });

  it('reads a bracket broken over three lines and over a page break', () => {
    const annotation = '（市发展改革委、市工业和信息化局、市财政局、市人力资源社会保障局、市自然资源局、市生态环境局、市住房城乡建设局按职责分工负责）';
    const text = ['一、任务', '（一）甲事项。' + annotation.slice(0, 21), annotation.slice(21, 45), '', '— 2 —', '', annotation.slice(45), '（二）乙事项。（市商务局）'].join('\n');
    const d = parse(text);
    assert.deepStrictEqual(d.tasks[0].lead, ['市发展改革委']);
    assert.strictEqual(d.tasks[0].coop.length, 6);
    assert.deepStrictEqual([d.annotations[0].range.start.line, d.annotations[0].range.end.line], [1, 6]);
    // Blank lines alone part paragraphs: no annotation across them.
    assert.deepStrictEqual(parse(text.replace('— 2 —', '')).tasks.map((t) => t.title), ['乙事项']);
  });

  it('does not take a word broken over a line\'s end for a misspelling (`平` | `安祥和`)', () => {
    // 平 ends a line and 安祥和 starts the next when wrapped at 28 characters.
    const lead = '（六）改进信访工作，完善多元调解机制，有效化解矛盾纠纷，加强源头治理，推进诉源治理，畅通群众诉求表达渠道，促进社会';
    const paragraph = lead.slice(0, 55) + '平安祥和。（市信访局）';
    const text = hardWrapped([...PLAN.slice(0, 9), paragraph, ...PLAN.slice(9)], 28);
    assert.ok(text.includes('平\n安祥和'));
    assert.deepStrictEqual(analyze(text).findings.filter((f) => f.rule === 'GW403'), []);
    // In a text of paragraphs, a misspelling at a line's start is still one.
    assert.strictEqual(analyze('要周密布署。\n布署要周密。\n').findings.filter((f) => f.rule === 'GW403').length, 2);
  });
  it('does not take the tail of a name broken over a line\'s end for a former institution (`银` | `保监会`)', () => {
    // A task whose annotation breaks between 银 and 保监会 when wrapped at 28 characters.
    const body = '（六）支持金融机构开展跨境人民币业务，稳妥推进资本项目可兑换';
    const tail = '。（负责部门：人民银行、银保监会、外汇局）';
    const pad = (28 - ((body + tail).indexOf('保监会') % 28)) % 28;
    const paragraph = body + '，服务实体经济发展，提升贸易投资便利化水平'.slice(0, pad) + tail;
    const text = '2019年1月10日\n' + hardWrapped([...PLAN.slice(0, 9), paragraph, ...PLAN.slice(9)], 28);
    assert.ok(text.includes('银\n保监会'));
    const found = analyze(text);
    assert.deepStrictEqual(found.findings.filter((f) => f.rule === 'GW402'), []);
    assert.deepStrictEqual(found.doc.tasks.find((t) => t.path === '二、（六）')?.lead, ['人民银行']);
    // In a text of paragraphs, the former name at a line's start is still one.
    assert.strictEqual(analyze('2019年1月10日\n保监会要加强监管。\n').findings.filter((f) => f.rule === 'GW402').length, 1);
  });
  it('counts the widths of only the lines an edit changed, from the previous version\'s count: the wrapping a count of every line finds', () => {
    // Edits that wrap, unwrap, lengthen and shorten lines, add and remove them: enough to cross the
    // thresholds both ways (a text of paragraphs becoming a copy, and back).
    const wrapped = hardWrapped(PLAN, 28).split('\n');
    const pieces = ['', '— 3 —', PLAN[4], PLAN[5].slice(0, 28), PLAN[5].slice(0, 27), PLAN[6].slice(0, 40), '一、总体要求', '　　' + PLAN[2].slice(0, 26)];
    const edit = fc.tuple(fc.constantFrom('replace', 'insert', 'delete', 'type'), fc.nat(), fc.nat(pieces.length - 1));
    fc.assert(
      fc.property(fc.boolean(), fc.array(edit, { minLength: 1, maxLength: 25 }), (startWrapped, edits) => {
        let text = LineText.of(startWrapped ? wrapped.join('\n') : PLAN.join('\n'));
        let source = new SourceText(text);
        wrappingOf(source);
        for (const [kind, at, which] of edits) {
          const i = at % text.lineCount;
          const line = { line: i, character: 0 };
          const end = i + 1 < text.lineCount ? { line: i + 1, character: 0 } : { line: i, character: text.lines[i].length };
          const change =
            kind === 'type' ? { range: { start: line, end: line }, text: '的'.repeat(1 + (which % 3)) }
            : kind === 'insert' ? { range: { start: line, end: line }, text: pieces[which] + '\n' }
            : kind === 'delete' ? { range: { start: line, end }, text: '' }
            : { range: { start: line, end: { line: i, character: text.lines[i].length } }, text: pieces[which] };
          text = text.applied([change]);
          const next = new SourceText(text, source);
          // A version made from one whose counts went on to another counts every line again.
          if (which % 4 === 0) {
            const other = text.applied([{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: pieces[which] }]);
            assert.deepStrictEqual(wrappingOf(new SourceText(other, source), source), wrappingOf(new SourceText(other.text)));
          }
          assert.deepStrictEqual(wrappingOf(next, source), wrappingOf(new SourceText(text.text)));
          source = next;
        }
      }),
      { numRuns: 300 },
    );
  });
});
