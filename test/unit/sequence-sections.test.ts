/**
 * The numbering sequences worked out section by section (sequences.ts `sectionGroups`): the groups
 * below each top-level heading are kept on its Section while the parse takes it over, so an edit
 * inside a number works out again only the groups of the section it made again; the findings are
 * still what a cold lint finds, also where a level numbers on across sections.
 */
import * as assert from 'assert';
import { analyze, AnalysisResult, defaultConfig, lint, parse } from '../../server/src/analysis';
import type { Section } from '../../server/src/analysis/structure';

/** `（一）`… numbered on through the plan across its `一、`s, `1.`s restarting under each `（一）`. */
const PLAN = [
  '某某工作方案',
  '一、组织推进',
  '（一）建立工作专班',
  '1.明确牵头领导。',
  '2.细化分工安排。',
  '（二）完善工作机制',
  '二、宣传动员',
  '（三）加强政策宣讲',
  '1.编印宣传手册。',
  '2.开展集中宣讲。',
  '（四）营造良好氛围',
  '三、督查落实',
  '（五）开展专项督查',
  '1.制定督查清单。',
  '2.通报督查结果。',
  '（六）强化结果运用',
  '四、总结提升',
  '（七）及时总结经验',
  '（八）推广典型做法',
].join('\n');

const config = defaultConfig();
const cold = (text: string) => JSON.parse(JSON.stringify(lint(parse(text), config)));
const found = (r: AnalysisResult) => JSON.parse(JSON.stringify(r.findings));
const sectionsOf = (r: AnalysisResult): readonly Section[] => r.handover.model!.sections;

function edit(text: string, line: number, f: (s: string) => string): string {
  const lines = text.split('\n');
  lines[line] = f(lines[line]);
  return lines.join('\n');
}

describe('numbering sequences per section', () => {
  it('an edit inside a number works out the groups of its section alone, and finds what a cold lint finds', () => {
    const first = analyze(PLAN, config);
    assert.deepStrictEqual(first.findings.filter((f) => f.rule.startsWith('GW10')), []);
    const before = sectionsOf(first);
    assert.strictEqual(before.length, 4);
    // Every section's groups below its head were worked out by the first lint.
    for (const s of before) assert.ok(s.groups, s.head.title);
    const groupsBefore = before.map((s) => s.groups);

    // `（三）` typed `（九）` in 二、: a break there, and one at the `（四）` after it, counted on from it.
    const typed = edit(PLAN, 7, (s) => s.replace('（三）', '（九）'));
    const second = analyze(typed, config, first.handover);
    assert.deepStrictEqual(found(second), cold(typed));
    assert.ok(second.findings.some((f) => f.rule === 'GW101' && f.range.start.line === 7));
    const after = sectionsOf(second);
    assert.strictEqual(after.length, 4);
    // The sections the edit left alone are taken over with their groups; 二、 is made again, with its own.
    for (const i of [0, 2, 3]) {
      assert.strictEqual(after[i], before[i], after[i].head.title);
      assert.strictEqual(after[i].groups, groupsBefore[i], after[i].head.title);
    }
    assert.notStrictEqual(after[1], before[1]);
    assert.ok(after[1].groups && after[1].groups !== groupsBefore[1]);
    assert.strictEqual(after[1].groups!.find((e) => e.kind === 'parenCn')!.groups[0][0].marker.value, 9);

    // Typed back: no break left, in 三、 either, whose `（五）` counts on from 二、's.
    const back = analyze(PLAN, config, second.handover);
    assert.deepStrictEqual(found(back), cold(PLAN));
    assert.deepStrictEqual(back.findings.filter((f) => f.rule.startsWith('GW10')), []);
  });

  it('a section left alone keeps its groups while the sequence it counts on in changes before it', () => {
    const first = analyze(PLAN, config);
    // 二、's `（四）` made a body line: 三、's `（五）` (taken over, its groups kept) now skips a number.
    const removed = edit(PLAN, 10, (s) => s.replace('（四）', '') + '。');
    const groupsOf3 = sectionsOf(first)[2].groups;
    assert.ok(groupsOf3);
    const second = analyze(removed, config, first.handover);
    assert.deepStrictEqual(found(second), cold(removed));
    const third = sectionsOf(second).find((s) => s.head.title === '督查落实')!;
    assert.strictEqual(third.groups, groupsOf3);
    assert.ok(second.findings.some((f) => f.rule === 'GW101' && f.range.start.line === third.head.line + 1));
  });
});
