/** Rules of the numbering family. */
import { Rule } from '../rule';

export const numberingRules: Rule[] = [];
