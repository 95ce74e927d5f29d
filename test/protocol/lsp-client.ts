/**
 * A minimal LSP client over the stdio of the bundled server (dist/server.js), for protocol tests
 * and the benchmark: sends requests, collects notifications, answers the server's requests.
 */
import { ChildProcess, spawn } from 'child_process';
import * as path from 'path';
import {
  createProtocolConnection,
  ProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  PublishDiagnosticsParams,
} from 'vscode-languageserver/node';
import { SERVER_ENV, SERVER_EXEC_ARGV } from '../../server/src/runtime';
import { REPO } from '../util';

export interface TestServer {
  connection: ProtocolConnection;
  process: ChildProcess;
  /**
   * Resolves with the next diagnostics published for `uri` (optionally for a given version, and
   * the first that `until` accepts: a server may publish a version again, e.g. when its settings arrive).
   */
  nextDiagnostics(uri: string, version?: number, until?: (p: PublishDiagnosticsParams) => boolean): Promise<PublishDiagnosticsParams>;
  /** Capabilities the server registered dynamically (e.g. file watchers), in order. */
  registrations: Array<{ method: string; registerOptions?: unknown }>;
  /** Messages the server showed to the user (window/showMessage and showMessageRequest). */
  messages: string[];
  /** Resolves with the first message shown that matches `pattern` (one shown already, or the next). */
  message(pattern: RegExp): Promise<string>;
  stop(): Promise<void>;
}

/**
 * `workspace`: client capabilities added to the workspace's (e.g. `workspaceEdit: { snippetEditSupport: true }`);
 * `env`: variables added to the server's environment (e.g. GONGWEN_TRACE).
 */
export async function startServer(options: { initializationOptions?: object; locale?: string; configuration?: object; workspace?: object; textDocument?: object; env?: Record<string, string> } = {}): Promise<TestServer> {
  // With the Node options and environment the extension starts it with.
  const child = spawn(process.execPath, [...SERVER_EXEC_ARGV, path.join(REPO, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...SERVER_ENV, ...options.env } });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const waiting: Array<{ uri: string; version?: number; until?: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }> = [];
  const latest = new Map<string, PublishDiagnosticsParams>();
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    latest.set(p.uri, p);
    for (let i = 0; i < waiting.length; i++) {
      const w = waiting[i];
      if (w.uri === p.uri && (w.version === undefined || w.version === p.version) && (!w.until || w.until(p))) {
        waiting.splice(i--, 1);
        w.resolve(p);
      }
    }
  });
  connection.onRequest('workspace/configuration', () => [options.configuration ?? {}]);
  const registrations: TestServer['registrations'] = [];
  const messages: string[] = [];
  const messageWaits: Array<{ pattern: RegExp; resolve: (m: string) => void }> = [];
  const shownMessage = (m: string) => {
    messages.push(m);
    for (let i = 0; i < messageWaits.length; i++) if (messageWaits[i].pattern.test(m)) messageWaits.splice(i--, 1)[0].resolve(m);
  };
  connection.onRequest('client/registerCapability', (p: { registrations: TestServer['registrations'] }) => {
    registrations.push(...p.registrations);
    return null;
  });
  connection.onNotification('window/showMessage', (p: { message: string }) => {
    shownMessage(p.message);
  });
  connection.onRequest('window/showMessageRequest', (p: { message: string }) => {
    shownMessage(p.message);
    return null;
  });
  connection.onNotification('window/logMessage', () => undefined);
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    locale: options.locale ?? 'zh-cn',
    capabilities: { workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true }, ...options.workspace }, ...(options.textDocument ? { textDocument: options.textDocument } : {}) },
    initializationOptions: options.initializationOptions ?? { diagnosticsDelay: 0 },
  });
  await connection.sendNotification('initialized', {});
  return {
    connection,
    process: child,
    registrations,
    messages,
    message(pattern) {
      const shown = messages.find((m) => pattern.test(m));
      if (shown !== undefined) return Promise.resolve(shown);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no message matching ${pattern}: ${JSON.stringify(messages)}`)), 10_000);
        messageWaits.push({
          pattern,
          resolve: (m) => {
            clearTimeout(timer);
            resolve(m);
          },
        });
      });
    },
    nextDiagnostics(uri, version, until) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} v${version}`)), 10_000);
        waiting.push({
          uri,
          version,
          until,
          resolve: (p) => {
            clearTimeout(timer);
            resolve(p);
          },
        });
      });
    },
    async stop() {
      try {
        await connection.sendRequest('shutdown');
        await connection.sendNotification('exit');
      } catch {
        // already gone
      }
      connection.dispose();
      await new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        const t = setTimeout(() => {
          child.kill();
          resolve();
        }, 3000);
        child.once('exit', () => {
          clearTimeout(t);
          resolve();
        });
      });
    },
  };
}
