/**
 * The 责任单位 view: each unit of the active plan, the tasks it leads and those it co-operates on;
 * clicking a task goes to it. Built from the server's ledger (`gongwen/ledger`).
 */
import * as vscode from 'vscode';
import { LanguageClient, RequestType } from 'vscode-languageclient/node';
import type { Ledger, LedgerTask } from '../../server/src/analysis/ledger';
import { LEDGER_METHOD } from '../../server/src/protocol';

const LEDGER = new RequestType<{ uri: string }, Ledger | null, void>(LEDGER_METHOD);

type Node = { unit: string; leads: number; cooperates: number } | { task: LedgerTask; role: string; uri: vscode.Uri };

class UnitsProvider implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private ledger: Ledger | null = null;
  private uri: vscode.Uri | null = null;

  constructor(private readonly getClient: () => LanguageClient | undefined) {}

  /** Rebuild from the active plan; answers the units shown (used by the end-to-end tests too). */
  async refresh(): Promise<string[]> {
    const editor = vscode.window.activeTextEditor;
    if (editor) void vscode.commands.executeCommand('setContext', 'gongwen.hasPlan', editor.document.languageId === 'gongwen');
    const client = this.getClient();
    if (editor?.document.languageId === 'gongwen' && client?.isRunning()) {
      this.uri = editor.document.uri;
      this.ledger = await client.sendRequest(LEDGER, { uri: this.uri.toString() }).catch(() => null);
    } else if (editor) {
      this.ledger = null;
    }
    this.changed.fire();
    return (this.ledger?.units ?? []).map((u) => u.name);
  }

  getTreeItem(n: Node): vscode.TreeItem {
    if ('unit' in n) {
      const item = new vscode.TreeItem(n.unit, vscode.TreeItemCollapsibleState.Collapsed);
      item.description = vscode.l10n.t('牵头 {0} · 配合 {1}', n.leads, n.cooperates);
      item.iconPath = new vscode.ThemeIcon('organization');
      return item;
    }
    const item = new vscode.TreeItem(`${n.task.path} ${n.task.title}`, vscode.TreeItemCollapsibleState.None);
    item.description = n.role;
    item.iconPath = new vscode.ThemeIcon(n.role === vscode.l10n.t('牵头') ? 'star-full' : 'circle-outline');
    const pos = new vscode.Position(n.task.line - 1, 0);
    item.command = { command: 'vscode.open', title: '', arguments: [n.uri, { selection: new vscode.Range(pos, pos) }] };
    return item;
  }

  getChildren(n?: Node): Node[] {
    if (!this.ledger || !this.uri) return [];
    if (!n) return this.ledger.units.map((u) => ({ unit: u.name, leads: u.leads, cooperates: u.cooperates }));
    if (!('unit' in n)) return [];
    const uri = this.uri;
    const lead = vscode.l10n.t('牵头');
    const coop = vscode.l10n.t('配合');
    return [
      ...this.ledger.tasks.filter((t) => t.lead.includes(n.unit)).map((task) => ({ task, role: lead, uri })),
      ...this.ledger.tasks.filter((t) => t.coop.includes(n.unit) || t.guide.includes(n.unit)).map((task) => ({ task, role: coop, uri })),
    ];
  }
}

export function registerUnitsView(getClient: () => LanguageClient | undefined): vscode.Disposable[] {
  const provider = new UnitsProvider(getClient);
  let timer: NodeJS.Timeout | undefined;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void provider.refresh(), 500);
  };
  return [
    vscode.window.registerTreeDataProvider('gongwen.units', provider),
    vscode.window.onDidChangeActiveTextEditor(schedule),
    vscode.workspace.onDidChangeTextDocument((e) => e.document.languageId === 'gongwen' && schedule()),
    vscode.commands.registerCommand('gongwen.refreshUnits', () => provider.refresh()),
    { dispose: () => clearTimeout(timer) },
    // First fill once the server is up.
    (() => {
      const t = setTimeout(() => void provider.refresh(), 1500);
      return { dispose: () => clearTimeout(t) };
    })(),
  ];
}
