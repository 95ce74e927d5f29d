/**
 * The numbering's votes and restarts worked out section by section (sequences.ts `SectionKind`):
 * each top-level section's groups carry what the section alone decides (the votes of the pairs of
 * groups inside it, how each group after its first starts, and what its first and last groups show
 * the groups next to them), kept on its Section while the parse takes it over; sequencesOf combines
 * them and looks only at the pairs of groups across sections. The result must be what working the
 * groups out one by one gives (sequencesOf without sections), on real documents, on random plans,
 * and after edits that change the votes inside one section while the others are taken over.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import fc from 'fast-check';
import { analyze, AnalysisResult, defaultConfig, GongwenDocument, lint, parse } from '../../server/src/analysis';
import type { SectionEntry } from '../../server/src/analysis/rule';
import { childKindUsage } from '../../server/src/analysis/rules/numbering';
import { Sequence, sequencesOf } from '../../server/src/analysis/sequences';
import type { Section } from '../../server/src/analysis/structure';
import { corpusFiles, seedFiles } from '../util';

const config = defaultConfig();

/** The lint's section entries (analyze.ts sectionEntries): each top-level subtree, with its Section where it holds the same subtree. */
function entriesOf(doc: GongwenDocument, sections?: readonly Section[]): SectionEntry[] {
  const hs = doc.headings;
  const out: SectionEntry[] = [];
  let k = 0;
  for (let i = 0; i < hs.length; ) {
    let j = i + 1;
    while (j < hs.length && hs[j].parent !== null) j++;
    let section: Section | undefined;
    if (sections) {
      while (k < sections.length && sections[k].head.line < hs[i].line) k++;
      const s = sections[k];
      if (s && s.head === hs[i] && s.size === j - i) section = s;
    }
    out.push({ view: { head: hs[i], from: i, to: j }, section });
    i = j;
  }
  return out;
}

/** A sequence as plain data: its style, its groups' lines and which of them start again. */
const plain = (seqs: readonly Sequence[]) =>
  seqs.map((s) => ({ part: s.part, kind: s.kind, style: s.style, groups: s.groups.map((g) => g.map((h) => h.line)), restarts: s.restarts }));

/** sequencesOf section by section (with the Sections of `r`, whose summaries it keeps or works out) equals it heading by heading. */
function assertSameSequences(r: AnalysisResult, label: string): void {
  const doc = r.doc;
  const sections = r.handover.model?.sections;
  const oneByOne = plain(sequencesOf(doc));
  assert.deepStrictEqual(plain(sequencesOf(doc, () => entriesOf(doc, sections))), oneByOne, label);
  // And from summaries worked out afresh (no Section: the lint of a section the parse made again).
  assert.deepStrictEqual(plain(sequencesOf(doc, () => entriesOf(doc))), oneByOne, label);
}

const found = (r: AnalysisResult) => JSON.parse(JSON.stringify(r.findings));
const cold = (text: string) => JSON.parse(JSON.stringify(lint(parse(text), config)));

/**
 * A plan whose `1.`s vote inside the sections: each `（一）` has its `1.`s, numbered on through the
 * plan (`running`) or from 1 under each `（一）`; the four pairs of `1.` groups inside `二、` outvote
 * the others (three at most), so `二、` alone decides the style.
 */
function votingPlan(running: boolean): string {
  let n = 0;
  const items = (k: number) => Array.from({ length: k }, (_, i) => `${running ? ++n : i + 1}.开展第${i + 1}项工作。`);
  return [
    '某某工作方案',
    '一、主要目标',
    '1.覆盖率达到90%。',
    '2.满意度达到95%。',
    '二、重点任务',
    ...['完善制度', '加强监管', '优化服务', '规范执法', '强化监测'].flatMap((t, i) => [`（${'一二三四五'[i]}）${t}`, ...items(2)]),
    '三、深化改革',
    '（六）推进试点',
    ...items(2),
    '（七）总结推广',
    ...items(2),
    '四、保障措施',
    '（八）加强领导',
    ...items(2),
  ].join('\n');
}

/**
 * Random plans: sections of `（一）`, `1.` and `（1）` items at random levels, numbered on, from 1 or
 * slipped, through the plan or from 1 in each section; titles of aims and arrangements among them,
 * and lists introduced by a colon.
 */
