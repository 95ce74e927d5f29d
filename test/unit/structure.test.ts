import * as assert from 'assert';
import { analyze, fixAll, lint, parse } from '../../server/src/analysis';
import { buildOutline, OutlineSymbol } from '../../server/src/analysis/outline';

const COVER_AND_PLAN = [
  '某某局文件',
  '某局发〔2025〕7号',
  '关于印发《某某工作实施方案》的通知',
  '各科室，各直属单位：',
  '　　现将《某某工作实施方案》印发给你们，请认真贯彻执行。',
  '　　　　　　　　　　某某局',
  '　　　　　　　　　　2025年4月8日',
  '某某工作实施方案',
  '　　为做好某某工作，制定本方案。',
  '　　一、总体要求',
  '　　（一）指导思想',
  '　　坚持问题导向。',
  '　　二、主要任务',
  '　　（一）健全制度。完善内部管理。（办公室、财务科）',
  '　　（二）加强培训',
  '　　1.组织轮训。每年一次。（人事科）',
  '　　2.开展竞赛。（工会、人事科）',
].join('\n');

describe('document structure', () => {
  const doc = parse(COVER_AND_PLAN);

  it('finds the frame of the cover notice', () => {
    const kinds = doc.frame.fields.map((f) => `${f.kind}@${f.line}`);
    assert.deepStrictEqual(kinds, ['banner@0', 'docNumber@1', 'title@2', 'recipients@3', 'signature@5', 'date@6', 'title@7']);
    assert.deepStrictEqual(doc.frame.date, { year: 2025, month: 4, day: 8, chinese: false });
  });

  it('reads past a web page\'s labels around a copied document (来源：… 发布时间：… 浏览次数：…)', () => {
    for (const meta of ['来源:南溪市人民政府门户网站  发布时间:2025-03-12 09:30  浏览次数:1021', '发布时间：2025-09-12 10:36  来源：县政府办  浏览次数：1286']) {
      const doc = parse([meta, ...COVER_AND_PLAN.split('\n').slice(1)].join('\n'));
      assert.deepStrictEqual(doc.frame.fields.filter((f) => f.part === 0 && (f.kind === 'title' || f.kind === 'docNumber')).map((f) => f.kind), ['docNumber', 'title'], meta);
      assert.ok(doc.frame.fields.some((f) => f.kind === 'recipients'), meta);
    }
    // A label of the document's own (`资金来源：`) is its text.
    assert.strictEqual(parse('资金来源：市级财政。\n').source.lines[0].kind, 'text');
  });
  it('reads the 附注 lines after the date (`（此件公开发布）`, `（联系人：…）`) and a template\'s XX placeholders', () => {
    const text = ['XX市人民政府办公室文件', 'X政办发〔2025〕12号', 'XX市人民政府办公室', '关于印发XX方案的通知', '各县（市、区）人民政府：', '现印发给你们。', 'XX市人民政府办公室', '2025年3月5日', '（此件公开发布）', '（联系人：张三；联系电话：12345678）', 'XX方案', '一、任务', '（一）甲。（办公室）'].join('\n');
    const d = parse(text);
    assert.deepStrictEqual(d.frame.fields.map((f) => `${f.kind}@${f.line}`), ['banner@0', 'docNumber@1', 'title@2', 'recipients@4', 'signature@6', 'date@7', 'note@8', 'note@9', 'title@10']);
    assert.deepStrictEqual(d.parts.map((p) => p.title), ['XX市人民政府办公室关于印发XX方案的通知', 'XX方案']);
  });

  it('reads a template\'s 发文字号 and 成文日期 still to be filled in (`X号`, `2025年X月X日`)', () => {
    const d = parse(['XX县人民政府办公室文件', 'X府办发〔2025〕X号', 'XX县人民政府办公室关于印发XX方案的通知', '各乡镇：', '现印发给你们。', 'XX县人民政府办公室', '2025年X月X日', 'XX方案', '一、任务'].join('\n'));
    assert.deepStrictEqual(d.frame.fields.map((f) => `${f.kind}@${f.line}`), ['banner@0', 'docNumber@1', 'title@2', 'recipients@3', 'signature@5', 'date@6', 'title@7']);
    assert.strictEqual(d.frame.date, null);
    assert.deepStrictEqual(d.parts.map((p) => p.title), ['XX县人民政府办公室关于印发XX方案的通知', 'XX方案']);
  });

  it('reads a joint signature, one body a line, as one 落款', () => {
    const text = ['关于印发某方案的通知', '各乡镇：', '现印发给你们，请认真贯彻落实。', '（此页无正文）', '中共某县委办公室', '某县人民政府办公室', '2025年2月20日', '某方案', '一、任务'].join('\n');
    const signature = parse(text).frame.fields.find((f) => f.kind === 'signature')!;
    assert.deepStrictEqual([signature.line, signature.endLine, signature.text], [4, 5, '中共某县委办公室 某县人民政府办公室']);
  });

  it('reads a joint signature of several bodies a line (`某省教育厅    某省财政厅`) as one 落款', () => {
    const text = ['某省教育厅 某省财政厅关于某事的实施意见', '各市教育局：', '一、任务', '（一）甲。（省教育厅负责）', '', '某省教育厅　　　　某省发展和改革委员会', '某省财政厅            某省人力资源和社会保障厅', '某省科学技术厅', '2024年3月18日'].join('\n');
    const signature = parse(text).frame.fields.find((f) => f.kind === 'signature')!;
    assert.deepStrictEqual([signature.line, signature.endLine, signature.text], [5, 7, '某省教育厅 某省发展和改革委员会 某省财政厅 某省人力资源和社会保障厅 某省科学技术厅']);
    // A sentence's words side by side are no units: the 落款 stays the unit above the date.
    const prose = parse(['关于某事的通知', '各科室：', '请 认真 落实', '某某局', '2025年5月20日'].join('\n')).frame.fields.find((f) => f.kind === 'signature')!;
    assert.deepStrictEqual([prose.line, prose.text], [3, '某某局']);
  });

  it('reads each document a 转发 carries, one inside the other, with its own 发文字号 and 主送机关', () => {
    const text = [
      '某县人民政府办公室关于转发《某市人民政府办公室关于转发〈某省人民政府办公厅关于某事的通知〉的通知》的通知',
      '某政办发〔2024〕15号',
      '各乡镇：',
      '现将《某市人民政府办公室关于转发〈某省人民政府办公厅关于某事的通知〉的通知》转发给你们。',
      '一、提高认识。（县应急局）',
      '某县人民政府办公室',
      '2024年4月28日',
      '某市人民政府办公室关于转发《某省人民政府办公厅关于某事的通知》的通知',
      '某政办发〔2024〕33号',
      '各县（市、区）人民政府：',
      '现将《某省人民政府办公厅关于某事的通知》转发给你们。',
      '某市人民政府办公室',
      '2024年4月19日',
      '某省人民政府办公厅关于某事的通知',
      '某政办发〔2024〕12号',
      '各市人民政府，省直各部门：',
      '现就有关事项通知如下：',
      '一、压实责任',
      '（一）落实领导责任。（各市人民政府负责）',
      '某省人民政府办公厅',
      '2024年4月3日',
    ].join('\n');
    const d = parse(text);
    assert.deepStrictEqual(d.parts.map((p) => [p.startLine, p.title]), [
      [0, '某县人民政府办公室关于转发《某市人民政府办公室关于转发〈某省人民政府办公厅关于某事的通知〉的通知》的通知'],
      [7, '某市人民政府办公室关于转发《某省人民政府办公厅关于某事的通知》的通知'],
      [13, '某省人民政府办公厅关于某事的通知'],
    ]);
    assert.deepStrictEqual(d.frame.fields.filter((f) => f.kind === 'docNumber' || f.kind === 'recipients').map((f) => `${f.kind}@${f.line}/${f.part}`), ['docNumber@1/0', 'recipients@2/0', 'docNumber@8/1', 'recipients@9/1', 'docNumber@14/2', 'recipients@15/2']);
    // A plan's line ending in `：` is no 主送机关 (its title names no addressed document).
    const plan = parse(['关于印发某方案的通知', '各科室：', '现印发给你们。', '某某局', '2025年5月20日', '某某工作方案', '各科室要做到以下几点：', '一、甲', '1.乙。（安全科）'].join('\n'));
    assert.deepStrictEqual(plan.frame.fields.map((f) => f.kind), ['title', 'recipients', 'signature', 'date', 'title']);
  });

  it('keeps a document\'s 版记 (抄送, 印发, its rules) with it when another document follows', () => {
    const notice = (n: number, date: string) => [
      '某市人民政府',
      `关于张${n}等同志职务任免的通知`,
      `某政人〔2025〕${n}号`,
      '各县（市、区）人民政府，市政府各部门：',
      '一、任命',
      `张${n}为某市财政局副局长。`,
      '某市人民政府',
      date,
    ];
    const imprint = ['（此件公开发布）', '━━━━━━━━━━━━━━━━', '抄送：市委组织部，市人大常委会，', '市纪委监委。', '某市人民政府办公室　　　　2025年1月24日印发', '━━━━━━━━━━━━━━━━'];
    const d = parse([...notice(3, '2025年1月24日'), ...imprint, '', ...notice(7, '2025年3月14日')].join('\n'));
    assert.deepStrictEqual(d.parts.map((p) => [p.startLine, p.title]), [
      [0, '某市人民政府关于张3等同志职务任免的通知'],
      [15, '某市人民政府关于张7等同志职务任免的通知'],
    ]);
    assert.deepStrictEqual(d.frame.fields.filter((f) => f.kind === 'cc' || f.kind === 'printed').map((f) => [f.kind, f.line, f.endLine, f.part]), [['cc', 10, 11, 0], ['printed', 12, 12, 0]]);
  });

  it('splits the cover notice from the plan it issues', () => {
    assert.strictEqual(doc.parts.length, 2);
    assert.strictEqual(doc.parts[0].kind, 'cover');
    assert.strictEqual(doc.parts[1].title, '某某工作实施方案');
    assert.strictEqual(doc.parts[1].headings.length, 2);
  });

  it('builds the heading tree with run-in headings and blocks', () => {
    const [first, second] = doc.parts[1].headings;
    assert.strictEqual(first.title, '总体要求');
    assert.strictEqual(first.children.length, 1);
    assert.strictEqual(second.children.map((h) => h.marker.text).join(''), '（一）（二）');
    const run = second.children[0];
    assert.strictEqual(run.runIn, true);
    assert.strictEqual(run.title, '健全制度');
    const training = second.children[1];
    assert.strictEqual(training.runIn, false);
    assert.strictEqual(training.children.length, 2);
    assert.strictEqual(training.endLine, 16);
    assert.strictEqual(first.endLine, 11);
    assert.strictEqual(training.children[0].depth, 3);
  });

  it('gives each heading the range of its block: its content start to the end of its last content line', () => {
    const lines = COVER_AND_PLAN.split('\n');
    const block = (h: (typeof doc.headings)[number]) => JSON.parse(JSON.stringify(h.blockRange));
    const [first, second] = doc.parts[1].headings;
    assert.deepStrictEqual(block(first), { start: { line: 9, character: 2 }, end: { line: 11, character: lines[11].length } });
    assert.deepStrictEqual(block(second.children[0]), { start: { line: 13, character: 2 }, end: { line: 13, character: lines[13].length } });
    assert.deepStrictEqual(block(second), { start: { line: 12, character: 2 }, end: { line: 16, character: lines[16].length } });
    // Blank lines and trailing spaces after a block are not part of it.
    const spaced = parse('一、总体要求\n坚持问题导向。　\n\n\n二、主要任务\n');
    assert.deepStrictEqual(JSON.parse(JSON.stringify(spaced.headings[0].blockRange)), { start: { line: 0, character: 0 }, end: { line: 1, character: 7 } });
    assert.deepStrictEqual(JSON.parse(JSON.stringify(spaced.headings[1].blockRange)), { start: { line: 4, character: 0 }, end: { line: 4, character: 6 } });
  });

  it('ends the last item\'s block before the lines that close the notice: 附件说明, 落款, 成文日期, 附注, 抄送, 印发 and the 版记\'s rules', () => {
    const text = [
      '关于做好某某工作的通知',
      '各科室：',
      '　　一、提高认识',
      '　　要充分认识某某工作的重要性。',
      '　　二、加强领导',
      '　　（一）健全机构。成立领导小组。',
      '　　（二）压实责任。各科室负责人亲自抓。',
      '',
      '　　附件：1.某某工作任务清单',
      '　　　　　2.某某工作联系人名单',
      '',
      '　　　　　　　　　　某某局',
      '　　　　　　　　　　2025年4月8日',
      '　　（此件公开发布）',
      '————————————————',
      '抄送：市委办公室，市政府办公室。',
      '某某局办公室　　　　　　2025年4月8日印发',
      '————————————————',
    ];
    const d = parse(text.join('\n'));
    const [first, second] = d.parts[0].headings;
    const last = second.children[1];
    assert.deepStrictEqual([first.endLine, second.endLine, last.endLine], [3, 6, 6]);
    assert.deepStrictEqual(JSON.parse(JSON.stringify(second.blockRange)), { start: { line: 4, character: 2 }, end: { line: 6, character: text[6].length } });
    // The outline (document symbols) and folding ranges read the same block.
    const symbol = buildOutline(d).flatMap((s) => [s, ...s.children]).find((s) => s.title === '加强领导')!;
    assert.strictEqual(symbol.range.end.line, 6);
    // A last task without its units (GW201) gets them at the end of its own text, not after the 版记.
    const annotated = [...text.slice(0, 5), '　　（一）健全机构。成立领导小组。（办公室牵头）', '　　（二）完善制度。修订管理办法。（财务科牵头）', '　　（三）压实责任。各科室负责人亲自抓。', ...text.slice(7)];
    const [missing] = lint(parse(annotated.join('\n'))).filter((f) => f.rule === 'GW201');
    assert.deepStrictEqual(JSON.parse(JSON.stringify(missing.fixes![0].edits[0].range.start)), { line: 7, character: annotated[7].length });
    // Without a frame below, a block still runs to its last line (a trailing rule included).
    const bare = parse(['一、提高认识', '要充分认识。', '二、加强领导', '成立领导小组。', '————————'].join('\n'));
    assert.strictEqual(bare.headings[1].endLine, 4);
  });

  it('ends each part\'s last block before its own 落款 and date: an attached plan\'s too, up to the next part', () => {
    const text = [
      ...COVER_AND_PLAN.split('\n'),
      '',
      '　　　　　　　　　　某某局办公室',
      '　　　　　　　　　　2025年4月8日',
      '附件2',
      '某某工作考核办法',
      '　　一、考核对象',
      '　　各科室。',
    ];
    const d = parse(text.join('\n'));
    assert.strictEqual(d.parts.length, 3);
    const plan = d.parts[1].headings;
    assert.deepStrictEqual([plan[1].endLine, plan[1].children[1].endLine, plan[1].children[1].children[1].endLine], [16, 16, 16]);
    assert.strictEqual(d.parts[2].headings[0].endLine, 23);
  });

  it('tolerates CRLF, BOM, ideographic indentation and HTML wrappers', () => {
    const text = '\ufeff<p>　　一、总体要求</p>\r\n<p>　　二、主要任务</p>\r\n';
    const d = parse(text);
    assert.deepStrictEqual(d.headings.map((h) => [h.marker.text, h.title, h.marker.range.start.character]), [
      ['一、', '总体要求', 6],
      ['二、', '主要任务', 5],
    ]);
  });

  it('reads past Markdown bold around a heading or its title', () => {
    const d = parse('## 一、加强党的建设\n\n**（一）强化理论武装。** 深入学习。（党委宣传部）\n\n**（二）加强组织建设。**\n\n1. **深化改革。** 推进改革。（党委办公室）\n2. **扩大开放**\n');
    assert.deepStrictEqual(d.headings.map((h) => [h.marker.text, h.title, h.marker.range.start.character, h.runIn]), [
      ['一、', '加强党的建设', 3, false],
      ['（一）', '强化理论武装', 2, true],
      ['（二）', '加强组织建设', 2, false],
      ['1.', '深化改革', 0, true],
      ['2.', '扩大开放', 0, false],
    ]);
    assert.deepStrictEqual(d.tasks.map((t) => [t.path, t.lead]), [
      ['一、（一）', ['党委宣传部']],
      ['一、（二）1.', ['党委办公室']],
    ]);
    // Bold in the middle of a line, or asterisks alone, are left as they are.
    assert.strictEqual(parse('一、甲\n要抓好**重点**工作。\n').headings.length, 1);
    assert.strictEqual(parse('**\n').source.lines[0].kind, 'text');
  });

  it('reads past the zero-width spaces and joiners of text pasted from web pages', () => {
    const d = parse('某某方案\n\u200b一、总体要求\n\u00a0\u200d（一）甲。（办公室）\n\u2060（二）乙。（办公室\u200b、财务部\u200c）\n');
    assert.deepStrictEqual(d.headings.map((h) => [h.marker.text, h.title, h.marker.range.start.character]), [
      ['一、', '总体要求', 1],
      ['（一）', '甲', 2],
      ['（二）', '乙', 1],
    ]);
    assert.deepStrictEqual(d.tasks.map((t) => [t.lead, t.coop]), [[['办公室'], []], [['办公室'], ['财务部']]]);
  });

  it('skips YAML front matter', () => {
    const d = parse('---\ntitle: 一、不是标题\n---\n一、总体要求\n');
    assert.strictEqual(d.headings.length, 1);
    assert.strictEqual(d.headings[0].line, 3);
  });

  it('reads divisions (第一部分, 第二篇, 第三编) as a level above 一、, each holding its own 一、', () => {
    const d = parse(['某某市2025年工作要点', '第一部分　经济发展', '一、稳增长', '（一）扩大投资。', '二、促改革', '第二部分：社会事业', '一、办教育', '（一）建学校。', '二、兴卫生'].join('\n'));
    assert.strictEqual(d.parts.length, 1);
    assert.deepStrictEqual(d.parts[0].headings.map((h) => [h.marker.kind, h.marker.text, h.title, h.children.map((c) => c.marker.text)]), [
      ['division', '第一部分', '经济发展', ['一、', '二、']],
      ['division', '第二部分：', '社会事业', ['一、', '二、']],
    ]);
    for (const noun of ['篇', '编']) assert.deepStrictEqual(parse([`第一${noun}　总论`, '第一章　总则', `第二${noun}`, '第二章　分则'].join('\n')).headings.filter((h) => !h.parent).map((h) => [h.marker.kind, h.children.length]), [['division', 1], ['division', 1]]);
    // A division that is not one: a sentence, or a phrase inside the text.
    for (const line of ['第二部分内容已经完成。', '第二部分的任务要抓紧落实', '第二部分　各单位要认真落实。']) assert.deepStrictEqual(parse(['方案', '一、甲', line, '二、乙'].join('\n')).headings.map((h) => h.marker.kind), ['cn', 'cn'], line);
  });
  it('reads a division with its short title glued on (`第一部分总体要求`), never a sentence or a phrase starting with it', () => {
    const d = parse(['某某市2025年工作要点', '第一部分总体要求', '一、指导思想', '二、工作目标', '第二部分重点任务', '一、稳增长', '（一）扩大投资。', '第三部分“十五五”规划编制'].join('\n'));
    assert.deepStrictEqual(d.headings.filter((h) => !h.parent).map((h) => [h.marker.kind, h.marker.text, h.title, h.children.length]), [
      ['division', '第一部分', '总体要求', 2],
      ['division', '第二部分', '重点任务', 1],
      ['division', '第三部分', '“十五五”规划编制', 0],
    ]);
    for (const line of ['第一部分内容已完成', '第一部分的任务要抓紧落实', '第二部分是重点', '第二部分主要讲三个问题', '第一部分资金已拨付到位', '第一部分资金下达了', '第一部分工作要求，各单位要认真落实', '第一篇文章要写好', '第一编写小组', '第二部分内容较多需要各单位认真学习领会并抓好贯彻落实']) {
      assert.deepStrictEqual(parse(['方案', '一、甲', line, '二、乙'].join('\n')).headings.map((h) => h.marker.kind), ['cn', 'cn'], line);
    }
  });

  it('builds a two-level document 一、→1.', () => {
    const d = parse('一、甲\n1.子项\n2.子项\n二、乙\n1.子项\n');
    assert.strictEqual(d.headings[0].children.length, 2);
    assert.strictEqual(d.headings[3].children.length, 1);
  });

  it('reads regulations: chapters, articles and ㈠ items', () => {
    const d = parse('第一章　总则\n第一条　为了规范管理，制定本办法。\n第二条　本办法适用于下列事项：\n㈠甲事项；\n㈡乙事项。\n第二章　附则\n第三条　本办法自发布之日起施行。\n');
    const [ch1, ch2] = d.parts[0].headings;
    assert.strictEqual(ch1.children.length, 2);
    assert.strictEqual(ch1.children[1].children.length, 2);
    assert.strictEqual(ch2.children[0].marker.value, 3);
  });

  it('treats the items of an attachment list as frame lines', () => {
    const d = parse('正文。\n附件：1.甲表\n2.乙表\n某某局\n2025年1月2日\n');
    assert.strictEqual(d.headings.length, 0);
    const att = d.frame.fields.find((f) => f.kind === 'attachments');
    assert.ok(att);
    assert.strictEqual(att.endLine, 2);
    assert.strictEqual(att.text, '附件：1.甲表 2.乙表');
  });

  it('reads an attachment list on in a copy that sets a blank line between all its paragraphs', () => {
    // `附件：1.甲表` | `` | `2.乙表`: the list goes on at its next number (GW101 read `2.` as a heading that skips `1.`).
    const body = ['关于做好防汛工作的通知', '', '各单位：', '', '一、落实责任', '', '二、做好准备', '', '请于5月20日前报送。', ''];
    const d = parse([...body, '附件：1.甲表', '', '2.乙表', '', '某某局', '', '2025年1月2日', ''].join('\n'));
    assert.deepStrictEqual(d.headings.map((h) => h.marker.text), ['一、', '二、']);
    const att = d.frame.fields.find((f) => f.kind === 'attachments');
    assert.strictEqual(att?.endLine, 12);
    assert.deepStrictEqual(analyze([...body, '　　附件：1.甲表', '', '　　　　　2.乙表', '', '某某局', '', '2025年1月2日', ''].join('\n')).findings.filter((f) => f.severity !== 'info'), []);
    // The label alone, its items below past a blank line.
    const alone = parse([...body, '附件：', '', '1.甲表', '', '2.乙表', '', '某某局', '', '2025年1月2日', ''].join('\n'));
    assert.deepStrictEqual(alone.headings.map((h) => h.marker.text), ['一、', '二、']);
    // Past a blank line only the list's next number goes on it: a `3.` after `附件：1.甲表` is none of its items.
    const other = parse([...body, '附件：1.甲表', '', '3.乙表', ''].join('\n'));
    assert.strictEqual(other.frame.fields.find((f) => f.kind === 'attachments')?.endLine, 10);
  });

  it('a cover notice, then 附件1 and the plan: one part from the 附件1 line, titled by the plan', () => {
    const text = [
      '关于开展安全月活动的通知', '各科室：', '一、高度重视。', '二、精心组织。', '附件：1.活动方案', '2.安排表', '某某局办公室', '2025年5月20日',
      '', '附件1', '', '活动方案', '', '一、活动主题', '二、活动内容', '（一）开展宣传。（安全科）',
    ].join('\n');
    const d = parse(text);
    // The date, the 附件1 line and the plan's restarted 一、 each end the part before: one part, not three.
    assert.deepStrictEqual(d.parts.map((p) => [p.kind, p.title, p.startLine, p.headings.map((h) => h.marker.text)]), [
      ['cover', '关于开展安全月活动的通知', 0, ['一、', '二、']],
      ['body', '活动方案', 9, ['一、', '二、']],
    ]);
  });

  it('reads the speaker and the date under a speech\'s title as its header, not as 落款 and 成文日期', () => {
    for (const date of ['二〇二四年一月十八日', '2024年1月18日', '（2024年1月18日）']) {
      for (const head of [['党委书记  刘建华', date], [date], [date, '党委书记  刘建华']]) {
        const text = ['在全校党建工作会议上的讲话', ...head, '', '同志们：', '一、要充分肯定成绩', '过去一年成绩明显。', '二、要正视问题不足', '问题依然存在。', '刘建华', '2024年1月18日'].join('\n');
        const d = parse(text);
        assert.deepStrictEqual(d.parts.map((p) => p.title), ['在全校党建工作会议上的讲话'], head.join('/'));
        assert.deepStrictEqual(d.frame.fields.filter((f) => f.line <= head.length).map((f) => f.kind), ['title'], head.join('/'));
        // Its `同志们：` below them is its 称谓, as right under the title (the outline shows it).
        assert.deepStrictEqual(d.frame.fields.filter((f) => f.kind === 'salutation').map((f) => f.line), [head.length + 2], head.join('/'));
      }
    }
    // Not after a paragraph of the speech, nor under a title that is no speech's.
    assert.deepStrictEqual(parse(['在全校党建工作会议上的讲话', '党委书记  刘建华', '今天召开会议，主要任务是总结工作。', '同志们：', '一、要充分肯定成绩'].join('\n')).frame.fields.map((f) => f.kind), ['title']);
    assert.deepStrictEqual(parse(['某某学校2024年工作要点', '党委书记  刘建华', '同志们：', '一、要充分肯定成绩'].join('\n')).frame.fields.filter((f) => f.kind === 'salutation'), []);
    // Under a notice's title, a date ends the cover notice as before.
    const notice = parse(['关于印发某方案的通知', '各科室：', '现印发给你们。', '某某局', '2025年5月20日', '某某工作方案', '一、甲', '1.乙。（安全科）'].join('\n'));
    assert.deepStrictEqual(notice.frame.fields.map((f) => f.kind), ['title', 'recipients', 'signature', 'date', 'title']);
  });

  it('titles an attached 任务分工, 责任分解, 目标责任书, 工作台账 or 讲话提纲 as it titles a 方案', () => {
    for (const title of ['某县2025年重点工作任务分工', '某局安全生产工作台账', '在全县工作会议上的讲话提纲', '2024年度党风廉政建设责任分解', '2025年度重点工作任务分解', '2024年度安全生产目标责任书', '党风廉政建设承诺书']) {
      const d = parse(['关于印发两个文件的通知', '各科室：', '现印发给你们。', '某某局', '2025年5月20日', '附件1', title, '一、甲', '1.乙。（安全科）'].join('\n'));
      assert.deepStrictEqual(d.parts.map((p) => p.title), ['关于印发两个文件的通知', title]);
    }
  });

  it('reads past the page numbers of a PDF or Word copy (`— 2 —`, `- 3 -`, `第4页 共9页`), wherever they fall', () => {
    const text = ['关于印发某方案的通知', '各科室：', '现印发给你们。', '某某局', '2025年5月20日', '— 1 —', '某某工作方案', '一、主要任务', '（一）健全制度。完善内部', '- 2 -', '管理。（办公室）', '第3页 共9页', '（二）加强培训。（人事科）', '－3－'].join('\n');
    const d = parse(text);
    assert.deepStrictEqual(d.parts.map((p) => [p.title, p.titleRange?.start.line]), [['关于印发某方案的通知', 0], ['某某工作方案', 6]]);
    for (const line of [5, 9, 11, 13]) assert.strictEqual(d.source.lines[line].kind, 'pageNumber', `line ${line}`);
    assert.deepStrictEqual(d.tasks.map((t) => [t.title, t.lead]), [['健全制度', ['办公室']], ['加强培训', ['人事科']]]);
    // A bare number is a table's 序号 cell, and a dash in a sentence is text.
    for (const t of ['3', '— 走在前列 —', '-3', '第3页内容见附表']) assert.strictEqual(parse(t).source.lines[0].kind, 'text', t);
  });

  it('starts the plan a notice issues at its title even where no numbered heading follows (numbering lost in a copy)', () => {
    for (const [title, plan] of [['关于印发《某某局2025年工作要点》的通知', '某某局2025年工作要点'], ['关于印发某某局工作方案的通知', '某某局工作方案'], ['关于印发《某市重点任务分工表》的通知', '某市重点任务分工表']]) {
      const text = [title, '', '各科室：', '现印发给你们，请认真贯彻落实。', '', '某某局', '2025年2月14日', '', plan, '', '全面加强党的领导', '深入学习。（办公室负责）', ''].join('\n');
      const d = parse(text);
      assert.deepStrictEqual(d.parts.map((p) => [p.title, p.titleRange?.start.line]), [[title, 0], [plan, 8]], title);
    }
    // A line after the date that is not the issued document's title stays the notice's.
    const other = parse(['关于印发《某某局2025年工作要点》的通知', '各科室：', '现印发给你们。', '某某局', '2025年2月14日', '联系人：张三', ''].join('\n'));
    assert.strictEqual(other.parts.length, 1);
  });

  it('reads page numbers set between middle dots (`·1·`, `• 2 •`) as page numbers, not as a title\'s first line', () => {
    const text = ['关于印发某方案的通知', '各科室：', '现印发给你们。', '某某局', '2025年5月20日', '·1·', '某某工作方案', '一、主要任务', '（一）健全制度。完善内部', '• 2 •', '管理。（办公室）', '（二）加强培训。（人事科）', '・3・'].join('\n');
    const d = parse(text);
    assert.deepStrictEqual(d.parts.map((p) => [p.title, p.titleRange?.start.line]), [['关于印发某方案的通知', 0], ['某某工作方案', 6]]);
    for (const line of [5, 9, 12]) assert.strictEqual(d.source.lines[line].kind, 'pageNumber', `line ${line}`);
    assert.deepStrictEqual(d.tasks.map((t) => [t.title, t.lead]), [['健全制度', ['办公室']], ['加强培训', ['人事科']]]);
    for (const t of ['·', '·走在前列·', '3·5']) assert.strictEqual(parse(t).source.lines[0].kind, 'text', t);
  });

  it('reads the paragraphs of a table cell (a Word table pasted, cells parted by tabs) as no headings', () => {
    const text = [
      '一、重点任务',
      '见附表。',
      '序号\t重点任务\t具体措施\t牵头单位\t责任单位\t完成时限',
      '1\t健全管理制度\t1．落实校长负责制',
      '2．配齐安全员',
      '3．建立调度机制\t省教育厅\t各市教育局\t2024年6月底前',
      '2\t开展监督检查\t1．开学前后专项检查',
      '2．重点监管\t省市场监管局\t各市市场监管局\t每学期',
      '二、工作要求',
    ].join('\n');
    const d = parse(text);
    assert.deepStrictEqual(d.headings.map((h) => `${h.marker.text}@${h.line}`), ['一、@0', '二、@8']);
    assert.deepStrictEqual(d.tasks.map((t) => [t.path, t.title, t.lead, t.coop, t.deadline, t.line]), [
      ['1', '健全管理制度：1．落实校长负责制 2．配齐安全员 3．建立调度机制', ['省教育厅'], ['各市教育局'], '2024年6月底前', 3],
      ['2', '开展监督检查：1．开学前后专项检查 2．重点监管', ['省市场监管局'], ['各市市场监管局'], '每学期', 6],
    ]);
    assert.deepStrictEqual(lint(d).filter((f) => f.rule.startsWith('GW1')), []);
    // A list after a table whose last row is short (its empty cells cut off) is the document's.
    const after = parse(['序号\t重点任务\t具体措施\t牵头单位\t责任单位\t完成时限', '1\t健全制度\t落实负责制\t省教育厅', '1．加强组织领导', '2．强化督促检查'].join('\n'));
    assert.deepStrictEqual(after.headings.map((h) => `${h.marker.text}@${h.line}`), ['1．@2', '2．@3']);
  });

  it('reads a plan\'s box (`专栏1 重点工程`) as a list of its own: no headings of the body, no tasks, no renumbering', () => {
    const plan = [
      '某市生态环境保护规划',
      '一、主要任务',
      '（一）加强大气污染防治',
      '1.推进工业源治理。完成钢铁行业超低排放改造。（市生态环境局、市工业和信息化局）',
      '2.强化移动源管控。淘汰国三及以下柴油货车。（市公安局、市交通运输局）',
      '专栏1 大气污染防治重点工程',
      '1.超低排放改造：钢铁、水泥企业12家。',
      '2.柴油货车淘汰：3000辆。',
      '3.扬尘治理：建成智慧工地监管平台。',
      '3.加强扬尘污染治理。落实工地“六个百分之百”。（市住房城乡建设局）',
      '（二）推进水污染防治',
      '4.保护饮用水水源地。完成水源地规范化建设。（市水利局）',
      '专栏2：水污染防治重点工程',
      '①城镇污水处理提质增效工程。',
      '②黑臭水体治理工程。',
      '（三）加强土壤污染防治',
      '5.管控建设用地风险。（市自然资源和规划局）',
    ].join('\n');
    const doc = parse(plan);
    assert.deepStrictEqual(doc.headings.map((h) => `${h.marker.text}@${h.line}`), ['一、@1', '（一）@2', '1.@3', '2.@4', '3.@9', '（二）@10', '4.@11', '（三）@15', '5.@16']);
    assert.deepStrictEqual(analyze(plan).findings.filter((f) => f.rule === 'GW101' || f.rule === 'GW201'), []);
    assert.strictEqual(fixAll(plan).text, plan);
    // At the end of a section, the box\'s numbers run on from the body\'s as written: the box\'s own.
    const atEnd = parse(['一、任务', '1.甲任务。（市发展改革委）', '2.乙任务。（市财政局）', '专栏 1 重点项目', '1.项目一。', '2.项目二。', '3.项目三。', '二、保障措施'].join('\n'));
    assert.deepStrictEqual(atEnd.headings.map((h) => h.line), [0, 1, 2, 7]);
    // A box whose own text was lost, the body going on at `（一）` under `三、`: those are the body\'s.
    const lost = parse(['三、主要任务', '专栏1 主要指标', '（一）加强甲工作。', '（二）加强乙工作。', '四、保障措施'].join('\n'));
    assert.deepStrictEqual(lost.headings.map((h) => h.line), [0, 2, 3, 4]);
    // A box numbered wrongly (`①②④`) reads as before: GW101 names the value its own list expects.
    const wrong = ['第一节 建设网络设施', '推进光网升级。（市数据局）', '专栏1 重点工程', '①光网工程。', '②算力工程。', '④感知工程。', '第二节 建设算力设施'].join('\n');
    assert.deepStrictEqual(analyze(wrong).findings.filter((f) => f.rule === 'GW101').map((f) => `${f.range.start.line}:${f.message}`), ['5:序号“④”跳号：此处应为“③”。']);
    // `专栏` in the text is no box (`开设专栏。`).
    const text = parse(['一、任务', '（一）加强宣传。', '开设专栏，宣传典型。', '（二）加强督查。'].join('\n'));
    assert.deepStrictEqual(text.headings.map((h) => h.line), [0, 1, 3]);
  });

  it('reads `一、` sections holding articles (`一、……` / `第一条 ……`) as their parents; an article\'s own `一、` items stay under it', () => {
    const policy = ['某市支持工业发展若干措施', '一、支持企业技术改造', '第一条 对技术改造项目给予补助。（市工业和信息化局负责）', '第二条 支持企业上云。（市工业和信息化局负责）', '二、支持品牌建设', '第三条 对新获得以下称号的企业给予奖励：', '（一）获得中国质量奖的，奖励100万元；', '（二）获得省长质量奖的，奖励50万元。', '三、附则', '第四条 本措施自印发之日起施行。'].join('\n');
    const doc = parse(policy);
    assert.deepStrictEqual(doc.headings.map((h) => `${h.marker.text.trim()}<${h.parent?.marker.text.trim() ?? ''}`), ['一、<', '第一条<一、', '第二条<一、', '二、<', '第三条<二、', '（一）<第三条', '（二）<第三条', '三、<', '第四条<三、']);
    assert.deepStrictEqual(analyze(policy).findings.filter((f) => f.rule.startsWith('GW1')), []);
    // Items `一、`…`三、` of an article, the next article after them: the article\'s, as before.
    const items = parse(['第四条 申请人应当具备下列条件：', '一、具有本市户籍', '二、年满十八周岁', '三、无犯罪记录', '第五条 申请人提交材料。'].join('\n'));
    assert.deepStrictEqual(items.headings.map((h) => h.depth), [1, 2, 2, 2, 1]);
  });

  it('reads a table of contents (目　录) as no headings: its entries, with or without leaders and page numbers', () => {
    const toc = ['某某防汛应急预案', '目　录', '1.总则……………………1', '2.组织体系\t3', '附件……………………12', '1.总则', '1.1　目的', '做好工作。', '2.组织体系', '2.1　机构'].join('\n');
    assert.deepStrictEqual(parse(toc).headings.map((h) => `${h.marker.text}@${h.line}`), ['1.@5', '1.1@6', '2.@8', '2.1@9']);
    const plain = ['某某实施方案', '目录', '一、总体要求', '二、重点任务', '一、总体要求', '坚持稳中求进。', '二、重点任务', '（一）甲任务。'].join('\n');
    assert.deepStrictEqual(parse(plain).headings.map((h) => `${h.marker.text}@${h.line}`), ['一、@4', '二、@6', '（一）@7']);
    // It ends at a line that is no entry: the headings after it are read.
    const ended = ['目录', '一、总体要求', '为做好工作，制定本方案。', '二、重点任务'].join('\n');
    assert.deepStrictEqual(parse(ended).headings.map((h) => h.line), [3]);
  });

  it('finds inline enumerations and keeps 统一是/第一次 out', () => {
    const d = parse('会议要求，一是加强领导；二是完善制度；三是强化监督。\n统一是前提。第一次会议。首先，学习；其次，落实；最后，总结。\n第一，明确目标；第二，压实责任。\n');
    assert.deepStrictEqual(
      d.enumerations.map((e) => `${e.kind}:${e.items.map((i) => i.text).join('')}`),
      ['shi:一是二是三是', 'order:首先其次最后', 'di:第一第二'],
    );
  });
});

