import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { trimDictionary } from '../../server/src/analysis/segmenter';
import { SERVER_ENV } from '../../server/src/runtime';
import { REPO, tempDir } from '../util';

describe('the bundle alone (dist/ copied away from node_modules)', function () {
  this.timeout(30_000);

  it('loads the jieba binary and dictionary from the bundle and runs the word checks', () => {
    const dir = tempDir('dist');
    fs.cpSync(path.join(REPO, 'dist'), dir, { recursive: true });
    assert.ok(!fs.existsSync(path.join(dir, 'node_modules')));
    const file = path.join(dir, 'plan.gw');
    fs.writeFileSync(file, '工作要点\n一、认真布署全年工作。\n');
    const r = spawnSync(process.execPath, [path.join(dir, 'cli.js'), 'lint', '--format', 'json', file], { encoding: 'utf8', cwd: dir });
    assert.strictEqual(r.status, 0, r.stderr);
    const rules = JSON.parse(r.stdout)[0].findings.map((f: { rule: string }) => f.rule);
    assert.deepStrictEqual(rules, ['GW403']);
    assert.doesNotMatch(r.stderr, /分词组件无法加载/);
  });

  it('ships jieba\'s dictionary already without its rare words (the server reads it as it is)', () => {
    const full = fs.readFileSync(path.join(path.dirname(require.resolve('@node-rs/jieba')), 'dict.txt'));
    const shipped = fs.readFileSync(path.join(REPO, 'dist', 'jieba', 'dict.txt'));
    assert.ok(shipped.equals(trimDictionary(full)));
    assert.ok(shipped.length < full.length / 3, `${shipped.length} of ${full.length} bytes`);
  });

  it('is ASCII only, so V8 keeps the server\'s source as a one-byte string (half the heap of a two-byte one)', () => {
    for (const file of ['server.js', 'cli.js', 'client.js']) {
      const text = fs.readFileSync(path.join(REPO, 'dist', file), 'utf8');
      const at = text.search(/[^\x00-\x7f]/);
      assert.strictEqual(at, -1, `${file}: ${JSON.stringify(text.slice(Math.max(0, at - 40), at + 10))}`);
    }
    // That the escaped patterns read as written: the first test above and the corpus/seeds JSON.
  });

  it('ships the licences of what it bundles (ThirdPartyNotices.txt, from the build)', () => {
    const notices = fs.readFileSync(path.join(REPO, 'dist', 'ThirdPartyNotices.txt'), 'utf8');
    for (const pkg of ['@node-rs/jieba', 'opencc-js', 'vscode-languageserver ', 'vscode-languageclient', 'vscode-jsonrpc']) assert.ok(notices.includes(`\n${pkg}`), pkg);
    // OpenCC's dictionaries are under the Apache License: its text is there too.
    assert.match(notices, /Apache License/);
  });

  it('starts jieba\'s allocator (mimalloc) with the purge delay the server\'s environment sets (runtime.ts SERVER_ENV)', function () {
    // The bundled binary, loaded by the segmenter as the server loads it; mimalloc prints its options when verbose.
    const binary = path.join(REPO, 'dist', 'native');
    if (!fs.readdirSync(binary).some((f) => fs.readFileSync(path.join(binary, f)).includes('mimalloc'))) this.skip();
    const file = path.join(tempDir('mimalloc'), 'plan.gw');
    fs.writeFileSync(file, '工作要点\n一、认真布署全年工作。\n');
    const r = spawnSync(process.execPath, [path.join(REPO, 'dist', 'cli.js'), 'lint', '--format', 'json', file], {
      encoding: 'utf8',
      env: { ...process.env, ...SERVER_ENV, MIMALLOC_VERBOSE: '1' },
    });
    assert.strictEqual(r.status, 0, r.stderr);
    assert.match(r.stdout, /GW403/);
    assert.match(r.stderr, /option 'purge_delay': 0\b/, r.stderr.split('\n').filter((l) => l.includes('purge')).join('\n'));
  });
});