const randomPlan: fc.Arbitrary<string> = (() => {
  const titles = ['完善工作机制', '主要目标', '保障措施', '总体要求', '加强组织领导', '推进重点任务'];
  const kinds = [(v: number) => `（${'一二三四五六七八九十'[(v - 1) % 10]}）`, (v: number) => `${v}.`, (v: number) => `（${v}）`];
  // A heading: its level (1–3 below 一、), how its number goes from the one before (on, from 1, a slip), its title, whether a colon introduces it.
  const item = fc.record({ level: fc.integer({ min: 0, max: 2 }), step: fc.constantFrom('on', 'on', 'one', 'skip', 'same'), title: fc.integer({ min: 0, max: titles.length - 1 }), colon: fc.boolean() });
  const section = fc.record({ title: fc.integer({ min: 0, max: titles.length - 1 }), items: fc.array(item, { maxLength: 40 }) });
  return fc.tuple(fc.array(section, { minLength: 1, maxLength: 6 }), fc.boolean()).map(([sections, running]) => {
    const lines = ['某某工作方案'];
    const value = [0, 0, 0];
    sections.forEach((s, i) => {
      lines.push(`${'一二三四五六七八九'[i]}、${titles[s.title]}`);
      if (!running) value.fill(0);
      for (const it of s.items) {
        if (it.colon) lines.push('有下列情形之一的，按以下要求办理：');
        const v = it.step === 'one' ? 1 : it.step === 'skip' ? value[it.level] + 2 : it.step === 'same' ? Math.max(1, value[it.level]) : value[it.level] + 1;
        value[it.level] = v;
        // A level below starts again under a new item, or runs on (as running plans do).
        for (let l = it.level + 1; l < 3; l++) if (!running) value[l] = 0;
        lines.push(`${kinds[it.level](v)}${titles[it.title]}。`);
      }
    });
    return lines.join('\n');
  });
})();

describe('numbering votes per section', () => {
  it('on the real documents and the seeds, the sequences combined from the sections equal those worked out group by group', () => {
    const files = [...seedFiles(), ...corpusFiles()];
    assert.ok(files.length > 40, `${files.length} files`);
    for (const f of files) assertSameSequences(analyze(fs.readFileSync(f, 'utf8'), config), f);
  });

  it('on random plans (aims, arrangements, lists introduced by a colon, levels skipped, long sections), the same', () => {
    fc.assert(
      fc.property(randomPlan, (text) => assertSameSequences(analyze(text, config), text)),
      { numRuns: 300, seed: 33 },
    );
  });

  it('a section with more groups of a kind than a number holds the restarts of (its aims list starting again among tasks numbered on)', () => {
    const cn = (v: number) => (v > 10 ? '十' : '') + '一二三四五六七八九十'[v > 10 ? v - 11 : v - 1];
    const lines = ['某某工作方案', '一、重点任务'];
    let n = 0;
    for (let i = 1; i <= 17; i++) lines.push(`（${cn(i)}）推进第${i}项工作`, `${++n}.制定方案。`, `${++n}.组织实施。`);
    lines.push('（十八）主要目标', '1.覆盖率达到90%。', '2.满意度达到95%。', '二、保障措施', '（十九）加强组织领导');
    const text = lines.join('\n');
    const r = analyze(text, config);
    assert.strictEqual(r.doc.headings.filter((h) => h.marker.kind === 'arabic' && h.marker.value === 1).length, 1 + 1);
    assertSameSequences(r, text);
    assert.deepStrictEqual(r.findings.filter((f) => f.rule === 'GW101'), []);
  });

  it('an edit that changes the votes inside one section changes the style, the other sections taken over with their summaries', () => {
    for (const running of [true, false]) {
      const text = votingPlan(running);
      const first = analyze(text, config);
      assert.deepStrictEqual(first.findings.filter((f) => f.rule === 'GW101'), [], `${running}`);
      assertSameSequences(first, text);
      const before = first.handover.model!.sections;
      const summaries = before.map((s) => s.groups);
      // 二、's `1.` groups written the other way: the pairs inside 二、 now vote the other style, and
      // 三、's and 四、's `1.`s, taken over, are breaks.
      const lines = text.split('\n');
      let n = 0;
      for (let i = 5; i < 20; i++) if (/^\d+\./.test(lines[i])) lines[i] = lines[i].replace(/^\d+/, String(running ? (n++ % 2) + 1 : ++n));
      const edited = lines.join('\n');
      const second = analyze(edited, config, first.handover);
      assertSameSequences(second, edited);
      assert.deepStrictEqual(found(second), cold(edited), `${running}`);
      const after = second.handover.model!.sections;
      for (const i of [0, 2, 3]) {
        assert.strictEqual(after[i], before[i], after[i].head.title);
        assert.strictEqual(after[i].groups, summaries[i], after[i].head.title);
      }
      assert.ok(second.findings.some((f) => f.rule === 'GW101' && f.range.start.line >= 20), `${running}: a break in a section taken over`);
      // Written back: the previous findings again.
      const back = analyze(text, config, second.handover);
      assert.deepStrictEqual(found(back), cold(text));
      assert.deepStrictEqual(back.findings.filter((f) => f.rule === 'GW101'), []);
    }
  });
});

