/**
 * The Gongwen language server: LSP wiring only. Each feature lives in features/ and exports
 * `register(ctx)` (and `capabilities` when it adds any); the analysis is in analysis/.
 */
import { createConnection, InitializeParams, InitializeResult, ProposedFeatures, TextDocumentSyncKind } from 'vscode-languageserver/node';
import { Locale } from './analysis';
import { createContext, Settings } from './context';
import { createDocuments } from './documents';
import * as codeActions from './features/codeActions';
import * as completion from './features/completion';
import * as diagnostics from './features/diagnostics';
import * as formatting from './features/formatting';
import * as renumber from './features/renumber';
import * as symbols from './features/symbols';
import * as units from './features/units';

interface Feature {
  capabilities?: object;
  register(ctx: ReturnType<typeof createContext>): void;
}

/** Every feature module, in registration order. Add a feature by adding it here. */
const FEATURES: Feature[] = [diagnostics, codeActions, symbols, units, completion, formatting, renumber];

const connection = createConnection(ProposedFeatures.all);
const documents = createDocuments();

function localeOf(params: InitializeParams): Locale {
  const l = (params.locale ?? '').toLowerCase();
  return l.startsWith('en') ? 'en' : 'zh-cn';
}

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const init = (params.initializationOptions ?? {}) as { settings?: Settings; diagnosticsDelay?: number; typingPause?: number };
  const settings: Settings = { ...(init.settings ?? {}) };
  if (typeof init.diagnosticsDelay === 'number') settings.diagnosticsDelay = init.diagnosticsDelay;
  if (typeof init.typingPause === 'number') settings.typingPause = init.typingPause;
  const canWatch = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
  const snippetEdits = !!params.capabilities.workspace?.workspaceEdit?.snippetEditSupport;
  const resolveEdits = !!params.capabilities.textDocument?.codeAction?.resolveSupport?.properties.includes('edit');
  const ctx = createContext(connection, documents, localeOf(params), settings, canWatch, snippetEdits, resolveEdits);
  for (const f of FEATURES) f.register(ctx);

  connection.onInitialized(() => {
    if (params.capabilities.workspace?.configuration) void pullSettings(ctx);
  });
  connection.onDidChangeConfiguration((change) => {
    const pushed = (change.settings as { gongwen?: Settings } | undefined)?.gongwen;
    if (pushed) ctx.updateSettings(pushed);
    else if (params.capabilities.workspace?.configuration) void pullSettings(ctx);
  });
  // `.gongwenrc.json` created, changed or deleted (the client watches it), or a units file it names
  // (watched at the server's request).
  connection.onDidChangeWatchedFiles(() => ctx.invalidate());

  return {
    capabilities: Object.assign(
      { textDocumentSync: TextDocumentSyncKind.Incremental },
      ...FEATURES.map((f) => f.capabilities ?? {}),
    ),
    serverInfo: { name: 'gongwen', version: '0.1.0' },
  };
});

async function pullSettings(ctx: ReturnType<typeof createContext>): Promise<void> {
  try {
    const [s] = await connection.workspace.getConfiguration([{ section: 'gongwen' }]);
    if (s && typeof s === 'object') ctx.updateSettings(s as Settings);
  } catch (e) {
    connection.console.warn(`could not read settings: ${(e as Error).message}`);
  }
}

process.on('uncaughtException', (e) => connection.console.error(`uncaught: ${e.stack ?? e}`));

documents.listen(connection);
connection.listen();
