/** Rules of the words family. */
import { Rule } from '../rule';

export const wordsRules: Rule[] = [];
