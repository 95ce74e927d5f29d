/** The registry of every rule, in id order. */
import { Rule } from '../rule';
import { compareIds } from '../types';
import { frameRules } from './frame';
import { numberingRules } from './numbering';
import { unitsRules } from './units';
import { wordsRules } from './words';

export const ALL_RULES: Rule[] = [...numberingRules, ...unitsRules, ...frameRules, ...wordsRules].sort((a, b) => compareIds(a.id, b.id));

const byKey = new Map<string, Rule>();
for (const r of ALL_RULES) {
  byKey.set(r.id.toUpperCase(), r);
  byKey.set(r.name.toLowerCase(), r);
}

/** Find a rule by id (`GW101`, any case) or alias (`numbering-sequence`). */
export function findRule(idOrAlias: string): Rule | undefined {
  return byKey.get(idOrAlias.toUpperCase()) ?? byKey.get(idOrAlias.toLowerCase());
}
