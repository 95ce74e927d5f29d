/**
 * The VS Code side of Gongwen: starts the language server and registers the commands. Thin by
 * design — everything that understands a 公文 lives in the server.
 */
import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { SERVER_ENV, SERVER_EXEC_ARGV } from '../../server/src/runtime';
import { registerLedgerCommand } from './ledger';
import { registerRegistryCommand } from './registry';
import { registerRenumberCommands } from './renumber';
import { registerStatusBar } from './statusBar';
import { registerUnitsView, UnitsView } from './unitsView';

let client: LanguageClient | undefined;
let output: vscode.LogOutputChannel | undefined;

function documentSelector(): LanguageClientOptions['documentSelector'] {
  const languages = ['gongwen'];
  if (vscode.workspace.getConfiguration('gongwen').get<boolean>('enableForPlaintextAndMarkdown', false)) {
    languages.push('plaintext', 'markdown');
  }
  // Untitled documents too: a drafter often starts in a new, unsaved editor.
  return languages.flatMap((language) => [
    { scheme: 'file', language },
    { scheme: 'untitled', language },
  ]);
}

async function startClient(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    // Added to the extension host's environment by the language client.
    run: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV], env: { ...SERVER_ENV } } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6010'], env: { ...SERVER_ENV } } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(),
    outputChannel: output,
    synchronize: {
      configurationSection: 'gongwen',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/.gongwenrc.json'),
    },
  };
  client = new LanguageClient('gongwen', '公文助手', serverOptions, clientOptions);
  await client.start();
}

async function restart(context: vscode.ExtensionContext): Promise<void> {
  await client?.stop();
  client = undefined;
  await startClient(context);
}

/** What the extension gives other extensions (and the end-to-end tests): the 责任单位 view as shown. */
export interface GongwenApi {
  unitsView: UnitsView;
}

export async function activate(context: vscode.ExtensionContext): Promise<GongwenApi> {
  output = vscode.window.createOutputChannel('公文助手', { log: true });
  const units = registerUnitsView(() => client);
  context.subscriptions.push(
    output,
    vscode.commands.registerCommand('gongwen.restartServer', () => restart(context)),
    registerLedgerCommand(() => client),
    ...registerRenumberCommands(() => client),
    ...registerStatusBar(() => client),
    registerRegistryCommand(),
    ...units.disposables,
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('gongwen.enableForPlaintextAndMarkdown')) void restart(context);
    }),
  );
  await startClient(context);
  return { unitsView: units.view };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

/** The running client, for the command modules. */
export function languageClient(): LanguageClient | undefined {
  return client;
}