describe('frame of forms, minutes and titles without 关于', () => {
  const kinds = (text: string) => parse(text).frame.fields.map((f) => `${f.kind}@${f.line}`);

  it('reads a policy 解读 or 问答 as a title (`《……若干措施》政策解读`)', () => {
    for (const title of ['《某市支持某事的若干措施》政策解读', '《某市若干措施》解读', '某市促进消费若干措施政策问答']) {
      const d = parse([title, '一、出台背景', '为贯彻落实有关部署。', '二、主要内容', '共十条。'].join('\n'));
      assert.deepStrictEqual(d.parts.map((p) => p.title), [title], title);
    }
  });

  it('reads a 考核\'s scoring form (`……考核评分表`, `……测评表`) as a title', () => {
    for (const title of ['某县2026年度乡镇综合考核评分表', '某区机关作风建设群众测评表', '某市营商环境评价表']) {
      const d = parse([title, '', '一、考核指标及分值', '按下表评分。', '二、计分办法', '各项指标得分之和为考核总得分。'].join('\n'));
      assert.deepStrictEqual(d.parts.map((p) => p.title), [title], title);
    }
  });

  it('reads an official\'s 答记者问 on a policy, and a 解读 named first (`政策解读：《……》`), as a title', () => {
    const titles = ['某市发展改革委负责同志就《某市若干措施》答记者问', '某局有关负责人就社保费率调整有关问题答记者问', '政策解读：《某市促进消费的若干措施》', '一图读懂｜某市优化营商环境十条措施'];
    for (const title of titles) {
      const d = parse([title, '近日，市政府印发了《若干措施》。', '一、出台背景是什么？', '答：为贯彻落实有关部署。', '二、主要内容有哪些？', '答：共十条。'].join('\n'));
      assert.deepStrictEqual(d.parts.map((p) => p.title), [title], title);
    }
    // A sentence saying so is none, nor a lead without its subject.
    for (const line of ['市发展改革委负责同志就《若干措施》有关情况回答了记者提问。', '政策解读：', '政策解读：见附件。']) {
      const d = parse(['某市若干措施', line, '一、出台背景', '为贯彻落实有关部署。'].join('\n'));
      assert.deepStrictEqual(d.parts.map((p) => p.title), ['某市若干措施'], line);
    }
  });

  it('reads the issuer and date under a 公报\'s title as its head: its 成文日期, no 落款, one part', () => {
    for (const issuers of [['某县统计局'], ['某县统计局', '国家统计局某县调查队'], []]) {
      const text = ['某县2024年国民经济和社会发展统计公报', ...issuers, '2025年3月28日', '全县经济运行稳中有进。', '一、综合', '地区生产总值312.56亿元。', '二、农业', '粮食增产。'].join('\n');
      const d = parse(text);
      assert.strictEqual(d.parts.length, 1, issuers.join());
      assert.deepStrictEqual(kinds(text), ['title@0', `date@${issuers.length + 1}`], issuers.join());
      assert.strictEqual(d.frame.date?.year, 2025);
    }
    // A cover notice's 落款 and date after its body still close it before the plan it issues.
    const cover = parse(['关于印发某方案的通知', '各科室：', '现印发给你们。', '某局', '2025年4月8日', '某方案', '一、总体要求', '甲。'].join('\n'));
    assert.strictEqual(cover.parts.length, 2);
  });

  it('reads a rule line (`━━━━`, `————`) between two documents as no part of the next one\'s title', () => {
    for (const rule of ['━━━━━━━━━━━━', '————————', '────────']) {
      const text = ['某局关于张三任职的通知', '某局发〔2025〕15号', '各科室：', '经研究决定：', '1.张三任办公室副主任；', '2.李四任财务科科长。', '某局', '2025年4月2日', rule, '某县人大常委会任免名单', '（2025年4月18日县人大常委会第二十三次会议通过）', '一、决定任命：', '王五为县财政局局长。', '二、决定免去：', '赵六的县财政局局长职务。'].join('\n');
      assert.deepStrictEqual(parse(text).parts.map((p) => p.title), ['某局关于张三任职的通知', '某县人大常委会任免名单'], rule);
    }
  });

  it('reads a title spaced out (`督 办 单`, `通  知`) under its issuing office as a 版头 and a title', () => {
    const text = ['某县人民政府督查室', '督 办 单', '某府督办〔2024〕21号', '承办单位：县城市管理局', '1.请核查。', '2.请反馈。', '县政府督查室', '2024年9月20日', '（联系人：张三，联系电话：12345678）', '某县人民政府督查室', '交 办 单', '某府督交〔2024〕22号', '承办单位：县教育局', '县政府督查室', '2024年9月23日'].join('\n');
    const d = parse(text);
    assert.deepStrictEqual(d.parts.map((p) => p.title), ['督 办 单', '交 办 单']);
    assert.deepStrictEqual(kinds(text).slice(0, 3), ['banner@0', 'title@1', 'docNumber@2']);
    assert.ok(kinds(text).includes('banner@9'));
    assert.deepStrictEqual(parse(['通  知', '各科室：', '请按时参加会议。', '办公室', '2024年5月6日'].join('\n')).parts[0].title, '通  知');
    // A title wrapped after its issuer (`某市人民政府办公室` | `关于……的通知`), or mid-name, is one title, not a 版头.
    const wrapped = parse(['某市人民政府办公室', '关于做好某事的通知', '各县（市、区）人民政府：', '请做好工作。'].join('\n'));
    assert.deepStrictEqual(wrapped.parts.map((p) => p.title), ['某市人民政府办公室关于做好某事的通知']);
    assert.deepStrictEqual(parse(['经营性文化事业单位', '转制为企业的规定', '一、转制范围', '甲。'].join('\n')).parts.map((p) => p.title), ['经营性文化事业单位转制为企业的规定']);
  });

  it('reads the issuing office\'s name above a 发文字号 (a 函\'s or 报告\'s 版头 without 文件), here and in a 复函 that follows', () => {
    const text = ['某市自然资源和规划局', '', '某自然资函〔2024〕58号', '', '某市自然资源和规划局关于商请提供', '内涝点位数据的函', '', '市城市管理局：', '请提供点位数据。', '某市自然资源和规划局', '2024年4月8日', '（联系人：周婷，联系电话：12345678）', '', '某市城市管理局', '', '某城管函〔2024〕22号', '', '某市城市管理局关于提供内涝点位数据的复函', '', '市自然资源和规划局：', '现函复如下。', '某市城市管理局', '2024年4月22日'].join('\n');
    const d = parse(text);
    assert.deepStrictEqual(d.parts.map((p) => p.title), ['某市自然资源和规划局关于商请提供内涝点位数据的函', '某市城市管理局关于提供内涝点位数据的复函']);
    assert.deepStrictEqual(d.frame.fields.filter((f) => f.kind !== 'note').map((f) => `${f.kind}@${f.line}`), ['banner@0', 'docNumber@2', 'title@4', 'recipients@7', 'signature@9', 'date@10', 'banner@13', 'docNumber@15', 'title@17', 'recipients@19', 'signature@21', 'date@22']);
  });

  it('reads a 纪要\'s head (`第12期`, issuer and date on one line) and its 出席/列席/记录/分送 lines', () => {
    const text = ['某市人民政府常务会议纪要', '〔2024〕第15次', '某市人民政府办公室                2024年6月12日', '6月7日，市长主持召开会议。纪要如下：', '一、关于城市更新工作', '会议议定：由市住建局牵头推进。', '出席：张三、李四', '列席：市财政局局长王五', '请假：赵六（出差）', '记录：市政府办公室 陈晨', '分送：市委办公室，各区人民政府。'].join('\n');
    const d = parse(text);
    assert.deepStrictEqual(kinds(text), ['title@0', 'serial@1', 'date@2', 'attendees@6', 'attendees@7', 'attendees@8', 'attendees@9', 'cc@10']);
    const date = d.frame.fields.find((f) => f.kind === 'date')!;
    assert.deepStrictEqual([date.text, date.range.start.character], ['2024年6月12日', 25]);
    assert.deepStrictEqual(d.frame.date, { year: 2024, month: 6, day: 12, chinese: false });
    const outline = buildOutline(d)[0].children.map((s) => s.title);
    assert.deepStrictEqual(outline.filter((t) => /^(编号|成文日期|出席|列席|分送)/.test(t)), ['编号：〔2024〕第15次', '成文日期：2024年6月12日', '出席：张三、李四', '列席：市财政局局长王五', '分送：市委办公室，各区人民政府。']);
    // In English, the labels with an English colon; a line that labels itself is shown as written.
    assert.deepStrictEqual(buildOutline(d, 'en')[0].children.map((s) => s.title).filter((t) => /^(Date|出席|分送)/.test(t)), ['Date: 2024年6月12日', '出席：张三、李四', '分送：市委办公室，各区人民政府。']);
    // A 简报's `第3期`, a 令's `第12号`; but not a 会议通知's own `出席：` line, which is its text.
    assert.deepStrictEqual(kinds(['某市人民政府令', '第12号', '《某市某办法》已经市政府常务会议通过，现予公布。', '市长　张三', '2024年3月5日'].join('\n')).slice(0, 2), ['title@0', 'serial@1']);
    assert.deepStrictEqual(kinds(['关于召开某会议的通知', '各单位：', '定于5月6日召开会议。', '出席：各单位主要负责人', '某局', '2024年5月1日'].join('\n')), ['title@0', 'recipients@1', 'signature@4', 'date@5']);
  });

  it('starts a document at a title with its 题注 after articles (a 令 and its 办法, then a 决定)', () => {
    const text = ['某市人民政府令', '第12号', '《某市某办法》已经市政府常务会议通过，现予公布。', '市长　张三', '2024年4月20日', '某市某办法', '第一条　为了某事，制定本办法。', '第二条　本办法自公布之日起施行。', '中共某市委关于推进某事的决定', '（2024年3月5日中共某市委全体会议通过）', '全会作出如下决定。', '一、重大意义', '甲。', '二、总体要求', '乙。'].join('\n');
    const d = parse(text);
    assert.deepStrictEqual(d.parts.map((p) => p.title), ['某市人民政府令', '某市某办法', '中共某市委关于推进某事的决定']);
    assert.deepStrictEqual(d.parts[2].headings.map((h) => h.marker.text), ['一、', '二、']);
    // A document's own title and 题注 at its top start nothing new.
    assert.strictEqual(parse(text.split('\n').slice(8).join('\n')).parts.length, 1);
  });

  it('reads a 抄送 wrapped onto the next line as one, up to its 。 and never past the 版记\'s rule', () => {
    const text = ['关于某事的通知', '各单位：', '请做好工作。', '某市人民政府办公室', '2024年4月2日', '抄送：市委各部门，市人大常委会办公室，市政协办公室，市法院，', '　　市检察院。', '────────────', '某市人民政府办公室　　　　2024年4月3日印发'].join('\n');
    const cc = parse(text).frame.fields.find((f) => f.kind === 'cc')!;
    assert.deepStrictEqual([cc.line, cc.endLine, cc.text], [5, 6, '抄送：市委各部门，市人大常委会办公室，市政协办公室，市法院，市检察院。']);
    const one = parse(text.replace('市法院，\n　　市检察院。', '市法院。')).frame.fields.find((f) => f.kind === 'cc')!;
    assert.deepStrictEqual([one.line, one.endLine], [5, 5]);
  });

  it('reads the date in brackets under a title (题注) as its 成文日期, not a speech\'s', () => {
    const rule = ['某市城市绿化条例', '（2024年3月5日某市第十六届人民代表大会第三次会议通过）', '第一章　总则', '第一条　为了促进城市绿化，制定本条例。', '第二条　本条例适用于本市。'].join('\n');
    const d = parse(rule);
    const date = d.frame.fields.find((f) => f.kind === 'date')!;
    assert.deepStrictEqual([date.line, date.text, date.range.start.character, date.range.end.character], [1, '2024年3月5日', 1, 10]);
    assert.deepStrictEqual(d.frame.date, { year: 2024, month: 3, day: 5, chinese: false });
    // Amended on a later date: its first date is not the document's.
    const amended = parse(['某市养犬管理条例', '（2010年3月5日某市人大常委会第十次会议通过　2024年6月1日某市人大常委会第二十次会议修正）', '第一条　为了规范养犬行为，制定本条例。', '第二条　本条例适用于本市。'].join('\n'));
    assert.deepStrictEqual(amended.frame.fields.map((f) => f.kind), ['title']);
    assert.strictEqual(amended.frame.date, null);
    // A speech's `（2024年3月5日）` heads it: no 成文日期, and its 称谓 is still read.
    const speech = parse(['在全市安全生产工作会议上的讲话', '（2024年3月5日）', '同志们：', '今天召开会议。', '一、充分肯定成绩', '形势平稳。'].join('\n'));
    assert.deepStrictEqual(speech.frame.fields.map((f) => `${f.kind}@${f.line}`), ['title@0', 'salutation@2']);
  });
  it('a web article\'s section numbers (01 alone over its title, 01｜, / 01 /, 01 空格) head sections of their own, above 一、', () => {
    const article = [
      '南湖区2024年强村富民行动方案',
      '01',
      '',
      '产业富民行动',
      '▲做强特色产业。培育联合体5家以上。（区农业农村局牵头）',
      '/ 02 /',
      '就业增收行动',
      '一、开展技能培训',
      '（一）组织培训。全年培训5000人次。（区人力社保局负责）',
      '03｜集体经济提升行动',
      '◆推进飞地抱团。（区财政局牵头）',
      '04 保障措施',
      '◆加强组织领导。',
    ].join('\n');
    const doc = parse(article);
    assert.deepStrictEqual(
      doc.headings.map((h) => [h.marker.kind, h.marker.value, h.depth, h.title]),
      [
        ['padded', 1, 1, '产业富民行动'],
        ['padded', 2, 1, '就业增收行动'],
        ['cn', 1, 2, '开展技能培训'],
        ['parenCn', 1, 3, '组织培训'],
        ['padded', 3, 1, '集体经济提升行动'],
        ['padded', 4, 1, '保障措施'],
      ],
    );
    assert.deepStrictEqual(buildOutline(doc).map((s) => s.children.map((c) => `${c.marker}|${c.title}`))[0], ['01|产业富民行动', '/ 02 /|就业增收行动', '03｜|集体经济提升行动', '04|保障措施']);
    assert.deepStrictEqual(lint(doc).filter((f) => f.rule.startsWith('GW1')), []);
  });

  it('a skip among a web article\'s 01 02 04 is renumbered in the form each is written, slashes and bars kept', () => {
    const article = ['某某行动方案', '/ 01 /', '产业富民行动', '正文。', '02｜就业增收行动', '正文。', '/ 04 /', '集体经济提升行动', '正文。', '05｜保障措施', '正文。'].join('\n');
    const found = lint(parse(article)).filter((f) => f.rule === 'GW101');
    assert.deepStrictEqual(found.map((f) => f.range.start.line), [6]);
    assert.strictEqual(fixAll(article).text, article.replace('/ 04 /', '/ 03 /').replace('05｜', '04｜'));
  });

  it('a two-digit number is no section where it is a cell or a figure: alone without a title below, 12 alone, 10 before 09, 05 月, a table row 01 | …', () => {
    for (const text of [
      ['某某情况统计', '01', '区农业农村局', '02', '区商务局'],
      ['某某情况统计', '01', '完成培训5000人次，超额完成。'],
      ['某某行动方案', '12', '产业富民行动'],
      ['某某行动方案', '01｜产业富民行动', '10｜保障措施'],
      ['某某行动方案', '05 月底前完成。'],
      ['某某任务清单', '01 | 完善制度 | 党委办公室'],
    ]) {
      const doc = parse(text.join('\n'));
      assert.deepStrictEqual(doc.headings.filter((h) => h.marker.kind === 'padded').map((h) => h.marker.value), text[1] === '01｜产业富民行动' ? [1] : [], text.join('/'));
    }
  });
  it('an 附件 line and its title after the 落款 start the attached part though no numbered heading follows (a 回执)', () => {
    const notice = [
      '关于召开全市城市绿化工作推进会的通知',
      '各县（市、区）人民政府：',
      '　　定于6月6日召开推进会。现将有关事项通知如下：',
      '　　一、会议时间',
      '　　6月6日上午9:00。',
      '　　二、有关要求',
      '　　请于6月4日前报送参会回执。',
      '　　附件：参会回执',
      '　　　　　　　　江州市人民政府办公室',
      '　　　　　　　　2024年5月30日',
      '附件',
      '',
      '参会回执',
      '单位名称\t姓名\t职务\t联系电话',
      '（请于6月4日前报送）',
    ];
    const doc = parse(notice.join('\n'));
    assert.deepStrictEqual(doc.parts.map((p) => [p.startLine, p.title]), [[0, '关于召开全市城市绿化工作推进会的通知'], [10, '参会回执']]);
    assert.deepStrictEqual(buildOutline(doc).map((s) => s.title), ['关于召开全市城市绿化工作推进会的通知', '参会回执']);
    // Before the 落款, or with a sentence under it, an 附件 line starts nothing of its own.
    const unsigned = notice.slice(0, 8).concat(notice.slice(10));
    assert.strictEqual(parse(unsigned.join('\n')).parts.length, 1);
    const sentence = notice.slice(0, 12).concat(['请各单位认真填写，于6月4日前报送。']);
    assert.strictEqual(parse(sentence.join('\n')).parts.length, 1);
    // So does each attachment after the first, which has no 落款 of its own.
    const two = notice.concat(['附件2', '会场座次图', '（略）']);
    assert.deepStrictEqual(parse(two.join('\n')).parts.map((p) => [p.startLine, p.title]), [[0, '关于召开全市城市绿化工作推进会的通知'], [10, '参会回执'], [15, '会场座次图']]);
    // A document's title wrapped over two lines is read whole, as the top of any attached document is.
    const report = notice.slice(0, 10).concat(['附件2', '马鬃山村', '地质险情调查意见', '专家组认为，房屋开裂与地震活动无直接关系。']);
    assert.deepStrictEqual(parse(report.join('\n')).parts.map((p) => p.title), ['关于召开全市城市绿化工作推进会的通知', '马鬃山村地质险情调查意见']);
  });
});

