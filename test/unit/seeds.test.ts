import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, parse } from '../../server/src/analysis';
import { buildOutline, OutlineSymbol } from '../../server/src/analysis/outline';
import { corpusFiles, readSeed, REPO, seedFiles, sharedDir } from '../util';

describe('seeds', () => {
  describe('004 (notice + 实施办法)', () => {
    const text = readSeed('004');
    const { doc, findings } = analyze(text);

    it('has no numbering finding of severity error or warning', () => {
      const bad = findings.filter((f) => /^GW1/.test(f.rule) && f.severity !== 'info');
      assert.deepStrictEqual(bad.map((f) => `${f.rule}@${f.range.start.line + 1}: ${f.message}`), []);
    });

    it('finds the cover frame', () => {
      const field = (k: string) => doc.frame.fields.find((f) => f.kind === k)?.text;
      assert.strictEqual(field('docNumber'), '保监党委发〔2014〕23号');
      assert.strictEqual(field('signature'), '中国保监会党委');
      assert.ok(field('recipients')?.startsWith('各保监局党委'));
      assert.deepStrictEqual(doc.frame.date, { year: 2014, month: 9, day: 28, chinese: false });
      assert.deepStrictEqual(doc.parts.map((p) => p.kind), ['cover', 'body']);
    });

    it('outlines the 实施办法: 一、…五、, 四、 holds （一）（二）（三）, 四、（二） holds 1.…6.', () => {
      const outline = buildOutline(doc);
      const plan = outline.find((s) => s.title.endsWith('实施办法'));
      assert.ok(plan, outline.map((s) => s.title).join(' | '));
      const sections = plan.children.filter((s) => s.marker);
      assert.deepStrictEqual(sections.map((s) => s.marker), ['一、', '二、', '三、', '四、', '五、']);
      const four = sections[3];
      assert.deepStrictEqual(four.children.map((s) => s.marker), ['（一）', '（二）', '（三）']);
      assert.deepStrictEqual(four.children[1].children.map((s: OutlineSymbol) => s.marker), ['1.', '2.', '3.', '4.', '5.', '6.']);
    });
  });

  for (const file of seedFiles()) {
    const name = path.basename(file);
    it(`${name}: parses without crashing${name.startsWith('004') ? '' : ' and finds its enumerations'}`, () => {
      const doc = parse(fs.readFileSync(file, 'utf8'));
      if (!name.startsWith('004')) assert.ok(doc.enumerations.length > 0, 'no enumeration found');
    });
  }

  it('000, 001, 003: a page\'s title (the `# …` heading, doubled in 000; the front matter\'s `title:`) heads the outline', () => {
    for (const seed of ['000', '001', '003']) {
      const text = readSeed(seed);
      const outline = buildOutline(parse(text));
      assert.strictEqual(outline.length, 1, seed);
      const [s] = outline;
      const line = text.split(/\r?\n/)[s.line];
      assert.ok(s.kind === 'frame' && s.level === 0 && s.title.length > 10 && /^(?:# |title: ['"])/.test(line), `${seed}: ${s.line} ${s.title}`);
      assert.strictEqual(line.slice(s.selectionRange.start.character, s.selectionRange.end.character), s.title, seed);
    }
  });

  it('finds the series in each seed: 000 一是…七是, 001 一要…六要, 002 一是…五是, 003 一是…四是', () => {
    const series = (p: string) => parse(readSeed(p)).enumerations.map((e) => e.items.map((i) => i.text).join(''));
    assert.ok(series('000').includes('一是二是三是四是五是六是七是'));
    assert.ok(series('001').includes('一要二要三要四要五要六要'));
    assert.ok(series('002').includes('一是二是三是四是五是'));
    assert.ok(series('003').includes('一是二是三是四是'));
  });
});

describe('outline of the frame', () => {
  it('does not say a line’s own label twice (抄送：…, 附件：…)', () => {
    const doc = parse(['关于做好某事的通知', '各单位：', '现将有关事项通知如下。', '附件：某某任务分工表', '某某办公室', '2024年5月6日', '抄送：县委办公室。', '某某办公室　　2024年5月6日印发'].join('\n'));
    const titles = buildOutline(doc).flatMap((s) => [s, ...s.children]).map((s) => s.title);
    assert.ok(titles.includes('附件说明：某某任务分工表'), titles.join(' | '));
    assert.ok(titles.includes('抄送：县委办公室。'), titles.join(' | '));
    assert.ok(titles.some((t) => t.includes('2024年5月6日印发')), titles.join(' | '));
  });
  it('reads the titles of 预案, 工作总结和工作打算, 若干政策, and titles with a span of years in half-width brackets', () => {
    for (const title of ['江州市防汛抗旱应急预案', '某市支持现代农业高质量发展若干政策', '某县促进消费扩容提质政策措施', '浏阳市应急管理局2024年工作总结和2025年工作打算', '宁乡市优化营商环境三年行动方案(2024—2026年)', '关于建立健全某某工作机制']) {
      const doc = parse([title, '一、总体要求', '坚持问题导向。', ''].join('\n'));
      assert.deepStrictEqual(doc.frame.fields.filter((f) => f.kind === 'title').map((f) => f.text), [title], title);
    }
  });
  it('lists a heading that gives a label and its content by its label (`会议时间：…`, `综合协调组 组长：…`)', () => {
    const doc = parse(['关于召开某会议的通知', '各单位：', '一、会议时间：2025年4月17日上午9：30', '二、参会人员', '（一）县卫生健康局：负责日常工作；负责卫生监督', '（二）综合协调组 组长：张三（副局长） 成员：办公室有关同志', '三、9：30前报到', '四、学习《条例》：全文', '五、工作要求'].join('\n'));
    const all = (s: OutlineSymbol): OutlineSymbol[] => [s, ...s.children.flatMap(all)];
    const titles = buildOutline(doc).flatMap(all).filter((s) => s.marker).map((s) => s.title);
    assert.deepStrictEqual(titles, ['会议时间', '参会人员', '县卫生健康局', '综合协调组', '9：30前报到', '学习《条例》：全文', '工作要求']);
    // A label every sibling shares (`问题：`), or a date (`4月：`), says less than the rest: kept whole.
    const same = parse(['某整改方案', '一、整改任务', '1.问题：制度不健全', '2.问题：监管不到位', '二、活动安排', '（一）4月：重温誓词', '（二）5月：志愿服务'].join('\n'));
    assert.deepStrictEqual(buildOutline(same).flatMap(all).filter((s) => s.marker).map((s) => s.title), ['整改任务', '问题：制度不健全', '问题：监管不到位', '活动安排', '4月：重温誓词', '5月：志愿服务']);
  });
  it('a sentence about a policy is no title', () => {
    const doc = parse(['关于做好某事的通知', '各单位：', '认真落实各项政策', '一、总体要求', '坚持问题导向。'].join('\n'));
    assert.deepStrictEqual(doc.frame.fields.filter((f) => f.kind === 'title').map((f) => f.text), ['关于做好某事的通知']);
  });
  it('a sentence of a hard-wrapped copy that ends in 印发 is no 印发 line', () => {
    const doc = parse(['关于印发某方案的通知', '各单位：', '现将《某县2024年某某行动方案》印发', '给你们，请认真贯彻落实。', '某某局', '2024年3月12日'].join('\n'));
    assert.deepStrictEqual(doc.frame.fields.filter((f) => f.kind === 'printed'), []);
  });
});

describe('corpus', () => {
  it('every document parses, and numbering/frame rules find no error', () => {
    const files = corpusFiles();
    assert.ok(files.length >= 60, `corpus has ${files.length} files`);
    const errors: string[] = [];
    for (const f of files) {
      const { findings } = analyze(fs.readFileSync(f, 'utf8'));
      for (const x of findings) {
        if (x.severity === 'error' && /^GW[13]/.test(x.rule)) errors.push(`${path.basename(f)}:${x.range.start.line + 1} ${x.rule} ${x.message}`);
      }
    }
    assert.deepStrictEqual(errors, []);
  });
});

describe('test set-up', () => {
  it('says where the seeds and corpus are expected when they are missing, rather than a raw ENOENT', () => {
    const missing = path.join(REPO, 'no-such-shared', 'seeds');
    assert.throws(() => sharedDir(missing), (e: Error) => e.message.includes(missing) && e.message.includes('GONGWEN_SHARED') && !/ENOENT/.test(e.message));
    assert.strictEqual(sharedDir(REPO), REPO);
  });
});
