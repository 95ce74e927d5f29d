import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../server/src/analysis';
import { REPO } from '../util';

/**
 * A parser for VS Code's snippet syntax (tab stops, placeholders, choices, variables, escapes):
 * throws on malformed bodies, and expands a body with every placeholder at its default.
 */
const VARIABLES: Record<string, string> = { CURRENT_YEAR: '2026', CURRENT_MONTH: '03', CURRENT_DATE: '05', TM_SELECTED_TEXT: '' };

function expand(body: string): { text: string; tabstops: Map<number, string> } {
  let i = 0;
  const tabstops = new Map<number, string>();
  const fail = (why: string): never => {
    throw new Error(`${why} at ${i}: …${body.slice(Math.max(0, i - 10), i + 10)}…`);
  };
  const parse = (inPlaceholder: boolean): string => {
    let out = '';
    while (i < body.length) {
      const c = body[i];
      if (c === '\\') {
        const next = body[i + 1];
        if (next === '$' || next === '}' || next === '\\') {
          out += next;
          i += 2;
          continue;
        }
        out += c;
        i++;
      } else if (c === '}' && inPlaceholder) {
        return out;
      } else if (c === '$') {
        i++;
        out += dollar();
      } else {
        out += c;
        i++;
      }
    }
    if (inPlaceholder) fail('unclosed ${');
    return out;
  };
  const define = (n: number, value: string) => {
    const known = tabstops.get(n);
    if (known !== undefined && value !== '' && known !== '' && known !== value) fail(`tab stop ${n} has two defaults`);
    if (known === undefined || known === '') tabstops.set(n, value);
  };
  const dollar = (): string => {
    let m = /^\d+/.exec(body.slice(i));
    if (m) {
      i += m[0].length;
      const n = Number(m[0]);
      if (!tabstops.has(n)) tabstops.set(n, '');
      return `\u0000${n}\u0000`;
    }
    m = /^[A-Z_][A-Z_0-9]*/.exec(body.slice(i));
    if (m) {
      i += m[0].length;
      if (!(m[0] in VARIABLES)) fail(`unknown variable ${m[0]}`);
      return VARIABLES[m[0]];
    }
    if (body[i] !== '{') fail('stray $');
    i++;
    m = /^(\d+)/.exec(body.slice(i));
    if (m) {
      i += m[0].length;
      const n = Number(m[1]);
      if (body[i] === '}') {
        i++;
        if (!tabstops.has(n)) tabstops.set(n, '');
        return `\u0000${n}\u0000`;
      }
      if (body[i] === ':') {
        i++;
        const value = parse(true);
        i++; // }
        define(n, value);
        return `\u0000${n}\u0000`;
      }
      if (body[i] === '|') {
        const end = body.indexOf('|}', i + 1);
        if (end < 0) fail('unclosed choice');
        const choices = body.slice(i + 1, end).split(',');
        if (choices.some((x) => !x)) fail('empty choice');
        i = end + 2;
        define(n, choices[0]);
        return `\u0000${n}\u0000`;
      }
      fail('bad tab stop');
    }
    m = /^[A-Z_][A-Z_0-9]*/.exec(body.slice(i));
    if (!m) fail('bad ${');
    i += m![0].length;
    if (body[i] !== '}') fail('variable transforms are not used here');
    i++;
    if (!(m![0] in VARIABLES)) fail(`unknown variable ${m![0]}`);
    return VARIABLES[m![0]];
  };
  const raw = parse(false);
  // Mirrors repeat the placeholder's default.
  const text = raw.replace(/\u0000(\d+)\u0000/g, (_, n) => tabstops.get(Number(n)) ?? '');
  return { text, tabstops };
}

const snippets = JSON.parse(fs.readFileSync(path.join(REPO, 'snippets', 'gongwen.json'), 'utf8')) as Record<string, { prefix: string[]; body: string[]; description: string }>;

describe('snippets', () => {
  it('are contributed for the gongwen language', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
    assert.deepStrictEqual(pkg.contributes.snippets, [{ language: 'gongwen', path: './snippets/gongwen.json' }]);
  });

  it('have unique prefixes, in Chinese and in pinyin initials, and descriptions', () => {
    const all = Object.values(snippets).flatMap((s) => s.prefix);
    assert.strictEqual(new Set(all).size, all.length);
    for (const [name, s] of Object.entries(snippets)) {
      assert.ok(s.prefix.some((p) => /^[\u4e00-\u9fff]+$/.test(p)) && s.prefix.some((p) => /^[a-z]+$/.test(p)), name);
      assert.ok(s.description, name);
    }
  });

  for (const [name, s] of Object.entries(snippets)) {
    it(`${name}: the body is a valid snippet with $0 at most once`, () => {
      const body = s.body.join('\n');
      const { tabstops } = expand(body);
      assert.ok((body.match(/\$0/g) ?? []).length <= 1);
      assert.ok(tabstops.size > 0);
    });
  }

  it('the parser rejects malformed snippets', () => {
    for (const bad of ['${1:unclosed', '$', '${1|a,|}', '${FOO}', '${1:a} ${1:b}']) assert.throws(() => expand(bad), bad);
  });

  it('the 实施方案 skeleton, expanded, has zero findings', () => {
    const { text } = expand(snippets['实施方案'].body.join('\n'));
    const { findings } = analyze(text + '\n');
    assert.deepStrictEqual(findings.map((f) => `${f.rule}@${f.range.start.line}: ${f.message}`), []);
    assert.match(text, /二、主要任务\n　　（一）健全工作机制\n　　1\.建立工作台账/);
  });

  it('the 通知 frame, expanded, has no error or warning', () => {
    const { text } = expand(snippets['通知'].body.join('\n'));
    const { findings } = analyze(text + '\n');
    assert.deepStrictEqual(findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule}: ${f.message}`), []);
    assert.match(text, /某发〔2026〕1号/);
  });
});
