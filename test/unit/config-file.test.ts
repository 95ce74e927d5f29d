/** `.gongwenrc.json` loading: the `unitsFile` registry and every way it can be wrong. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, defaultConfig } from '../../server/src/analysis';
import { loadConfigFile, MAX_UNITS_FILE_BYTES } from '../../server/src/configFile';
import { tempDir } from '../util';

function workspace(files: Record<string, string | Buffer>): string {
  const dir = tempDir('units');
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

const load = (dir: string) => loadConfigFile(path.join(dir, '.gongwenrc.json'), defaultConfig());

describe('config file: unitsFile', () => {
  it('reads a units file of one name a line (BOM, blank lines, # comments, 　 padding)', () => {
    const dir = workspace({
      '.gongwenrc.json': JSON.stringify({ units: ['办公室'], unitsFile: 'data/单位名录.txt' }),
      'data/单位名录.txt': '\ufeff# 2026年单位名录\r\n党委组织部\r\n\r\n　纪委　\r\n',
    });
    const { config, problems, reads } = load(dir);
    assert.deepStrictEqual(problems, []);
    assert.deepStrictEqual(config.units, ['办公室', '党委组织部', '纪委']);
    assert.deepStrictEqual(reads, [path.join(dir, 'data', '单位名录.txt')]);
    // The registry takes effect: a unit outside it is flagged.
    const findings = analyze('一、加强领导\n（一）甲。（党委组织部、宣传部）\n（二）乙。（纪委、党委组织部）\n', config).findings;
    assert.ok(findings.some((f) => f.rule === 'GW207' && /宣传部/.test(f.message)), JSON.stringify(findings.map((f) => f.message)));
  });

  it('reads a JSON units file (an array, or {"units": [...]})', () => {
    const a = workspace({ '.gongwenrc.json': '{"unitsFile": "u.json"}', 'u.json': '["财务处", "人事处"]' });
    assert.deepStrictEqual(load(a).config.units, ['财务处', '人事处']);
    const b = workspace({ '.gongwenrc.json': '{"unitsFile": "u.json"}', 'u.json': '{"units": ["审计处"]}' });
    assert.deepStrictEqual(load(b).config.units, ['审计处']);
  });

  it('refuses a units file outside the workspace, naming the config file, and keeps the rest', () => {
    const outside = workspace({ 'secret.txt': '机密单位\n' });
    const dir = workspace({
      '.gongwenrc.json': JSON.stringify({ units: ['办公室'], rules: { GW101: 'off' }, unitsFile: path.join('..', path.basename(outside), 'secret.txt') }),
    });
    const { config, problems } = load(dir);
    assert.strictEqual(problems.length, 1);
    assert.ok(problems[0].startsWith(path.join(dir, '.gongwenrc.json')), problems[0]);
    assert.match(problems[0], /不在工作区/);
    assert.match(problems[0], /outside the workspace/);
    assert.deepStrictEqual(config.units, ['办公室']);
    assert.strictEqual(config.rules.GW101, 'off');
    // An absolute path elsewhere, and a symbolic link inside pointing out, are refused the same way.
    const abs = workspace({ '.gongwenrc.json': JSON.stringify({ unitsFile: path.join(outside, 'secret.txt') }) });
    assert.match(load(abs).problems[0], /outside the workspace/);
    const linked = workspace({ '.gongwenrc.json': '{"unitsFile": "link.txt"}' });
    fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(linked, 'link.txt'));
    assert.match(load(linked).problems[0], /outside the workspace/);
    assert.deepStrictEqual(load(linked).config.units, []);
  });

  it('reports a missing, binary, oversized, non-UTF-8 or malformed units file, and a wrong type', () => {
    const cases: Array<[Record<string, string | Buffer>, RegExp]> = [
      [{ '.gongwenrc.json': '{"unitsFile": "none.txt"}' }, /not found/],
      [{ '.gongwenrc.json': '{"unitsFile": "u.txt"}', 'u.txt': Buffer.from([0x41, 0, 0x42]) }, /not text/],
      [{ '.gongwenrc.json': '{"unitsFile": "u.txt"}', 'u.txt': Buffer.alloc(MAX_UNITS_FILE_BYTES + 1, 0x41) }, /too large/],
      [{ '.gongwenrc.json': '{"unitsFile": "u.txt"}', 'u.txt': Buffer.from([0xb0, 0xec, 0xb9, 0xab, 0xca, 0xd2]) }, /not UTF-8/],
      [{ '.gongwenrc.json': '{"unitsFile": "u.json"}', 'u.json': '["a", 3]' }, /array of strings/],
      [{ '.gongwenrc.json': '{"unitsFile": "u.json"}', 'u.json': '["a",' }, /invalid JSON/],
      [{ '.gongwenrc.json': '{"unitsFile": 42}' }, /must be a path string/],
      [{ '.gongwenrc.json': '{"unitsFile": "."}' }, /outside the workspace|not a file/],
    ];
    for (const [files, expected] of cases) {
      const dir = workspace(files);
      const { config, problems } = load(dir);
      assert.strictEqual(problems.length, 1, JSON.stringify(problems));
      assert.match(problems[0], expected);
      assert.ok(problems[0].includes('.gongwenrc.json'), problems[0]);
      assert.deepStrictEqual(config.units, []);
    }
  });
});
