/** The status-bar item of a 公文: 字数 and the number of tasks, from the server. */
import * as vscode from 'vscode';
import { LanguageClient, RequestType } from 'vscode-languageclient/node';
import { STATS_METHOD } from '../../server/src/protocol';
import { isEnglish, msg } from './msg';

const STATS = new RequestType<{ uri: string }, { characters: number; tasks: number } | null, void>(STATS_METHOD);

export function registerStatusBar(getClient: () => LanguageClient | undefined): vscode.Disposable[] {
  const item = vscode.window.createStatusBarItem('gongwen.stats', vscode.StatusBarAlignment.Right, 100);
  item.name = msg('公文助手：字数', 'Gongwen: characters');
  item.command = 'gongwen.generateLedger';
  let timer: NodeJS.Timeout | undefined;

  const update = async () => {
    const editor = vscode.window.activeTextEditor;
    const client = getClient();
    if (!editor || editor.document.languageId !== 'gongwen' || !client?.isRunning()) {
      item.hide();
      return;
    }
    try {
      const s = await client.sendRequest(STATS, { uri: editor.document.uri.toString() });
      if (!s) return item.hide();
      item.text = msg('$(book) 字数 {0} · 任务 {1}', '$(book) {0} characters · {1} tasks', s.characters.toLocaleString(isEnglish() ? 'en' : 'zh-CN'), s.tasks);
      item.tooltip = msg(
        '字数：不含空白和标记的字符数；任务：标注了责任单位的事项。点击生成任务分工表。',
        'Characters: not counting white space and markers; tasks: items that name their responsible units. Click to build the task ledger.',
      );
      item.show();
    } catch {
      item.hide();
    }
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void update(), 300);
  };
  return [
    item,
    vscode.window.onDidChangeActiveTextEditor(schedule),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === vscode.window.activeTextEditor?.document) schedule();
    }),
    { dispose: () => clearTimeout(timer) },
    // First paint once the server is up.
    (() => {
      const t = setTimeout(() => void update(), 1000);
      return { dispose: () => clearTimeout(t) };
    })(),
  ];
}