/** GW103's level usage as plain data: per part, each parent kind's kinds and counts, the usual one and the total. */
const usagePlain = (usage: ReturnType<typeof childKindUsage>) =>
  usage.map((level) => [...level].map(([key, u]) => ({ key, usual: u.usual, usualCount: u.usualCount, total: u.total, counts: [...u.counts] })));

/** The level usage from the sections (with `r`'s Sections, and worked out afresh) equals it heading by heading. */
function assertSameUsage(r: AnalysisResult, label: string): void {
  const doc = r.doc;
  const oneByOne = usagePlain(childKindUsage(doc));
  assert.deepStrictEqual(usagePlain(childKindUsage(doc, () => entriesOf(doc, r.handover.model?.sections))), oneByOne, label);
  assert.deepStrictEqual(usagePlain(childKindUsage(doc, () => entriesOf(doc))), oneByOne, label);
}

describe('GW103 level usage per section', () => {
  it('on the real documents, the seeds and random plans, the counts combined from the sections equal those counted heading by heading', () => {
    for (const f of [...seedFiles(), ...corpusFiles()]) assertSameUsage(analyze(fs.readFileSync(f, 'utf8'), config), f);
    fc.assert(
      fc.property(randomPlan, (text) => assertSameUsage(analyze(text, config), text)),
      { numRuns: 200, seed: 34 },
    );
  });

  it('an edit that changes one section\'s counts changes the level\'s usual kind for a section taken over', () => {
    // `（一）` under each `一、`, but `（1）` under 五、: a `（1）` where the level uses `（一）`.
    const sections = ['完善制度', '加强监管', '优化服务', '深化改革'].map((t, i) => [`${'一二三四'[i]}、${t}`, '（一）建立台账', '（二）定期通报']);
    const text = ['某某工作方案', ...sections.flat(), '五、保障措施', '（1）加强组织领导'].join('\n');
    const first = analyze(text, config);
    const at = first.doc.headings.find((h) => h.marker.text === '（1）')!.line;
    assert.ok(first.findings.some((f) => f.rule === 'GW103' && f.range.start.line === at));
    assertSameUsage(first, text);
    const before = first.handover.model!.sections;
    const levels = before.map((s) => s.levels);
    assert.ok(levels.every((l) => l), 'every section counted');
    // 二、's items written `（1）` `（2）`: three `（1）`s at the level now, no usual kind clear enough there.
    const edited = text.replace('二、加强监管\n（一）建立台账\n（二）定期通报', '二、加强监管\n（1）建立台账\n（2）定期通报');
    const second = analyze(edited, config, first.handover);
    assertSameUsage(second, edited);
    assert.deepStrictEqual(found(second), cold(edited));
    const after = second.handover.model!.sections;
    for (const i of [0, 2, 3, 4]) {
      assert.strictEqual(after[i], before[i], after[i].head.title);
      assert.strictEqual(after[i].levels, levels[i], after[i].head.title);
    }
    assert.ok(!second.findings.some((f) => f.rule === 'GW103' && f.range.start.line === at));
    const back = analyze(text, config, second.handover);
    assert.deepStrictEqual(found(back), cold(text));
    assert.ok(back.findings.some((f) => f.rule === 'GW103' && f.range.start.line === at));
  });
});
