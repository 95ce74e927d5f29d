/**
 * A list of duties headed by units (tasks.ts unitHeadedTasks): whether a heading's items are such
 * a list is kept with the heading, so an edit reads again only the titles of the headings it made
 * (a section it touched), not every heading's, and the tasks stay those of a cold analysis.
 */
import * as assert from 'assert';
import { analyze, defaultConfig } from '../../server/src/analysis';
import { LineText } from '../../server/src/analysis/lineText';

const CN = '一二三四五六七八九十';

/** A plan: a list of duties headed by units, then `n` sections of three tasks each. */
function plan(n: number): string {
  const lines = ['某某市某某工作方案', '一、职责分工', '（一）市委宣传部', '1.负责宣传报道。', '2.负责舆论引导。', '（二）市财政局', '1.负责经费保障。'];
  for (let s = 0; s < n; s++) {
    lines.push(`${CN[(s + 1) % 10]}、推进第${s + 2}方面工作`);
    for (let k = 0; k < 3; k++) lines.push(`（${CN[k]}）开展第${s + 2}.${k + 1}项工作`, `　　落实第${s + 2}.${k + 1}项工作的具体措施。`);
  }
  return lines.join('\n');
}

/** How often a heading's title is read for being a unit's name alone (the test of its punctuation) while `run` runs. */
function titlesRead(run: () => void): number {
  const real = RegExp.prototype.test;
  let n = 0;
  RegExp.prototype.test = function (this: RegExp, s: string): boolean {
    if (this.source === '[。，；;！？“”《]') n++;
    return real.call(this, s);
  };
  try {
    run();
  } finally {
    RegExp.prototype.test = real;
  }
  return n;
}

describe('lists of duties headed by units, kept per heading', () => {
  it('a keystroke in one section reads only that section\'s titles, with the tasks of a cold analysis', () => {
    const config = defaultConfig();
    const text = plan(9);
    let doc = LineText.of(text);
    let result: ReturnType<typeof analyze> | undefined;
    const cold = titlesRead(() => {
      result = analyze(doc, config);
    });
    // Every heading's title is read by a cold analysis: 2 + 9 × 4 headings, at least.
    assert.ok(cold >= 38, `cold: ${cold}`);
    const duties = (r: ReturnType<typeof analyze>) => r.doc.tasks.map((t) => [t.title, t.lead]).filter(([, lead]) => (lead as string[]).length);
    assert.deepStrictEqual(duties(result!), [['负责宣传报道', ['市委宣传部']], ['负责舆论引导', ['市委宣传部']], ['负责经费保障', ['市财政局']]]);
    // A keystroke in the body of the fifth section.
    const line = text.split('\n').indexOf('　　落实第6.2项工作的具体措施。');
    doc = doc.applied([{ range: { start: { line, character: 4 }, end: { line, character: 4 } }, text: '的' }]);
    const previous = result!.handover;
    const edited = titlesRead(() => {
      result = analyze(doc, config, previous);
    });
    // The top level's ten titles, the list of duties' two (its tasks are made again), and the
    // edited section's three items: not the other sections' (43 without the verdicts kept).
    assert.ok(edited <= 15, `after the edit: ${edited} of ${cold}`);
    const again = analyze(doc.text, config);
    assert.deepStrictEqual(result!.doc.tasks.map((t) => [t.title, t.lead]), again.doc.tasks.map((t) => [t.title, t.lead]));
    assert.deepStrictEqual(duties(result!), duties(again));
  });
});
