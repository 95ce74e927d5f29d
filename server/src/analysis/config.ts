/**
 * Configuration as the analysis sees it: merged from defaults, VS Code settings and a
 * `.gongwenrc.json`. Reading files is the caller's job (CLI or server); this module only
 * validates plain values and reports problems as messages, never throwing.
 */
import { Locale, SeveritySetting } from './types';

export interface Config {
  locale: Locale;
  /** Per-rule severity override by id (`GW203`) or alias (`collective-lead`). */
  rules: Record<string, SeveritySetting>;
  /** Unit registry: the official names of the units that may be named. Empty = no registry. */
  units: string[];
  /** 简称 → 全称. */
  aliases: Record<string, string>;
  /** Collectives that may not lead alone; defaults apply when empty. */
  collectives: string[];
  /** Demand unit annotations even in a document that has none. */
  unitsRequired: boolean;
  /** Formatter: indent paragraphs with two ideographic spaces. */
  indentParagraphs: boolean;
  /** The date used by date-dependent rules when the document has no 成文日期 (ISO yyyy-mm-dd); default today. */
  today?: string;
}

export const DEFAULT_COLLECTIVES = [
  '各有关部门',
  '各有关单位',
  '各部门',
  '各单位',
  '各处室',
  '各科室',
  '各地',
  '各地区',
  '各区县政府',
  '各区县',
  '各县（市、区）政府',
  '各县（市、区）',
  '各市（州）',
  '各省级人民政府',
  '各有关省级人民政府',
  '有关部门',
  '有关单位',
  '相关部门',
  '相关单位',
];

export function defaultConfig(): Config {
  return {
    locale: 'zh-cn',
    rules: {},
    units: [],
    aliases: {},
    collectives: [],
    unitsRequired: false,
    indentParagraphs: false,
  };
}

export interface ConfigProblem {
  /** JSON path of the offending value, e.g. `rules.GW101` or `aliases.组织部`. */
  path: string;
  message: string;
}

const SEVERITIES = new Set(['off', 'info', 'warning', 'error']);

/**
 * Merge a raw (already JSON-parsed) config object into `base`. Wrong types are reported and
 * skipped; the rest still applies. `knownRule` tells whether an id or alias exists.
 */
export function mergeConfig(
  base: Config,
  raw: unknown,
  knownRule: (idOrAlias: string) => boolean,
): { config: Config; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const config: Config = { ...base, rules: { ...base.rules }, aliases: { ...base.aliases } };
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push({ path: '', message: '配置必须是一个 JSON 对象 / the configuration must be a JSON object' });
    return { config, problems };
  }
  const o = raw as Record<string, unknown>;
  const stringList = (key: string): string[] | undefined => {
    const v = o[key];
    if (v === undefined) return undefined;
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) {
      problems.push({ path: key, message: `“${key}”应为字符串数组 / "${key}" must be an array of strings` });
      return undefined;
    }
    return (v as string[]).map((s) => s.trim()).filter((s) => s.length > 0);
  };
  const units = stringList('units');
  if (units) config.units = [...new Set([...config.units, ...units])];
  const collectives = stringList('collectives');
  if (collectives) config.collectives = [...new Set([...config.collectives, ...collectives])];
  if (o.aliases !== undefined) {
    if (o.aliases === null || typeof o.aliases !== 'object' || Array.isArray(o.aliases)) {
      problems.push({ path: 'aliases', message: '“aliases”应为对象 {简称: 全称} / "aliases" must be an object {short: full}' });
    } else {
      for (const [k, v] of Object.entries(o.aliases as Record<string, unknown>)) {
        if (typeof v === 'string') config.aliases[k] = v;
        else problems.push({ path: `aliases.${k}`, message: '全称应为字符串 / the full name must be a string' });
      }
    }
  }
  if (o.rules !== undefined) {
    if (o.rules === null || typeof o.rules !== 'object' || Array.isArray(o.rules)) {
      problems.push({ path: 'rules', message: '“rules”应为对象 {规则: 级别} / "rules" must be an object {rule: severity}' });
    } else {
      for (const [k, v] of Object.entries(o.rules as Record<string, unknown>)) {
        if (!knownRule(k)) {
          problems.push({ path: `rules.${k}`, message: `未知规则“${k}” / unknown rule "${k}"` });
        } else if (typeof v !== 'string' || !SEVERITIES.has(v)) {
          problems.push({
            path: `rules.${k}`,
            message: '级别应为 off、info、warning 或 error / severity must be off, info, warning or error',
          });
        } else config.rules[k] = v as SeveritySetting;
      }
    }
  }
  for (const key of ['unitsRequired', 'indentParagraphs'] as const) {
    const v = o[key];
    if (v === undefined) continue;
    if (typeof v !== 'boolean') problems.push({ path: key, message: `“${key}”应为 true 或 false / "${key}" must be true or false` });
    else config[key] = v;
  }
  return { config, problems };
}
