import * as assert from 'assert';
import { analyze, applyEdits, defaultConfig, Finding } from '../../server/src/analysis';
import { addUserWords, boundaries, isUserWord, MIN_WORD_FREQ, segment, segmenterStats, trimDictionary } from '../../server/src/analysis/segmenter';
import miswritten from '../../server/src/analysis/data/miswritten.json';
import reforms from '../../server/src/analysis/data/reforms.json';
import { readSeed } from '../util';

function findings(text: string, rule: string, today?: string): Finding[] {
  return analyze(text, { ...defaultConfig(), today }).findings.filter((f) => f.rule === rule);
}

describe('segmenter (jieba 2.0.2)', () => {
  it('segments a sentence into tokens that re-join to it, and counts the work', () => {
    const before = segmenterStats.characters;
    const tokens = segment('进一步加强统筹协调工作')!;
    assert.ok(tokens.length > 1);
    assert.strictEqual(tokens.join(''), '进一步加强统筹协调工作');
    assert.ok(boundaries(tokens).has(3));
    assert.ok(segmenterStats.characters > before);
  });

  it('segments a sentence holding a lone surrogate (a copy cut inside an emoji): the word checks of the other lines still run', () => {
    const tokens = segment('落实的的\ud83d工作')!;
    assert.strictEqual(tokens.join(''), '落实的的\ud83d工作');
    assert.ok(boundaries(tokens).has(4));
    // jieba reads UTF-8, which has no lone surrogates: one on a line must not skip the whole rule.
    assert.strictEqual(findings('要认真落实的的\ud83d\n加强领导的的工作。\n', 'GW401').length, 2);
  });

  it('is not taught a unit name holding a control character (a NUL corrupts its dictionary: the next cut aborts the process)', () => {
    const name = '市水利局（市河\u0000长办）';
    addUserWords([name]);
    assert.strictEqual(isUserWord(name), false);
    // As an annotation's unit, which the word rules teach it.
    const text = `一、重点任务\n（一）加强河湖长制考核。（${name}牵头）\n（二）加强河湖长制考核的的工作。\n`;
    assert.strictEqual(analyze(text).findings.filter((f) => f.rule === 'GW401').length, 1);
    assert.ok(segment('加强河湖长制考核市水利局（市河\u0000长办）')!.length > 1);
  });

  it('leaves out rare words, except those that repeat a character', () => {
    const kept = `新词 ${MIN_WORD_FREQ} n`;
    const dict = Buffer.from(['部署 900 v', '震憾力 3 n', '和和美美 5 i', '一 217830 m', '录相带 3 n', kept, `旧词 ${MIN_WORD_FREQ - 1} n`, ''].join('\n'));
    assert.strictEqual(trimDictionary(dict).toString(), ['部署 900 v', '和和美美 5 i', '一 217830 m', kept, ''].join('\n'));
    // No final line break, a line without a frequency: kept as they are.
    assert.strictEqual(trimDictionary(Buffer.from('甲 1 n\n乙\n丙丙 1 n')).toString(), '乙\n丙丙 1 n');
  });

  it('rare dictionary words no longer hide a misspelling inside them, and reduplications stay whole', () => {
    // `震憾力` is a (misspelt) word of jieba's full dictionary, which kept `震憾` off word boundaries.
    assert.strictEqual(findings('要增强宣传的震憾力。\n', 'GW403').length, 1);
    assert.deepStrictEqual(findings('家庭和和美美，邻里和和睦睦。\n', 'GW401'), []);
  });
});

