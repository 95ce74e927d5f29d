/** “将……添加到单位名录”: adds a unit name to the `.gongwenrc.json` of the document's workspace folder. */
import * as vscode from 'vscode';
import { msg } from './msg';

export function registerRegistryCommand(): vscode.Disposable {
  return vscode.commands.registerCommand('gongwen.addUnitToRegistry', async (unit: string, uri: string) => {
    const folder = vscode.workspace.getWorkspaceFolder(vscode.Uri.parse(uri)) ?? vscode.workspace.workspaceFolders?.[0];
    if (!folder) {
      void vscode.window.showWarningMessage(msg('请先打开一个文件夹，单位名录保存在其中的 .gongwenrc.json。', 'Open a folder first: the unit registry is kept in its .gongwenrc.json.'));
      return;
    }
    const file = vscode.Uri.joinPath(folder.uri, '.gongwenrc.json');
    let config: { units?: string[] } = {};
    try {
      config = JSON.parse(Buffer.from(await vscode.workspace.fs.readFile(file)).toString('utf8'));
    } catch (e) {
      if (!(e instanceof vscode.FileSystemError)) {
        void vscode.window.showErrorMessage(msg('{0} 不是有效的 JSON，未修改。', '{0} is not valid JSON; it was left unchanged.', file.fsPath));
        return;
      }
    }
    const units = Array.isArray(config.units) ? config.units : [];
    if (!units.includes(unit)) units.push(unit);
    config.units = units;
    await vscode.workspace.fs.writeFile(file, Buffer.from(JSON.stringify(config, null, 2) + '\n', 'utf8'));
  });
}
