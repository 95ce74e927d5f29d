/**
 * The analysis entry point: text + config → model + findings. Pure and synchronous; the server
 * and the CLI both call this and nothing below it.
 */
import { Config, defaultConfig } from './config';
import { GongwenDocument } from './model';
import { parse } from './parse';
import { SourceText } from './source';
import { Report, Rule, RuleContext } from './rule';
import { ALL_RULES, findRule } from './rules';
import { Finding, Fix, SeveritySetting, compareIds, comparePositions, localize } from './types';

export interface AnalysisResult {
  doc: GongwenDocument;
  findings: Finding[];
}

/** The severity a rule runs at under `config` (per-rule override by id or alias, else its default). */
export function effectiveSeverity(rule: Rule, config: Config): SeveritySetting {
  const rules = config.rules;
  return rules[rule.id] ?? rules[rule.id.toLowerCase()] ?? rules[rule.name] ?? rule.defaultSeverity;
}

export function lint(doc: GongwenDocument, config: Config = defaultConfig()): Finding[] {
  const findings: Finding[] = [];
  const facts = new Map<(doc: GongwenDocument, config: Config) => unknown, unknown>();
  const derived = <T>(derive: (doc: GongwenDocument, config: Config) => T): T => {
    if (!facts.has(derive)) facts.set(derive, derive(doc, config));
    return facts.get(derive) as T;
  };
  for (const rule of ALL_RULES) {
    const severity = effectiveSeverity(rule, config);
    if (severity === 'off') continue;
    const ctx: RuleContext = {
      config,
      locale: config.locale,
      msg: (zh, en) => localize(config.locale, { zh, en }),
      derived,
      report: (r: Report) => {
        const finding = {
          rule: rule.id,
          name: rule.name,
          // A per-report severity can only soften what the user configured, never raise it.
          severity: r.severity && rank(r.severity) < rank(severity) ? r.severity : severity,
          range: r.range,
          message: r.message,
        };
        findings.push(typeof r.fixes === 'function' ? deferred(finding, r.fixes) : { ...finding, fixes: r.fixes ?? [] });
      },
    };
    rule.check(doc, ctx);
  }
  findings.sort((a, b) => comparePositions(a.range.start, b.range.start) || compareIds(a.rule, b.rule));
  return findings;
}

/**
 * `previous`: the source of the same document's previous version, when the caller keeps one (the
 * server does): lines it shares with `text` reuse their cached per-line work without a lookup.
 */
export function analyze(text: string, config: Config = defaultConfig(), previous?: SourceText): AnalysisResult {
  const doc = parse(text, config, previous);
  return { doc, findings: lint(doc, config) };
}

/** Where a deferred finding keeps the function that computes its fixes (not enumerable). */
const COMPUTE_FIXES = Symbol('computeFixes');

/**
 * A finding whose fixes are computed on first read (then kept as a plain property). The getter
 * is one shared function and the computation sits in a field of the finding: a getter closure
 * per finding would give each finding a hidden class of its own, in V8's old generation, and
 * keep every version's model alive through young collections (young.ts).
 */
function deferred(finding: Omit<Finding, 'fixes'>, compute: () => Fix[]): Finding {
  const out = { ...finding, deferredFixes: true } as Finding;
  Object.defineProperty(out, COMPUTE_FIXES, { value: compute, configurable: true });
  Object.defineProperty(out, 'fixes', { enumerable: true, configurable: true, get: computeFixes });
  return out;
}

function computeFixes(this: Finding & { [COMPUTE_FIXES]: () => Fix[] }): Fix[] {
  const fixes = this[COMPUTE_FIXES]();
  Object.defineProperty(this, 'fixes', { value: fixes, enumerable: true, writable: false });
  return fixes;
}

function rank(s: SeveritySetting): number {
  return s === 'error' ? 3 : s === 'warning' ? 2 : s === 'info' ? 1 : 0;
}

export { findRule, ALL_RULES };
