/**
 * The analysis entry point: text + config → model + findings. Pure and synchronous; the server
 * and the CLI both call this and nothing below it.
 */
import { Config, defaultConfig } from './config';
import { GongwenDocument } from './model';
import { ModelHandover, parseModel } from './parse';
import { SourceText } from './source';
import { LineText } from './lineText';
import { Derive, Report, Rule, RuleContext, SectionEntry } from './rule';
import type { Section } from './structure';
import { ALL_RULES, findRule } from './rules';
import { Finding, Fix, Range, Severity, SeveritySetting, compareIds, comparePositions, localize } from './types';
import { LintCarry } from './carry';

export interface AnalysisResult {
  doc: GongwenDocument;
  findings: Finding[];
  /** What the next analysis of the same document may reuse: pass it as that analysis's `previous`. */
  handover: Handover;
}

/** What one analysis of a document hands to the next analysis of the same document. */
export interface Handover {
  /** Its source: lines the next version shares reuse their cached per-line work (memo.ts). */
  source: SourceText;
  /** Findings of the rules whose inputs an edit may leave unchanged (carry.ts). */
  carry?: LintCarry;
  /**
   * Its model: sections whose lines an edit left alone are taken over whole (structure.ts
   * Section). Taken by the analysis it is handed to, which drops it from the handover.
   */
  model?: ModelHandover;
  /** The text was cut at the size limit (limits.ts): `source` holds only its first part. */
  capped: boolean;
}

/** The severity a rule runs at under `config` (per-rule override by id or alias, else its default). */
export function effectiveSeverity(rule: Rule, config: Config): SeveritySetting {
  const rules = config.rules;
  return rules[rule.id] ?? rules[rule.id.toLowerCase()] ?? rules[rule.name] ?? rule.defaultSeverity;
}

export function lint(doc: GongwenDocument, config: Config = defaultConfig()): Finding[] {
  return runRules(doc, config).findings;
}

/**
 * Every rule over `doc`. A rule that declares its `inputs` is not run when `carried` (from the
 * previous version) holds its findings for the same inputs under the same Config: its findings
 * are those (carry.ts). An `inputs: 'lines'` rule in the same context runs only on the lines
 * that changed, and keeps its findings on the others.
 */
