/**
 * The open documents, kept as lines (analysis/lineText.ts): an edit makes only the lines it
 * touches, and the analysis knows every other line unchanged because it is the previous
 * version's string itself. A document is joined into one string only when a feature asks for
 * the whole text (formatting, moving a heading).
 */
import { TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { LineText, Position, Range, TextChange } from './analysis';

/** An open document: an LSP `TextDocument` whose text is a LineText. Each version is a new object. */
export class LineDocument implements TextDocument {
  constructor(
    readonly uri: string,
    readonly languageId: string,
    readonly version: number,
    readonly content: LineText,
    /**
     * The line this version's edit was typed on: one change within one line, inserting no line
     * break (a keystroke, an IME's commit); null after any other edit and when opened.
     */
    readonly typedLine: number | null = null,
  ) {}

  get lineCount(): number {
    return this.content.lineCount;
  }

  getText(range?: Range): string {
    return this.content.getText(range);
  }

  getLineRange(line: number): Range {
    return this.content.getLineRange(line);
  }

  getEOLCharacters(line: number): string {
    return this.content.getEOLCharacters(line);
  }

  positionAt(offset: number): Position {
    return this.content.positionAt(offset);
  }

  offsetAt(position: Position): number {
    return this.content.offsetAt(position);
  }
}

export function createDocuments(): TextDocuments<LineDocument> {
  return new TextDocuments<LineDocument>({
    create: (uri, languageId, version, text) => new LineDocument(uri, languageId, version, LineText.of(text)),
    update: (doc, changes, version) => new LineDocument(doc.uri, doc.languageId, version, doc.content.applied(changes), typedLine(changes)),
  });
}

function typedLine(changes: readonly TextChange[]): number | null {
  if (changes.length !== 1) return null;
  const { range, text } = changes[0];
  if (!range || range.start.line !== range.end.line || /[\r\n]/.test(text)) return null;
  return range.start.line;
}
