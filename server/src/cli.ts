/**
 * `gongwen` — the analysis from the command line:
 *   gongwen lint [--format text|json|sarif] FILE...   (`-` reads stdin)
 *   gongwen outline [--format text|json] FILE
 *   gongwen fix [--stdout] FILE
 *   gongwen ledger [--format json|csv|md] FILE
 * Common options: --config FILE, --locale zh-cn|en, --help, --version.
 * Exit codes: 0 no error-severity finding, 1 some error finding, 2 usage or read error.
 */
import * as fs from 'fs';
import * as path from 'path';
import { ALL_RULES, Config, Finding, analyze, defaultConfig, fixAll } from './analysis';
import { buildLedger, ledgerToCsv, ledgerToMarkdown } from './analysis/ledger';
import { buildOutline, OutlineSymbol, symbolName } from './analysis/outline';
import { findConfigFile, loadConfigFile } from './configFile';
import { decodeInput, encodeOutput, Encoding } from './input';

const VERSION = '0.1.0';

class UsageError extends Error {}

interface Options {
  format: string;
  config?: string;
  locale: 'zh-cn' | 'en';
  stdout: boolean;
  files: string[];
}

interface Command {
  summary: string;
  formats: string[];
  /** Whether the command takes several files (lint) or exactly one (the others). */
  manyFiles?: boolean;
  run(opts: Options, io: IO): number;
}

interface IO {
  out(s: string): void;
  err(s: string): void;
  /** Text as it is, without a line end added (`fix --stdout`). */
  write?(s: string): void;
}

const COMMANDS: Record<string, Command> = {
  lint: { summary: '检查序号、框架与责任单位 / check numbering, frame and units', formats: ['text', 'json', 'sarif'], manyFiles: true, run: lint },
  outline: { summary: '输出文档大纲 / print the outline', formats: ['text', 'json'], run: outline },
  fix: { summary: '应用可安全修复的问题 / apply the safe fixes', formats: ['text'], run: fix },
  ledger: { summary: '生成任务分工表 / the task ledger', formats: ['json', 'csv', 'md'], run: ledger },
};

/** Extra subcommands (e.g. `ledger`) register here. */
export function addCommand(name: string, command: Command): void {
  COMMANDS[name] = command;
}

function parseArgs(argv: string[]): { command: string; opts: Options } {
  const [command, ...rest] = argv;
  const opts: Options = { format: 'text', locale: 'zh-cn', stdout: false, files: [] };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const value = () => {
      const v = rest[++i];
      if (v === undefined) throw new UsageError(`${a} 需要一个值 / needs a value`);
      return v;
    };
    if (a === '--format' || a === '-f') opts.format = value();
    else if (a.startsWith('--format=')) opts.format = a.slice(9);
    else if (a === '--config') opts.config = value();
    else if (a === '--locale') {
      const l = value();
      if (l !== 'en' && l !== 'zh-cn') throw new UsageError(`未知语言 / unknown locale: ${l}`);
      opts.locale = l;
    } else if (a === '--stdout') opts.stdout = true;
    else if (a.startsWith('-') && a !== '-') throw new UsageError(`未知选项 / unknown option: ${a}`);
    else opts.files.push(a);
  }
  return { command, opts };
}

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([n, c]) => `  gongwen ${n.padEnd(8)} [--format ${c.formats.join('|')}] ${c.manyFiles ? 'FILE...' : 'FILE   '}   ${c.summary}`);
  return ['用法 / usage:', ...lines, '', '选项 / options: --config FILE  --locale zh-cn|en  --stdout (fix)  --help  --version'].join('\n');
}

