/**
 * Work that used to run over the whole document on every edit, kept for what the previous version
 * computed (docs/PERFORMANCE.md): each cache is checked against a cold analysis across edits that
 * must invalidate it.
 */
import * as assert from 'assert';
import { analyze, AnalysisResult, defaultConfig } from '../../server/src/analysis';
import { Skeleton } from '../../server/src/analysis/carry';
import { coldModel, modelOf } from './model-of';
import { sayingOf, sayingsOf } from '../../server/src/analysis/annotations';
import { isUserWord } from '../../server/src/analysis/segmenter';

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

describe('the units rules’ whole-document work, kept for what an edit left alone', () => {
  const findingsOf = (r: AnalysisResult, rule: string) => r.findings.filter((f) => f.rule === rule).map((f) => [f.range.start.line, f.range.start.character, f.message]);
  const cold = (text: string, rule: string) => findingsOf(analyze(text, defaultConfig()), rule);

  it('GW402’s amendments over a line’s end are read again only on the pairs of lines an edit touched: edits above, between, below and on them, a line added, another document read in between', () => {
    const decision = (...items: string[]) => ['某某市人民政府关于修改部分规章的决定', '市人民政府决定对下列规章作如下修改：', ...items, '本决定自公布之日起施行。', '某某市人民政府', '2024年6月1日', ''].join('\n');
    const text = decision(
      '一、将第五条中的“市环保局”修改',
      '为“市生态环境局”。',
      '二、将第六条中的“市国土资源局”改为“市自然资源和规划局”。',
      '三、将第七条中的“市安监局”修改为“市应急管理局”。',
      '四、删去第九条中的',
      '“市环保局会同有关部门”。',
      '五、市环保局应当加强监管。',
    );
    const other = decision('一、市环保局负责。', '二、市环保局负责解释。', '三、本规定由市环保局组织实施。', '四、市环保局加强指导。', '五、市环保局负责。', '六、市环保局负责。', '七、市环保局负责。');
    const config = defaultConfig();
    let r = analyze(text, config);
    // Compared with cold analyses after the edits: a cold analysis in between would be another version read.
    const seen: Array<[string, ReturnType<typeof findingsOf>]> = [];
    const step = (next: string) => {
      r = analyze(next, config, r.handover);
      seen.push([next, findingsOf(r, 'GW402')]);
      return next;
    };
    assert.deepStrictEqual(findingsOf(r, 'GW402').map((f) => f[0]), [8]);
    // Between the two amendments, above them, below them.
    let now = step(edit(text, 4, (s) => s.replace('改为', '修改为')));
    now = step(edit(now, 0, (s) => s + '（草案）'));
    now = step(edit(now, 8, (s) => s.replace('加强', '切实加强')));
    // The second line of the first pair: its verb taken away (the name is used), then back.
    now = step(edit(now, 3, () => '的意见。'));
    assert.ok(findingsOf(r, 'GW402').some((f) => f[0] === 2));
    now = step(edit(now, 3, () => '为“市生态环境局”。'));
    // The first line of the second pair.
    now = step(edit(now, 6, (s) => s.replace('删去', '保留')));
    assert.ok(findingsOf(r, 'GW402').some((f) => f[0] === 7));
    now = step(edit(now, 6, (s) => s.replace('保留', '删去')));
    // A line added between them, then taken away.
    now = step(edit(now, 4, (s) => s + '\n二、将第八条中的“县环保局”修改为“县生态环境局”。'));
    now = step(edit(now, 5, () => '').replace('\n\n', '\n'));
    // Another document analysed cold in between: the next edit of this one still reads its pairs.
    const between = analyze(other, config);
    assert.ok(findingsOf(between, 'GW402').length >= 7);
    now = step(edit(now, 4, (s) => s + '。'));
    assert.deepStrictEqual(findingsOf(r, 'GW402').map((f) => f[0]), [8]);
    seen.forEach(([t, found], k) => assert.deepStrictEqual(found, cold(t, 'GW402'), `edit ${k}`));
  });

  it('the segmenter learns the names an edit adds (at the first, a middle and the last annotation, on a line added), and a new registry’s, though it reads only the annotations that changed', () => {
    const plan = (...units: string[]) => ['某某工作方案', '一、重点任务', ...units.map((u, i) => `（${'一二三四五六七八'[i]}）推进第${i + 1}项工作。（${u}负责）`), ''].join('\n');
    const names = ['市鲲鹏湾事务局', '市翡翠岭管理局', '市琥珀港服务局', '市玳瑁洲发展局'];
    const config = defaultConfig();
    let r = analyze(plan(...names), config);
    for (const n of names) assert.ok(isUserWord(n), n);
    const teach = (units: string[], c = config) => {
      r = analyze(plan(...units), c, r.handover);
      for (const n of units) assert.ok(isUserWord(n), n);
    };
    teach(['市鲲鹏湾事务局', '市砗磲湾协调局', '市琥珀港服务局', '市玳瑁洲发展局']);
    teach(['市椰林岬事务局', '市砗磲湾协调局', '市琥珀港服务局', '市玳瑁洲发展局']);
    teach(['市椰林岬事务局', '市砗磲湾协调局', '市琥珀港服务局', '市珊瑚屿发展局']);
    teach(['市椰林岬事务局', '市砗磲湾协调局', '市琥珀港服务局', '市珊瑚屿发展局', '市海棠湾联络局']);
    // Another document read in between, then this one with a name of its own added.
    analyze(plan('市文化和旅游局', '市财政局'), config);
    teach(['市椰林岬事务局', '市砗磲湾协调局', '市蓬莱阁接待局', '市珊瑚屿发展局', '市海棠湾联络局']);
    // A registry under a configuration of its own: taught, with the annotations unchanged.
    const registry = { ...defaultConfig(), units: ['市凤凰岭保障局', '市麒麟山监测局'] };
    teach(['市椰林岬事务局', '市砗磲湾协调局', '市蓬莱阁接待局', '市珊瑚屿发展局', '市海棠湾联络局'], registry);
    for (const n of registry.units) assert.ok(isUserWord(n), n);
  });

  it('random edits of a decision and a plan, analysed one after another with handovers (no cold analysis in between), give a cold analysis’s findings', () => {
    let seed = 7;
    const rnd = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const pick = <T>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)];
    const base = [
      '某某市人民政府关于修改部分规章和实施方案的决定',
      '市人民政府决定对下列规章作如下修改：',
      '一、将第五条中的“市环保局”修改',
      '为“市生态环境局”。',
      '二、删去第九条中的',
      '“市环保局会同有关部门”。',
      '三、市环保局应当加强监管。',
      '四、重点任务',
      '（一）推进甲项工作。（市财政局、市教育局负责）',
      '（二）推进乙项工作。（市鲲鹏湾事务局牵头，市财政局配合）',
      '（三）推进丙项工作。（市教育局负责）',
      '（四）由市财政司会同市教育局研究制定办法。',
      '本决定自公布之日起施行。',
      '某某市人民政府',
      '2024年6月1日',
      '',
    ].join('\n');
    const pieces = ['修改', '为“市生态环境局”。', '删去第九条中的', '“市环保局”', '（市财政局负责）', '（市鲲鹏湾事务局牵头）', '（市财政司负责）', '市环保局', '的', '。', '\n', '”', '“'];
    const plain = (r: AnalysisResult) => r.findings.map((f) => [f.rule, f.range.start.line, f.range.start.character, f.range.end.line, f.range.end.character, f.message]);
    const config = defaultConfig();
    for (let chain = 0; chain < 6; chain++) {
      let text = base;
      let r = analyze(text, config);
      const seen: Array<[string, ReturnType<typeof plain>]> = [];
      for (let step = 0; step < 25; step++) {
        const lines = text.split('\n');
        const at = Math.floor(rnd() * lines.length);
        const line = lines[at];
        const col = Math.floor(rnd() * (line.length + 1));
        const op = rnd();
        if (op < 0.5) lines[at] = line.slice(0, col) + pick(pieces) + line.slice(col);
        else if (op < 0.75) lines[at] = line.slice(0, col) + line.slice(col + 1 + Math.floor(rnd() * 3));
        else if (op < 0.85 && at + 1 < lines.length) lines.splice(at, 2, line + lines[at + 1]);
        else lines[at] = pick(pieces);
        text = lines.join('\n');
        r = analyze(text, config, r.handover);
        seen.push([text, plain(r)]);
      }
      seen.forEach(([t, found], k) => assert.deepStrictEqual(found, plain(analyze(t, config)), `chain ${chain}, edit ${k}`));
    }
  });

  it('what the annotations say is the very same list while they are the same objects, and a new one where an annotation says something else', () => {
    const text = ['某某工作方案', '一、重点任务', '（一）甲项工作。（市财政局负责）', '（二）乙项工作。（市教育局负责）', '（三）丙项工作。（市民政局负责）', ''].join('\n');
    const config = defaultConfig();
    const r0 = analyze(text, config);
    const said = sayingsOf(r0.doc.annotations);
    // An edit away from the annotations: the same objects, the same list.
    const r1 = analyze(edit(text, 0, (s) => s + '（试行）'), config, r0.handover);
    assert.notStrictEqual(r1.doc.annotations, r0.doc.annotations);
    assert.strictEqual(sayingsOf(r1.doc.annotations), said);
    // A unit changed in the middle one: a new list, saying it, the others' sayings kept.
    const r2 = analyze(edit(edit(text, 0, (s) => s + '（试行）'), 3, (s) => s.replace('市教育局', '市卫健委')), config, r1.handover);
    const now = sayingsOf(r2.doc.annotations);
    assert.notStrictEqual(now, said);
    assert.strictEqual(now[0], said[0]);
    assert.strictEqual(now[2], said[2]);
    assert.deepStrictEqual((now[1] as { units: Array<{ name: string }> }).units.map((u) => u.name), ['市卫健委']);
    assert.deepStrictEqual(now, r2.doc.annotations.map(sayingOf));
    // Another list of the same length asked cold: its own sayings.
    const other = analyze(text.replace('市财政局', '市审计局'), config);
    assert.deepStrictEqual(sayingsOf(other.doc.annotations), other.doc.annotations.map(sayingOf));
  });
});
