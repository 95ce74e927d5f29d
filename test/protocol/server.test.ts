import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { CodeAction, Diagnostic, DocumentSymbol, FoldingRange, TextEdit } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, applyEdits, fixAll, safeFixEdits } from '../../server/src/analysis';
import { startServer, TestServer } from './lsp-client';
import { tempDir } from '../util';

const PLAN = ['某某工作方案', '一、总体要求', '（一）指导思想', '坚持问题导向。', '二、主要任务', '（一）健全制度', '（三）加强培训', '1、组织轮训', '三、保障措施', ''].join('\n');

describe('language server over stdio (dist/server.js)', function () {
  this.timeout(30_000);
  let server: TestServer;
  const uri = 'file:///tmp/gongwen-protocol/plan.gw';

  before(async () => {
    server = await startServer();
  });
  after(async () => {
    await server.stop();
  });

  it('publishes diagnostics, offers a quick-fix that clears them, and a fix-all', async () => {
    const diagnostics = server.nextDiagnostics(uri, 1);
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'gongwen', version: 1, text: PLAN } });
    const published = await diagnostics;
    const gap = published.diagnostics.find((d: Diagnostic) => d.code === 'GW101');
    assert.ok(gap, JSON.stringify(published.diagnostics));
    assert.strictEqual(gap.range.start.line, 6);
    assert.strictEqual(gap.source, 'gongwen');

    const actions = (await server.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: gap.range,
      context: { diagnostics: [gap] },
    })) as CodeAction[];
    const fix = actions.find((a) => a.kind === 'quickfix' && a.diagnostics?.[0].code === 'GW101');
    assert.ok(fix && fix.edit?.changes, JSON.stringify(actions));

    const fixAll = (await server.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.gongwen'] },
    })) as CodeAction[];
    assert.strictEqual(fixAll.length, 1);
    assert.strictEqual(fixAll[0].kind, 'source.fixAll.gongwen');

    // Apply every safe fix, as fix-on-save would, and see the diagnostics go.
    const doc = TextDocument.create(uri, 'gongwen', 1, PLAN);
    const edits = fixAll[0].edit!.changes![uri] as TextEdit[];
    const fixed = TextDocument.applyEdits(doc, edits);
    assert.match(fixed, /（二）加强培训/);
    assert.match(fixed, /1\.组织轮训/);
    const after = server.nextDiagnostics(uri, 2);
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ text: fixed }],
    });
    assert.deepStrictEqual((await after).diagnostics, []);
  });

  it('applies one quick-fix through an incremental change', async () => {
    const u = 'file:///tmp/gongwen-protocol/gap.gw';
    const text = '一、甲\n二、乙\n四、丙\n';
    const first = server.nextDiagnostics(u, 1);
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: u, languageId: 'gongwen', version: 1, text } });
    const [d] = (await first).diagnostics;
    const actions = (await server.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: u }, range: d.range, context: { diagnostics: [d] } })) as CodeAction[];
    const edit = actions[0].edit!.changes![u][0] as TextEdit;
    const second = server.nextDiagnostics(u, 2);
    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri: u, version: 2 }, contentChanges: [{ range: edit.range, text: edit.newText }] });
    assert.deepStrictEqual((await second).diagnostics, []);
  });

  it('fix-all asked for by name (fix-on-save) writes what `gongwen fix` writes, in edits within the lines; the lightbulb gets one pass', async () => {
    const u = 'file:///tmp/gongwen-protocol/passes.gw';
    // One pass renumbers `3.` to `1.` and reads `(二)` as its `（一）`; only then is the second `3、` a `2.`-to-be of a new run.
    const text = '3.加强领导\r\n(二)完善制度\r\n3、强化督查\r\n';
    const opened = server.nextDiagnostics(u, 1);
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: u, languageId: 'gongwen', version: 1, text } });
    await opened;
    const ask = async (only?: string[]) =>
      (await server.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri: u },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], ...(only ? { only } : {}) },
      })) as CodeAction[];
    const doc = TextDocument.create(u, 'gongwen', 1, text);
    const [named] = await ask(['source.fixAll']);
    const edits = named.edit!.changes![u] as TextEdit[];
    assert.strictEqual(TextDocument.applyEdits(doc, edits), fixAll(text).text);
    assert.notStrictEqual(fixAll(text).text, applyEdits(text, safeFixEdits(analyze(text).findings)));
    for (const e of edits) assert.strictEqual(e.range.start.line, e.range.end.line, JSON.stringify(e));
    const lightbulb = (await ask()).find((a) => a.kind === 'source.fixAll.gongwen')!;
    assert.strictEqual(TextDocument.applyEdits(doc, lightbulb.edit!.changes![u] as TextEdit[]), applyEdits(text, safeFixEdits(analyze(text).findings)));
  });

  it('answers document symbols as a tree, and folding ranges', async () => {
    const symbols = (await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as DocumentSymbol[];
    assert.strictEqual(symbols.length, 1);
    assert.strictEqual(symbols[0].name, '某某工作方案');
    const sections = symbols[0].children!;
    assert.deepStrictEqual(sections.map((s) => s.name), ['一、总体要求', '二、主要任务', '三、保障措施']);
    assert.deepStrictEqual(sections[1].children!.map((s) => s.name), ['（一）健全制度', '（二）加强培训']);
    const folds = (await server.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri } })) as FoldingRange[];
    assert.ok(folds.some((f) => f.startLine === 4 && f.endLine === 7), JSON.stringify(folds));
  });

  it('answers a Markdown or web copy\'s title (front matter `title:`) as its document symbol', async () => {
    const u = 'file:///tmp/gongwen-protocol/page.md';
    const text = ['---', 'layout: post', 'title: "某镇：守护一方碧水 共建美丽家园"', '---', '<p>近日，某镇召开河湖管护工作会议，一是压实责任，二是加强巡查。</p>', ''].join('\n');
    const got = server.nextDiagnostics(u, 1);
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: u, languageId: 'gongwen', version: 1, text } });
    await got;
    const symbols = (await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: u } })) as DocumentSymbol[];
    assert.deepStrictEqual(symbols.map((s) => [s.name, s.selectionRange.start.line, s.selectionRange.start.character, s.selectionRange.end.character]), [['某镇：守护一方碧水 共建美丽家园', 2, 8, 24]]);
  });

  it('answers a 公文\'s own title, not the web page\'s headline above it, as its document symbol', async () => {
    const u = 'file:///tmp/gongwen-protocol/webpage.gw';
    const text = ['我市召开优化营商环境工作会议', '来源：市发展改革委　发布时间：2026-05-06', '关于印发《某市优化营商环境行动方案》的通知', '各区人民政府，市政府各部门：', '　　现将《某市优化营商环境行动方案》印发给你们，请认真组织实施。', '某市人民政府', '2026年5月6日', ''].join('\n');
    const got = server.nextDiagnostics(u, 1);
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: u, languageId: 'gongwen', version: 1, text } });
    await got;
    const symbols = (await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: u } })) as DocumentSymbol[];
    assert.deepStrictEqual(symbols.map((s) => [s.name, s.selectionRange.start.line]), [['关于印发《某市优化营商环境行动方案》的通知', 2]]);
    assert.deepStrictEqual(symbols[0].children!.map((s) => s.name), ['主送机关：各区人民政府，市政府各部门：', '落款：某市人民政府', '成文日期：2026年5月6日']);
  });

  it('folds a cover notice and its plan from their first line of text to their last', async () => {
    const u = 'file:///tmp/gongwen-protocol/parts.gw';
    const text = ['', '某办发〔2026〕3号', '各科室：', '　　现将《某某工作方案》印发给你们，请认真贯彻执行。', '', '　　　　某某办公室', '　　　　2026年3月5日', '', '', '某某工作方案', '一、主要任务', '（一）健全制度', '（二）加强培训', ''].join('\n');
    const got = server.nextDiagnostics(u, 1);
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: u, languageId: 'gongwen', version: 1, text } });
    await got;
    const folds = (await server.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri: u } })) as FoldingRange[];
    const starts = folds.map((f) => f.startLine);
    // The notice: from its 发文字号 (not the blank line above) to its date (not the blank lines after).
    assert.ok(folds.some((f) => f.startLine === 1 && f.endLine === 6), JSON.stringify(folds));
    assert.ok(folds.some((f) => f.startLine === 9 && f.endLine === 12), JSON.stringify(folds));
    assert.ok(!starts.includes(0), JSON.stringify(folds));
  });

  it('folds the last item and its section without the document\'s closing paragraph', async () => {
    const u = 'file:///tmp/gongwen-protocol/closing.gw';
    const text = ['某某工作实施办法', '一、加强组织领导', '（一）落实主体责任', '各单位要落实主体责任。', '（二）强化监督检查', '各单位要抓好任务分解和落实。', '各单位要根据本实施办法，结合实际制定具体措施。', ''].join('\n');
    const got = server.nextDiagnostics(u, 1);
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: u, languageId: 'gongwen', version: 1, text } });
    await got;
    const folds = (await server.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri: u } })) as FoldingRange[];
    assert.ok(folds.some((f) => f.startLine === 1 && f.endLine === 5), JSON.stringify(folds));
    assert.ok(folds.some((f) => f.startLine === 4 && f.endLine === 5), JSON.stringify(folds));
    const symbols = (await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: u } })) as DocumentSymbol[];
    assert.strictEqual(symbols[0].children![0].range.end.line, 5);
  });

  it('answers a speech\'s points (`第一，……。` over their paragraphs) as document symbols and folds them', async () => {
    const u = 'file:///tmp/gongwen-protocol/speech.gw';
    const text = ['在全市安全生产工作会议上的讲话', '同志们：', '　　第一，要清醒认识面临的形势。', '　　去年全市安全生产形势总体平稳。', '　　第二，要压实安全生产责任。', '　　要落实党政同责。', '　　同志们，让我们扎实做好各项工作。', ''].join('\n');
    const got = server.nextDiagnostics(u, 1);
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: u, languageId: 'gongwen', version: 1, text } });
    assert.deepStrictEqual((await got).diagnostics, []);
    const symbols = (await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: u } })) as DocumentSymbol[];
    assert.deepStrictEqual(symbols[0].children!.map((s) => [s.name, s.range.start.line, s.range.end.line]), [['称谓：同志们：', 1, 1], ['第一，要清醒认识面临的形势', 2, 3], ['第二，要压实安全生产责任', 4, 5]]);
    const folds = (await server.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri: u } })) as FoldingRange[];
    assert.ok(folds.some((f) => f.startLine === 4 && f.endLine === 5), JSON.stringify(folds));
  });

  it('clears diagnostics when a document closes', async () => {
    const cleared = server.nextDiagnostics(uri);
    await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    assert.deepStrictEqual((await cleared).diagnostics, []);
  });

  it('keeps running on a broken .gongwenrc.json and uses the defaults', async () => {
    const dir = tempDir('rc');
    fs.writeFileSync(path.join(dir, '.gongwenrc.json'), '{ "rules": { "GW101": "off", }');
    const u = pathToFileURL(path.join(dir, 'plan.gw')).toString();
    const got = server.nextDiagnostics(u, 1);
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: u, languageId: 'gongwen', version: 1, text: '一、甲\n三、乙\n' } });
    assert.deepStrictEqual((await got).diagnostics.map((d) => d.code), ['GW101']);

    // A valid config turns the rule off once the watcher reports the change.
    fs.writeFileSync(path.join(dir, '.gongwenrc.json'), '{ "rules": { "numbering-sequence": "off" } }');
    const again = server.nextDiagnostics(u);
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(path.join(dir, '.gongwenrc.json')).toString(), type: 2 }] });
    assert.deepStrictEqual((await again).diagnostics, []);
  });

  it('reads the units file a .gongwenrc.json names, watches it, and refuses one outside the workspace', async () => {
    const dir = tempDir('units');
    fs.writeFileSync(path.join(dir, '.gongwenrc.json'), JSON.stringify({ unitsFile: '单位名录.txt' }));
    fs.writeFileSync(path.join(dir, '单位名录.txt'), '办公室\n财务处\n');
    const u = pathToFileURL(path.join(dir, 'plan.gw')).toString();
    const text = '一、加强管理\n（一）甲。（办公室、财务处）\n（二）乙。（办公室、人事处）\n';
    // The units file is read once the folder's .gongwenrc.json is: version 1 may first be published without it.
    const got = server.nextDiagnostics(u, 1, (p) => p.diagnostics.some((d) => d.code === 'GW207'));
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: u, languageId: 'gongwen', version: 1, text } });
    const first = (await got).diagnostics;
    assert.ok(first.some((d) => d.code === 'GW207' && /人事处/.test(String(d.message))), JSON.stringify(first));
    const watcher = server.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles');
    assert.ok(watcher && JSON.stringify(watcher.registerOptions).includes('单位名录.txt'), JSON.stringify(server.registrations));

    // The units file changes; the editor reports it; the finding goes.
    fs.writeFileSync(path.join(dir, '单位名录.txt'), '办公室\n财务处\n人事处\n');
    // (The first that has it: the server may publish version 1 again once its settings arrive.)
    const again = server.nextDiagnostics(u, 1, (p) => !p.diagnostics.some((d) => d.code === 'GW207'));
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(path.join(dir, '单位名录.txt')).toString(), type: 2 }] });
    assert.ok(!(await again).diagnostics.some((d) => d.code === 'GW207'));

    // A path that leaves the workspace: a message naming the file and the problem; checks go on.
    fs.writeFileSync(path.join(dir, '.gongwenrc.json'), JSON.stringify({ unitsFile: '../../etc/passwd' }));
    const third = server.nextDiagnostics(u);
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(path.join(dir, '.gongwenrc.json')).toString(), type: 2 }] });
    assert.ok(Array.isArray((await third).diagnostics));
    // (The message may come after the diagnostics it goes with.)
    const shown = await server.message(/outside the workspace/);
    assert.ok(shown.includes('.gongwenrc.json'), JSON.stringify(server.messages));
  });

  it('speaks English when the client locale is English', async () => {
    const en = await startServer({ locale: 'en' });
    try {
      const u = 'file:///tmp/gongwen-protocol/en.gw';
      const got = en.nextDiagnostics(u, 1);
      await en.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: u, languageId: 'gongwen', version: 1, text: '一、甲\n三、乙\n' } });
      assert.match(String((await got).diagnostics[0].message), /expected "二、"/);
      // Hover on an annotation: English words with English punctuation.
      const a = 'file:///tmp/gongwen-protocol/en-hover.gw';
      const opened = en.nextDiagnostics(a, 1);
      await en.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: a, languageId: 'gongwen', version: 1, text: '一、主要任务\n（一）完善制度。（办公室牵头，财务科配合，2026年6月底前完成）\n' } });
      await opened;
      const hover = (await en.connection.sendRequest('textDocument/hover', { textDocument: { uri: a }, position: { line: 1, character: 10 } })) as { contents: { value: string } };
      assert.match(hover.contents.value, /\*\*办公室\*\* — lead; leads 1 task\(s\) in this document$/m);
      assert.match(hover.contents.value, /^- Deadline: /m);
      assert.doesNotMatch(hover.contents.value, /[；：]/);
    } finally {
      await en.stop();
    }
  });
});