describe('a 问答 (政策解读, 答记者问): its questions head the outline, their answers\' lists under them', () => {
  const tree = (text: string) => {
    const out: string[] = [];
    const walk = (hs: readonly { marker: { text: string }; title: string; children: any[] }[], indent: string) => {
      for (const h of hs) {
        out.push(indent + h.marker.text + h.title);
        walk(h.children, indent + '  ');
      }
    };
    for (const p of parse(text).parts) walk(p.headings, '');
    return out;
  };
  it('reads 问题一：……？, 问1：……？ and 问：……？ as questions, an answer\'s （一） and 1. under each', () => {
    const text = ['某政策解读', '问题一：为什么要制定？', '答：为了规范。', '问题二：范围是什么？', '答：包括：', '（一）甲；', '（二）乙。', '问题三：资金如何筹措？', '答：分为：', '1.中央资金；', '2.地方资金。', '问题四：何时施行？', '答：自公布之日起施行。'].join('\n');
    assert.deepStrictEqual(tree(text), ['问题一：为什么要制定', '问题二：范围是什么', '  （一）甲', '  （二）乙', '问题三：资金如何筹措', '  1.中央资金', '  2.地方资金', '问题四：何时施行']);
    assert.deepStrictEqual(tree(text.replace(/问题[一二三四]/g, '问')).filter((t) => !t.startsWith(' ')), ['问：为什么要制定', '问：范围是什么', '问：资金如何筹措', '问：何时施行']);
    assert.deepStrictEqual(tree('问1：甲是什么？答：甲是一种制度。\n问2：乙呢？答：乙也是。'), ['问1：甲是什么', '问2：乙呢']);
    // A problem named after its noun, asking nothing, is no question (a 整改报告's label: GW113).
    assert.deepStrictEqual(tree('问题一：理论学习不深入。\n整改措施：加强学习。'), []);
  });
  it('holds an answer\'s （一） under a 1.……？ question, up to the next question or a heading at its parent\'s level', () => {
    const text = ['某意见解读', '一、出台背景', '为了优化环境。', '二、热点问答', '1.有哪些举措？', '（1）网办；', '（2）免费刻章。', '2.在审批方面有哪些改革？', '《意见》明确：', '（一）压缩审批时间；', '（二）推行拿地即开工。', '3.如何监督落实？', '纳入考核。', '三、政策咨询', '联系电话：12345。'].join('\n');
    assert.deepStrictEqual(tree(text), ['一、出台背景', '二、热点问答', '  1.有哪些举措', '    （1）网办', '    （2）免费刻章', '  2.在审批方面有哪些改革', '    （一）压缩审批时间', '    （二）推行拿地即开工', '  3.如何监督落实', '三、政策咨询']);
    assert.deepStrictEqual(analyze(text).findings.map((f) => f.rule), []);
    // Not a heading that asks nothing: a （一） after a 1. closes it, as in any plan.
    assert.deepStrictEqual(tree(text.replace('2.在审批方面有哪些改革？', '2.审批改革。')).slice(5, 8), ['  2.审批改革', '  （一）压缩审批时间', '  （二）推行拿地即开工']);
  });
  it('shows the questions in the outline', () => {
    const text = ['某政策问答', '问题一：什么是甲？', '答：甲是一种制度。', '问题二：乙有哪些？', '答：', '（一）丙；', '（二）丁。'].join('\n');
    const names = (ss: ReturnType<typeof buildOutline>): string[] => ss.flatMap((s) => [s.title, ...names(s.children)]);
    assert.deepStrictEqual(names(buildOutline(parse(text))), ['某政策问答', '什么是甲', '乙有哪些', '丙', '丁']);
  });
});

