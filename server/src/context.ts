/**
 * What every LSP feature module gets: the connection, the open documents, and cached analysis
 * per document version under the configuration that applies to it. No analysis logic here.
 */
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import { CodeAction, CodeActionParams, Connection, DidChangeWatchedFilesNotification, TextDocuments } from 'vscode-languageserver/node';
import { AnalysisResult, Config, Handover, Locale, analyze, defaultConfig, mergeConfig } from './analysis';
import { findRule } from './analysis/rules';
import { findConfigFile, loadConfigFile, LoadedConfig } from './configFile';
import { LineDocument } from './documents';

/**
 * Milliseconds of quiet after which a line being typed counts as written: until then, what its
 * annotation is found to lack (GW2xx: no units yet, a unit's name half typed) is kept back, so a
 * task typed word by word (an IME commits a word at a time, pausing longer than the debounce)
 * shows no warning for the annotation its drafter has not reached yet. An edit on another line
 * shows them at once.
 */
export const TYPING_PAUSE = 1500;

/** The `gongwen.*` settings the server reads (see package.json `contributes.configuration`). */
export interface Settings {
  rules?: Record<string, string>;
  diagnosticsDelay?: number;
  /**
   * Milliseconds of no typing after which the findings kept back for the line being typed are
   * shown (features/diagnostics.ts); an initialization option only, for tests that must not depend
   * on how fast a loaded machine answers. Default TYPING_PAUSE.
   */
  typingPause?: number;
  units?: { required?: boolean; registry?: string[]; aliases?: Record<string, string>; collectives?: string[] };
  format?: { indentParagraphs?: boolean };
}

export interface ServerContext {
  connection: Connection;
  documents: TextDocuments<LineDocument>;
  locale: Locale;
  /**
   * The client applies snippet edits in a workspace edit (LSP 3.18 `SnippetTextEdit`,
   * `workspace.workspaceEdit.snippetEditSupport`): a quick-fix's `${1:…}` placeholders become tab stops.
   */
  snippetEdits: boolean;
  /**
   * The client resolves a code action's `edit` when it is chosen (`codeAction/resolve`,
   * `textDocument.codeAction.resolveSupport`): edits that cost a parse are worked out then.
   */
  resolveEdits: boolean;
  /** Milliseconds between the last change and new diagnostics. */
  diagnosticsDelay(): number;
  /** Milliseconds of no typing before the findings kept back for the typed line are shown. */
  typingPause(): number;
  /** Analysis of the document's current version (cached). */
  analysis(doc: LineDocument): AnalysisResult;
  config(uri: string): Config;
  /** Drop what is cached for a closed document. */
  drop(uri: string): void;
  /** Forget cached configuration and analyses (settings or a config file changed). */
  invalidate(): void;
  /** Called after `invalidate()`: features re-validate what they show. */
  onInvalidate(listener: () => void): void;
  updateSettings(s: Settings): void;
  /** Add a code-action provider; features/codeActions.ts answers the request with all of them. */
  onCodeAction(provider: CodeActionProvider): void;
  codeActionProviders(): CodeActionProvider[];
  /**
   * Add the resolver of the code actions whose `data` is `{ resolve: kind, … }` (sent without their
   * edit where the client resolves it: `resolveEdits`); features/codeActions.ts answers
   * `codeAction/resolve` with it. It works from the document's current version.
   */
  onResolveCodeAction(kind: string, resolver: CodeActionResolver): void;
  codeActionResolver(kind: string): CodeActionResolver | undefined;
}

export type CodeActionProvider = (params: CodeActionParams) => CodeAction[];
/** The action with its edit filled in (or as it came, where there is nothing to do now). */
export type CodeActionResolver = (action: CodeAction, data: ResolveData) => CodeAction;
/** What a code action sent without its edit carries to its resolver. */
export interface ResolveData {
  resolve: string;
  uri: string;
  line: number;
}

/**
 * `canWatch`: the client lets the server register file watchers (for units files); `snippetEdits`:
 * it applies snippet edits in workspace edits; `resolveEdits`: it resolves a code action's edit.
 */
