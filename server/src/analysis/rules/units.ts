/** Rules of the units family. */
import { Rule } from '../rule';

export const unitsRules: Rule[] = [];