describe('the title a Markdown or web copy gives its text (`# …`, front matter `title:`)', () => {
  // A news headline names no 公文 genre: the frame reads no title, the page's markup gives one.
  const BODY = ['', '据某县网站消息，近日，某县召开全县河湖长制工作会议，一是压实河湖长责任，二是推进问题整改，三是加强巡河护河。', '', '会议要求，各乡镇要抓好落实。'];
  const HEADLINE = '某县：压实河湖长责任 守护一方碧水清流';
  const all = (s: OutlineSymbol): OutlineSymbol[] => [s, ...s.children.flatMap(all)];

  it('takes the `# …` that opens the text, a repeat of it right below being the same title', () => {
    const doc = parse([`# ${HEADLINE}`, '', `# ${HEADLINE}`, ...BODY].join('\n'));
    const outline = buildOutline(doc);
    assert.deepStrictEqual(outline.flatMap(all).map((s) => `${s.kind}|${s.level}|${s.line}|${s.title}`), [`frame|0|0|${HEADLINE}`]);
    assert.deepStrictEqual(JSON.parse(JSON.stringify(outline[0].selectionRange)), { start: { line: 0, character: 2 }, end: { line: 0, character: 2 + HEADLINE.length } });
    // No rule reads it: the frame has no title, the part none of its own.
    assert.strictEqual(doc.parts[0].title, null);
    assert.deepStrictEqual(doc.frame.fields, []);
  });

  it('else the front matter\'s `title:`, its quotes and their escapes stripped', () => {
    for (const [line, title] of [
      [`title: "${HEADLINE}"`, HEADLINE],
      [`title: '${HEADLINE}'`, HEADLINE],
      [`title: ${HEADLINE}  # 注释`, HEADLINE],
      ['title: "某县\\"河长制\\"见实效"', '某县"河长制"见实效'],
      ["title: '某县''河长制''见实效'", "某县'河长制'见实效"],
    ]) {
      const lines = ['---', 'layout: post', line, 'date: 2024-03-05 10:00:00 +0800', '---', ...BODY.map((b) => (b ? `<p>${b}</p>` : b))];
      const outline = buildOutline(parse(lines.join('\n')));
      assert.deepStrictEqual(outline.flatMap(all).map((s) => `${s.line}|${s.title}`), [`2|${title}`], line);
      const sel = outline[0].selectionRange;
      assert.strictEqual(line.slice(sel.start.character, sel.end.character).replace(/\\(.)/g, '$1').replace(/''/g, "'"), title, line);
    }
  });

  it('the `# …` under the front matter before its `title:`; blank lines and a `<div>` above the text passed', () => {
    const doc = parse(['', '---', 'title: 网站栏目标题', '---', '', '<div>', `# ${HEADLINE}`, ...BODY].join('\n'));
    assert.deepStrictEqual(buildOutline(doc).map((s) => `${s.line}|${s.title}`), [`6|${HEADLINE}`]);
  });

  it('a 公文\'s own title reads as today, and neither a numbered `# 一、…`, an empty or block `title:`, nor a nested one is a title', () => {
    const notice = parse(['# 关于做好某项工作的通知', '', '各乡镇，县直各单位：', '', '一、提高认识', '', '二、加强领导'].join('\n'));
    assert.deepStrictEqual(notice.frame.fields.filter((f) => f.kind === 'title').map((f) => f.text), ['关于做好某项工作的通知']);
    assert.strictEqual(notice.parts[0].pageTitle, undefined);
    const numbered = parse(['# 一、总体要求', '坚持问题导向。', '# 二、主要任务', '完善制度。'].join('\n'));
    assert.deepStrictEqual(buildOutline(numbered).map((s) => s.title), ['总体要求', '主要任务']);
    for (const front of [['title: ""'], ['title: >', '  某镇开展防汛演练'], ['seo:', '  title: 某镇开展防汛演练']]) {
      const doc = parse(['---', ...front, '---', ...BODY].join('\n'));
      assert.deepStrictEqual(buildOutline(doc), [], front.join(' / '));
    }
  });

  it('changes no finding: the text is checked as an untitled one', () => {
    const body = ['一、加强组织领导', '各单位要高度重视。', '三、强化督促检查', '定期通报进展。'];
    const plain = analyze(['', '', ...body].join('\n')).findings.map((f) => `${f.rule}@${f.range.start.line}`);
    const titled = analyze([`# ${HEADLINE}`, '', ...body].join('\n')).findings.map((f) => `${f.rule}@${f.range.start.line}`);
    assert.ok(plain.length > 0);
    assert.deepStrictEqual(titled, plain);
  });
});

