/**
 * 字数 and task count for the status bar. 字数 counts what Word counts for Chinese text: every
 * non-whitespace character of the document's content, leaving out front matter and HTML tags.
 */
import { GongwenDocument } from './model';

export interface DocumentStats {
  characters: number;
  tasks: number;
  headings: number;
}

export function documentStats(doc: GongwenDocument): DocumentStats {
  let characters = 0;
  for (const l of doc.source.lines) {
    if (l.kind !== 'text') continue;
    const content = l.text.slice(l.contentStart, l.contentEnd).replace(/<\/?[A-Za-z][^<>]*>/g, '');
    characters += content.replace(/[\s\u3000\ufeff]/g, '').length;
  }
  return { characters, tasks: doc.tasks.length, headings: doc.headings.length };
}
