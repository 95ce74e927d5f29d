/** Responsible-unit annotations. (Being written.) */
import { Config } from './config';
import { Annotation, Heading } from './model';
import { SourceText } from './source';

export function findAnnotations(_source: SourceText, _headings: Heading[], _config: Config): Annotation[] {
  return [];
}