describe('the document\'s closing after the last item of a list is no item\'s', () => {
  const ends = (text: string) => parse(text).headings.map((h) => `${h.marker.text}${h.line}-${h.endLine}`);
  const plan = ['某某工作实施办法', '　　一、加强组织领导', '　　（一）落实主体责任', '　　各单位要落实主体责任。（办公室）', '　　（二）强化监督检查', '　　各单位要协助抓好任务分解和落实。（纪委、办公室）'];
  it('ends the last item\'s block, and its parents\', before a paragraph about the whole document', () => {
    for (const closing of [
      ['　　各单位要根据本实施办法，结合实际制定贯彻落实的具体措施，并报党委。'],
      ['　　本办法自印发之日起施行。'],
      ['　　本方案由市发展改革委负责解释。', '　　本方案自2026年1月1日起施行。'],
      ['　　以上意见，请遵照执行。'],
      ['　　特此通知。'],
      ['　　妥否，请批示。'],
    ]) {
      const doc = parse([...plan, ...closing, ''].join('\n'));
      assert.deepStrictEqual(doc.headings.map((h) => `${h.marker.text}${h.line}-${h.endLine}`), ['一、1-5', '（一）2-3', '（二）4-5'], closing[0]);
      const outline = buildOutline(doc)[0].children;
      assert.strictEqual(outline[0].range.end.line, 5, closing[0]);
      assert.strictEqual(outline[0].children[1].range.end.line, 5, closing[0]);
    }
  });
  it('keeps an item\'s own paragraphs: its first below it, and ordinary ones after', () => {
    // An item on its own line keeps the paragraph under it, whatever it says.
    assert.deepStrictEqual(ends(['一、甲', '　　正文。', '二、实施要求', '　　各单位要根据本方案，结合实际制定具体措施。', ''].join('\n')), ['一、0-1', '二、2-3']);
    // A paragraph that speaks of the document without closing it, and a request under an item of its own line.
    assert.deepStrictEqual(ends([...plan, '　　各单位要按照本办法要求，定期报送进展情况。', '　　请各单位于每季度末报送工作进展。', ''].join('\n')), ['一、1-7', '（一）2-3', '（二）4-7']);
    // A sentence broken over lines: a line that goes on a sentence opens no closing.
    assert.deepStrictEqual(ends(['一、甲', '　　（一）乙', '　　正文。各单位要严格执行，', '特此通知各单位的要求也照此执行。', ''].join('\n')), ['一、0-3', '（一）1-3']);
  });
  it('counts a request as the closing after a run-in last item only', () => {
    const runIn = ['　　一、压实责任。各科室要落实责任。', '　　二、加强值守。严格执行值班制度。', '　　请各科室于2月20日前报送工作情况。', ''].join('\n');
    assert.deepStrictEqual(ends(runIn), ['一、0-0', '二、1-1']);
  });
  it('ends a speech\'s last part before its closing `同志们，……`', () => {
    assert.deepStrictEqual(ends(['一、提高认识', '　　正文。', '二、强化保障', '　　正文乙。', '　　同志们，让我们共同努力。', '　　谢谢大家！', ''].join('\n')), ['一、0-1', '二、2-3']);
  });
});

