/**
 * The analysis entry point: text + config → model + findings. Pure and synchronous; the server
 * and the CLI both call this and nothing below it.
 */
import { Config, defaultConfig } from './config';
import { GongwenDocument } from './model';
import { parse } from './parse';
import { Report, Rule, RuleContext } from './rule';
import { ALL_RULES, findRule } from './rules';
import { Finding, SeveritySetting, comparePositions, localize } from './types';

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
  for (const rule of ALL_RULES) {
    const severity = effectiveSeverity(rule, config);
    if (severity === 'off') continue;
    const ctx: RuleContext = {
      config,
      locale: config.locale,
      msg: (zh, en) => localize(config.locale, { zh, en }),
      report: (r: Report) => {
        findings.push({
          rule: rule.id,
          name: rule.name,
          // A per-report severity can only soften what the user configured, never raise it.
          severity: r.severity && rank(r.severity) < rank(severity) ? r.severity : severity,
          range: r.range,
          message: r.message,
          fixes: r.fixes ?? [],
        });
      },
    };
    rule.check(doc, ctx);
  }
  findings.sort((a, b) => comparePositions(a.range.start, b.range.start) || a.rule.localeCompare(b.rule));
  return findings;
}

export function analyze(text: string, config: Config = defaultConfig()): AnalysisResult {
  const doc = parse(text, config);
  return { doc, findings: lint(doc, config) };
}

function rank(s: SeveritySetting): number {
  return s === 'error' ? 3 : s === 'warning' ? 2 : s === 'info' ? 1 : 0;
}

export { findRule, ALL_RULES };
