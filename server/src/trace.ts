/**
 * Per-edit timings of the server, for measuring (scripts/bench/lsp-trace.mjs): with the
 * environment variable GONGWEN_TRACE set to a file, the server records when each message's bytes
 * arrived, when each stage of answering an edit ended and every garbage collection, and writes them
 * as JSON lines to that file when it exits. Off (no work at all) without the variable.
 */
import { writeFileSync } from 'fs';
import { performance, PerformanceObserver } from 'perf_hooks';

const file = process.env.GONGWEN_TRACE;
/** Each record: [what, epoch ms (fractional), optional detail]. */
const records: Array<[string, number, unknown?, number?]> | null = file ? [] : null;
const now = (): number => performance.timeOrigin + performance.now();

/** Record a mark (no-op unless tracing). */
export function mark(what: string, detail?: unknown): void {
  if (records) records.push([what, now(), detail, cpu()]);
}

/** CPU time of the process so far (all its threads), ms. */
function cpu(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

export const tracing = records !== null;

if (records && file) {
  process.stdin.on('data', (chunk: Buffer) => records.push(['in', now(), chunk.length]));
  const obs = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const d = (e as unknown as { detail?: { kind?: number } }).detail;
      records.push(['gc', performance.timeOrigin + e.startTime, [e.duration, d?.kind]]);
    }
  });
  obs.observe({ entryTypes: ['gc'] });
  process.on('exit', () => writeFileSync(file, records.map((r) => JSON.stringify(r)).join('\n') + '\n'));
}
