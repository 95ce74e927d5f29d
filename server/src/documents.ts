/**
 * The open documents, and for each the lines that the edits since it was last analysed did not
 * touch, read off the LSP change events. The analysis takes those lines over from the previous
 * version without comparing them (analysis/source.ts UnchangedLines).
 */
import { TextDocumentContentChangeEvent, TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { UnchangedLines } from './analysis';

/** What the edits from version `from` to version `to` of a document left alone. */
export interface EditSpan extends UnchangedLines {
  from: number;
  to: number;
}

export interface Documents {
  documents: TextDocuments<TextDocument>;
  /** The lines of version `from` that are unchanged in `doc`, if every edit since is known. */
  unchangedSince(doc: TextDocument, from: number): UnchangedLines | undefined;
}

export function createDocuments(): Documents {
  const log = new EditLog();
  const documents = new TextDocuments<TextDocument>({
    create: (uri, languageId, version, content) => {
      log.forget(uri);
      return TextDocument.create(uri, languageId, version, content);
    },
    update: (doc, changes, version) => {
      log.record(doc, changes, version);
      return TextDocument.update(doc, changes, version);
    },
  });
  documents.onDidClose((e) => log.forget(e.document.uri));
  return { documents, unchangedSince: (doc, from) => log.unchangedSince(doc, from) };
}

/** Per document, what each edit since its last analysis left alone (bounded). */
export class EditLog {
  private readonly spans = new Map<string, EditSpan[]>();

  /** Before `changes` turn `doc` (still the old version) into `version`. */
  record(doc: TextDocument, changes: readonly TextDocumentContentChangeEvent[], version: number): void {
    const span = editSpan(doc.lineCount, changes);
    if (!span) {
      this.spans.delete(doc.uri);
      return;
    }
    const list = this.spans.get(doc.uri) ?? [];
    // A document nobody analyses (no diagnostics asked for) keeps only its last edits.
    if (list.length >= MAX_SPANS) list.shift();
    list.push({ from: doc.version, to: version, ...span });
    this.spans.set(doc.uri, list);
  }

  forget(uri: string): void {
    this.spans.delete(uri);
  }

  /** The lines of version `from` that are unchanged in `doc`, if every edit since is recorded. */
  unchangedSince(doc: TextDocument, from: number): UnchangedLines | undefined {
    const list = this.spans.get(doc.uri);
    if (!list) return undefined;
    // Edits up to `from` no longer matter.
    while (list.length && list[0].to <= from) list.shift();
    if (!list.length || list[0].from !== from || list[list.length - 1].to !== doc.version) return undefined;
    // Edits add up: what none of them touched is still unchanged.
    let head = Infinity;
    let tail = Infinity;
    for (let i = 0; i < list.length; i++) {
      if (i > 0 && list[i].from !== list[i - 1].to) return undefined;
      head = Math.min(head, list[i].head);
      tail = Math.min(tail, list[i].tail);
    }
    return { head, tail };
  }
}

const MAX_SPANS = 64;

/**
 * The lines a batch of changes leaves alone in a document of `lineCount` lines: those before the
 * first line any change starts on, and those after the last line any change ends on (counted from
 * the end, so they hold however many lines were inserted). One more line on each side is left
 * out, so that a line break joined across an edit's edge (`\r` + `\n`) never counts as unchanged.
 * Undefined for a change that replaces the whole text.
 */
export function editSpan(lineCount: number, changes: readonly TextDocumentContentChangeEvent[]): UnchangedLines | undefined {
  let head = Infinity;
  let tail = Infinity;
  let lines = lineCount;
  for (const c of changes) {
    if (!('range' in c) || !c.range) return undefined;
    const start = Math.min(Math.max(0, c.range.start.line), lines - 1);
    const end = Math.min(Math.max(start, c.range.end.line), lines - 1);
    head = Math.min(head, Math.max(0, start - 1));
    tail = Math.min(tail, Math.max(0, lines - 2 - end));
    lines += lineBreaks(c.text) - (end - start);
  }
  if (head === Infinity) return undefined;
  return { head, tail };
}

/** Line breaks in `text` (`\r\n`, `\r` and `\n` each count once, as in LSP). */
function lineBreaks(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) n++;
    else if (c === 13) {
      n++;
      if (text.charCodeAt(i + 1) === 10) i++;
    }
  }
  return n;
}
