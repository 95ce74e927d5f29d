/**
 * Responsible units in the editor: hover on an annotation (each unit's role and how many tasks it
 * leads), the unit names completion offers, the `gongwen/ledger` request behind “生成任务分工表”,
 * and `gongwen/stats` (字数, tasks) for the status bar.
 */
import { Hover, MarkupKind, RequestType } from 'vscode-languageserver/node';
import { LEDGER_METHOD, LedgerParams, STATS_METHOD } from '../protocol';
import { documentStats, DocumentStats } from '../analysis/stats';
import { GongwenDocument, UnitRole } from '../analysis';
import { inside } from '../analysis/types';
import { buildLedger, joinLeaders, Ledger, ledgerToMarkdown } from '../analysis/ledger';
import { ServerContext } from '../context';

export const capabilities = { hoverProvider: true };

const LEDGER = new RequestType<LedgerParams, Ledger | string | null, void>(LEDGER_METHOD);
const STATS = new RequestType<{ uri: string }, DocumentStats | null, void>(STATS_METHOD);

const ROLE_NAME: Record<UnitRole, { zh: string; en: string }> = {
  lead: { zh: '牵头', en: 'lead' },
  coop: { zh: '配合', en: 'co-operating' },
  guide: { zh: '指导', en: 'guiding' },
  responsible: { zh: '负责', en: 'responsible' },
};

/**
 * Unit names known to the document and the registry, with how many tasks each leads and how many
 * it co-operates in or guides (as the ledger counts them).
 */
export function knownUnits(doc: GongwenDocument, registry: string[]): Map<string, { leads: number; cooperates: number; mentions: number }> {
  const units = new Map<string, { leads: number; cooperates: number; mentions: number }>();
  const get = (n: string) => {
    let u = units.get(n);
    if (!u) units.set(n, (u = { leads: 0, cooperates: 0, mentions: 0 }));
    return u;
  };
  for (const a of doc.annotations) for (const u of a.units) get(u.name).mentions++;
  for (const t of doc.tasks) {
    for (const n of t.lead) get(n).leads++;
    for (const n of t.coop) get(n).cooperates++;
    for (const n of t.guide) get(n).cooperates++;
  }
  for (const r of registry) get(r);
  return units;
}

/** What a unit does in the document: `本文共牵头 2 项任务，配合 3 项`. */
export function unitTally(u: { leads: number; cooperates: number } | undefined, en: boolean): string {
  const leads = u?.leads ?? 0;
  const coop = u?.cooperates ?? 0;
  return en
    ? `leads ${leads} task(s) in this document${coop ? `, co-operates in ${coop}` : ''}`
    : `本文共牵头 ${leads} 项任务${coop ? `，配合 ${coop} 项` : ''}`;
}

export function register(ctx: ServerContext): void {
  const en = ctx.locale === 'en';

  ctx.connection.onHover((params): Hover | null => {
    const doc = ctx.documents.get(params.textDocument.uri);
    if (!doc) return null;
    const model = ctx.analysis(doc).doc;
    const p = params.position;
    const a = model.annotations.find((x) => x.line <= p.line && inside(x.range, p, true));
    if (!a) return null;
    const units = knownUnits(model, []);
    const lines = a.units.map((u) => {
      const role = en ? ROLE_NAME[u.role].en : ROLE_NAME[u.role].zh;
      return `- **${u.name}** — ${role}${u.collective ? (en ? ' (collective)' : '（泛称）') : ''}${en ? '; ' : '；'}${unitTally(units.get(u.name), en)}`;
    });
    if (a.leaders.length) lines.push(`- ${en ? 'Leaders: ' : '责任领导：'}${joinLeaders(a.leaders)}`);
    if (a.deadline) lines.push(`- ${en ? 'Deadline: ' : '完成时限：'}${a.deadline}`);
    return { range: a.range, contents: { kind: MarkupKind.Markdown, value: [`**${en ? 'Responsible units' : '责任单位'}**`, '', ...lines].join('\n') } };
  });

  ctx.connection.onRequest(LEDGER, (params): Ledger | string | null => {
    const doc = ctx.documents.get(params.uri);
    if (!doc) return null;
    const ledger = buildLedger(ctx.analysis(doc).doc, params.uri, ctx.config(doc.uri));
    return params.format === 'md' ? ledgerToMarkdown(ledger) : ledger;
  });

  ctx.connection.onRequest(STATS, (params): DocumentStats | null => {
    const doc = ctx.documents.get(params.uri);
    return doc ? documentStats(ctx.analysis(doc).doc) : null;
  });
}
