/**
 * Work that used to run over the whole document on every edit, kept for what the previous version
 * computed (docs/PERFORMANCE.md): each cache is checked against a cold analysis across edits that
 * must invalidate it.
 */
import * as assert from 'assert';
import { analyze, AnalysisResult, defaultConfig } from '../../server/src/analysis';
import { Skeleton } from '../../server/src/analysis/carry';
import { coldModel, modelOf } from './model-of';

function edit(text: string, line: number, f: (s: string) => string): string {
  const lines = text.split('\n');
  lines[line] = f(lines[line]);
  return lines.join('\n');
}

/** Each text analysed with the previous one's handover, every result equal to a cold analysis. */
function replay(texts: string[]): AnalysisResult[] {
  const config = defaultConfig();
  const out: AnalysisResult[] = [];
  let r: AnalysisResult | undefined;
  for (const text of texts) {
    r = analyze(text, config, r?.handover);
    const model = modelOf(r);
    assert.deepStrictEqual(model, coldModel(text), `after ${out.length} edits`);
    assertSkeletonFresh(r);
    out.push(r);
  }
  return out;
}

/** The numbering's key handed on (carry.ts Skeleton, made from the previous one's or kept) says what a fresh one says. */
function assertSkeletonFresh(r: AnalysisResult): void {
  const kept = (r.handover.carry as unknown as { keys: Map<string, Skeleton> } | undefined)?.keys.get('markers');
  if (!kept) return;
  const fresh = Skeleton.of(r.doc.headings);
  const plain = (k: Skeleton) => {
    const { markers, shape } = k as unknown as { markers: Array<Record<string, unknown>>; shape: Int32Array };
    return { shape: [...shape], markers: markers.map((m) => [m.kind, m.value, m.range, m.numeral, m.punct, m.halfWidth, m.canonical]) };
  };
  assert.deepStrictEqual(plain(kept), plain(fresh));
}

const titles = (r: AnalysisResult) => r.doc.headings.map((h) => h.title);
const on = (r: AnalysisResult, id: string) => r.findings.filter((f) => f.rule === id).map((f) => f.range.start.line);

describe('whole-document work kept from the previous version', () => {
  it('statistics tables one cell a line: the lines that may be figures are kept per line, and follow an edit of a cell', () => {
    const text = [
      '某某局2024年政府信息公开工作年度报告',
      '一、总体情况',
      '本年度共收到申请。',
      '二、收到和处理政府信息公开申请情况',
      '（一）本年新收政府信息公开申请数量',
      '33',
      '2',
      '（二）上年结转政府信息公开申请数量',
      '1',
      '0',
      '三、存在的主要问题',
      '工作仍有不足。',
    ].join('\n');
    // A cell that is no figure any more (`33` → `33项`): its row label heads a section again.
    const word = edit(text, 5, (s) => s + '项');
    // And back; then the other row's cell, below the edit's line.
    const back = text;
    const other = edit(text, 8, () => '一项');
    const [first, second, third, fourth] = replay([text, word, back, other]);
    assert.ok(!titles(first).includes('本年新收政府信息公开申请数量'));
    assert.ok(titles(second).includes('本年新收政府信息公开申请数量'));
    assert.ok(!titles(third).includes('本年新收政府信息公开申请数量'));
    assert.ok(titles(fourth).includes('上年结转政府信息公开申请数量'));
    assert.ok(!titles(fourth).includes('本年新收政府信息公开申请数量'));
  });

  it("the numbering's key skips the sections it last matched only where they stand unchanged: a marker changed in one section after a title edit is found", () => {
    const text = ['某某工作方案', '一、总体要求', '（一）指导思想', '（二）基本原则', '二、重点任务', '（一）加强组织', '（二）完善制度', '（三）强化监督', '三、保障措施', '（一）加强宣传', '（二）强化考核', '各单位要落实经费。'].join('\n');
    // A keystroke in a title (the numbering unchanged: its key is kept, with this version's sections),
    const typed = edit(text, 5, (s) => s + '领导');
    // then a marker changed in another section, 二、's `（二）` made a `（四）`: a gap GW101 reports;
    const skipped = edit(typed, 6, (s) => s.replace('（二）', '（四）'));
    // then one in the section edited first; and one heading fewer in 一、 with one more in 三、 in the
    // same edit (as many headings, 二、 the same section one place up).
    const again = edit(skipped, 5, (s) => s.replace('（一）', '（五）'));
    const swapped = edit(edit(again, 3, (s) => s.replace('（二）', '')), 11, (s) => '（三）' + s);
    const rs = replay([text, typed, skipped, again, swapped]);
    assert.deepStrictEqual(on(rs[1], 'GW101'), []);
    assert.ok(on(rs[2], 'GW101').includes(6));
    assert.ok(on(rs[3], 'GW101').includes(5));
  });
});