export function createContext(
  connection: Connection,
  documents: TextDocuments<LineDocument>,
  locale: Locale,
  initSettings: Settings,
  canWatch = false,
  snippetEdits = false,
  resolveEdits = false,
): ServerContext {
  let settings: Settings = initSettings;
  const rcByDir = new Map<string, LoadedConfig | null>();
  const cache = new Map<string, { version: number; generation: number; result: AnalysisResult }>();
  const reported = new Set<string>();
  const listeners: Array<() => void> = [];
  const codeActionProviders: CodeActionProvider[] = [];
  const codeActionResolvers = new Map<string, CodeActionResolver>();
  let generation = 0;

  // One Config object per settings generation: the analysis keeps per-line caches per Config, so
  // reusing it across edits is what makes re-analysis after a keystroke incremental.
  let baseCache: Config | null = null;
  const baseConfig = (): Config => (baseCache ??= buildBaseConfig());
  const buildBaseConfig = (): Config => {
    const c = defaultConfig();
    c.locale = locale;
    const raw: Record<string, unknown> = {};
    if (settings.rules) raw.rules = settings.rules;
    if (settings.units?.registry) raw.units = settings.units.registry;
    if (settings.units?.aliases) raw.aliases = settings.units.aliases;
    if (settings.units?.collectives) raw.collectives = settings.units.collectives;
    if (typeof settings.units?.required === 'boolean') raw.unitsRequired = settings.units.required;
    if (typeof settings.format?.indentParagraphs === 'boolean') raw.indentParagraphs = settings.format.indentParagraphs;
    const { config, problems } = mergeConfig(c, raw, (k) => !!findRule(k));
    for (const p of problems) warnOnce(`设置 gongwen.${p.path}: ${p.message}`);
    return config;
  };

  // A units file named by a config file: ask the editor to report its changes like the config's.
  const watched = new Set<string>();
  const watch = (file: string) => {
    if (watched.has(file) || !canWatch) return;
    watched.add(file);
    void connection.client
      .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: { baseUri: pathToFileURL(path.dirname(file)).toString(), pattern: path.basename(file) } }] })
      .catch((e: Error) => connection.console.warn(`cannot watch ${file}: ${e.message}`));
  };

  const warnOnce = (message: string) => {
    if (reported.has(message)) return;
    reported.add(message);
    connection.console.warn(message);
    void connection.window.showWarningMessage(`公文助手：${message}`);
  };

  const configFor = (uri: string): Config => {
    const base = baseConfig();
    let dir: string | null = null;
    try {
      if (uri.startsWith('file:')) dir = path.dirname(fileURLToPath(uri));
    } catch {
      dir = null; // a malformed URI: no config file, defaults apply
    }
    if (!dir) return base;
    let loaded = rcByDir.get(dir);
    if (loaded === undefined) {
      const file = findConfigFile(dir);
      loaded = file ? loadConfigFile(file, base) : null;
      rcByDir.set(dir, loaded);
    }
    if (!loaded) return base;
    for (const p of loaded.problems) warnOnce(p);
    for (const f of loaded.reads ?? []) watch(f);
    return loaded.config;
  };

  /** The cached analysis of this version of the document, if there is one. */
  const current = (doc: LineDocument): AnalysisResult | undefined => {
    const hit = cache.get(doc.uri);
    return hit && hit.version === doc.version && hit.generation === generation ? hit.result : undefined;
  };

  /** What the previous analysis hands to the next one; not the cache entry, which holds the model. */
  const handedOver = (doc: LineDocument): Handover | undefined => cache.get(doc.uri)?.result.handover;

  const reanalyse = (doc: LineDocument): AnalysisResult => {
    // Unchanged lines of the previous version hand over their per-line caches, sections whose
    // lines are unchanged their headings and tasks, and rules whose inputs did not change their
    // findings (analyze.ts Handover). Nothing else of the previous result is held through the new
    // analysis (its findings, deferred fixes, the ledger's and leads' models): what survives the
    // new analysis's young-generation collections is promoted, and the old generation would fill
    // with dead results (docs/performance-history.md). Hence no local here holds the cache entry. The
    // text goes in as lines (documents.ts): lines the edits since did not touch are known as such.
    const previous = handedOver(doc);
    cache.delete(doc.uri);
    const result = analyze(doc.content, configFor(doc.uri), previous);
    cache.set(doc.uri, { version: doc.version, generation, result });
    return result;
  };

  return {
    connection,
    documents,
    locale,
    snippetEdits,
    resolveEdits,
    diagnosticsDelay: () => Math.max(0, settings.diagnosticsDelay ?? 200),
    typingPause: () => Math.max(0, settings.typingPause ?? TYPING_PAUSE),
    analysis(doc) {
      return current(doc) ?? reanalyse(doc);
    },
    config: configFor,
    drop(uri) {
      cache.delete(uri);
    },
    invalidate() {
      generation++;
      baseCache = null;
      rcByDir.clear();
      reported.clear();
      for (const l of listeners) l();
    },
    onInvalidate(l) {
      listeners.push(l);
    },
    onCodeAction(p) {
      codeActionProviders.push(p);
    },
    codeActionProviders: () => codeActionProviders,
    onResolveCodeAction(kind, resolver) {
      codeActionResolvers.set(kind, resolver);
    },
    codeActionResolver: (kind) => codeActionResolvers.get(kind),
    updateSettings(s) {
      settings = { ...settings, ...s };
      this.invalidate();
    },
  };
}
