import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';
import { REPO } from '../util';

let grammar: vsctm.IGrammar;

/** Scopes of each token of one line: [text, scopes joined]. */
function tokens(line: string): Array<[string, string]> {
  const r = grammar.tokenizeLine(line, vsctm.INITIAL);
  return r.tokens.map((t) => [line.slice(t.startIndex, t.endIndex), t.scopes.join(' ')]);
}
function scopeOf(line: string, text: string): string {
  const t = tokens(line).find(([s]) => s === text);
  assert.ok(t, `no token "${text}" in ${JSON.stringify(tokens(line))}`);
  return t[1];
}

describe('TextMate grammar', () => {
  before(async () => {
    const wasm = fs.readFileSync(path.join(REPO, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new vsctm.Registry({
      onigLib: Promise.resolve({ createOnigScanner: (s) => new oniguruma.OnigScanner(s), createOnigString: (s) => new oniguruma.OnigString(s) }),
      loadGrammar: async () => vsctm.parseRawGrammar(fs.readFileSync(path.join(REPO, 'syntaxes', 'gongwen.tmLanguage.json'), 'utf8'), 'gongwen.tmLanguage.json'),
    });
    grammar = (await registry.loadGrammar('text.gongwen'))!;
    assert.ok(grammar);
  });

  it('gives each heading level its marker and text scopes', () => {
    assert.match(scopeOf('一、总体要求', '一、'), /markup\.heading\.marker\.level1/);
    assert.match(scopeOf('一、总体要求', '总体要求'), /entity\.name\.section\.level1/);
    assert.match(scopeOf('　　（二）基本原则', '（二）'), /marker\.level2/);
    assert.match(scopeOf('1.建立台账', '1.'), /marker\.level3/);
    assert.match(scopeOf('（3）细化措施', '（3）'), /marker\.level4/);
    assert.match(scopeOf('②开展检查', '②'), /marker\.level5/);
    assert.match(scopeOf('第十二条　建设单位', '第十二条'), /marker\.level0/);
    assert.match(scopeOf('第十二條　建設單位', '第十二條'), /marker\.level0/);
  });
  it('marks malformed markers as deprecated', () => {
    assert.match(scopeOf('1、建立台账', '1、'), /invalid\.deprecated/);
    assert.match(scopeOf('(一)加强领导', '(一)'), /invalid\.deprecated/);
    assert.match(scopeOf('（一）、加强领导', '（一）、'), /invalid\.deprecated/);
  });
  it('scopes the 发文字号 and the 成文日期', () => {
    assert.match(scopeOf('某局发〔2024〕3号', '某局发〔2024〕3号'), /constant\.other\.docnumber/);
    assert.match(scopeOf('2024年3月5日', '2024年3月5日'), /constant\.numeric\.date/);
  });
  it('sets the lead unit of an annotation apart from the others', () => {
    const line = '建立工作台账。（办公室、财务部、审计部）';
    assert.match(scopeOf(line, '办公室'), /meta\.annotation\.units.*entity\.name\.tag\.lead/);
    assert.match(scopeOf(line, '、财务部、审计部'), /entity\.name\.tag\.unit/);
    const verb = '完善制度。（规划处牵头，财务处配合）';
    assert.match(scopeOf(verb, '规划处'), /tag\.lead/);
    assert.match(scopeOf(verb, '牵头'), /keyword\.other\.role/);
  });
  it('scopes 《》 titles, quotes and inline enumerations', () => {
    assert.match(scopeOf('贯彻《工作规划》要求', '《工作规划》'), /string\.quoted\.title/);
    assert.match(scopeOf('坚持“两个务必”', '“两个务必”'), /string\.quoted\.double/);
    assert.match(scopeOf('要求：一是加强学习', '一是'), /keyword\.other\.enumeration/);
  });
  it('does not take numbers in running text for markers', () => {
    for (const [line, text] of [['1.5亿元用于建设', '1.5亿元用于建设'], ['一是加强领导', '一是']] as const) {
      assert.doesNotMatch(tokens(line).map(([, s]) => s).join(' '), /markup\.heading/, `${line}: ${text}`);
    }
    assert.doesNotMatch(scopeOf('统一是前提', '统一是前提'), /enumeration/);
  });
});
