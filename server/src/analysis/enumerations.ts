/** Inline enumerations 一是/二是, 一要/二要, 第一，/第二，, 首先/其次/最后. (Being written.) */
import { Enumeration, Heading } from './model';
import { SourceText } from './source';

export function findEnumerations(_source: SourceText, _headings: Heading[]): Enumeration[] {
  return [];
}
