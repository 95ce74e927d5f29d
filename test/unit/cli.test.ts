import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { REPO, tempDir } from '../util';

const CLI = path.join(REPO, 'dist', 'cli.js');

function run(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function tmp(name: string, content: string | Buffer): string {
  const dir = tempDir('cli');
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

describe('CLI (dist/cli.js)', function () {
  this.timeout(20_000);
  before(function () {
    if (!fs.existsSync(CLI)) throw new Error('run `node scripts/build.mjs` first');
  });

  it('lint --format json prints exactly the contract shape, with 1-based UTF-16 positions', () => {
    const file = tmp('plan.gw', '一、甲\n二、乙\n　　四、丙\n');
    const r = run(['lint', '--format', 'json', file]);
    assert.strictEqual(r.code, 1, r.err);
    const json = JSON.parse(r.out);
    assert.deepStrictEqual(json, [
      {
        file,
        findings: [
          {
            rule: 'GW101',
            name: 'numbering-sequence',
            severity: 'error',
            line: 3,
            column: 3,
            endLine: 3,
            endColumn: 5,
            message: '序号“四、”跳号：此处应为“三、”。',
            fixable: true,
          },
        ],
      },
    ]);
  });

  it('exits 0 when no finding is an error, and reads stdin with -', () => {
    const r = run(['lint', '--format', 'json', '-'], '一、甲\n1、项\n');
    assert.strictEqual(r.code, 0, r.err);
    const [result] = JSON.parse(r.out);
    assert.strictEqual(result.file, '<stdin>');
    assert.deepStrictEqual(result.findings.map((f: { rule: string }) => f.rule), ['GW102']);
  });

  it('exits 2 on usage and read errors', () => {
    assert.strictEqual(run(['lint']).code, 2);
    assert.strictEqual(run(['frobnicate', 'x']).code, 2);
    assert.strictEqual(run(['lint', '--format', 'xml', 'x']).code, 2);
    const missing = run(['lint', '/nonexistent/plan.gw']);
    assert.strictEqual(missing.code, 2);
    assert.match(missing.err, /ENOENT/);
  });

  it('usage says which commands take several files and which exactly one', () => {
    const r = run(['outline', 'a.gw', 'b.gw']);
    assert.strictEqual(r.code, 2);
    assert.match(r.err, /exactly one FILE/);
    assert.match(r.err, /gongwen lint +\[--format [^\]]+\] FILE\.\.\./);
    assert.match(r.err, /gongwen outline +\[--format [^\]]+\] FILE /);
    assert.doesNotMatch(r.err, /gongwen (outline|fix|ledger) .*FILE\.\.\./);
  });

  it('writes SARIF 2.1.0 with the rule table', () => {
    const r = run(['lint', '--format', 'sarif', tmp('p.gw', '一、甲\n三、乙\n')]);
    const sarif = JSON.parse(r.out);
    assert.strictEqual(sarif.version, '2.1.0');
    assert.ok(sarif.runs[0].tool.driver.rules.some((x: { id: string }) => x.id === 'GW101'));
    assert.strictEqual(sarif.runs[0].results[0].ruleId, 'GW101');
    assert.strictEqual(sarif.runs[0].results[0].locations[0].physicalLocation.region.startLine, 2);
  });

  it('outline --format json follows the contract', () => {
    const r = run(['outline', '--format', 'json', tmp('o.gw', '某某方案\n一、总体要求\n（一）指导思想\n二、主要任务\n')]);
    assert.strictEqual(r.code, 0, r.err);
    const json = JSON.parse(r.out);
    const [plan] = json.symbols;
    assert.deepStrictEqual(Object.keys(plan).sort(), ['children', 'kind', 'level', 'line', 'marker', 'title']);
    assert.deepStrictEqual(plan.children.map((s: { marker: string; level: number; line: number }) => [s.marker, s.level, s.line]), [
      ['一、', 1, 2],
      ['二、', 1, 4],
    ]);
    assert.strictEqual(plan.children[0].children[0].kind, 'section');
  });

  it('outline as text: a space after 第一章 / 第一条, none after 一、 or ㈠', () => {
    const r = run(['outline', tmp('r.gw', '某某办法\n第一章　总则\n第一条　为了规范管理，制定本办法。\n（一）甲项\n第二条　乙。\n㈠丙项\n㈡丁项\n')]);
    assert.strictEqual(r.code, 0, r.err);
    const lines = r.out.split('\n').map((l) => l.trim().replace(/\s+\(\d+\)$/, ''));
    assert.ok(lines.includes('第一章 总则'), r.out);
    assert.ok(lines.includes('第一条 为了规范管理，制定本办法'), r.out);
    assert.ok(lines.includes('（一）甲项'), r.out);
    assert.ok(lines.includes('㈠丙项'), r.out);
  });

  it('fix rewrites in place, keeping the BOM and CRLF line ends', () => {
    const file = tmp('f.gw', '\ufeff一、甲\r\n(一)乙\r\n三、丙\r\n');
    const r = run(['fix', file]);
    assert.strictEqual(r.code, 0, r.err);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), '\ufeff一、甲\r\n（一）乙\r\n二、丙\r\n');
    assert.match(r.err, /已修复 2 处/);
    // A bracket pair is one fix of two edits: counted once.
    const pair = tmp('g.gw', '一、任务\n（一）甲。（办公室）\n（二）乙。(财务部)\n');
    assert.match(run(['fix', pair]).err, /已修复 1 处/);
    assert.strictEqual(fs.readFileSync(pair, 'utf8'), '一、任务\n（一）甲。（办公室）\n（二）乙。（财务部）\n');
  });

  it('fix --stdout leaves the file alone', () => {
    const file = tmp('s.gw', '一、甲\n三、乙\n');
    const r = run(['fix', '--stdout', file]);
    assert.strictEqual(r.out, '一、甲\n二、乙\n');
    assert.strictEqual(fs.readFileSync(file, 'utf8'), '一、甲\n三、乙\n');
  });

  it('refuses binary input and decodes GBK with a notice', () => {
    const bin = run(['lint', tmp('b.gw', Buffer.from([0x4e, 0x00, 0x01, 0x02]))]);
    assert.strictEqual(bin.code, 2);
    assert.match(bin.err, /NUL/);
    // “一、甲\n三、乙\n” in GBK.
    const gbk = Buffer.from([0xd2, 0xbb, 0xa1, 0xa2, 0xbc, 0xd7, 0x0a, 0xc8, 0xfd, 0xa1, 0xa2, 0xd2, 0xd2, 0x0a]);
    const r = run(['lint', '--format', 'json', tmp('g.gw', gbk)]);
    assert.match(r.err, /GB18030/);
    assert.deepStrictEqual(JSON.parse(r.out)[0].findings.map((f: { rule: string; message: string }) => f.rule), ['GW101']);
  });

  it('reads UTF-16 with its BOM (Notepad’s “Unicode”) and fixes it in place in UTF-16', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('一、甲\n三、乙\n', 'utf16le')]);
    const file = tmp('u.gw', le);
    const r = run(['lint', '--format', 'json', file]);
    assert.match(r.err, /UTF-16LE/);
    assert.deepStrictEqual(JSON.parse(r.out)[0].findings.map((f: { rule: string }) => f.rule), ['GW101']);
    assert.strictEqual(run(['fix', file]).code, 0);
    const written = fs.readFileSync(file);
    assert.deepStrictEqual([...written.subarray(0, 2)], [0xff, 0xfe]);
    assert.strictEqual(written.subarray(2).toString('utf16le'), '一、甲\n二、乙\n');
  });

  it('does not write a GB18030 file over in UTF-8: fix in place is refused, --stdout prints it', () => {
    const gbk = Buffer.from([0xd2, 0xbb, 0xa1, 0xa2, 0xbc, 0xd7, 0x0a, 0xc8, 0xfd, 0xa1, 0xa2, 0xd2, 0xd2, 0x0a]);
    const file = tmp('g.gw', gbk);
    const r = run(['fix', file]);
    assert.strictEqual(r.code, 2);
    assert.match(r.err, /GB18030.*未修改/);
    assert.deepStrictEqual(fs.readFileSync(file), gbk);
    assert.strictEqual(run(['fix', '--stdout', file]).out, '一、甲\n二、乙\n');
  });

  it('fix --stdout prints the text exactly, adding no line end the file lacks', () => {
    assert.strictEqual(run(['fix', '--stdout', tmp('n.gw', '一、甲\n三、乙')]).out, '一、甲\n二、乙');
  });

  it('honours .gongwenrc.json found above the file, and reports a broken one', () => {
    const dir = tempDir('rc');
    fs.mkdirSync(path.join(dir, 'sub'));
    fs.writeFileSync(path.join(dir, '.gongwenrc.json'), JSON.stringify({ rules: { GW101: 'off' } }));
    const file = path.join(dir, 'sub', 'p.gw');
    fs.writeFileSync(file, '一、甲\n三、乙\n');
    assert.strictEqual(run(['lint', file]).code, 0);
    fs.writeFileSync(path.join(dir, '.gongwenrc.json'), '{ "rules": { "GW999": "off", "GW101": 3 } }');
    const r = run(['lint', file]);
    assert.strictEqual(r.code, 1);
    assert.match(r.err, /rules\.GW999/);
    assert.match(r.err, /rules\.GW101/);
  });

  it('prints English with --locale en', () => {
    const r = run(['lint', '--locale', 'en', '-'], '一、甲\n三、乙\n');
    assert.match(r.out, /expected "二、"/);
  });
});
