/**
 * The 责任单位 view: each unit of the active plan, the tasks it leads and those it co-operates on;
 * clicking a task goes to it. Built from the server's ledger (`gongwen/ledger`).
 */
import * as vscode from 'vscode';
import { LanguageClient, RequestType } from 'vscode-languageclient/node';
import type { Ledger, LedgerTask } from '../../server/src/analysis/ledger';
import { LEDGER_METHOD } from '../../server/src/protocol';
import { msg } from './msg';

const LEDGER = new RequestType<{ uri: string }, Ledger | null, void>(LEDGER_METHOD);

type Node = { unit: string; leads: number; cooperates: number } | { task: LedgerTask; leads: boolean; uri: vscode.Uri };

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
      item.description = msg('牵头 {0} · 配合 {1}', 'leads {0} · co-operates {1}', n.leads, n.cooperates);
      item.iconPath = new vscode.ThemeIcon('organization');
      return item;
    }
    const t = n.task;
    const item = new vscode.TreeItem(`${t.path} ${t.title}`, vscode.TreeItemCollapsibleState.None);
    // The role, and who answers for the task and by when, as the 任务分工表 gives them.
    item.description = [n.leads ? msg('牵头', 'leads') : msg('配合', 'co-operates'), t.leaders.join(t.leaders.some((n) => n.includes('、')) ? '；' : '、') /* as the ledger's joinLeaders */, t.deadline ?? ''].filter((x) => x).join(' · ');
    item.tooltip = taskTooltip(t);
    item.iconPath = new vscode.ThemeIcon(n.leads ? 'star-full' : 'circle-outline');
    const pos = new vscode.Position(n.task.line - 1, 0);
    item.command = { command: 'vscode.open', title: '', arguments: [n.uri, { selection: new vscode.Range(pos, pos) }] };
    return item;
  }

  /** The tree as shown: each unit's label and description, and its tasks' (the extension's API gives it to tests). */
  snapshot(): Array<{ label: string; description: string; tasks: Array<{ label: string; description: string; tooltip: string }> }> {
    const text = (x: string | boolean | vscode.TreeItemLabel | vscode.MarkdownString | undefined): string =>
      typeof x === 'string' ? x : x && typeof x === 'object' ? ('label' in x ? x.label : x.value) : '';
    return this.getChildren().map((u) => {
      const item = this.getTreeItem(u);
      return {
        label: text(item.label),
        description: text(item.description),
        tasks: this.getChildren(u).map((t) => {
          const ti = this.getTreeItem(t);
          return { label: text(ti.label), description: text(ti.description), tooltip: text(ti.tooltip) };
        }),
      };
    });
  }

  getChildren(n?: Node): Node[] {
    if (!this.ledger || !this.uri) return [];
    if (!n) return this.ledger.units.map((u) => ({ unit: u.name, leads: u.leads, cooperates: u.cooperates }));
    if (!('unit' in n)) return [];
    const uri = this.uri;
    return [
      ...this.ledger.tasks.filter((t) => t.lead.includes(n.unit)).map((task) => ({ task, leads: true, uri })),
      ...this.ledger.tasks.filter((t) => t.coop.includes(n.unit) || t.guide.includes(n.unit)).map((task) => ({ task, leads: false, uri })),
    ];
  }
}

/** A task's row of the 任务分工表: its units by role, its leaders and its deadline, the empty ones left out. */
export function taskTooltip(t: LedgerTask): string {
  const rows: Array<[string, string[]]> = [
    [msg('牵头单位', 'Lead'), t.lead],
    [msg('配合单位', 'Co-operating'), t.coop],
    [msg('指导单位', 'Guiding'), t.guide],
    [msg('责任领导', 'Leaders'), t.leaders],
    [msg('完成时限', 'Deadline'), t.deadline ? [t.deadline] : []],
  ];
  const colon = msg('：', ': ');
  return [`${t.path} ${t.title}`, ...rows.filter(([, v]) => v.length).map(([k, v]) => `${k}${colon}${v.join('、')}`)].join('\n');
}

export type UnitsView = Pick<UnitsProvider, 'refresh' | 'snapshot'>;

export function registerUnitsView(getClient: () => LanguageClient | undefined): { view: UnitsView; disposables: vscode.Disposable[] } {
  const provider = new UnitsProvider(getClient);
  let timer: NodeJS.Timeout | undefined;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void provider.refresh(), 500);
  };
  const disposables = [
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
  return { view: provider, disposables };
}
