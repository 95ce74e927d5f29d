import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ALL_RULES } from '../../server/src/analysis';
import { REPO } from '../util';

describe('rule registry', () => {
  it('ids and aliases are unique and well-formed', () => {
    const ids = ALL_RULES.map((r) => r.id);
    const names = ALL_RULES.map((r) => r.name);
    assert.strictEqual(new Set(ids).size, ids.length);
    assert.strictEqual(new Set(names).size, names.length);
    for (const r of ALL_RULES) {
      assert.match(r.id, /^GW[1-4]\d\d$/);
      assert.match(r.name, /^[a-z]+(-[a-z]+)*$/);
      assert.ok(r.description.zh && r.description.en, r.id);
    }
  });

  it('docs/rules.md is generated from the current registry (run `node scripts/gen-rules-doc.mjs`)', async () => {
    const doc = fs.readFileSync(path.join(REPO, 'docs', 'rules.md'), 'utf8');
    for (const r of ALL_RULES) {
      assert.ok(doc.includes(`### ${r.id}`), `${r.id} missing`);
      assert.ok(doc.includes(r.description.zh), `${r.id} description out of date`);
      assert.ok(doc.includes(`\`${r.name}\``), `${r.id} alias out of date`);
    }
  });
});
