/**
 * Finding and reading `.gongwenrc.json` (walking up from a file), shared by the server and the CLI.
 * Problems (unreadable file, invalid JSON, wrong types, unknown rules) come back as messages that
 * name the file and the place; the defaults are used for whatever is wrong. Never throws.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Config, ConfigProblem, mergeConfig } from './analysis/config';
import { findRule } from './analysis/rules';

export const CONFIG_FILE_NAME = '.gongwenrc.json';

export interface LoadedConfig {
  config: Config;
  /** The file that was read, if any. */
  file: string | null;
  /** Human-readable problems, each naming the file. */
  problems: string[];
}

/** The nearest `.gongwenrc.json` in `dir` or above (stopping at `stopAt` when given). */
export function findConfigFile(dir: string, stopAt?: string): string | null {
  let d = path.resolve(dir);
  for (;;) {
    const candidate = path.join(d, CONFIG_FILE_NAME);
    if (fs.existsSync(candidate)) return candidate;
    if (stopAt && path.resolve(stopAt) === d) return null;
    const up = path.dirname(d);
    if (up === d) return null;
    d = up;
  }
}

export function loadConfigFile(file: string, base: Config): LoadedConfig {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    return { config: base, file, problems: [`${file}: 无法读取配置文件 / cannot read: ${(e as Error).message}`] };
  }
  return parseConfigText(text, file, base);
}

export function parseConfigText(text: string, file: string, base: Config): LoadedConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (e) {
    const where = jsonErrorPosition(text, e as Error);
    return {
      config: base,
      file,
      problems: [`${file}${where}: JSON 格式错误，已使用默认配置 / invalid JSON, defaults used: ${(e as Error).message}`],
    };
  }
  const { config, problems } = mergeConfig(base, raw, (k) => !!findRule(k));
  return { config, file, problems: problems.map((p: ConfigProblem) => `${file}${p.path ? ` (${p.path})` : ''}: ${p.message}`) };
}

/** `:line:column` of a JSON.parse error, when the message carries a position. */
function jsonErrorPosition(text: string, e: Error): string {
  const m = /position (\d+)/.exec(e.message);
  if (!m) return '';
  const offset = Number(m[1]);
  const before = text.slice(0, offset).split(/\r\n|\n|\r/);
  return `:${before.length}:${before[before.length - 1].length + 1}`;
}