/** Read a file (or stdin for `-`) as text; refuse binary input, decode GB18030 with a notice. */
function readInput(file: string, io: IO): { text: string; bom: boolean; name: string; encoding: Encoding } {
  const name = file === '-' ? '<stdin>' : file;
  let bytes: Buffer;
  try {
    bytes = file === '-' ? fs.readFileSync(0) : fs.readFileSync(file);
  } catch (e) {
    throw new ReadError(`${name}: 无法读取 / cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const decoded = decodeInput(bytes);
  if (decoded.kind === 'binary') throw new ReadError(`${name}: 不是文本文件（含 NUL 字节），已跳过 / not a text file (contains NUL bytes)`);
  if (decoded.kind === 'unknown') throw new ReadError(`${name}: 无法识别的文本编码（既非 UTF-8 也非 GB18030） / unknown text encoding`);
  if (decoded.encoding !== 'utf-8') io.err(`${name}: 按 ${decoded.encoding.toUpperCase()} 编码读取 / decoded as ${decoded.encoding.toUpperCase()}`);
  return { text: decoded.text, bom: decoded.bom, name, encoding: decoded.encoding };
}

class ReadError extends Error {}

function configFor(file: string, opts: Options, io: IO): Config {
  const base = defaultConfig();
  base.locale = opts.locale;
  const rc = opts.config ?? (file === '-' ? findConfigFile(process.cwd()) : findConfigFile(path.dirname(path.resolve(file))));
  if (!rc) return base;
  const loaded = loadConfigFile(rc, base);
  for (const p of loaded.problems) io.err(p);
  return loaded.config;
}

function checkFormat(command: string, opts: Options) {
  if (opts.format === 'text' && !COMMANDS[command].formats.includes('text')) opts.format = COMMANDS[command].formats[0];
  if (!COMMANDS[command].formats.includes(opts.format)) throw new UsageError(`“${command}”不支持格式 / does not support --format ${opts.format}`);
}

function lint(opts: Options, io: IO): number {
  if (opts.files.length === 0) throw new UsageError('需要文件 / FILE required');
  const results: Array<{ file: string; findings: Finding[] }> = [];
  let readFailed = false;
  for (const file of opts.files) {
    try {
      const { text, name } = readInput(file, io);
      results.push({ file: name, findings: analyze(text, configFor(file, opts, io)).findings });
    } catch (e) {
      if (!(e instanceof ReadError)) throw e;
      io.err(e.message);
      readFailed = true;
    }
  }
  if (opts.format === 'json') {
    io.out(JSON.stringify(results.map((r) => ({ file: r.file, findings: r.findings.map(toJson) })), null, 2));
  } else if (opts.format === 'sarif') {
    io.out(JSON.stringify(toSarif(results), null, 2));
  } else {
    for (const r of results) {
      for (const f of r.findings) {
        io.out(`${r.file}:${f.range.start.line + 1}:${f.range.start.character + 1}: ${f.severity} ${f.rule} ${f.message}`);
      }
    }
    const total = results.reduce((n, r) => n + r.findings.length, 0);
    io.err(opts.locale === 'en' ? `${total} finding(s) in ${results.length} file(s)` : `共 ${results.length} 个文件，${total} 处问题`);
  }
  if (readFailed) return 2;
  return results.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

function toJson(f: Finding) {
  return {
    rule: f.rule,
    name: f.name,
    severity: f.severity,
    line: f.range.start.line + 1,
    column: f.range.start.character + 1,
    endLine: f.range.end.line + 1,
    endColumn: f.range.end.character + 1,
    message: f.message,
    fixable: f.deferredFixes === true || f.fixes.length > 0,
  };
}

function toSarif(results: Array<{ file: string; findings: Finding[] }>) {
  const level = { error: 'error', warning: 'warning', info: 'note' } as const;
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'gongwen',
            version: VERSION,
            rules: ALL_RULES.map((r) => ({
              id: r.id,
              name: r.name,
              shortDescription: { text: r.description.zh },
              fullDescription: { text: r.description.en },
              defaultConfiguration: { level: level[r.defaultSeverity] },
            })),
          },
        },
        results: results.flatMap((r) =>
          r.findings.map((f) => ({
            ruleId: f.rule,
            level: level[f.severity],
            message: { text: f.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: r.file },
                  region: {
                    startLine: f.range.start.line + 1,
                    startColumn: f.range.start.character + 1,
                    endLine: f.range.end.line + 1,
                    endColumn: f.range.end.character + 1,
                  },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
}

function single(opts: Options): string {
  if (opts.files.length !== 1) throw new UsageError('需要且只需要一个文件 / exactly one FILE required');
  return opts.files[0];
}

function outline(opts: Options, io: IO): number {
  const file = single(opts);
  const { text, name } = readInput(file, io);
  const symbols = buildOutline(analyze(text, configFor(file, opts, io)).doc, opts.locale);
  if (opts.format === 'json') {
    const strip = (s: OutlineSymbol): object => ({
      kind: s.kind,
      marker: s.marker,
      level: s.level,
      title: s.title,
      line: s.line + 1,
      ...(s.detail ? { detail: s.detail } : {}),
      children: s.children.map(strip),
    });
    io.out(JSON.stringify({ file: name, symbols: symbols.map(strip) }, null, 2));
  } else {
    const walk = (s: OutlineSymbol, indent: string) => {
      io.out(`${indent}${symbolName(s)}${s.detail ? `  〔${s.detail}〕` : ''}  (${s.line + 1})`);
      s.children.forEach((c) => walk(c, indent + '  '));
    };
    symbols.forEach((s) => walk(s, ''));
  }
  return 0;
}

function ledger(opts: Options, io: IO): number {
  const file = single(opts);
  const { text, name } = readInput(file, io);
  const config = configFor(file, opts, io);
  const l = buildLedger(analyze(text, config).doc, name, config);
  if (opts.format === 'csv') process.stdout.write(ledgerToCsv(l));
  else if (opts.format === 'md') io.out(ledgerToMarkdown(l));
  else io.out(JSON.stringify(l, null, 2));
  return 0;
}

function fix(opts: Options, io: IO): number {
  const file = single(opts);
  if (file === '-' && !opts.stdout) opts.stdout = true;
  const { text, bom, name, encoding } = readInput(file, io);
  const result = fixAll(text, configFor(file, opts, io));
  if (opts.stdout) {
    // Exactly the fixed text (in UTF-8, as all output): no line end added where the file has none.
    (io.write ?? io.out)((bom && encoding === 'utf-8' ? '\ufeff' : '') + result.text);
    io.err(opts.locale === 'en' ? `${name}: ${result.applied} fix(es) applied` : `${name}：已修复 ${result.applied} 处`);
    return 0;
  }
  if (result.applied > 0) {
    // Written back in the file's own encoding and BOM, or not at all.
    const bytes = encodeOutput(result.text, encoding, bom);
    if (!bytes) {
      io.err(
        `${name}: 该文件为 ${encoding.toUpperCase()} 编码，无法按原编码写回，未修改；请用 --stdout 输出修复结果，或先转换为 UTF-8 / ` +
          `cannot write ${encoding.toUpperCase()} back; the file is unchanged (use --stdout, or convert it to UTF-8 first)`,
      );
      return 2;
    }
    fs.writeFileSync(file, bytes);
  }
  io.err(opts.locale === 'en' ? `${name}: ${result.applied} fix(es) applied` : `${name}：已修复 ${result.applied} 处`);
  return 0;
}

export function main(argv: string[], io: IO = { out: (s) => process.stdout.write(s + '\n'), err: (s) => process.stderr.write(s + '\n'), write: (s) => process.stdout.write(s) }): number {
  try {
    if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
      io.out(usage());
      return argv.length === 0 ? 2 : 0;
    }
    if (argv[0] === '--version' || argv[0] === '-v') {
      io.out(VERSION);
      return 0;
    }
    const { command, opts } = parseArgs(argv);
    const cmd = COMMANDS[command];
    if (!cmd) throw new UsageError(`未知命令 / unknown command: ${command}`);
    checkFormat(command, opts);
    return cmd.run(opts, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`gongwen: ${e.message}\n\n${usage()}`);
      return 2;
    }
    if (e instanceof ReadError) {
      io.err(`gongwen: ${e.message}`);
      return 2;
    }
    io.err(`gongwen: 内部错误 / internal error: ${(e as Error).stack ?? e}`);
    return 2;
  }
}

if (require.main === module) {
  // `gongwen outline plan.gw | head` closes the pipe early: that is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  process.exitCode = main(process.argv.slice(2));
}