describe('a web page\'s header above a 公文\'s own title', () => {
  const notice = ['关于印发《某市农村人居环境整治提升实施方案》的通知', '各县（市、区）人民政府，市政府各部门：', '　　现将《某市农村人居环境整治提升实施方案》印发给你们，请认真贯彻落实。', '某市人民政府办公室', '2026年3月15日', '某市农村人居环境整治提升实施方案', '　　一、总体要求', '　　二、重点任务'];
  const fieldsOf = (text: string) => parse(text).frame.fields.map((f) => `${f.kind}@${f.line}`);
  it('passes the site, a breadcrumb, the 来源 line and a news headline, and reads the title below them', () => {
    for (const header of [
      ['某市人民政府门户网站', '首页 > 政务公开 > 政策文件', '我市召开农村人居环境整治提升工作会议', '来源：市农业农村局　　发布时间：2026-03-18'],
      ['我市印发《某市农村人居环境整治提升实施方案》', '来源：市农业农村局　发布时间：2026-03-18'],
      ['某市出台农村人居环境整治提升实施方案'],
      ['# 我市召开农村人居环境整治提升工作会议', ''],
    ]) {
      const n = header.length;
      const doc = parse([...header, ...notice].join('\n'));
      assert.deepStrictEqual(doc.parts.map((p) => p.title), [notice[0], notice[5]], header[0]);
      assert.deepStrictEqual(fieldsOf([...header, ...notice].join('\n')).slice(0, 2), [`title@${n}`, `recipients@${n + 1}`], header[0]);
      assert.strictEqual(buildOutline(doc)[0].title, notice[0], header[0]);
    }
  });
  it('reads a page\'s title under its 来源 line, and a 发文字号 under the header', () => {
    const plan = ['我市出台农村人居环境整治提升实施方案', '发布时间：2026-04-02　来源：市农业农村局', '某市农村人居环境整治提升实施方案', '　　为改善农村人居环境，制定本方案。', '　　一、总体要求'];
    assert.deepStrictEqual(parse(plan.join('\n')).parts.map((p) => p.title), ['某市农村人居环境整治提升实施方案']);
    const numbered = ['首页 > 政务公开', '某政办发〔2026〕5号', ...notice];
    assert.deepStrictEqual(fieldsOf(numbered.join('\n')).slice(0, 3), ['docNumber@1', 'title@2', 'recipients@3']);
  });
  it('keeps a title on the first line, an issuer\'s name over it, and a headline with no 公文 below', () => {
    assert.deepStrictEqual(fieldsOf(notice.join('\n')).slice(0, 2), ['title@0', 'recipients@1']);
    assert.deepStrictEqual(parse(['某市人民政府办公室', ...notice].join('\n')).parts[0].title, '某市人民政府办公室' + notice[0]);
    // Two issuers joint-issuing it, each on a line over the title: both are its first lines.
    assert.deepStrictEqual(parse(['中共某市委办公室', '某市人民政府办公室', ...notice].join('\n')).parts[0].title, '中共某市委办公室某市人民政府办公室' + notice[0]);
    // A 简报's masthead (its serial, its issuer and date) is the document's own head.
    assert.deepStrictEqual(fieldsOf(['工作简报', '第3期', '某市人民政府办公室　　　　2026年3月16日', ...notice].join('\n')).slice(0, 4), ['title@0', 'serial@1', 'date@2', 'recipients@4']);
    const news = ['我市召开农村人居环境整治提升工作会议', '来源：市农业农村局　发布时间：2026-03-18', '　　3月18日，市政府召开会议，部署农村人居环境整治提升工作。'];
    assert.deepStrictEqual(parse(news.join('\n')).parts.map((p) => p.title), [null]);
  });
});

