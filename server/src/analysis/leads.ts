/**
 * Ranking lead-unit candidates for a task that names none (used by the GW201 quick-fix and
 * completion): units leading sibling tasks in the same section first, then units named by the
 * parent and its section, then the registry. Each candidate says why it was chosen.
 */
import { Config } from './config';
import { GongwenDocument, Heading, Task } from './model';

export interface LeadCandidate {
  unit: string;
  /** Why, for the quick-fix title (already in the configured language). */
  reason: string;
}

export function rankLeadCandidates(doc: GongwenDocument, heading: Heading, config: Config, limit = 3): LeadCandidate[] {
  const en = config.locale === 'en';
  const out: LeadCandidate[] = [];
  const seen = new Set<string>();
  const add = (unit: string, reason: string) => {
    if (seen.has(unit) || out.length >= limit) return;
    seen.add(unit);
    out.push({ unit, reason });
  };
  const tasksUnder = (p: Heading | null): Task[] => doc.tasks.filter((t) => t.heading && t.heading !== heading && t.heading.parent === p);

  // 1. Units leading sibling tasks, most frequent first, with the items they lead.
  const siblings = tasksUnder(heading.parent);
  const counts = new Map<string, string[]>();
  for (const t of siblings) for (const u of t.lead) counts.set(u, [...(counts.get(u) ?? []), t.heading!.marker.text]);
  for (const [unit, items] of [...counts].sort((a, b) => b[1].length - a[1].length)) {
    add(unit, en ? `leads ${items.join(' ')} in this section` : `同节${items.join('')}的牵头单位`);
  }
  // 2. The parent's own units, then units leading tasks elsewhere in the same top-level section.
  if (heading.parent) {
    const own = doc.tasks.find((t) => t.heading === heading.parent);
    for (const u of own?.lead ?? []) add(u, en ? 'named by the parent item' : '上级标题的责任单位');
    let top: Heading = heading;
    while (top.parent) top = top.parent;
    for (const t of doc.tasks) {
      let r = t.heading;
      while (r && r.parent) r = r.parent;
      if (r === top) for (const u of t.lead) add(u, en ? 'leads tasks in this section' : '本部分其他任务的牵头单位');
    }
  }
  // 3. The registry.
  for (const u of config.units) add(u, en ? 'from the unit registry' : '单位名录');
  return out;
}
