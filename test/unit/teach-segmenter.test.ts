/**
 * teachSegmenter (rules/words.ts): the document's unit names are taught to the segmenter once; an
 * edit looks only at the annotations of the lines it changed, not at every annotation's names
 * again (a whole-document pass on every keystroke).
 */
import * as assert from 'assert';
import { analyze, defaultConfig } from '../../server/src/analysis';
import { LineText } from '../../server/src/analysis/lineText';
import * as segmenter from '../../server/src/analysis/segmenter';

/** A plan of `n` tasks, each annotated with two units of its own. */
function plan(n: number): string {
  const lines = ['某某市某某工作方案', '一、重点任务'];
  for (let i = 1; i <= n; i++) lines.push(`（${'一二三四五六七八九十'[(i - 1) % 10]}）推进第${i}项工作。加强统筹协调。（市甲${i}局牵头，市乙${i}局配合）`);
  return lines.join('\n');
}

/** The names isUserWord is asked about while `run` runs. */
function asked(run: () => void): string[] {
  const mod = segmenter as { isUserWord: (w: string) => boolean };
  const real = mod.isUserWord;
  const names: string[] = [];
  mod.isUserWord = (w: string) => {
    names.push(w);
    return real(w);
  };
  try {
    run();
  } finally {
    mod.isUserWord = real;
  }
  return names;
}

describe('teachSegmenter looks only at what an edit changed', () => {
  it('an edit of one annotation asks about that line\'s names, and teaches a new one', () => {
    const config = defaultConfig();
    const text = plan(30);
    let doc = LineText.of(text);
    const first = analyze(doc, config);
    assert.ok(segmenter.isUserWord('市甲7局'));
    // Line 10 is the 8th task: its lead renamed.
    const line = 9;
    const old = text.split('\n')[line];
    const at = old.indexOf('市甲8局');
    doc = doc.applied([{ range: { start: { line, character: at + 1 }, end: { line, character: at + 2 } }, text: '丙' }]);
    let second: ReturnType<typeof analyze> | undefined;
    const names = asked(() => {
      second = analyze(doc, config, first.handover);
    });
    assert.ok(second!.doc.annotations.some((a) => a.units.some((u) => u.name === '市丙8局')));
    assert.ok(segmenter.isUserWord('市丙8局'), 'the new name is taught');
    // The edited line's two names; none of the other 29 annotations' (58 names).
    const others = names.filter((w) => /^市[甲乙]\d+局$/.test(w) && w !== '市乙8局');
    assert.deepStrictEqual(others, []);
  });
});
