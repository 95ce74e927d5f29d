/** Rules of the frame family. */
import { Rule } from '../rule';

export const frameRules: Rule[] = [];