describe('word rules', () => {
  describe('GW401 repeated-word', () => {
    it('flags a punctuation mark typed twice (`。。`, `，，`, `、、`) and removes the copy, not a run of three or more', () => {
      const text = '要加强组织领导。。各单位要明确分工，，落实责任、、按时完成。\n';
      const fs = findings(text, 'GW401');
      assert.deepStrictEqual(fs.map((f) => [f.range.start.character, f.range.end.character]), [[7, 9], [17, 19], [23, 25]]);
      assert.strictEqual(applyEdits(text, fs[0].fixes[0].edits), '要加强组织领导。各单位要明确分工，，落实责任、、按时完成。\n');
      assert.deepStrictEqual(findings('要加强组织领导。。。各单位要明确分工；落实责任：按时完成。\n', 'GW401'), []);
    });
    it('flags two different marks in a row left by an edit (`，。`, `。，`), offering to remove either, not a run of three', () => {
      const text = '要加强组织领导，。各单位要明确分工。，落实责任。\n';
      const fs = findings(text, 'GW401');
      assert.deepStrictEqual(fs.map((f) => [f.range.start.character, f.range.end.character]), [[7, 9], [17, 19]]);
      assert.strictEqual(fs[0].fixes.length, 2);
      assert.strictEqual(applyEdits(text, fs[0].fixes[1].edits), '要加强组织领导，各单位要明确分工。，落实责任。\n');
      assert.strictEqual(applyEdits(text, fs[0].fixes[0].edits), '要加强组织领导。各单位要明确分工。，落实责任。\n');
      assert.strictEqual(applyEdits(text, fs[1].fixes[1].edits), '要加强组织领导，。各单位要明确分工。落实责任。\n');
      assert.deepStrictEqual(findings('要加强组织领导，。；各单位要明确分工。\n', 'GW401'), []);
    });
    it('finds a 的 doubled where jieba glued the first to the word before it (`协调委的|的`), not 目的的 or 的的确确', () => {
      const text = '承担协调委的的日常工作。\n';
      const fs = findings(text, 'GW401');
      assert.strictEqual(fs.length, 1);
      assert.strictEqual(applyEdits(text, fs[0].fixes[0].edits), '承担协调委的日常工作。\n');
      assert.deepStrictEqual(findings('达到目的的手段。的的确确是这样。他的的确确是好人。\n', 'GW401'), []);
    });
    it('flags a word written twice and removes the copy', () => {
      const text = '各单位要进一步进一步加强管理。\n';
      const [f] = findings(text, 'GW401');
      assert.ok(f);
      assert.strictEqual(applyEdits(text, f.fixes[0].edits), '各单位要进一步加强管理。\n');
      assert.strictEqual(findings('关于印发新余市新余市管理办法的通知\n', 'GW401').length, 1);
      assert.strictEqual(findings('这是我们的的工作。\n', 'GW401').length, 1);
    });
    it('finds repeats of every length up to six, on any line, wherever the line starts', () => {
      // The candidate scan numbers positions on from line to line: a character last seen on an
      // earlier line must never make a candidate here, and a repeat at a line's end still counts.
      const lines = [
        '各单位要进一步进一步加强管理。',
        '　　关于印发新余市新余市管理办法的通知',
        '进一步', // the same characters again, on the next line only
        '请国务院办公厅国务院办公厅牵头。',
        '这是我们的的',
      ];
      const got = findings(lines.join('\n') + '\n', 'GW401').map((f) => [f.range.start.line, f.range.start.character, f.range.end.character]);
      assert.deepStrictEqual(got, [
        [0, 4, 10],
        [1, 6, 12],
        [3, 1, 13],
        [4, 4, 6],
      ]);
      // Nothing joins the end of one line to the start of the next.
      assert.deepStrictEqual(findings('加强管理\n加强管理\n', 'GW401'), []);
    });
    it('leaves reduplication and emphatic repetition alone', () => {
      for (const ok of ['我们常常研究。', '大家看看这个方案。', '要研究研究再定。', '今天主要是总结总结去年的工作，梳理梳理今年的思路。', '一个时间节点一个时间节点地抓。', '人人参与，天天坚持。']) {
        assert.deepStrictEqual(findings(ok + '\n', 'GW401'), [], ok);
      }
      // A verb of policy doubled is a slip, not a speaker's "do a bit of".
      for (const [bad, word] of [['要加强加强灾害性天气预警。', '加强加强'], ['推进推进重点项目建设。', '推进推进']]) {
        assert.deepStrictEqual(findings(bad + '\n', 'GW401').map((f) => bad.slice(f.range.start.character, f.range.end.character)), [word], bad);
      }
    });
    it('finds a measure word doubled after a number (500顶顶帐篷, 3次次), not after 一 (一顶顶帐篷) nor before a word it starts (5个个人账户)', () => {
      for (const [bad, word] of [['调拨500顶顶帐篷支援灾区。', '顶顶'], ['今年已召开3次次专题会议。', '次次'], ['共排查出12个个问题。', '个个']]) {
        const got = findings(bad + '\n', 'GW401');
        assert.deepStrictEqual(got.map((f) => bad.slice(f.range.start.character, f.range.end.character)), [word], bad);
      }
      for (const ok of ['一顶顶帐篷在空地上搭了起来。', '一个个问题得到解决。', '开设5个个人账户。', '新购3台台式机。', '培育10家家庭农场。', '修订3条条款。', '引进2名名师。', '预计7天天气晴好。', '2年年底前完成。']) {
        assert.deepStrictEqual(findings(ok + '\n', 'GW401'), [], ok);
      }
    });
    it('finds a doubled word whose second copy the segmenter glues to the next word (会议会议议程), not a word and its suffix (学习学习型)', () => {
      const [f] = findings('常委会会议会议议程由主任会议确定。\n', 'GW401');
      assert.ok(f);
      assert.strictEqual(applyEdits('常委会会议会议议程由主任会议确定。\n', f.fixes[0].edits), '常委会会议议程由主任会议确定。\n');
      for (const ok of ['要学习学习型党组织建设经验。', '认真研究研究生培养方案。']) assert.deepStrictEqual(findings(ok + '\n', 'GW401'), [], ok);
    });
    it('leaves a speech’s rhetorical repetition alone (落实落实再落实, 干部干部，干字当头, a doubled word quoted), not a slip', () => {
      const speech = [
        '要落实落实再落实，团结团结再团结，实干实干再实干，学习学习再学习。',
        '干部干部，干字当头。抓落实，落实落实，关键在“落”。抓党建，党建党建，重在建设。',
        '同志们，冬训冬训，重在训。大家常说“落实落实”，要真抓实干。',
      ];
      for (const ok of speech) assert.deepStrictEqual(findings(ok + '\n', 'GW401'), [], ok);
      // Real slips are still caught: in running text, and before a clause that does not take the word up.
      const slips = ['这是我们的的工作。', '各单位要进一步进一步加强管理。', '市政协委员委员长期履职。', '会议会议议定如下事项。', '加强落实落实，确保见效。'];
      for (const bad of slips) assert.strictEqual(findings(bad + '\n', 'GW401').length, 1, bad);
    });
    it('finds a slip at the start of a longer quotation (提出的“加强加强灾害性天气……”), not only outside quotation marks', () => {
      const bad = '要认真落实国务院提出的“加强加强灾害性天气监测预警”的要求。';
      const got = findings(bad + '\n', 'GW401');
      assert.deepStrictEqual(got.map((f) => bad.slice(f.range.start.character, f.range.end.character)), ['加强加强'], bad);
      for (const ok of ['大家常说“落实落实”，要真抓实干。', '正如“干部干部，干字当头”所说。']) assert.deepStrictEqual(findings(ok + '\n', 'GW401'), [], ok);
    });
    it('finds a doubled word whose second copy the segmenter splits at a name it does not know (落实落实习近平), not a word starting a longer one', () => {
      const bad = '为深入贯彻落实落实习近平新时代中国特色社会主义思想，制定本方案。';
      const got = findings(bad + '\n', 'GW401');
      assert.deepStrictEqual(got.map((f) => bad.slice(f.range.start.character, f.range.end.character)), ['落实落实'], bad);
      for (const ok of ['认真研究研究生培养方案。', '要学习学习型党组织建设经验。']) assert.deepStrictEqual(findings(ok + '\n', 'GW401'), [], ok);
    });
    it('finds 的的 after a word whose 的 the segmenter reads as 目的 (该项目的的前期), not 目的的 nor 的的确确', () => {
      const bad = '目前你省正在开展该项目的的前期工作。';
      const got = findings(bad + '\n', 'GW401');
      assert.deepStrictEqual(got.map((f) => bad.slice(f.range.start.character, f.range.end.character)), ['的的'], bad);
      for (const ok of ['达到目的的手段。', '以营利为目的的组织。', '这个项目的的确确很好。', '有目的的开展工作。', '要实实在在地为群众办事。', '包括住房、教育、医疗等等。', '这件事不能不了了之。']) assert.deepStrictEqual(findings(ok + '\n', 'GW401'), [], ok);
    });
  });

  describe('GW402 outdated-institution', () => {
    it('flags a name renamed before the document’s date, with the successor as fix', () => {
      const text = '请国家工商行政管理总局配合。\n某局\n2024年3月5日\n';
      const [f] = findings(text, 'GW402');
      assert.ok(f);
      assert.strictEqual(applyEdits(text, f.fixes[0].edits), text.replace('国家工商行政管理总局', '国家市场监督管理总局'));
    });
    it('does not read the tail of a unit broken over a line’s end as the outdated name, in text not recognised as wrapped', () => {
      const dated = (s: string) => `${s}\n某局\n2025年3月5日\n`;
      const task = '（一）加强耕地保护。严格落实耕地保护制度，建立健全耕地保护长效机制。';
      // `（市自然资源` | `规划局牵头，…）`: 规划局 is the end of 市自然资源规划局, read whole by the annotation.
      assert.deepStrictEqual(findings(dated(`${task}（市自然资源\n规划局牵头，市农业农村局配合）`), 'GW402'), []);
      assert.deepStrictEqual(findings(dated(`${task}（市自然资源规\n划局牵头，市农业农村局配合）`), 'GW402'), []);
      // A broken name that is outdated as a whole (`（市` | `规划局…`), and real outdated names at a line's
      // start (after a full stop, after a heading's marker, a second unit on the line), are still flagged.
      const names = (text: string) => findings(dated(text), 'GW402').map((f) => [f.range.start.line, f.message.match(/“(.+?)”/)![1]]);
      // Found from where the name starts (市, on the line above), up to its end on the next line.
      assert.deepStrictEqual(names(`${task}（市\n规划局牵头，市农业农村局配合）`), [[0, '规划局']]);
      assert.deepStrictEqual(names(`${task}\n市环保局要建立健全长效机制。`), [[1, '环保局']]);
      assert.deepStrictEqual(names(`${task}（市自然资源\n规划局牵头，市环保局配合）\n（二）市安监局要建立健全长效机制。`), [[1, '环保局'], [2, '安监局']]);
    });
    it('finds an outdated name broken over a line’s end from where it starts, and its fix writes the successor after the line break', () => {
      const task = '（一）深入打好蓝天保卫战。全年PM2.5平均浓度控制在35微克/立方米以下。';
      const text = (unit: string) => `${task}（${unit}牵头，市工业和信息化局配合）\n某局\n2025年3月5日\n`;
      for (const [unit, word, endLine, endChar] of [['市环境保护\n局', '环境保护局', 1, 1], ['市环保\n局', '环保局', 1, 1], ['市\n环保局', '环保局', 1, 3], ['市环\n保局', '环保局', 1, 2]] as const) {
        const t = text(unit);
        const fs = findings(t, 'GW402');
        assert.strictEqual(fs.length, 1, unit);
        const [f] = fs;
        assert.match(f.message, new RegExp(`“${word}”`));
        // From 市 on the first line to the name's end on the second.
        assert.deepStrictEqual(f.range, { start: { line: 0, character: task.length + 1 }, end: { line: endLine, character: endChar } }, unit);
        assert.strictEqual(applyEdits(t, f.fixes[0].edits), text('市\n生态环境局'), unit);
      }
      // Edits of either line, analysed with the previous version handed over, find what a cold analysis finds.
      const config = defaultConfig();
      const v1 = `${task}（市环境保护\n局牵头，市工业和信息化局配合）\n（二）推进矿山生态修复。（市林业局负责）\n某局\n2025年3月5日\n`;
      let previous = analyze(v1, config);
      for (const v of [v1.replace('局牵头，市工业', '局牵头，市工业和'), v1.replace('局牵头', '局负责'), v1.replace('（市环境保护', '（县环境保护'), v1.replace('（市环境保护\n局', '（市生态环境\n局'), v1.replace('某局', '某某局')]) {
        const warm = analyze(v, config, previous.handover);
        const cold = analyze(v, config);
        assert.deepStrictEqual(warm.findings.filter((f) => f.rule === 'GW402').map((f) => f.range), cold.findings.filter((f) => f.rule === 'GW402').map((f) => f.range), v);
        previous = warm;
      }
      // On one line it is as before; a current name broken the same way is none.
      const [one] = findings(text('市环保局'), 'GW402');
      assert.deepStrictEqual(one.range, { start: { line: 0, character: task.length + 2 }, end: { line: 0, character: task.length + 5 } });
      assert.deepStrictEqual(findings(text('市生态环境\n局'), 'GW402'), []);
    });
    it('does not flag a document dated before the reform', () => {
      assert.deepStrictEqual(findings('请国家工商行政管理总局配合。\n某局\n2016年3月5日\n', 'GW402'), []);
    });
    it('uses today when the document has no date', () => {
      assert.strictEqual(findings('环境保护部负责。\n', 'GW402', '2025-01-01').length, 1);
      assert.deepStrictEqual(findings('环境保护部负责。\n', 'GW402', '2017-01-01'), []);
    });
    it('without a date, judges by the latest year the text mentions (a copy of an old plan is not today’s)', () => {
      assert.deepStrictEqual(findings('2012年起5年内，环境保护部负责。\n', 'GW402', '2025-01-01'), []);
      assert.strictEqual(findings('2019年起，环境保护部负责。\n', 'GW402', '2025-01-01').length, 1);
      // A year past today counts as today: `到2030年` in a plan drafted in 2017.
      assert.deepStrictEqual(findings('到2030年，环境保护部负责。\n', 'GW402', '2017-01-01'), []);
      // No date and no year: national bodies are judged against today, local ones not at all.
      assert.deepStrictEqual(findings('（环境保护部、省环保厅负责）\n', 'GW402', '2025-01-01').map((f) => f.message.match(/“(.+?)”/)![1]), ['环境保护部']);
      assert.strictEqual(findings('2025年，（环境保护部、省环保厅负责）\n', 'GW402', '2025-06-01').length, 2);
    });
    it('flags the district branches of the bureaus renamed in 2019 (`区国土分局`), and leaves the branches of today alone', () => {
      const dated = (s: string) => `${s}\n某局\n2025年3月5日\n`;
      const text = dated('（一）甲。（区国土资源分局负责）\n（二）乙。（区环保分局牵头，区工商分局、区安监分局、区国税分局配合）');
      const fs = findings(text, 'GW402');
      assert.deepStrictEqual(fs.map((f) => f.message.match(/“(.+?)”/)![1]), ['国土资源分局', '环保分局', '工商分局', '安监分局', '国税分局']);
      // One successor: the branch's name is changed, the place stays.
      assert.strictEqual(applyEdits(text, fs[1].fixes[0].edits), text.replace('区环保分局', '区生态环境分局'));
      assert.deepStrictEqual(fs[0].fixes, []);
      // Today's branches, a bureau's branch named after it, a branch without a reform.
      assert.deepStrictEqual(findings(dated('（市生态环境局高新分局、区自然资源和规划分局、区市场监督管理分局、区公安分局、市规划分局负责）'), 'GW402'), []);
      assert.deepStrictEqual(findings('（区环保分局负责）\n某局\n2018年6月5日\n', 'GW402'), []);
    });
    it('flags local bodies renamed in the 2018–2019 reforms, after their place or in a list', () => {
      const dated = (s: string) => `${s}\n某局\n2024年3月5日\n`;
      const text = dated('加强监管。（某某市环保局牵头，县安监局、工商局、区卫计委配合）');
      const fs = findings(text, 'GW402');
      assert.deepStrictEqual(fs.map((f) => f.message.match(/“(.+?)”/)![1]), ['环保局', '安监局', '工商局', '卫计委']);
      // The place stays; the name after it changes.
      assert.strictEqual(applyEdits(text, fs[0].fixes[0].edits), text.replace('某某市环保局', '某某市生态环境局'));
      // Provincial departments, renamed by the end of 2018.
      assert.strictEqual(findings(dated('（省环保厅、省农业厅负责）'), 'GW402').length, 2);
      // Several successors (自然资源局, 自然资源和规划局): no fix.
      assert.deepStrictEqual(findings(dated('（市国土资源局负责）'), 'GW402')[0].fixes, []);
      // Not before the local reforms were done, not said to be former, not inside another word.
      assert.deepStrictEqual(findings('（市环保局负责）\n某局\n2018年6月5日\n', 'GW402'), []);
      assert.deepStrictEqual(findings(dated('原某某市环保局的职责划入市生态环境局。'), 'GW402'), []);
      // `原` right after an item's marker: the former body of a place named without its level.
      assert.deepStrictEqual(findings(dated('6.原江城银保监分局承担的职责已划转。'), 'GW402'), []);
      assert.deepStrictEqual(findings(dated('（六）原江城银保监分局的档案移交市档案馆。'), 'GW402'), []);
      assert.strictEqual(findings(dated('6.江城银保监分局做好监管工作。'), 'GW402').length, 1);
      assert.deepStrictEqual(findings(dated('（六）做好原江城银保监分局档案移交工作。'), 'GW402'), []);
      assert.strictEqual(findings(dated('（六）督促江城银保监分局按原有机制做好监管工作。'), 'GW402').length, 1);
      assert.deepStrictEqual(findings(dated('对照原市环保局出台的规定执行；由原县安监局移交的档案继续有效。'), 'GW402'), []);
      assert.deepStrictEqual(findings(dated('推动现代农业局面持续向好，完善扶贫办法。（扶贫办法另行制定）'), 'GW402'), []);
      // 扶贫办 became 乡村振兴局 in 2021; 扶贫办公室 is changed whole.
      assert.deepStrictEqual(findings('（县扶贫办负责）\n某局\n2020年6月5日\n', 'GW402'), []);
      const office = dated('（县扶贫办公室负责）');
      assert.strictEqual(applyEdits(office, findings(office, 'GW402')[0].fixes[0].edits), office.replace('扶贫办公室', '乡村振兴局'));
    });
    it('leaves alone the old names an amendment quotes to change or strike out, and flags an unquoted use beside them', () => {
      const decision = (...items: string[]) => ['某某市人民政府关于修改部分规章的决定', ...items, '某某市人民政府', '2024年3月1日', ''].join('\n');
      const names = (text: string) => findings(text, 'GW402').map((f) => [f.range.start.line, f.message.match(/“(.+?)”/)![1]]);
      // Each construction: 修改为, 将“…”改为, 分别修改为 over a list, 修改成 / 调整为 / 替换为 / 更名为, 删去 before and after.
      const text = decision(
        '一、将第五条中的“环境保护部”修改为“生态环境部”。',
        '二、将“市环保局”改为“市生态环境局”。',
        '三、将第七条中的“国家工商行政管理总局”、“国家质量监督检验检疫总局”分别修改为“国家市场监督管理总局”。',
        '四、第八条中的“市安监局”修改成“市应急管理局”，“县环保局”调整为“县生态环境局”。',
        '五、将第九条中的“国家食品药品监督管理总局”替换为“国家药品监督管理局”，“县工商局”更名为“县市场监督管理局”。',
        '六、删去第十条第二款中的“国家安全生产监督管理总局”。',
        '七、将第十一条中的“市环保局”删去。',
        '八、市环保局负责本规定的解释。',
      );
      assert.deepStrictEqual(names(text), [[8, '环保局']]);
      // Without its verb a quoted old name is a use of it (`“环境保护部”负责`), as is the new text 修改为 gives.
      assert.deepStrictEqual(names(decision('一、由“环境保护部”负责。', '二、第五条修改为：“环境保护部负责监督。”')), [[1, '环境保护部'], [2, '环境保护部']]);
      // A renaming told in running text (`将市环保局更名为市生态环境局`) names the old body as such.
      assert.deepStrictEqual(names(decision('一、将市环保局更名为市生态环境局。')), []);
    });
    it('leaves alone an amendment’s old names in nested quotes, after 删去以下内容：, and over a line’s end; flags the use outside', () => {
      const decision = (...items: string[]) => ['某某市人民政府关于修改部分规章的决定', '市人民政府决定对下列规章作如下修改：', ...items, '本决定自公布之日起施行。', '某某市人民政府', '2024年6月1日', ''].join('\n');
      const names = (text: string) => findings(text, 'GW402').map((f) => [f.range.start.line, f.range.start.character, f.message.match(/“(.+?)”/)![1]]);
      const text = decision(
        '一、将“《某某市大气污染防治办法》中的‘市环境保护局’”修改为“市生态环境局”。',
        '二、删去以下内容：“市环保局负责监督管理。”',
        '三、将第五条中的“市环保局”修改',
        '为“市生态环境局”。',
        '四、将第六条中的“县环保局”',
        '修改为“县生态环境局”。',
        '五、删去第九条中的',
        '“市环保局会同有关部门”。',
        '六、将第三条中的“市国土资源局”改为“市自然资源和规划局”。',
        '七、将第七条中的‘市安监局’修改为‘市应急管理局’。',
        '八、市环保局应当加强监管。',
      );
      assert.deepStrictEqual(names(text), [[12, 3, '环保局']]);
      // An edit of the next line alone (its verb typed or taken away) is seen by an analysis handed
      // the one before, as by a cold one.
      const config = defaultConfig();
      const before = analyze(decision('一、将第五条中的“市环保局”修改', '为“市生态环境局”。'), config);
      const after = decision('一、将第五条中的“市环保局”修改', '的意见。');
      const gw402 = (r: { findings: Finding[] }) => r.findings.filter((f) => f.rule === 'GW402').map((f) => f.range.start);
      assert.deepStrictEqual(gw402(before), []);
      assert.deepStrictEqual(gw402(analyze(after, config, before.handover)), gw402(analyze(after, config)));
      assert.strictEqual(gw402(analyze(after, config)).length, 1);
      // A quoted name at a line's end that the next line does not amend is a use of it; so is one
      // after 删去 that is not the quoted words' (`删去了，“市环保局”`).
      assert.deepStrictEqual(names(decision('一、会议听取了“市环保局”', '的汇报。', '二、会议决定，删去。', '“市环保局”负责解释。')), [[2, 9, '环保局'], [5, 2, '环保局']]);
    });
    it('flags more local bodies of the 2018–2019 reforms, and names what a body has become by the document’s date', () => {
      const dated = (s: string) => `${s}\n某县人民政府\n2024年3月1日\n`;
      const text = dated('（县卫生计生委、市国税局、市地税局、县旅游局、县物价局、县监察局、市农委、市银保监分局负责）由市政府法制办审核。');
      assert.deepStrictEqual(findings(text, 'GW402').map((f) => f.message.match(/“(.+?)”/)![1]), ['卫生计生委', '国税局', '地税局', '旅游局', '物价局', '监察局', '农委', '银保监分局', '法制办']);
      // 银监会 became 中国银保监会, which became 国家金融监督管理总局 in 2023.
      const [f] = findings(dated('（中国银监会负责）'), 'GW402');
      assert.match(f.message, /现为“国家金融监督管理总局”/);
      assert.strictEqual(f.fixes[0].edits[0].newText, '国家金融监督管理总局');
      assert.match(findings('（中国银监会负责）\n某局\n2020年3月1日\n', 'GW402')[0].message, /现为“中国银行保险监督管理委员会”/);
    });
    it('knows the reforms of fire brigades, planning, culture, forestry, fisheries, the central bank\'s branches, financial regulators and rural revitalisation', () => {
      const on = (s: string, date: string) => findings(`${s}\n某县人民政府\n${date}\n`, 'GW402');
      const names = (fs: Finding[]) => fs.map((f) => f.message.match(/“(.+?)”/)![1]);
      const fire = on('（县公安消防大队、市公安消防支队负责）', '2025年3月1日');
      assert.deepStrictEqual(names(fire), ['公安消防大队', '公安消防支队']);
      assert.strictEqual(fire[0].fixes[0].edits[0].newText, '消防救援大队');
      assert.match(fire[0].message, /各地调整时间不一/);
      assert.deepStrictEqual(on('（县规划局负责）', '2025年3月1日')[0].fixes, []);
      const province = on('（省文化厅、省新闻出版广电局、省林业厅、省海洋与渔业厅负责）', '2025年3月1日');
      assert.deepStrictEqual(names(province), ['文化厅', '新闻出版广电局', '林业厅', '海洋与渔业厅']);
      assert.strictEqual(province[2].fixes[0].edits[0].newText, '林业和草原局');
      // The central bank's branches hold their place: the whole name is flagged, with what became of it.
      const bank = on('（人民银行温州市中心支行、中国人民银行瑞安市支行负责）', '2025年3月1日');
      assert.deepStrictEqual(names(bank), ['人民银行温州市中心支行', '中国人民银行瑞安市支行']);
      assert.match(bank[0].message, /中国人民银行××市分行/);
      assert.deepStrictEqual(bank[0].fixes, []);
      assert.deepStrictEqual(on('（人民银行温州市中心支行负责）', '2023年3月1日'), []);
      // A province's regulator office is named without 省; it changed twice.
      assert.deepStrictEqual(on('（浙江银保监局、温州银保监分局、省地方金融监管局负责）', '2025年3月1日').map((f) => f.fixes[0].edits[0].newText), ['金融监管局', '金融监管分局', '地方金融管理局']);
      assert.match(on('（浙江银监局负责）', '2020年3月1日')[0].message, /现为“银保监局”/);
      assert.deepStrictEqual(on('（省地方金融监管局负责）', '2024年3月1日'), []);
      // The former regulator's offices by their full names (`中国银保监会××监管局`) became the 总局's in 2023.
      const offices = on('（中国银保监会浙江监管局、中国银行保险监督管理委员会温州监管分局负责）', '2024年3月1日');
      assert.deepStrictEqual(names(offices), ['中国银保监会浙江监管局', '中国银行保险监督管理委员会温州监管分局']);
      assert.match(offices[0].message, /国家金融监督管理总局××监管局/);
      assert.deepStrictEqual(offices[0].fixes, []);
      assert.deepStrictEqual(on('（中国银保监会浙江监管局负责）', '2023年6月1日'), []);
      assert.deepStrictEqual(on('（国家金融监督管理总局浙江监管局负责）', '2024年3月1日'), []);
      // Local 乡村振兴局: kept as a second name in places, so only noted, and not beside its successor.
      const rural = on('（县乡村振兴局负责）', '2025年3月1日');
      assert.deepStrictEqual(rural.map((f) => f.severity), ['info']);
      assert.deepStrictEqual(on('（县农业农村局、县乡村振兴局负责）由县农业农村局（县乡村振兴局）汇总。', '2025年3月1日'), []);
      assert.deepStrictEqual(on('（县乡村振兴局负责）', '2024年3月1日'), []);
      // 扶贫办 went to 乡村振兴局 in 2021, and with it to 农业农村 in 2024.
      assert.match(on('（县扶贫办负责）', '2023年3月1日')[0].message, /现为“乡村振兴局”。/);
      assert.match(on('（县扶贫办负责）', '2025年3月1日')[0].message, /现为“农业农村局、农业农村厅”/);
    });
    it('knows short forms (食品药品监管局, 人行…中心支行), the central bank’s two steps, and the later local reforms (两新工委, 大数据管理局, 环境监察支队, 纪委监察局)', () => {
      const on = (s: string, date: string) => findings(`${s}\n某县人民政府\n${date}\n`, 'GW402');
      const names = (fs: Finding[]) => fs.map((f) => f.message.match(/“(.+?)”/)![1]);
      assert.deepStrictEqual(names(on('（省食品药品监管局、国家食品药品监管总局、市食药监管局负责）', '2020年3月1日')), ['食品药品监管局', '国家食品药品监管总局', '食药监管局']);
      // The central bank's central sub-branches became branches on 18 August 2023, its county
      // sub-branches went on 28 May 2024; `人行` is its short name where a name starts.
      const bank = '（人行南州中心支行、人行青山县支行、人民银行南州中心支行负责）会同人行瑞安市支行办理。';
      assert.deepStrictEqual(names(on(bank, '2023年8月1日')), []);
      assert.deepStrictEqual(names(on(bank, '2024年3月1日')), ['人行南州中心支行', '人民银行南州中心支行']);
      assert.deepStrictEqual(names(on(bank, '2024年6月3日')), ['人行南州中心支行', '人行青山县支行', '人民银行南州中心支行', '人行瑞安市支行']);
      assert.deepStrictEqual(on('倡导文明出行，个人行为规范纳入农商银行支行考核；禁止行人行走在机动车道。', '2025年3月1日'), []);
      // The 2023 reform's local steps: by the end of 2024, places differing in when and how (both
      // bodies were named side by side in the change), so only noted, and the message says to check.
      const late = '（市委两新工委、区两新工委、市大数据管理局、省大数据发展管理局负责）';
      assert.deepStrictEqual(on(late, '2024年9月10日'), []);
      const fs = on(late, '2025年3月1日');
      assert.deepStrictEqual(names(fs), ['两新工委', '两新工委', '大数据管理局', '大数据发展管理局']);
      assert.ok(fs.every((f) => f.severity === 'info'));
      assert.ok(fs.every((f) => /请核实/.test(f.message)));
      const text = '（市委两新工委负责）\n某县人民政府\n2025年3月1日\n';
      assert.strictEqual(applyEdits(text, findings(text, 'GW402')[0].fixes[0].edits), text.replace('两新工委', '社会工作部'));
      // `数据局` inside `大数据局` is no successor named beside it; a 数据中心 is no bureau.
      assert.deepStrictEqual(names(on('（市大数据局、区大数据中心负责）', '2025年3月1日')), ['大数据局']);
      assert.deepStrictEqual(on('（市数据局、市政务服务和大数据管理局负责）', '2025年3月1日'), []);
      // Environmental inspection brigades joined the integrated enforcement teams by 2020;
      // a 纪委 and 监察局 written as one body became the 纪委监委 in 2018.
      const env = on('（市环境监察支队、县环境监察大队、市纪委监察局负责）', '2021年3月1日');
      assert.deepStrictEqual(env.map((f) => f.fixes[0].edits[0].newText), ['生态环境保护综合行政执法支队', '生态环境保护综合行政执法大队', '纪委监委']);
      assert.deepStrictEqual(names(on('（市环境监察支队负责）', '2020年3月1日')), []);
    });
    it('leaves names kept as a second name of their successor alone (国家海洋局, 国家外国专家局, 国家宗教事务局, 国务院侨办, 国家乡村振兴局, 国务院港澳办), and 国务院研究室, which no reform abolished', () => {
      // 国发〔2023〕5号: 自然资源部对外保留国家海洋局牌子, 人力资源和社会保障部加挂国家外国专家局牌子,
      // 农业农村部加挂国家乡村振兴局牌子; 国家宗教事务局, 国务院侨务办公室 in 中央统战部, 国务院港澳事务办公室
      // in 中央港澳工作办公室 加挂牌子; 国家公务员局 (中央组织部) and 国家行政学院 (中央党校) likewise.
      const kept = '（国家海洋局、国家外国专家局、国家宗教事务局、国务院侨务办公室、国务院侨办、国家乡村振兴局、国务院研究室、国务院港澳事务办公室、国务院港澳办、国家公务员局、国家行政学院负责）市外国专家局、省科技厅（省外国专家局）配合。';
      assert.deepStrictEqual(findings(`${kept}\n某局\n2025年3月5日\n`, 'GW402'), []);
      // 国务院扶贫办 became 国家乡村振兴局 in 2021, and the name stays as 农业农村部's second name.
      assert.match(findings('（国务院扶贫办负责）\n某局\n2025年3月5日\n', 'GW402')[0].message, /现为“国家乡村振兴局”。/);
    });
    it('knows the central leading groups that became commissions in 2018, and the water projects’ offices merged into 水利部', () => {
      const on = (s: string, date: string) => findings(`${s}\n某局\n${date}\n`, 'GW402');
      const renamed: Array<[string, string]> = [
        ['中央全面深化改革领导小组', '中央全面深化改革委员会'],
        ['中央深改组', '中央深改委'],
        ['中央网络安全和信息化领导小组', '中央网络安全和信息化委员会'],
        ['中央财经领导小组', '中央财经委员会'],
        ['中央外事工作领导小组', '中央外事工作委员会'],
        ['国务院南水北调工程建设委员会办公室', '水利部'],
        ['国务院南水北调办', '水利部'],
        ['国务院三峡工程建设委员会办公室', '水利部'],
        ['国务院三峡办', '水利部'],
      ];
      for (const [old, now] of renamed) {
        const text = `按照${old}的部署，抓好落实。\n某局\n2019年3月5日\n`;
        const fs = findings(text, 'GW402');
        assert.strictEqual(fs.length, 1, old);
        assert.strictEqual(applyEdits(text, fs[0].fixes[0].edits), text.replace(old, now), old);
        assert.match(fs[0].message, /2018年/, old);
        assert.deepStrictEqual(on(`按照${old}的部署，抓好落实。`, '2018年3月1日'), [], old);
        assert.deepStrictEqual(on(`原${old}的职责划入${now}。`, '2019年3月5日'), [], old);
      }
      // The commissions' offices keep their places in the new names (中央财经委员会办公室).
      const office = '（中央财经领导小组办公室、中央外事工作领导小组办公室、中央全面深化改革领导小组办公室、中央网络安全和信息化领导小组办公室负责）\n某局\n2019年3月5日\n';
      const fs = findings(office, 'GW402');
      assert.strictEqual(fs.length, 4);
      assert.strictEqual(fs.reduceRight((t, f) => applyEdits(t, f.fixes[0].edits), office), office.replace(/领导小组办公室/g, '委员会办公室'));
      // The present names, and a local or an enterprise's own 全面深化改革领导小组, are left alone.
      assert.deepStrictEqual(on('（中央全面深化改革委员会、中央财经委员会、中央外事工作委员会办公室、中央网络安全和信息化委员会办公室、水利部负责）市委全面深化改革领导小组、集团全面深化改革领导小组配合。', '2025年3月5日'), []);
    });
    it('follows chains: 银保监会 is outdated only after 2023', () => {
      assert.deepStrictEqual(findings('中国银保监会负责。\n某局\n2020年1月2日\n', 'GW402'), []);
      assert.strictEqual(findings('中国银保监会负责。\n某局\n2024年1月2日\n', 'GW402').length, 1);
    });
    it('never inside a longer word, in 《》 titles, or after 原', () => {
      const dated = (s: string) => `${s}\n某局\n2024年3月5日\n`;
      assert.deepStrictEqual(findings(dated('省级文化部门负责审批。'), 'GW402'), []);
      assert.deepStrictEqual(findings(dated('根据《国家工商行政管理总局关于某事的通知》执行。'), 'GW402'), []);
      assert.deepStrictEqual(findings(dated('原国家工商行政管理总局发布的规定继续有效。'), 'GW402'), []);
    });
    it('leaves a former body named as what it was alone: a past post, a year before the reform, a list after 原, a note of its present name', () => {
      const dated = (s: string) => `${s}\n某县人民政府\n2025年1月8日\n`;
      const history = dated(
        '本人2015年至2018年任市安监局副局长，曾任市扶贫办副主任，时任国家工商总局副司长。' +
          '原市民政局、市国土资源局和县质监局的职责划入我局。由县国土资源局（现县自然资源局）负责。2018年机构改革前，本人在县安监局工作。',
      );
      assert.deepStrictEqual(findings(history, 'GW402'), []);
      // Today's work of the old body, and a list 原则 opens, are still flagged; so is a year it has gone on since.
      const now = dated('县安监局要加强执法。坚持原则、县工商局要依法监管。2017年以来，县质监局查处案件120起。');
      assert.deepStrictEqual(findings(now, 'GW402').map((f) => f.message.match(/“(.+?)”/)![1]), ['安监局', '工商局', '质监局']);
    });
    it('leaves the bodies a sentence telling the reform names alone, and a 大事记’s entries (3月　县工商行政管理局成立)', () => {
      const dated = (s: string) => `${s}\n某县人民政府\n2025年1月8日\n`;
      const told = dated(
        ['2018年机构改革后，组建市生态环境局，整合了原市环保局的职责，以及市国土资源局的监督防止地下水污染职责、市农业局的有关职责。', '组建县自然资源局，不再保留县国土资源局、县农业局。', '2004年', '3月　县工商行政管理局成立。', '11月　县发展计划局与县物价局整合组建县发展和改革局。'].join('\n'),
      );
      assert.deepStrictEqual(findings(told, 'GW402'), []);
      // Today's work of the old body is still flagged, on a line that starts with a month too.
      const now = dated('县农业局要做好春耕备耕工作。\n3月底前，县国土资源局完成确权登记。');
      assert.deepStrictEqual(findings(now, 'GW402').map((f) => f.message.match(/“(.+?)”/)![1]), ['农业局', '国土资源局']);
    });
    it('leaves enterprise departments whose names end like a ministry alone (企业文化部, 纪检监察部, 安全环保部)', () => {
      const dated = (s: string) => `${s}\n某集团\n2025年3月5日\n`;
      const soe = dated('（党委宣传部（企业文化部）牵头，纪委办公室（纪检监察部）、安全环保部、现代农业部配合）由集团安全环保部负责，党委宣传部、企业文化部配合。');
      assert.deepStrictEqual(findings(soe, 'GW402'), []);
      // The ministry itself: at a name's start, or governed by a word before it.
      const ministry = dated('（文化部、环保部负责）由农业部会同监察部办理，报文化部备案。');
      assert.deepStrictEqual(findings(ministry, 'GW402').map((f) => f.message.match(/“(.+?)”/)![1]), ['文化部', '环保部', '农业部', '监察部', '文化部']);
    });
    it('offers no fix where a body went to several successors', () => {
      const [f] = findings('国家质检总局负责。\n', 'GW402', '2025-01-01');
      assert.ok(f);
      assert.deepStrictEqual(f.fixes, []);
    });
    it('seed 004 (2014, 保监会) gets nothing; the same text dated 2024 is flagged', () => {
      const text = readSeed('004');
      assert.deepStrictEqual(findings(text, 'GW402'), []);
      assert.ok(findings(text.replace('2014年9月28日', '2024年9月28日'), 'GW402').length > 0);
    });
    it('has at least 25 reform entries, each with a source', () => {
      assert.ok(reforms.reforms.length >= 25);
      for (const r of reforms.reforms) assert.ok(r.source && /^\d{4}-\d{2}-\d{2}$/.test(r.date), JSON.stringify(r));
    });
  });

  describe('GW403 miswritten-word', () => {
    it('flags a year in Chinese numerals written with 零 for 〇 (`二零二五年`), not a count of years (`一千零五年`)', () => {
      const text = '二零二五年工作要点\n回顾二〇二四年，展望二零二五年。\n';
      const fs = findings(text, 'GW403');
      assert.deepStrictEqual(fs.map((f) => [f.range.start.line, f.range.start.character, f.message]), [[0, 0, '“二零二五”应为“二〇二五”。'], [1, 10, '“二零二五”应为“二〇二五”。']]);
      assert.strictEqual(applyEdits(text, fs[0].fixes[0].edits), '二〇二五年工作要点\n回顾二〇二四年，展望二零二五年。\n');
      assert.deepStrictEqual(findings('已有一千零五年历史，二〇〇五年建成，三零年代，十二零五年。\n', 'GW403'), []);
    });
    it('flags and fixes a miswritten word', () => {
      const text = '认真布署，合理按排。\n';
      const fs = findings(text, 'GW403');
      assert.deepStrictEqual(fs.map((f) => f.message), ['“布署”应为“部署”。', '“按排”应为“安排”。']);
      assert.strictEqual(applyEdits(text, fs[0].fixes[0].edits), '认真部署，合理按排。\n');
    });
    it('matches on word boundaries only', () => {
      assert.deepStrictEqual(findings('按排名先后录取。\n', 'GW403'), []);
      assert.deepStrictEqual(findings('做好记录相关工作。\n', 'GW403'), []);
    });
    it('finds a misspelling the segmenter splits into the words around it, where the right word would be one', () => {
      const text = '各单位要周密布署，要布署好，要按排好工作，实现无逢衔接，截止目前已完成。\n';
      assert.deepStrictEqual(findings(text, 'GW403').map((f) => f.message.match(/“(.+?)”/)![1]), ['布署', '布署', '按排', '无逢衔接', '截止目前']);
      // Not where its characters end one word and start the next, or in a listed right context.
      assert.deepStrictEqual(findings('促进社会平安祥和。宣布署名文章。按排序号归档。按排名先后录取。\n', 'GW403'), []);
    });
    it('reads a right context only where the text’s words keep it (`把它当做为民服务`), not across a word (`担当做为`, `做为民营企业`)', () => {
      const text = '促进形成担当做为、竞相发展的良好局面。他做为民营企业代表发言。\n';
      assert.deepStrictEqual(findings(text, 'GW403').map((f) => `${f.range.start.character}:${f.message.match(/“(.+?)”/)![1]}`), ['6:做为', '20:做为']);
      assert.deepStrictEqual(findings('把它当做为民服务的工具。要把这项工作看做为重要任务。做为基层单位要带头。\n', 'GW403'), []);
    });
    it('finds a misspelling inside a longer word the right form makes (`竟争力`, `竟争性`), not where a word crosses into it', () => {
      const text = '以提高本土原创竟争力为核心。培育具有国际竟争力的企业，改制为一般竟争性企业。\n';
      assert.deepStrictEqual(findings(text, 'GW403').map((f) => `${f.range.start.character}:${f.message.match(/“(.+?)”/)![1]}`), ['7:竟争', '20:竟争', '32:竟争']);
      // A word of the text as written reaching into the form (`宣布|署名`, `研究部|暑`) leaves it alone.
      assert.deepStrictEqual(findings('宣布署名文章。研究部暑期工作。\n', 'GW403'), []);
    });
    it('finds a misspelling whose rest jieba guesses into a word with the next character (`研究部|暑新`), not where the rest starts a word (`研究部|暑期`)', () => {
      const text = '研究部暑新一代智能农业装备科研项目。\n';
      assert.deepStrictEqual(findings(text, 'GW403').map((f) => `${f.range.start.character}:${f.message.match(/“(.+?)”/)![1]}`), ['2:部暑']);
      assert.strictEqual(applyEdits(text, findings(text, 'GW403')[0].fixes[0].edits), '研究部署新一代智能农业装备科研项目。\n');
      assert.deepStrictEqual(findings('研究部暑期工作。教育部暑假安排。交通运输部暑运工作。宣布署名文章。\n', 'GW403'), []);
    });
    it('finds 贯切 wherever it stands, also before 习近平 (jieba cuts `落|实习|近平`), not in 一贯切实', () => {
      const text = '为深入贯切落实习近平新时代中国特色社会主义思想，全面贯切党的方针。\n';
      assert.deepStrictEqual(findings(text, 'GW403').map((f) => `${f.range.start.character}:${f.message}`), ['3:“贯切”应为“贯彻”。', '26:“贯切”应为“贯彻”。']);
      assert.deepStrictEqual(findings('要一贯切实履行职责，画面连贯切换。\n', 'GW403'), []);
    });
    it('finds the common slips of idioms in reports (砥励前行, 励行节约, 事实求是, 毋容置疑 …), not the words around their characters', () => {
      const slips = ['砥励', '励行节约', '一以惯之', '毋容置疑', '震摄', '如火如茶', '以警效尤', '再所不辞', '贯撤', '事实求是', '大相径廷', '人才倍出', '蜂涌而至', '破斧沉舟', '名列前矛', '格尽职守', '相形见拙'];
      const text = '在砥励前行中励行节约，一以惯之，毋容置疑，形成震摄，如火如茶，以警效尤，再所不辞，贯撤落实，坚持事实求是，大相径廷，人才倍出，蜂涌而至，破斧沉舟，名列前矛，格尽职守，相形见拙。\n';
      assert.deepStrictEqual(findings(text, 'GW403').map((f) => f.message.match(/“(.+?)”/)![1]), slips);
      assert.deepStrictEqual(findings('开展地震摄影工作，坚持以事实求是非，厉行节约，一以贯之。\n', 'GW403'), []);
    });
    it('finds a misspelling whose first character a word before takes, leaving its rest alone (`服务台|帐`)', () => {
      const text = '建立服务台帐。建立跟踪服务台帐，实行销号管理。\n';
      assert.deepStrictEqual(findings(text, 'GW403').map((f) => `${f.range.start.character}:${f.message.match(/“(.+?)”/)![1]}`), ['4:台帐', '13:台帐']);
      // Not where the rest goes on in a word of its own (`服务台|帐篷`).
      assert.deepStrictEqual(findings('在大厅设服务台帐篷两顶。\n', 'GW403'), []);
    });
    it('finds the common slips of plans and reports (截止 before a time point, 台帐, 做为, 登陆系统, 签定合同 …), not their right neighbours', () => {
      const text =
        '截止2025年底，全县完成投资12亿元；截止今年6月建成5个。建立工作台帐，及时报帐，开设专用帐户，清理应收帐款。' +
        '做为牵头单位，请登陆系统填报，双方签定合同，与大户签定耕地保护责任书。既使是流转的耕地也要核实。措施凑效，按装监控设备，防患于未燃，市场竟争激烈，推进综合冶理，防范山体滑波，做好宣传报导。\n';
      assert.deepStrictEqual(findings(text, 'GW403').map((f) => f.message.match(/“(.+?)”/)![1]), [
        '截止', '截止', '工作台帐', '报帐', '帐户', '应收帐款', '做为', '登陆系统', '签定', '签定', '既使', '凑效', '按装', '防患于未燃', '竟争', '综合冶理', '滑波', '宣传报导',
      ]);
      const fixed = findings('截止2025年底完成。\n', 'GW403')[0];
      assert.strictEqual(applyEdits('截止2025年底完成。\n', fixed.fixes[0].edits), '截至2025年底完成。\n');
      // 截止 as a deadline, words where the characters belong elsewhere, and 登陆 on land.
      const right =
        '申报截止日期为2025年6月30日，截止时间前提交，截止前请核对，截止到2025年底完成。帐篷和蚊帐户均发放。' +
        '要当做为民服务的大事来抓。按装修标准验收。他们竟争先恐后地报名。红军登陆海岛。既使企业受益，又使群众满意。\n';
      assert.deepStrictEqual(findings(right, 'GW403'), []);
      // 帐 for accounts was the dictionaries' writing before 2005: not in a 1997 document.
      assert.deepStrictEqual(findings('有独立的财务帐号。\n某局\n1997年3月1日\n', 'GW403'), []);
      assert.strictEqual(findings('有独立的财务帐号。\n某局\n2024年3月1日\n', 'GW403').length, 1);
    });
    it('has at least 60 unambiguous pairs, none repeated', () => {
      assert.ok(miswritten.pairs.length >= 60);
      const wrong = miswritten.pairs.map((p) => p.wrong);
      assert.strictEqual(new Set(wrong).size, wrong.length);
      for (const p of miswritten.pairs) assert.notStrictEqual(p.wrong, p.right);
    });
  });

  describe('GW404 mixed-script', () => {
    const body = ['关于做好数据工作的通知', '各有关单位：', '现将有关事项通知如下。', '一、夯实数据基础'];
    it('flags traditional characters in a simplified text, one finding per run, and fixes them', () => {
      const text = [...body, '（一）推进数据资源整合。（市數據局牵头，市財政局、市委網信辦配合）', ''].join('\n');
      const fs = findings(text, 'GW404');
      assert.deepStrictEqual(fs.map((f) => f.message), ['“數據”含繁体字，应为“数据”。', '“財”含繁体字，应为“财”。', '“網信辦”含繁体字，应为“网信办”。']);
      assert.deepStrictEqual(fs.map((f) => f.range.start.character), [14, 21, 27]);
      let fixed = text;
      for (const f of [...fs].reverse()) fixed = applyEdits(fixed, f.fixes[0].edits);
      assert.strictEqual(fixed, text.replace('市數據局', '市数据局').replace('市財政局', '市财政局').replace('網信辦', '网信办'));
      assert.deepStrictEqual(findings(fixed, 'GW404'), []);
    });
    it('a quote pasted in traditional script is one finding to its sentence end, not one per run between punctuation marks', () => {
      const quote = '香港特区政府负责人表示：“香港將繼續發揮『背靠祖國、聯通世界』的獨特優勢，與內地城市攜手合作。實現互利共贏。”市數據局、網信辦参加。';
      // A report in simplified script around it (many simplified-only characters: the vote).
      const report = '会议指出，要认真贯彻落实党中央、国务院关于对外开放的决策部署，进一步扩大高水平对外开放，推动经贸合作提质增效，为两地经济社会发展注入新动能。';
      const fs = findings([...body, report, report, quote, report, report, ''].join('\n'), 'GW404');
      assert.deepStrictEqual(fs.map((f) => f.message), [
        '“將繼續發揮『背靠祖國、聯通世界』的獨特優勢，與內地城市攜”含繁体字，应为“将继续发挥『背靠祖国、联通世界』的独特优势，与内地城市携”。',
        '“實現互利共贏”含繁体字，应为“实现互利共赢”。',
        '“數據”含繁体字，应为“数据”。',
        '“網信辦”含繁体字，应为“网信办”。',
      ]);
    });
    it('leaves a document in traditional script alone, and one with too little to tell', () => {
      const traditional = ['關於做好數據工作的通知', '各有關單位：', '現將有關事項通知如下。', '一、夯實數據基礎', '（一）推進數據資源整合。（市數據局牽頭，市财政局配合）', ''].join('\n');
      assert.deepStrictEqual(findings(traditional, 'GW404'), []);
      assert.deepStrictEqual(findings('（一）推进工作。（市數據局）\n', 'GW404'), []);
    });
    it('never flags a character of the simplified standard that OpenCC would fold (乾坤, 於 as a surname, 後)', () => {
      const text = [...body, '（一）扭转乾坤，於某某同志牵头，後续跟进数据工作。', ''].join('\n');
      assert.deepStrictEqual(findings(text, 'GW404'), []);
    });
  });

});