describe('a speech\'s points in the outline (`第一，……。` heading its paragraphs)', () => {
  const speech = ['在全市安全生产工作会议上的讲话', '同志们：', '　　这次会议很重要。下面，我讲三点意见。', '　　第一，要清醒认识面临的形势。', '　　去年全市安全生产形势总体平稳。', '　　但是，风险隐患依然较多。', '　　第二，要压实安全生产责任。', '　　一是压实属地责任。', '　　要落实党政同责。', '　　二是压实企业主体责任。', '　　要落实全员安全生产责任制。', '　　第三，要提升应急处置能力。', '　　要加强应急救援队伍建设。', '　　同志们，安全生产责任重于泰山。让我们扎实做好各项工作。', ''];
  it('lists the points whose leads open paragraphs of their own, a series inside a point under it, the closing out', () => {
    const doc = parse(speech.join('\n'));
    const points = buildOutline(doc)[0].children.filter((s) => s.kind === 'section');
    assert.deepStrictEqual(points.map((s) => [s.marker, s.title, s.line, s.range.end.line]), [['第一，', '要清醒认识面临的形势', 3, 5], ['第二，', '要压实安全生产责任', 6, 10], ['第三，', '要提升应急处置能力', 11, 12]]);
    assert.deepStrictEqual(points[1].children.map((s) => [s.marker, s.title, s.line, s.range.end.line]), [['一是', '压实属地责任', 7, 8], ['二是', '压实企业主体责任', 9, 10]]);
    // A speech gives no findings for its points (no units asked, no numbering of headings).
    assert.deepStrictEqual(analyze(speech.join('\n')).findings.map((f) => f.rule), []);
  });
  it('lists a speech\'s divisions (`第一部分　关于……`) and the points under them', () => {
    const parts = ['在全市教育工作会议上的讲话', '同志们：', '　　下面，我讲两个方面的意见。', '　　第一部分　关于过去一年的工作', '　　过去一年，各项工作取得新进展。', '　　第二部分　关于今年的重点工作', '　　第一，推进学前教育普惠发展。', '　　要扩大普惠性资源。', '　　第二，推进义务教育优质均衡。', '　　要推进集团化办学。', ''];
    const points = buildOutline(parse(parts.join('\n')))[0].children.filter((s) => s.kind === 'section');
    assert.deepStrictEqual(points.map((s) => [s.marker, s.title, s.line, s.range.end.line]), [['第一部分　', '关于过去一年的工作', 3, 4], ['第二部分　', '关于今年的重点工作', 5, 9]]);
    assert.deepStrictEqual(points[1].children.map((s) => [s.marker, s.line, s.range.end.line]), [['第一，', 6, 7], ['第二，', 8, 9]]);
  });
  it('lists no points counted inside a paragraph, nor where the part has numbered headings', () => {
    const runIn = ['在全市安全生产工作会议上的讲话', '同志们：', '　　第一，要清醒认识面临的形势。去年全市安全生产形势总体平稳。', '　　第二，要压实安全生产责任。一是压实属地责任，二是压实企业主体责任。', ''];
    assert.deepStrictEqual(buildOutline(parse(runIn.join('\n')))[0].children.filter((s) => s.kind === 'section'), []);
    const headed = ['某某工作方案', '一、总体要求', '　　第一，要提高认识。', '　　要统一思想。', '　　第二，要加强领导。', '　　要压实责任。', ''];
    assert.deepStrictEqual(buildOutline(parse(headed.join('\n')))[0].children.map((s) => s.marker), ['一、']);
  });
});

