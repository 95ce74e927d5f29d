/**
 * Ranking lead-unit candidates for a task that names none (the GW201 quick-fix): first the units
 * whose tasks read most like this one (TF-IDF over jieba tokens, cosine similarity), then units
 * leading sibling tasks in the same section, units named by the parent and its section, then the
 * registry. Each candidate says why it was chosen.
 */
import { Config } from './config';
import { GongwenDocument, Heading, Task } from './model';
import { segment, segmenterEpoch } from './segmenter';

export interface LeadCandidate {
  unit: string;
  /** Why, for the quick-fix title (already in the configured language). */
  reason: string;
}

interface TaskIndex {
  byParent: Map<Heading | null, Task[]>;
  byTop: Map<Heading, Task[]>;
  byHeading: Map<Heading, Task>;
  /** Tasks that have a lead unit, in document order. */
  led: Task[];
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
  index = { byParent: new Map(), byTop: new Map(), byHeading: new Map(), led: [] };
  for (const t of doc.tasks) {
    if (!t.heading) continue;
    index.byHeading.set(t.heading, t);
    if (t.lead.length) index.led.push(t);
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

/** Words every task uses (verbs of 公文 style): they say nothing about who should lead. */
const GENERIC = new Set('工作 加强 推进 开展 完善 建立 健全 落实 进一步 有关 相关 深化 强化 提高 提升 推动 加快 积极 认真 组织 实施 做好 持续 坚持 全面 切实 各项 机制 制度 体系 建设 管理'.split(' '));

/** The text of a task that its keywords are taken from: its block's first 400 characters or so. */
function taskText(doc: GongwenDocument, h: Heading): string {
  let text = '';
  for (let l = h.line; l <= h.endLine && text.length < 400; l++) text += doc.source.content(l);
  return text;
}

/** Content words of a task's text (two or more Chinese characters), or null without a segmenter. */
function keywords(doc: GongwenDocument, h: Heading): string[] | null {
  return keywordsOf(taskText(doc, h));
}

function keywordsOf(taskText: string): string[] | null {
  const text = taskText.replace(/（[^（）]*）/g, '');
  const out: string[] = [];
  for (const sentence of text.split(/[。；！？]/)) {
    if (!sentence) continue;
    const tokens = segment(sentence.slice(0, 200));
    if (!tokens) return null;
    for (const t of tokens) if (t.length >= 2 && /^[\u4e00-\u9fff]+$/.test(t) && !GENERIC.has(t)) out.push(t);
  }
  return out;
}

/**
 * The TF-IDF model of the tasks that have a lead, built once per document on first need: each
 * task's weighted keyword vector (with its norm) and an inverted index from keyword to the tasks
 * using it, so a query costs the postings of its own words rather than a pass over every task.
 */
interface SimilarityModel {
  led: Task[];
  norms: Float64Array;
  postings: Map<string, Array<{ task: number; weight: number }>>;
  idf(word: string): number;
}
const models = new WeakMap<GongwenDocument, SimilarityModel | null>();
/**
 * The last model built and the texts of the tasks it was built from, under the segmenter's
 * vocabulary then: the next version of the document (an edit elsewhere, while the drafter adds
 * units to the task the quick-fix was asked for) takes it over while its led tasks read the same.
 */
let lastModel: { texts: string[]; epoch: object; model: Omit<SimilarityModel, 'led'> | null } | undefined;

function similarityModel(doc: GongwenDocument, led: Task[]): SimilarityModel | null {
  if (models.has(doc)) return models.get(doc)!;
  const texts = led.map((t) => taskText(doc, t.heading!));
  const epoch = segmenterEpoch();
  const last = lastModel;
  if (last && last.epoch === epoch && last.texts.length === texts.length && last.texts.every((x, i) => x === texts[i])) {
    // The same words and weights; the tasks (and so their headings and leads) are this version's.
    const model = last.model && { ...last.model, led };
    models.set(doc, model);
    return model;
  }
  const model = buildModel(texts, led);
  models.set(doc, model);
  // Kept without its tasks: the version they belong to is not held alive by the next one.
  lastModel = { texts, epoch, model: model && { norms: model.norms, postings: model.postings, idf: model.idf } };
  return model;
}

function buildModel(texts: string[], led: Task[]): SimilarityModel | null {
  const words: string[][] = [];
  for (const text of texts) {
    const w = keywordsOf(text);
    if (!w) return null; // no segmenter on this platform: the other rankings still apply
    words.push(w);
  }
  const df = new Map<string, number>();
  for (const w of words) for (const k of new Set(w)) df.set(k, (df.get(k) ?? 0) + 1);
  const n = led.length;
  const idf = (k: string) => Math.log((n + 1) / ((df.get(k) ?? 0) + 1)) + 1;
  const norms = new Float64Array(led.length);
  const postings: SimilarityModel['postings'] = new Map();
  words.forEach((w, task) => {
    const v = tfidf(w, idf);
    for (const [k, weight] of v.weights) {
      let list = postings.get(k);
      if (!list) postings.set(k, (list = []));
      list.push({ task, weight });
    }
    norms[task] = v.norm;
  });
  return { led, norms, postings, idf };
}

/** The TF-IDF weights of a bag of words, and the vector's length. */
function tfidf(words: string[], idf: (word: string) => number): { weights: Map<string, number>; norm: number } {
  const weights = new Map<string, number>();
  for (const k of words) weights.set(k, (weights.get(k) ?? 0) + idf(k));
  let sq = 0;
  for (const w of weights.values()) sq += w * w;
  return { weights, norm: Math.sqrt(sq) };
}

/** Units whose led tasks are most similar to `heading`'s text, with the most similar of those tasks. */
function similarLeads(doc: GongwenDocument, heading: Heading, led: Task[]): Array<{ unit: string; score: number; items: string[] }> {
  if (led.length < 2) return [];
  const target = keywords(doc, heading);
  if (!target || target.length === 0) return [];
  const model = similarityModel(doc, led);
  if (!model) return [];
  const { weights, norm } = tfidf(target, model.idf);
  const dots = new Map<number, number>();
  for (const [k, weight] of weights) {
    for (const p of model.postings.get(k) ?? []) dots.set(p.task, (dots.get(p.task) ?? 0) + weight * p.weight);
  }
  const perUnit = new Map<string, { score: number; items: Array<{ path: string; sim: number }> }>();
  for (const [i, dot] of dots) {
    const task = model.led[i];
    if (task.heading === heading || !model.norms[i]) continue;
    const sim = dot / (norm * model.norms[i]);
    for (const u of task.lead) {
      const e = perUnit.get(u) ?? { score: 0, items: [] };
      e.score = Math.max(e.score, sim);
      e.items.push({ path: pathFrom(heading, task.heading!), sim });
      perUnit.set(u, e);
    }
  }
  return [...perUnit]
    .filter(([, e]) => e.score >= 0.15)
    .sort((a, b) => b[1].score - a[1].score || a[0].localeCompare(b[0]))
    .map(([unit, e]) => ({ unit, score: e.score, items: [...new Set(e.items.sort((x, y) => y.sim - x.sim).map((i) => i.path))].slice(0, 3) }));
}

/**
 * How `other` is named seen from `heading`: its marker where the two are siblings (`3.`), with the
 * markers of its ancestors up to the one they share otherwise (`（二）3.`, `三、（一）4.`), so that
 * the `3.` of another section is not read as this section's.
 */
function pathFrom(heading: Heading, other: Heading): string {
  const above = new Set<Heading | null>();
  for (let h = heading.parent; h; h = h.parent) above.add(h);
  let path = other.marker.text;
  for (let h = other.parent; h && !above.has(h); h = h.parent) path = h.marker.text + path;
  return path;
}

/**
 * Items named by their paths: parted by `、` unless a path holds one itself (`二、（一）3.`); of
 * such long paths the two most similar, and `等` for the rest, to keep the fix's title short.
 */
function listOf(items: string[]): string {
  if (!items.some((i) => i.includes('、'))) return items.join('、');
  return items.slice(0, 2).join('，') + (items.length > 2 ? '等' : '');
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

  // 0. Units whose tasks read most like this one.
  for (const s of similarLeads(doc, heading, index.led)) {
    add(s.unit, en ? `similar to ${s.items.join(' ')}` : `与${listOf(s.items)}相近`);
  }
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
