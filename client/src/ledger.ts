/** “生成任务分工表”: asks the server for the ledger of the active plan and opens it as Markdown. */
import * as vscode from 'vscode';
import { LanguageClient, RequestType } from 'vscode-languageclient/node';
import { LEDGER_METHOD, LedgerParams } from '../../server/src/protocol';
import { msg } from './msg';

const LEDGER = new RequestType<LedgerParams, string | null, void>(LEDGER_METHOD);

export function registerLedgerCommand(getClient: () => LanguageClient | undefined): vscode.Disposable {
  return vscode.commands.registerCommand('gongwen.generateLedger', async (uri?: vscode.Uri) => {
    const target = uri ?? vscode.window.activeTextEditor?.document.uri;
    const client = getClient();
    if (!target || !client) {
      void vscode.window.showWarningMessage(msg('请先打开一份公文。', 'Open a 公文 first.'));
      return undefined;
    }
    const markdown = await client.sendRequest(LEDGER, { uri: target.toString(), format: 'md' });
    if (!markdown) {
      void vscode.window.showWarningMessage(msg('此文档未由公文助手检查（请确认语言模式为“公文”）。', 'Gongwen does not check this document (set its language mode to 公文).'));
      return undefined;
    }
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: markdown });
    await vscode.window.showTextDocument(doc, { preview: false });
    return doc;
  });
}
