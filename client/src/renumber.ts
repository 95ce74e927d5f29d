/** 公文助手：重新编号 / 上移任务 / 下移任务 — thin wrappers over the server's commands. */
import * as vscode from 'vscode';
import { ExecuteCommandRequest, LanguageClient } from 'vscode-languageclient/node';
import { MOVE_COMMAND, RENUMBER_COMMAND } from '../../server/src/protocol';

export function registerRenumberCommands(getClient: () => LanguageClient | undefined): vscode.Disposable[] {
  const run = async (command: string, args: unknown[]) => {
    const client = getClient();
    if (!client) return null;
    return client.sendRequest(ExecuteCommandRequest.type, { command, arguments: args });
  };
  const move = (direction: -1 | 1) => async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return;
    const result = (await run(MOVE_COMMAND, [editor.document.uri.toString(), editor.selection.active.line, direction])) as { newLine: number } | null;
    if (!result) return;
    const pos = new vscode.Position(result.newLine, editor.selection.active.character);
    editor.selection = new vscode.Selection(pos, pos);
    editor.revealRange(new vscode.Range(pos, pos));
  };
  return [
    vscode.commands.registerCommand('gongwen.renumber', async () => {
      const editor = vscode.window.activeTextEditor;
      if (editor) await run(RENUMBER_COMMAND, [editor.document.uri.toString(), null]);
    }),
    vscode.commands.registerCommand('gongwen.moveTaskUp', move(-1)),
    vscode.commands.registerCommand('gongwen.moveTaskDown', move(1)),
  ];
}
