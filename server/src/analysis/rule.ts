/**
 * What a rule is: data (id, alias, family, default severity, description, fixability) plus a
 * function from the document model to reports. One module per rule family under rules/.
 */
import { RuleInputs } from './carry';
import { Config } from './config';
import { GongwenDocument, Heading } from './model';
import type { Section } from './structure';
import { Fix, Locale, Msg, Range, Severity } from './types';

export type RuleFamily = 'numbering' | 'frame' | 'units' | 'words';

export interface Report {
  range: Range;
  message: string;
  /**
   * The fixes, or a function computing them on demand (when they are costly, e.g. ranking lead
   * units by similarity): it runs only when an editor asks for code actions at this finding.
   * Deferred fixes are never safe, so `gongwen fix` and fix-all never need them.
   */
  fixes?: Fix[] | (() => Fix[]);
  /** Override the rule's severity for this one report (e.g. info for a mere suggestion). */
  severity?: Severity;
}

/**
 * A fact derived from the whole document for one lint (RuleContext.derived). `derived` asks for
 * another such fact, computed once per lint too: pass module-level functions only.
 */
export type Derive<T> = (doc: GongwenDocument, config: Config, derived: <U>(derive: Derive<U>) => U, sections: () => readonly SectionEntry[]) => T;

/** A top-level heading's subtree, and the Section the structure scan recorded for it (if any, with that subtree). */
export interface SectionEntry {
  view: SectionView;
  section?: Section;
}

export interface RuleContext {
  config: Config;
  locale: Locale;
  /** Pick the message in the configured language. */
  msg(zh: string, en: string): string;
  report(r: Report): void;
  /**
   * A fact derived from the whole document (its numbering breaks, say), computed once per lint
   * and shared by every rule that asks for it. `derive` is the key, so pass a module-level
   * function, never a fresh closure. Also the place for "once per document version" work: a
   * WeakMap or WeakSet keyed by the document would keep every version alive through V8's
   * young-generation collections (young.ts). A fact may read another (`Derive`'s third argument).
   * A fact lives until the lint ends, through every later rule's allocations, so it is promoted
   * with each keystroke: keep facts small, and work a large intermediate out inside one fact
   * rather than keeping it as a fact of its own (numbering.ts numberingOf: the sequences, 8 MB
   * promoted over the bench's 200 edits when they were one).
   */
  derived<T>(derive: Derive<T>): T;
  /**
   * The lines to look at, `from` to `to - 1`: the whole document, except for an `inputs: 'lines'`
   * rule whose findings on the other lines are carried over from the previous version.
   */
  lines: { from: number; to: number };
}

export interface Rule {
  /** `GW101`: 1xx numbering, 2xx units, 3xx frame, 4xx words. */
  id: string;
  /** kebab-case alias, usable wherever an id is. */
  name: string;
  family: RuleFamily;
  defaultSeverity: Severity;
  description: Msg;
  fixable: boolean;
  /**
   * What the rule reads, when it is less than the whole document; its findings are then carried
   * over from the previous version while that input is unchanged (carry.ts). Declare it only
   * for a rule that reads nothing else (and the configuration):
   * - `markers`: the heading tree's markers (kind, value, text, position, the spaces right after
   *   them: `markerGap`), depths, parents and parts — no titles, lines, tasks or annotations;
   * - `annotations`: the annotations, and the text of the lines they stand on;
   * - `lines`: each finding lies on one line and depends only on that line's text and on the
   *   rule's `context`; the rule looks only at `ctx.lines`.
   * Where the input stands enters the findings only through the ranges they report (no distances
   * between lines): after an edit that added or removed lines elsewhere, they are carried with
   * their ranges moved with the lines (carry.ts).
   */
  inputs?: RuleInputs;
  /**
   * For an `inputs: 'lines'` rule: what it reads besides each line's text (the segmenter's
   * vocabulary, the document's date …), as a list of values compared one by one (`Object.is`).
   * While it is unchanged, the findings on lines an edit left alone are carried over.
   */
  context?(doc: GongwenDocument, ctx: RuleContext): readonly unknown[];
  /**
   * For a rule whose findings inside each top-level section read only that section: that part
   * of the rule, run once per section; `check` then does only the rest (what reads across
   * sections). While a section is taken over whole from the previous version (structure.ts
   * `Section`, the same object) and `context` is unchanged, its findings are the previous ones
   * and the section is not looked at (analyze.ts runRules, carry.ts `keptInSections`).
   */
  sections?: SectionLocal;
  check(doc: GongwenDocument, ctx: RuleContext): void;
}

/** A top-level heading and its subtree: `doc.headings[from]` (the head) up to `doc.headings[to - 1]`. */
export interface SectionView {
  head: Heading;
  from: number;
  to: number;
}

/** The section-local part of a rule (Rule `sections`). */
export interface SectionLocal {
  /**
   * What the section's findings read from outside its headings and lines (wrapping, declared
   * defaults, the configuration's options …), as values compared one by one (`Object.is`). Keep
   * them small and plain: they are kept until the next version's lint.
   */
  context(doc: GongwenDocument, ctx: RuleContext): readonly unknown[];
  /** Report the findings that depend only on `section` (its headings and lines) and `context`. */
  check(doc: GongwenDocument, section: SectionView, ctx: RuleContext): void;
}
