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
  /** Other files the configuration was read from (a units file), for the editor to watch. */
  reads?: string[];
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
  const messages = problems.map((p: ConfigProblem) => `${file}${p.path ? ` (${p.path})` : ''}: ${p.message}`);
  const unitsFile = (raw as Record<string, unknown> | null)?.unitsFile;
  const reads: string[] = [];
  if (unitsFile !== undefined) {
    const loaded = readUnitsFile(unitsFile, file);
    if (typeof loaded === 'string') messages.push(`${file} (unitsFile): ${loaded}`);
    else config.units = [...new Set([...config.units, ...loaded])];
    if (typeof unitsFile === 'string') reads.push(path.resolve(path.dirname(path.resolve(file)), unitsFile));
  }
  return { config, file, problems: messages, reads };
}

/** A units file may not be larger than this (a registry of tens of thousands of names is far less). */
export const MAX_UNITS_FILE_BYTES = 1024 * 1024;

/**
 * The unit names of `unitsFile` (the config's `unitsFile` value), or a message saying why none
 * were read. The path is relative to the config file's folder and must stay inside it: the
 * folder holding `.gongwenrc.json` is the workspace, and a config file from a shared folder must
 * not make the editor read arbitrary files (symbolic links are resolved before the check).
 * A `.json` file holds an array of names (or `{"units": [...]}`); any other file one name a line.
 */
export function readUnitsFile(unitsFile: unknown, configFile: string): string[] | string {
  if (typeof unitsFile !== 'string' || !unitsFile.trim()) return '“unitsFile”应为相对于配置文件的路径字符串 / "unitsFile" must be a path string relative to the config file';
  const root = path.dirname(path.resolve(configFile));
  const target = path.resolve(root, unitsFile);
  let real: string;
  let realRoot: string;
  try {
    realRoot = fs.realpathSync(root);
    real = fs.realpathSync(target);
  } catch {
    return `单位名录文件“${unitsFile}”不存在，已忽略 / units file "${unitsFile}" not found, ignored`;
  }
  const rel = path.relative(realRoot, real);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) {
    return `单位名录文件“${unitsFile}”不在工作区（${root}）内，已忽略 / units file "${unitsFile}" is outside the workspace (${root}), ignored`;
  }
  let buf: Buffer;
  try {
    const stat = fs.statSync(real);
    if (!stat.isFile()) return `“${unitsFile}”不是文件 / "${unitsFile}" is not a file`;
    if (stat.size > MAX_UNITS_FILE_BYTES) return `单位名录文件“${unitsFile}”过大（${stat.size} 字节，上限 ${MAX_UNITS_FILE_BYTES}），已忽略 / units file too large, ignored`;
    buf = fs.readFileSync(real);
  } catch (e) {
    return `无法读取单位名录文件“${unitsFile}” / cannot read the units file: ${(e as Error).message}`;
  }
  if (buf.includes(0)) return `单位名录文件“${unitsFile}”不是文本文件，已忽略 / the units file is not text, ignored`;
  const text = buf.toString('utf8').replace(/^\ufeff/, '');
  if (text.includes('\ufffd')) return `单位名录文件“${unitsFile}”不是 UTF-8 编码，请另存为 UTF-8 / the units file is not UTF-8`;
  if (/\.json$/i.test(real)) {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (e) {
      return `单位名录文件“${unitsFile}”JSON 格式错误 / invalid JSON: ${(e as Error).message}`;
    }
    const list = Array.isArray(data) ? data : (data as { units?: unknown } | null)?.units;
    if (!Array.isArray(list) || list.some((x) => typeof x !== 'string')) return `单位名录文件“${unitsFile}”应为字符串数组或 {"units": [...]} / must be an array of strings or {"units": [...]}`;
    return (list as string[]).map((x) => x.trim()).filter(Boolean);
  }
  return text
    .split(/\r\n|\n|\r/)
    .map((x) => x.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ''))
    .filter((x) => x && !x.startsWith('#'));
}

/** `:line:column` of a JSON.parse error, when the message carries a position. */
function jsonErrorPosition(text: string, e: Error): string {
  const m = /position (\d+)/.exec(e.message);
  if (!m) return '';
  const offset = Number(m[1]);
  const before = text.slice(0, offset).split(/\r\n|\n|\r/);
  return `:${before.length}:${before[before.length - 1].length + 1}`;
}
