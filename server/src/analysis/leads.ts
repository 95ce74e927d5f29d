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

interface TaskIndex {
  byParent: Map<Heading | null, Task[]>;
  byTop: Map<Heading, Task[]>;
  byHeading: Map<Heading, Task>;
}
const indexes = new WeakMap<GongwenDocument, TaskIndex>();

function topOf(h: Heading): Heading {
  let top = h;
  while (top.parent) top = top.parent;
  return top;
}

/** Tasks by parent heading and by top-level section, built once per document. */
function taskIndex(doc: GongwenDocument): TaskIndex {
  let index = indexes.get(doc);
  if (index) return index;
  index = { byParent: new Map(), byTop: new Map(), byHeading: new Map() };
  for (const t of doc.tasks) {
    if (!t.heading) continue;
    index.byHeading.set(t.heading, t);
    const p = index.byParent.get(t.heading.parent) ?? [];
    p.push(t);
    index.byParent.set(t.heading.parent, p);
    const top = topOf(t.heading);
    const s = index.byTop.get(top) ?? [];
    s.push(t);
    index.byTop.set(top, s);
  }
  indexes.set(doc, index);
  return index;
}

export function rankLeadCandidates(doc: GongwenDocument, heading: Heading, config: Config, limit = 3): LeadCandidate[] {
  const index = taskIndex(doc);
  const en = config.locale === 'en';
  const out: LeadCandidate[] = [];
  const seen = new Set<string>();
  const add = (unit: string, reason: string) => {
    if (seen.has(unit) || out.length >= limit) return;
    seen.add(unit);
    out.push({ unit, reason });
  };
  const tasksUnder = (p: Heading | null): Task[] => (index.byParent.get(p) ?? []).filter((t) => t.heading !== heading);

  // 1. Units leading sibling tasks, most frequent first, with the items they lead.
  const siblings = tasksUnder(heading.parent);
  const counts = new Map<string, string[]>();
  for (const t of siblings) for (const u of t.lead) counts.set(u, [...(counts.get(u) ?? []), t.heading!.marker.text]);
  for (const [unit, items] of [...counts].sort((a, b) => b[1].length - a[1].length)) {
    add(unit, en ? `leads ${items.join(' ')} in this section` : `同节${items.join('')}的牵头单位`);
  }
  // 2. The parent's own units, then units leading tasks elsewhere in the same top-level section.
  if (heading.parent) {
    for (const u of index.byHeading.get(heading.parent)?.lead ?? []) add(u, en ? 'named by the parent item' : '上级标题的责任单位');
    for (const t of index.byTop.get(topOf(heading)) ?? []) for (const u of t.lead) add(u, en ? 'leads tasks in this section' : '本部分其他任务的牵头单位');
  }
  // 3. The registry.
  for (const u of config.units) add(u, en ? 'from the unit registry' : '单位名录');
  return out;
}