function runRules(doc: GongwenDocument, config: Config, carried?: LintCarry, sections?: readonly Section[]): { findings: Finding[]; carry?: LintCarry } {
  // The previous version's sections not taken over are let go before any rule runs.
  if (carried && sections) carried.keepOnly(sections);
  let views: SectionEntry[] | undefined;
  const findings: Finding[] = [];
  const facts = new Map<Derive<unknown>, unknown>();
  const entries = (): readonly SectionEntry[] => (views ??= sectionEntries(doc, sections));
  const derived = <T>(derive: Derive<T>): T => {
    if (!facts.has(derive)) facts.set(derive, derive(doc, config, derived, entries));
    return facts.get(derive) as T;
  };
  const carry = new LintCarry(config, sections);
  for (const rule of ALL_RULES) {
    const severity = effectiveSeverity(rule, config);
    if (severity === 'off') continue;
    const kept = carried?.kept(rule, doc, config);
    if (kept) {
      for (const f of kept) findings.push(f);
      carry.keep(rule, kept, doc, carried);
      if (rule.sections) carry.handOnSections(rule, carried!);
      continue;
    }
    const ctx: RuleContext = {
      config,
      locale: config.locale,
      msg: (zh, en) => localize(config.locale, { zh, en }),
      derived,
      lines: { from: 0, to: doc.source.lineCount },
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
    const from = findings.length;
    if (rule.sections) {
      // Its findings in each section taken over whole, in the same context, are the previous ones.
      const context = rule.sections.context(doc, ctx);
      const kept = carried?.keptInSections(rule, config, context);
      // The previous version's map goes on, with the sections made again added: it holds only
      // sections this version took over (keepOnly), with their findings, and an edit remakes one
      // or two of the ~111 sections, so copying the others into a new map each edit is waste.
      const bySection = kept ?? new Map<Section, Finding[]>();
      let carriable = true;
      const list = (views ??= sectionEntries(doc, sections));
      for (let k = 0; k < list.length; k++) {
        const { view, section } = list[k];
        const had = section && kept?.get(section);
        if (had) {
          for (let i = 0; i < had.length; i++) findings.push(had[i]);
          continue;
        }
        const at = findings.length;
        rule.sections.check(doc, view, ctx);
        if (!section) continue;
        const mine = findings.slice(at);
        if (mine.some((f) => f.deferredFixes)) carriable = false;
        bySection.set(section, mine);
      }
      if (carriable) carry.keepInSections(rule, context, bySection);
    }
    // A rule that reads lines one by one keeps its findings on the lines the edit left alone.
    const context = rule.inputs === 'lines' ? (rule.context?.(doc, ctx) ?? []) : undefined;
    const onLines = context && carried?.keptOnLines(rule, doc, config, context);
    if (onLines) {
      for (const f of onLines.findings) findings.push(f);
      ctx.lines = onLines.lines;
    }
    rule.check(doc, ctx);
    if (rule.inputs) {
      const mine = findings.slice(from);
      if (!mine.some((f) => f.deferredFixes)) carry.keep(rule, mine, doc, carried, context);
    }
  }
  findings.sort((a, b) => comparePositions(a.range.start, b.range.start) || compareIds(a.rule, b.rule));
  return { findings, carry: carry.holds ? carry : undefined };
}


/**
 * Every top-level heading's subtree in `doc.headings`, in order, each with its Section from
 * `sections` (the parse's, when the lint has them) where that Section holds the same subtree.
 */
function sectionEntries(doc: GongwenDocument, sections?: readonly Section[]): SectionEntry[] {
  const headings = doc.headings;
  const out: SectionEntry[] = [];
  let k = 0;
  for (let i = 0; i < headings.length; ) {
    const head = headings[i];
    let j = i + 1;
    while (j < headings.length && headings[j].parent !== null) j++;
    let section: Section | undefined;
    if (sections) {
      while (k < sections.length && sections[k].head.line < head.line) k++;
      const s = sections[k];
      if (s && s.head === head && s.size === j - i) section = s;
    }
    out.push({ view: { head, from: i, to: j }, section });
    i = j;
  }
  return out;
}

/**
 * `text`: one string, or lines (lineText.ts), as the server keeps an open document: then every
 * line an edit did not touch is known unchanged without comparing it. `previous`: what the
 * analysis of the same document's previous version handed over (or just its source), when the
 * caller keeps it (the server does). Lines it shares with `text` reuse their cached per-line work
 * without a lookup; rules whose inputs are unchanged are not run again.
 */
export function analyze(text: string | LineText, config: Config = defaultConfig(), previous?: SourceText | Handover): AnalysisResult {
  // A bare source may be a capped text's first part: no model of it is taken over.
  const handed = previous instanceof SourceText ? { source: previous, capped: true } : previous;
  const { doc, handover: model } = parseModel(text, config, handed?.source, handed?.model);
  // The previous model is not held through lint: what of it this version did not take over dies
  // young (held longer, it would be promoted with every keystroke, young.ts).
  if (handed) handed.model = undefined;
  const { findings, carry } = runRules(doc, config, handed?.carry, doc.capped ? undefined : model.sections);
  return { doc, findings, handover: { source: doc.source, carry, capped: doc.capped, model: doc.capped ? undefined : model } };
}

/**
 * A finding whose fixes are computed on first read, then kept. A class: the getter is on its
 * prototype and the computation in a private field, so every such finding shares one hidden class
 * (a getter closure per finding would give each a hidden class of its own, in V8's old generation,
 * keeping every version's model alive through young collections, young.ts), and making one is a
 * plain allocation (it was a copy and two property definitions per finding).
 */
class DeferredFinding implements Finding {
  readonly deferredFixes = true;
  #compute: (() => Fix[]) | null;
  #fixes: Fix[] | null = null;

  constructor(
    readonly rule: string,
    readonly name: string,
    readonly severity: Severity,
    readonly range: Range,
    readonly message: string,
    compute: () => Fix[],
  ) {
    this.#compute = compute;
  }

  get fixes(): Fix[] {
    if (this.#fixes === null) {
      this.#fixes = this.#compute!();
      this.#compute = null;
    }
    return this.#fixes;
  }
}

function deferred(finding: Omit<Finding, 'fixes'>, compute: () => Fix[]): Finding {
  return new DeferredFinding(finding.rule, finding.name, finding.severity, finding.range, finding.message, compute);
}

function rank(s: SeveritySetting): number {
  return s === 'error' ? 3 : s === 'warning' ? 2 : s === 'info' ? 1 : 0;
}

export { findRule, ALL_RULES };
