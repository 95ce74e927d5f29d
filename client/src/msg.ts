/**
 * The client's own words, Chinese first and English when VS Code's display language is English,
 * as the server chooses its messages (server.ts localeOf). Not `vscode.l10n.t`: VS Code loads no
 * bundle for English, the language its source strings are taken to be in, so Chinese source
 * strings could never be shown in English that way (microsoft/vscode#168127).
 */
import * as vscode from 'vscode';

export function isEnglish(language = vscode.env.language): boolean {
  return language.toLowerCase().startsWith('en');
}

/** `zh` or `en` by the display language, with `{0}`, `{1}` … replaced by `args`. */
export function msg(zh: string, en: string, ...args: Array<string | number>): string {
  return (isEnglish() ? en : zh).replace(/\{(\d+)\}/g, (m, i: string) => (+i < args.length ? String(args[+i]) : m));
}
