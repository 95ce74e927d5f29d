/** Frame, document parts and the heading tree. (Being written: see headings.ts / frame.ts.) */
import { Frame, Heading, Part } from './model';
import { SourceText } from './source';

export interface Structure {
  frame: Frame;
  parts: Part[];
  headings: Heading[];
}

export function parseStructure(source: SourceText): Structure {
  return {
    frame: { fields: [], date: null },
    parts: [{ kind: 'body', title: null, titleRange: null, startLine: 0, endLine: source.lineCount - 1, headings: [] }],
    headings: [],
  };
}
