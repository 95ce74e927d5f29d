/**
 * Responsible-unit rules (GW2xx): tasks without units, without a lead, a collective leading,
 * duplicates, separators, brackets, and unit names that are unknown or likely misspelt.
 */
import { Annotation, GongwenDocument, Heading, UnitRef } from '../model';
import { commaInList, droppedBeforeSentences, ledByPerson, levelsAfterFirst, sameGroup, sayingsOf, spansLines, unitsSaid } from '../annotations';
import { rankLeadCandidates } from '../leads';
import { Config } from '../config';
import { Rule, RuleContext } from '../rule';
import { tasksNeedingUnits } from '../tasks';
import { reportingAt, reportModes } from '../titles';
import { firstAt, Fix, Position, Range } from '../types';
import { editDistance, ENDING_SLIPS, endingWordSlips, isAbbreviation, isCollective, isDepartmentStem, isEndingSlip, isLocalities, isNearMiss, isStemSlip, isUnitLike, joinsTwoBodies, namesOtherUnit, StandardSlip, standardSlips, unitKind } from '../units';
import { simplified } from '../script';
import { isAnalysedText } from '../source';
import { dictionaryWords, isUserWord, segment, segmenterEpoch } from '../segmenter';
import { sentenceAround } from '../words/sentences';
import { teachSegmenter } from './words';
import { commonHead, commonTail } from '../changed';

/** A new annotation's text, for a unit, at the end of a task's block: in the document's prevailing form. */
type Template = (unit: string, h: Heading) => string;

/**
 * The document's prevailing annotation form and brackets, as a template for new annotations: a
 * bracket (`（…）`, `(…)`, `【…】`), a label run in after the task's sentence (`责任单位：…。`), or
 * a label line of its own under the task (`牵头单位：…`).
 */
function annotationTemplate(doc: GongwenDocument): Template {
  const forms = new Map<number, number>();
  const opens = new Map<string, number>();
  for (const a of doc.annotations) {
    // Units said in an item's sentence (a 纪要's decisions) are no form a new annotation takes.
    if (a.prose) continue;
    const form = wording(a);
    forms.set(form, (forms.get(form) ?? 0) + 1);
    const open = doc.source.lines[a.range.start.line].text.charAt(a.range.start.character);
    const kind = open === '（' || open === '(' || open === '【' ? open : 'label';
    opens.set(kind, (opens.get(kind) ?? 0) + 1);
  }
  const top = mostUsed(forms) ?? 1;
  const open = mostUsed(opens) ?? '（';
  if (top === 6) {
    // A label line under the task, indented as the task's line is.
    return (u, h) => `${lineEnding(doc, h.endLine)}${/^[ \t\u3000]*/.exec(doc.source.lines[h.line].text.replace(/^\ufeff/, ''))![0]}牵头单位：${u}`;
  }
  if (open === 'label') return (u) => `${top === 5 ? '责任单位' : '牵头单位'}：${u}。`;
  const [o, c] = open === '(' ? ['(', ')'] : open === '【' ? ['【', '】'] : ['（', '）'];
  switch (top) {
    case 2:
      return (u) => `${o}${u}负责${c}`;
    case 3:
      return (u) => `${o}${u}牵头${c}`;
    case 4:
      return (u) => `${o}牵头单位：${u}${c}`;
    case 5:
      return (u) => `${o}责任单位：${u}${c}`;
    default:
      return (u) => `${o}${u}${c}`;
  }
}

/** The unit labels (`牵头单位：`, `责任单位：`) and verbs (`牵头`, `负责`) a new annotation copies. */
const LEAD_LABEL = /^(?:牵头|主责)(?:单位|部门)[：:]/;
const UNIT_LABEL = /^责任(?:单位|部门)[：:]/;

/**
 * How an annotation words its units, as a form the template writes: its own form, but for forms
 * told apart by something else (a deadline beside the units, 13; nested brackets, 10; …) the
 * wording of its text: `【牵头单位：X；配合单位：Y；完成时限：Z】` is worded as form 4.
 */
function wording(a: Annotation): number {
  if (a.form >= 2 && a.form <= 6) return a.form;
  if (LEAD_LABEL.test(a.inner)) return 4;
  if (UNIT_LABEL.test(a.inner)) return 5;
  if (a.units.some((u) => u.role === 'lead') && a.inner.includes('牵头')) return 3;
  if (a.inner.includes('负责')) return 2;
  return a.form;
}

/** The key counted most (the first such), undefined when none was counted. */
function mostUsed<K>(counts: Map<K, number>): K | undefined {
  let best: K | undefined;
  let most = 0;
  for (const [k, n] of counts) if (n > most) [best, most] = [k, n];
  return best;
}

/** The line break after line `i` (the one before it on the last line; `\n` in a one-line text). */
function lineEnding(doc: GongwenDocument, i: number): string {
  const lines = doc.source.lines;
  const k = i + 1 < lines.length ? i : i - 1;
  if (k < 0) return '\n';
  return doc.source.slice({ start: { line: k, character: lines[k].text.length }, end: { line: k + 1, character: 0 } }) || '\n';
}

/** Where a new annotation goes: after the last character of the task's block. */
function insertionPoint(doc: GongwenDocument, h: Heading): Range {
  const line = doc.source.lines[h.endLine];
  const at = { line: h.endLine, character: line.contentEnd };
  return { start: at, end: at };
}

const taskWithoutUnits: Rule = {
  id: 'GW201',
  name: 'task-without-units',
  family: 'units',
  defaultSeverity: 'warning',
  description: {
    zh: '任务未标注责任单位。只在本节多数同级任务都已标注时提示（两项同级任务中一项已标注的，须全文任务普遍标注；或设置 gongwen.units.required 时）；任务分工表中责任单位栏空白的行也提示；总体要求、指导思想、基本原则、工作目标等部分和发文通知本身不需要标注，通知末尾讲工作安排或落实责任的条目（“四、落实工作责任。各地要……”）也不需要（通知本身列有两项以上已标注的任务时，如通报的“整改要求”，其中各级下的任务照常检查）；工作总结、情况汇报、述职报告、年度报告中叙述已做工作的部分（“一、主要工作及成效”“二、存在的问题”）不是任务，不提示，其“下一步工作打算”照常检查；在句中写明承担单位的（“市教育局要会同市财政局……”“由市住建局牵头，市财政局配合，……”）不提示；不加括号、在任务末句或任务下另起一行写明单位的（“……。由市审改办负责，市直各有关部门配合。”“市市场监管局牵头，各县（市、区）人民政府负责。”）视同标注。按单位分列职责的清单（“（一）市委宣传部”或“（一）市委宣传部：”之下列“1.负责……”“2.牵头……”），各项视为该单位牵头，不提示（项内另有标注的以其标注为准；标题只是以单位开头的句子，如“（一）市委宣传部要加强……”，不在此列）。',
    en: 'A task names no responsible unit, where most sibling tasks do (of two siblings, one annotated: where the document annotates its tasks throughout; or gongwen.units.required is set); so does a task table\'s row whose unit cells are empty; aims, principles and the cover notice never need units, nor do a notice’s closing items on how the work is arranged or on responsibility (四、落实工作责任。各地要……) (unless the notice sets two or more annotated tasks of its own, as the 整改要求 of a 通报 do: then its items below the top level are checked), nor do the sections of a report (工作总结, 情况汇报, 述职报告, 年度报告) that tell what was done (主要工作及成效, 存在的问题; its 下一步工作打算 is checked), nor a task whose sentence names the units that do it (市教育局要会同市财政局……, 由市住建局牵头，市财政局配合，……); units said without brackets in the last sentence of a task or on a line of their own under it (……。由市审改办负责，市直各有关部门配合。, 市市场监管局牵头，各县（市、区）人民政府负责。) are its annotation. In a list of duties headed by units ((一)市委宣传部 or (一)市委宣传部： over 1.负责…… 2.牵头……) each item is that unit\'s, which leads it, and is not reported (an item\'s own annotation says otherwise where it has one; not under a heading that is a sentence starting with a unit, (一)市委宣传部要加强……).',
  },
  fixable: true,
  check(doc, ctx) {
    // The fixes are built only when the editor asks for them: ranking the candidates segments task
    // texts, and the template (the form the document's own annotations take) reads them all.
    let docTemplate: Template | undefined;
    const paired = new Set<Heading>();
    for (const h of tasksNeedingUnits(doc, ctx.config, paired)) {
      const fixes = (): Fix[] => {
        const template = (docTemplate ??= annotationTemplate(doc));
        const at = insertionPoint(doc, h);
        return [
          ...rankLeadCandidates(doc, h, ctx.config).map((c, i) => ({
            title: ctx.msg(`添加责任单位“${c.unit}”（${c.reason}）`, `Add responsible unit "${c.unit}" (${c.reason})`),
            edits: [{ range: at, newText: template(c.unit, h) }],
            safe: false,
            preferred: i === 0,
          })),
          {
            title: ctx.msg('添加责任单位（填写）', 'Add responsible units (type them)'),
            edits: [{ range: at, newText: template('${1:牵头单位}', h) }],
            safe: false,
            snippet: true,
          },
        ];
      };
      ctx.report({
        range: { start: h.marker.range.start, end: h.titleRange.end },
        // Why it is asked: the setting, or most of its siblings (not always all: a half-annotated 保障措施).
        message: ctx.config.unitsRequired
          ? ctx.msg(`任务“${h.marker.text}${clip(h.title)}”未标注责任单位（已设置每项任务须标注）。`, `Task "${h.marker.text}${clip(h.title)}" names no responsible unit (units are required).`)
          : paired.has(h)
          ? ctx.msg(`任务“${h.marker.text}${clip(h.title)}”未标注责任单位（同级另一项任务已标注，全文任务也普遍标注）。`, `Task "${h.marker.text}${clip(h.title)}" names no responsible unit, unlike its sibling, in a document that annotates its tasks throughout.`)
          : ctx.msg(`任务“${h.marker.text}${clip(h.title)}”未标注责任单位（本节多数同级任务已标注）。`, `Task "${h.marker.text}${clip(h.title)}" names no responsible unit, unlike most of its siblings.`),
        fixes,
      });
    }
    // A table row whose unit cells are empty (not in a report's section that tells what was done).
    const modes = reportModes(doc);
    for (const a of doc.annotations) {
      if (!a.row || a.units.length !== 0) continue;
      if (modes && reportingAt(doc, modes, a.line)) continue;
      ctx.report({
        range: a.range,
        message: ctx.msg(`表格中序号为“${a.row.index}”的任务未填写责任单位。`, `The table row numbered "${a.row.index}" names no responsible unit.`),
      });
    }
  },
};

/**
 * GW206's fixes for a bracket left open at `e`, the end of its units: at its line's end, the `）`
 * added; before the next sentence on the line (annotations.ts closeDropped), the spaces that part
 * them made the `）`; before a `。`, the `）` added before it or the `。` made the `）` (which the
 * drafter meant is not certain: neither is safe); right before the next sentence after a role's verb,
 * the `）` added, safe where another sentence follows that one on the line (droppedBeforeSentences).
 */
function closingFixes(doc: GongwenDocument, e: Position, close: string, ctx: RuleContext): Fix[] {
  const l = doc.source.lines[e.line];
  const add = ctx.msg(`补上“${close}”`, `Add “${close}”`);
  if (e.character >= l.contentEnd) return [{ title: add, edits: [{ range: { start: e, end: e }, newText: close }], safe: true, preferred: true }];
  const t = l.text;
  if (t.charAt(e.character) === '。') {
    const stop = { line: e.line, character: e.character + 1 };
    return [
      { title: add, edits: [{ range: { start: e, end: e }, newText: close }], safe: false, preferred: true },
      { title: ctx.msg(`将“。”改为“${close}”`, `Replace “。” with “${close}”`), edits: [{ range: { start: e, end: stop }, newText: close }], safe: false },
    ];
  }
  if (!/[\s\u3000]/.test(t.charAt(e.character))) {
    // Right before the next sentence (`……。（A指导推动……`): certain where more sentences follow on the line.
    return [{ title: add, edits: [{ range: { start: e, end: e }, newText: close }], safe: droppedBeforeSentences(t, e.character, l.contentEnd), preferred: true }];
  }
  let k = e.character;
  while (k < l.contentEnd && /[\s\u3000]/.test(t.charAt(k))) k++;
  return [{ title: ctx.msg(`补上“${close}”（替换其后的空格）`, `Add “${close}” (in place of the spaces after it)`), edits: [{ range: { start: e, end: { line: e.line, character: k } }, newText: close }], safe: true, preferred: true }];
}

function clip(s: string): string {
  return s.length > 20 ? s.slice(0, 19) + '…' : s;
}

const noLead: Rule = {
  id: 'GW202',
  name: 'no-lead',
  family: 'units',
  defaultSeverity: 'warning',
  description: {
    zh: '责任单位中只有配合、参与单位，没有牵头（或负责）单位。由领导同志牵头（如“分管副局长李明辉牵头，财务科配合”）的不提示；工作总结、情况汇报等叙述已做工作的部分（如“……新建学校5所（县财政局配合）”），以及工作要点、方案等开头回顾上年工作的部分（如“一、2025年工作回顾”），不提示。',
    en: 'Only co-operating units are named; no unit leads. Not where a person leads (分管副局长李明辉牵头，财务科配合), nor in the sections of a report (工作总结, 情况汇报) that tell what was done (……新建学校5所（县财政局配合）), nor in the opening review of the past year in a 要点 or 方案 (一、2025年工作回顾).',
  },
  fixable: true,
  check(doc, ctx) {
    let led: Set<Annotation> | undefined; // built only when some annotation names co-operators alone
    let reported: Annotation | null = null;
    // A report's `……（县教育局配合）` in `一、主要工作及成效` says who helped do it: no task to lead.
    const modes = reportModes(doc);
    for (const a of doc.annotations) {
      const said = unitsSaid(a);
      if (said.length === 0 || said.some((u) => u.role !== 'coop') || a.row?.merged) continue;
      // Label lines read as one task (`配合单位：A` over `配合单位：B`): one finding, on the first.
      const after = reported;
      reported = a;
      if (a.form === 6 && after?.form === 6 && after.line === a.line - 1 && !a.row && !after.row) continue;
      // A person leads them (`分管副局长李明辉牵头，财务科、审计科配合`).
      if (a.leaders.length && ledByPerson(a.inner)) continue;
      if (modes && reportingAt(doc, modes, a.line)) continue;
      led ??= new Set(doc.tasks.filter((t) => t.lead.length).flatMap((t) => t.annotations));
      if (led.has(a)) continue; // covered by a declared default
      const [first, ...rest] = a.units.map((u) => u.name);
      const inner = rest.length ? `${first}牵头，${rest.join('、')}配合` : `${first}牵头`;
      ctx.report({
        range: a.range,
        message: ctx.msg('只列出了配合单位，缺少牵头单位。', 'Only co-operating units; no lead unit.'),
        // A table row's inner text is the whole row: its lead cell is the drafter's to fill.
        fixes: a.row || a.range.start.line !== a.range.end.line ? [] : [{ title: ctx.msg(`由“${first}”牵头`, `Make "${first}" the lead`), edits: [{ range: a.innerRange, newText: inner }], safe: false }],
      });
    }
  },
};

const collectiveLead: Rule = {
  id: 'GW203',
  name: 'collective-lead',
  family: 'units',
  defaultSeverity: 'warning',
  description: {
    zh: '牵头单位是“各有关部门”“各单位”等泛称，而本条已列出具体单位（或明确写了“牵头”，或写作“各单位会同有关部门负责”）。整条任务交由各地区、各单位分别负责（如“（各区县政府负责）”），或由各地区牵头（如“（各县（市、区）人民政府牵头，市教育局配合）”），不受影响。',
    en: 'A collective (各有关部门, 各单位…) leads while specific units are named, or is explicitly the lead (牵头, or 各单位会同有关部门负责); a task delegated to all districts as a whole, or led by them (各县（市、区）人民政府牵头), is fine.',
  },
  fixable: true,
  inputs: 'annotations',
  check(doc, ctx) {
    for (const a of doc.annotations) {
      const lead = a.units.find((u) => u.role === 'lead');
      // `（各县（市、区）人民政府牵头，市教育局配合）`: each place leads in its own area.
      if (!lead || !lead.collective || isLocalities(lead.name)) continue;
      // A guiding unit is not one that could lead instead: `（X指导，各区县政府负责落实）` hands
      // the task to every district, as `（各区县政府负责）` does.
      const specific = a.units.find((u) => !u.collective && u.role !== 'guide');
      // Said to lead: in words, or in a table's 牵头单位 column (whose cells a fix may still swap).
      // Not by a name that holds the word (`（各牵头部门负责）`: each task's own lead answers for it).
      // Or by 会同 right after it (`（各单位会同有关部门负责）`: who 会同 others leads them).
      const said = (/牵头/.test(simplified(a.inner)) && saysLead(a)) || doc.source.lines[lead.range.end.line].text.startsWith('会同', lead.range.end.character);
      if (!specific && !said && !a.row?.leadColumn) continue;
      const fixes: Fix[] = [];
      if (specific && !said && a.form !== 4) {
        // Put the first specific unit first: `（各有关部门、办公室）` → `（办公室、各有关部门）`.
        fixes.push({
          title: ctx.msg(`由“${specific.name}”牵头（调到首位）`, `Let "${specific.name}" lead (move it first)`),
          edits: [
            { range: lead.range, newText: specific.name },
            { range: specific.range, newText: lead.name },
          ],
          safe: false,
        });
      }
      ctx.report({
        range: lead.range,
        message: ctx.msg(`“${lead.name}”是泛称，不宜作为牵头单位，请明确一个具体的牵头单位。`, `"${lead.name}" is a collective; name one specific lead unit.`),
        fixes,
      });
    }
    // Label lines read as one task (`责任单位：各有关部门` over `配合单位：县审计局`): the specific
    // unit is on another line than the collective leading.
    for (const run of labelLineRuns(doc.annotations)) {
      const said = run.map((a) => ({ a, lead: a.units.find((u) => u.role === 'lead') }));
      const first = said.find((x) => x.lead);
      if (!first || !first.lead!.collective || isLocalities(first.lead!.name)) continue;
      if (said.some((x) => x.lead && !x.lead.collective)) continue; // another line names a specific lead
      if (first.a.units.some((u) => !u.collective && u.role !== 'guide')) continue; // reported above
      if (!run.some((a) => a !== first.a && a.units.some((u) => !u.collective && u.role !== 'guide'))) continue;
      ctx.report({
        range: first.lead!.range,
        message: ctx.msg(`“${first.lead!.name}”是泛称，不宜作为牵头单位，请明确一个具体的牵头单位。`, `"${first.lead!.name}" is a collective; name one specific lead unit.`),
      });
    }
  },
};

/** Whether `a` says 牵头 outside its units' names. */
function saysLead(a: Annotation): boolean {
  let rest = simplified(a.inner);
  for (const u of unitsSaid(a)) rest = rest.replace(simplified(u.name), '');
  return /牵头/.test(rest);
}

/** Label lines on consecutive lines (form 6), read as one task's (tasks.ts): runs of two or more. */
function labelLineRuns(annotations: readonly Annotation[]): Annotation[][] {
  const runs: Annotation[][] = [];
  let run: Annotation[] = [];
  for (const a of annotations) {
    if (a.form === 6 && run.length && run[run.length - 1].line === a.line - 1) run.push(a);
    else {
      if (run.length > 1) runs.push(run);
      run = a.form === 6 ? [a] : [];
    }
  }
  if (run.length > 1) runs.push(run);
  return runs;
}

/** The placeholders of a template (`XX局`, `某某局`, `××办`). */
const PLACEHOLDER = /[XＸ×]{2}|某某|○○/;

/** No units (shared: most annotations start no run of label lines). */
const NO_UNITS: readonly UnitRef[] = Object.freeze([]);

const duplicateUnit: Rule = {
  id: 'GW204',
  name: 'duplicate-unit',
  family: 'units',
  defaultSeverity: 'warning',
  description: {
    zh: '同一条标注中重复列出同一单位（也包括同一单位的全称与简称，如“市人社局、市人力资源社会保障局”）；任务下分行写的“牵头单位：”“配合单位：”合为一条，牵头单位又列为配合单位的也提示（“责任单位：”行列出全部单位的不提示）。',
    en: 'The same unit is listed twice in one annotation (also by its full and its short name: 市人社局、市人力资源社会保障局); label lines under a task (牵头单位：, 配合单位：) are one, so a lead listed again to co-operate is noted too (a 责任单位： line listing every unit is fine).',
  },
  fixable: true,
  inputs: 'annotations',
  check(doc, ctx) {
    // Label lines one under another (`牵头科室：人事科` | `配合科室：机关党委、人事科`) are one task's
    // annotation (tasks.ts): `run` holds the units of the lines above in the run, and this line's.
    let run: readonly UnitRef[] = NO_UNITS;
    let last: Annotation | null = null;
    for (const a of doc.annotations) {
      const goesOn = a.form === 6 && last !== null && last.form === 6 && last.line === a.line - 1 && !a.row && !last.row;
      if (!goesOn) run = NO_UNITS;
      last = a;
      const above = run.length;
      if (a.form === 6) run = [...run, ...a.units];
      const coopLine = above > 0 && a.units.every((u) => u.role === 'coop');
      for (let k = above === 0 ? 1 : 0; k < a.units.length; k++) {
        const u = a.units[k];
        // A template's `县XX局、县XX局` names no unit yet.
        if (PLACEHOLDER.test(u.name)) continue;
        let repeated = false;
        // Across lines, a unit listed again on a line of co-operating units (`配合单位：`); a
        // `责任单位：` line may list every unit, the lead too.
        if (coopLine) for (let j = 0; j < above && !repeated; j++) repeated = run[j].name === u.name;
        for (let j = 0; j < k && !repeated; j++) repeated = a.units[j].name === u.name;
        // The same unit written another way in the same list (`市人社局、市人力资源社会保障局`).
        let written: string | null = null;
        if (!repeated && !u.collective) {
          for (let j = 0; j < k && !written; j++) if (!a.units[j].collective && sameStemWritten(a.units[j].name, u.name)) written = a.units[j].name;
          repeated = written !== null;
        }
        if (!repeated) continue;
        // Remove the repeat together with the separator before it.
        const line = doc.source.lines[u.range.start.line].text;
        const sepAt = u.range.start.character - 1;
        const withSep = /[、，,]/.test(line[sepAt] ?? '');
        const range: Range = { start: { line: u.range.start.line, character: withSep ? sepAt : u.range.start.character }, end: u.range.end };
        ctx.report({
          range: u.range,
          message: written
            ? ctx.msg(`“${u.name}”与本条标注中的“${written}”似为同一单位的不同写法，重复列出。`, `"${u.name}" looks like "${written}", listed in this annotation already, written another way.`)
            : ctx.msg(`“${u.name}”在本条标注中重复出现。`, `"${u.name}" is listed twice.`),
          fixes: [{ title: ctx.msg(`删去重复的“${u.name}”`, `Remove the repeated "${u.name}"`), edits: [{ range, newText: '' }], safe: false, preferred: true }],
        });
      }
    }
  },
};

const separators: Rule = {
  id: 'GW205',
  name: 'unit-separators',
  family: 'units',
  defaultSeverity: 'info',
  description: {
    zh: '同一组责任单位之间应统一用顿号“、”分隔：不混用“，”“,”，也不用空格或斜线“/”（不同类别之间用逗号分组不受影响，如“……，各省级人民政府负责”“中央组织部、中央宣传部，国家发展改革委、财政部”：党委部门、人大政协、法院检察院、群团组织、企业与政府部门各为一类，人民银行属政府部门）；未写分工的一串单位在“指导”前被逗号隔开的（“生态环境部、农业农村部，财政部指导”），逗号也是顿号之误。',
    en: 'Units of one group are separated by 、, not by mixed commas, spaces or slashes; commas between groups of different kinds are fine (party bodies, 人大 and 政协, courts, mass organisations, enterprises, government departments; 人民银行 is a government body); a comma before the last of a bare list that 指导 (生态环境部、农业农村部，财政部指导) is a slipped 、 too.',
  },
  fixable: true,
  inputs: 'annotations',
  check(doc, ctx) {
    for (const a of doc.annotations) {
      // What lies between two units is part of the annotation's inner text. A half-width comma or
      // a space there is flagged, a full-width comma only beside a 、: without any there is
      // nothing to find. Most annotations are passed over here, on every edit, without making
      // their units' ranges.
      const inner = a.inner;
      // (A table row one cell a line has its index cell for inner text: it is always looked at.)
      // A table copied from a PDF parts its cells with spaces: those between units are no list's.
      if (a.units.length < 2 || a.row?.spaced) continue;
      if (!spansLines(a) && inner.indexOf(',') < 0 && !SLASH.test(inner) && (inner.indexOf('，') < 0 || (inner.indexOf('、') < 0 && inner.indexOf('，') === inner.lastIndexOf('，'))) && !SPACE_BETWEEN.test(inner)) continue;
      // The text of the line two units stand on: not always the annotation's first line (a table
      // row one cell a line, a bracket wrapped onto the next line).
      const textOf = (r: Range) => doc.source.lines[r.start.line].text;
      const ranges = a.units.map((u) => u.range);
      const bad: Range[] = [];
      let usesDun = false;
      let partsGroups = false;
      for (let i = 1; i < a.units.length; i++) {
        const p = ranges[i - 1];
        const q = ranges[i];
        if (p.start.line !== q.start.line) continue;
        // `A, B`: a comma (or slash) typed with a space after it is the comma.
        const written = textOf(q).slice(p.end.character, q.start.character);
        const between = written.length > 1 && COMMA_SPACED.test(written) ? written.charAt(0) : written;
        if (between === '、') usesDun = true;
        // `中央组织部、中央宣传部，国家发展改革委、财政部`: a full-width comma where the kind of body changes parts two groups.
        else if (between === '，' && unitKind(a.units[i - 1].name) !== unitKind(a.units[i].name)) continue;
        else if ((between === '，' || between === ',' || between === '/' || between === '／' || SPACES_ONLY.test(between)) && sameGroup(a, a.units[i - 1], a.units[i])) bad.push({ start: p.end, end: q.start });
        // `生态环境部、农业农村部，财政部指导`: one list, its 、 slipped to a comma before the last.
        else if ((between === '，' || between === ',') && commaInList(a, i)) bad.push({ start: p.end, end: q.start });
        // `配合单位：各区/县级市`: a slash parts no groups, also beside a collective.
        else if ((between === '/' || between === '／') && a.units[i - 1].role === a.units[i].role) bad.push({ start: p.end, end: q.start });
        else if (between.endsWith('，') && !sameGroup(a, a.units[i - 1], a.units[i])) partsGroups = true; // `牵头，`
      }
      // A half-width comma or a space is flagged anywhere, a full-width comma only beside a 、, or
      // where commas also part the groups (`（A牵头，B，C配合）`: B and C are one group).
      const halfWidth = bad.filter((r) => textOf(r)[r.start.character] !== '，');
      const flagged = usesDun || partsGroups ? bad : halfWidth;
      if (!flagged.length) continue;
      ctx.report({
        range: a.range,
        message: ctx.msg('同一组单位之间应使用顿号“、”分隔。', 'Separate the units of one group with 、.'),
        fixes: [{ title: ctx.msg('统一改为顿号“、”', 'Use 、 throughout'), edits: flagged.map((r) => ({ range: r, newText: '、' })), safe: true, preferred: true }],
      });
    }
  },
};

const SPACE_BETWEEN = /\S[ \u3000]+\S/;
/** A comma or a slash and the spaces typed after it. */
const COMMA_SPACED = /^[,，/／][ \u3000]+$/;
/** A slash between two units (`A/B配合`), as a 、 is written in a list pasted from a form. */
const SLASH = /[/／]/;
/** Spaces between two units; not a tab, which parts the cells of a table row. */
const SPACES_ONLY = /^[ \u3000]+$/;

const brackets: Rule = {
  id: 'GW206',
  name: 'annotation-brackets',
  family: 'units',
  defaultSeverity: 'info',
  description: {
    zh: '责任单位标注使用了半角括号“()”或方头括号“【】”，而本文其他标注使用全角括号“（）”；括号前后不一致（“（……)”“(……）”）；括号未闭合（“（甲牵头，乙配合”后即是下一项；任务句号后的“（甲、乙”在行末未闭合、下一行接着是正文的，或同一行单位名称后接着空格和下一句、或接着“。”的，如“……。（市财政局、市税务局 各地要……”，单位后带完成时限的亦然，如“……。（市财政局牵头；2025年底前完成 各地要……”，或职责用语（牵头、负责、配合、指导等）、单位名册（unitsFile）或本文其他标注中写过的单位名称后紧接下一句的，如“……。（生态环境部指导以餐饮企业……”，也提示）；或在全角标注中夹用半角标点（“责任单位:”“牵头,”“牵头, ”“;”、单位名称中的“区委宣传部(区文明办)”）。本文的标注都写在任务末句的“。”之后，个别标注前漏了句号的（“……建立工作台账（办公室负责）”），也提示（独占一行、不含句号的标题带标注的不算，同级各项都以“。（……）”结尾的除外）。',
    en: 'An annotation in half-width brackets () or in 【】 where the document uses full-width （）, a mismatched pair （…) or (…）, a bracket left unclosed (the next item follows “（A牵头，B配合”, or “（A、B” after the task\'s 。 ends its line and the paragraph goes on below, or is followed on its line by spaces and the next sentence, or by a 。: ……。（市财政局、市税务局 各地要……, also where a deadline ends the units: ……。（市财政局牵头；2025年底前完成 各地要……, or its role\'s verb (牵头, 负责, 配合, 指导 …) or a unit of the registry (unitsFile) or of the document\'s other annotations runs straight into the next sentence: ……。（生态环境部指导以餐饮企业……), or half-width punctuation (责任单位:, 牵头, with or without a space after it, ;, a unit\'s other name in 区委宣传部(区文明办)) in a full-width annotation. Where the document writes its annotations after the task\'s 。, one that follows a word with no 。 (……建立工作台账（办公室负责）) is noted too (not a heading on its own line, with no 。 in it, with its annotation, unless its siblings end ……。（…）).',
  },
  fixable: true,
  inputs: 'annotations',
  check(doc, ctx) {
    // One pass, each annotation's brackets read once (this runs on every edit that changes an
    // annotation); the inner text is searched only for the half-width marks themselves.
    const suspects: Array<{ a: Annotation; open: string; close: string; marks: number[] }> = [];
    let half = 0;
    let full = 0;
    let square = 0;
    // Annotations after a task's 。 (`……台账。（办公室负责）`), and those ending a line right after a word.
    let afterPeriod = 0;
    let bare: Annotation[] | null = null;
    for (const a of doc.annotations) {
      const s = a.range.start;
      const e = a.range.end;
      if (!a.unclosed && !a.row && !a.prose && a.form !== 6 && s.character > 0) {
        const text = doc.source.lines[s.line].text;
        const before = text.charAt(s.character - 1);
        if (before === '。') afterPeriod++;
        else if (e.line === s.line && WORD_END.test(before) && blankFrom(text, e.character)) (bare ??= []).push(a);
      }
      if (a.unclosed) {
        // `（省财政厅牵头，省教育厅配合` at the end of its line: closed as opened.
        const close = doc.source.lines[s.line].text.charAt(s.character) === '(' ? ')' : '）';
        ctx.report({
          range: a.range,
          message: ctx.msg(`标注的括号未闭合，应补上“${close}”。`, `The annotation's bracket is not closed; add “${close}”.`),
          fixes: closingFixes(doc, e, close, ctx),
        });
        continue;
      }
      const bracketed = a.form !== 6;
      const open = bracketed ? doc.source.lines[s.line].text.charAt(s.character) : '';
      const close = bracketed ? doc.source.lines[e.line].text.charAt(e.character - 1) : '';
      if (open === '(') half++;
      else if (open === '（') full++;
      else if (open === '【' && close === '】') square++;
      const marks = HALF_MARK.test(a.inner) || a.inner.indexOf('(') >= 0 ? halfWidthMarks(doc, a) : NONE;
      if (open === '(' || close === ')' || open === '【' || marks.length) suspects.push({ a, open, close, marks });
    }
    // The document writes its annotations full-width (as before: at least as many `（` as `(`).
    const fullWidth = full > 0 && full >= half;
    if (bare && afterPeriod >= 3 && bare.length * 5 <= afterPeriod) missingPeriods(doc, bare, ctx);
    for (const { a, open, close, marks } of suspects) {
      if (open === '【') {
        // `【A牵头，B配合】` among annotations the document mostly writes in `（）`, as a copy from
        // a web page or a form brings them; a document writing them in `【】` throughout is left alone.
        if (close !== '】' || !fullWidth || full <= square) continue;
        const s = a.range.start;
        const e = a.range.end;
        ctx.report({
          range: a.range,
          message: ctx.msg('标注应使用圆括号“（）”，与本文其他标注一致。', 'Write the annotation in （）, as the document\'s other annotations are.'),
          fixes: [{ title: ctx.msg('改为“（）”', 'Use （）'), edits: [{ range: { start: s, end: { line: s.line, character: s.character + 1 } }, newText: '（' }, { range: { start: { line: e.line, character: e.character - 1 }, end: e }, newText: '）' }], safe: true, preferred: true }],
        });
        continue;
      }
      const mismatched = (open === '（' && close === ')') || (open === '(' && close === '）');
      if (!fullWidth && !mismatched) continue;
      const s = a.range.start;
      const e = a.range.end;
      const edits: Fix['edits'] = [];
      // A mismatched pair in a half-width document is made half-width, anything else full-width.
      const [o, c] = fullWidth ? ['（', '）'] : ['(', ')'];
      if ((open === '(' || open === '（') && open !== o) edits.push({ range: { start: s, end: { line: s.line, character: s.character + 1 } }, newText: o });
      if ((close === ')' || close === '）') && close !== c) edits.push({ range: { start: { line: e.line, character: e.character - 1 }, end: e }, newText: c });
      const bracketEdits = edits.length > 0;
      const line = a.innerRange.start.line;
      const text = doc.source.lines[line].text;
      // A half-width mark takes the spaces typed after it with it (`, ` becomes `，`).
      if (fullWidth) for (const k of marks) edits.push({ range: { start: { line, character: k }, end: { line, character: text.charAt(k) === '(' || text.charAt(k) === ')' ? k + 1 : afterSpaces(text, k + 1) } }, newText: FULL_MARK[text.charAt(k)] });
      if (!edits.length) continue;
      const punct = fullWidth && marks.length > 0;
      const said = [...new Set(marks.map((k) => text.charAt(k)))].map((m) => `“${m}”`).join('');
      ctx.report({
        range: a.range,
        message: bracketEdits && punct
          ? ctx.msg(`标注应使用全角括号“（）”和全角标点（不用半角${said}）。`, `Use full-width brackets （） and punctuation (not ${said}) in the annotation.`)
          : bracketEdits
            ? fullWidth
              ? ctx.msg('标注应使用全角括号“（）”。', 'Use full-width brackets （） for the annotation.')
              : ctx.msg('标注的括号前后不一致，应统一为“()”。', 'The annotation\'s brackets do not match; use () for both.')
            : marks.every((k) => text.charAt(k) === '(' || text.charAt(k) === ')')
              ? ctx.msg('标注中单位名称的括号应使用全角“（）”。', 'Use full-width brackets （） in the unit names of the annotation.')
              : ctx.msg(`标注中应使用全角标点（不用半角${said}）。`, `Use full-width punctuation in the annotation (not ${said}).`),
        fixes: [
          {
            title: bracketEdits && !punct && !fullWidth
              ? ctx.msg('统一为半角括号', 'Use half-width brackets')
              : bracketEdits && !punct
                ? ctx.msg('改为全角括号', 'Use full-width brackets')
                : ctx.msg('改为全角括号和标点', 'Use full-width brackets and punctuation'),
            edits,
            safe: true,
            preferred: true,
          },
        ],
      });
    }
  },
};

/** Whether `text` holds only whitespace from `at` on. */
function blankFrom(text: string, at: number): boolean {
  for (let k = at; k < text.length; k++) if (!/\s/.test(text.charAt(k))) return false;
  return true;
}

/** Whether a line ends `……。（…）`: a sentence and its annotation. */
function endsAnnotatedSentence(text: string): boolean {
  const t = text.trimEnd();
  return t.endsWith('）') && t.lastIndexOf('。（') > 0 && t.indexOf('）', t.lastIndexOf('。（')) === t.length - 1;
}

/** A task's sentence ending in a word, a figure, a title or a quotation. */
const WORD_END = /[\u4e00-\u9fff0-9０-９》”]/;

/**
 * Annotations ending their line right after a word (`……建立工作台账（办公室负责）`) where the
 * document writes its annotations after the task's 。 (at least three, five times as many as
 * these): the 。 was dropped. A heading on its own line with its annotation is no sentence, unless
 * a 。 before shows it is a paragraph of sentences, or its siblings end so (`二十、……。（…）`).
 */
function missingPeriods(doc: GongwenDocument, bare: readonly Annotation[], ctx: RuleContext): void {
  for (const a of bare) {
    const at = a.range.start;
    // An item whose heading is its whole paragraph is a sentence where it has a 。 before
    // (`四、……项目。……奖励（…）`), or where two of its siblings end `……。（…）` on their lines.
    const k = firstAt(doc.headings, at.line);
    const h = doc.headings[k]?.line === at.line ? doc.headings[k] : undefined;
    if (h && !h.runIn && doc.source.lines[at.line].text.lastIndexOf('。', at.character) < h.marker.range.end.character) {
      const siblings = h.parent ? h.parent.children : doc.parts[h.part].headings;
      let ended = 0;
      for (const x of siblings) if (x !== h && endsAnnotatedSentence(doc.source.lines[x.line].text) && ++ended >= 2) break;
      if (ended < 2) continue;
    }
    ctx.report({
      range: { start: { line: at.line, character: at.character - 1 }, end: a.range.end },
      message: ctx.msg('任务末句后缺少句号：本文其他责任单位标注都写在“。”之后。', 'The task\'s last sentence lacks its 。: the document\'s other annotations follow a 。.'),
      fixes: [{ title: ctx.msg('在标注前补上“。”', 'Add 。 before the annotation'), edits: [{ range: { start: at, end: at }, newText: '。' }], safe: false, preferred: true }],
    });
  }
}

const NONE: number[] = [];
/** Half-width punctuation of running text, and its full-width form. */
const HALF_MARK = /[,:;]/;
/** The column after the ASCII spaces from `at` on. */
function afterSpaces(text: string, at: number): number {
  while (text.charCodeAt(at) === 32) at++;
  return at;
}
const FULL_MARK: Record<string, string> = { ',': '，', ':': '：', ';': '；', '(': '（', ')': '）' };
const HAN_BEFORE = /[\u4e00-\u9fff）”]/;
const HAN_AFTER = /[\u4e00-\u9fff（“]/;

/**
 * Where a one-line annotation's inner text has a half-width `,` `:` `;` between Chinese words
 * (`责任单位:`, `牵头,`), not in a time or a number (`10:30`, `1,000`). A `,` between two units of
 * one group is GW205's (it becomes `、`), and is left to it.
 */
function halfWidthMarks(doc: GongwenDocument, a: Annotation): number[] {
  const r = a.innerRange;
  if (r.start.line !== r.end.line) return NONE;
  const text = doc.source.lines[r.start.line].text;
  const marks: number[] = [];
  for (let k = r.start.character; k < r.end.character; k++) {
    // `牵头, 市财政局`: a comma typed with the space an English text puts after it.
    if (!HALF_MARK.test(text.charAt(k)) || !HAN_BEFORE.test(text.charAt(k - 1)) || !HAN_AFTER.test(text.charAt(afterSpaces(text, k + 1)))) continue;
    if (text.charAt(k) === ',' && betweenOneGroup(a, r.start.line, k, text)) continue;
    marks.push(k);
  }
  // `区委宣传部(区文明办)`: a unit's other name in half-width brackets.
  for (const u of a.units) {
    const open = u.name.indexOf('(');
    if (open <= 0 || u.range.start.line !== r.start.line) continue;
    const close = u.name.indexOf(')', open);
    if (close !== u.name.length - 1 || !HAN_BEFORE.test(u.name.charAt(open - 1)) || !HAN_AFTER.test(u.name.charAt(open + 1))) continue;
    const at = u.range.start.character;
    if (text.charAt(at + open) !== '(' || text.charAt(at + close) !== ')') continue;
    marks.push(at + open, at + close);
  }
  return marks.length > 1 ? marks.sort((x, y) => x - y) : marks;
}

/** Whether column `k` of `line` lies between two units of one group, alone (GW205's separator). */
function betweenOneGroup(a: Annotation, line: number, k: number, text: string): boolean {
  for (let i = 1; i < a.units.length; i++) {
    const p = a.units[i - 1].range;
    const q = a.units[i].range;
    if (p.end.line === line && q.start.line === line && p.end.character === k && q.start.character === afterSpaces(text, k + 1)) return sameGroup(a, a.units[i - 1], a.units[i]) || (q.start.character === k + 1 && commaInList(a, i));
  }
  return false;
}

const unitName: Rule = {
  id: 'GW207',
  name: 'unit-name',
  family: 'units',
  defaultSeverity: 'warning',
  description: {
    zh: '单位名称疑似有误：配置了单位名录时，不在名录（含简称）中的单位（只建议改为像是写错的名录单位，不建议另一个单位：“区教育局”不提示“区民政局”）；未配置名录时，与本文其他处多次使用的单位名称只差一两个字（如“党委组织布”与“党委组织部”；与两个单位一样近时两个都建议，如“区名政局”与“区财政局”“区民政局”；不像单位名称的写法，如“（区委组织布）”，与仅出现一次的“区委组织部”只差一个字时也提示），或是其另一种简称写法（如“市人社局”与“市人力资源和社会保障局”）；只出现一次的三四个字的简称，中间一个字与本文多次使用的单位名称不同、且该字在原名中与前后成词而在此处不成词的，也提示（“财正部”与“财政部”“人明银行”与“人民银行”；“财务部”不提示）；责任单位标注中单位名称的结尾按拼音输入打成同音字、本文别处有正确写法的（“县级是”与“县级市”，“督查出”与“督查处”），也提示，正文中不提示；同一单位只写了两次、其中一处错了一个字的（三个字以上，“党正办”与“党政办”、“人明银行”与“人民银行”、“市厂监管总局”与“市场监管总局”；两个机构名称首字拼成的简称如“组宣部”不提示），差的字在另一处与前后成词而此处不成词的，也提示；四个字的部门简称只在仅出现一次、且简称用字不是部门名称时提示（“市民正局”与“市民政局”；“市民宗局”“市税务局”是另外的部门，不提示）；以地名或分工命名的同类单位（“城东街道办事处”与“城南街道办事处”，“交警大队”与“特警大队”）不受影响。本文没有其他写法、只出现一次的单位名称，结尾与常见党政机关、群团组织或学校、医院内设机构的规范名称（财政局、卫健委、宣传部、市场监管局、教导处等）或国务院部门、总局的通用简称（财政部、住房城乡建设部、市场监管总局等）同长、只差一个字时也提示，建议改为保留地名的规范名称（“市财正局”改为“市财政局”，“区卫建委”改为“区卫健委”，“民证部”改为“民政部”，“总局”与“分局”之差不算，括号中说明牵头、配合的“区委宣传不”“教导外”也读作单位）；责任单位标注中只出现一次的单位名称，末字按输入法或形近打错、改正后以基层单位或办事机构的常见结尾（派出所、司法所、卫生院、办事处、扶贫办、服务中心等固定列表）结尾的，也提示（“城关派出听”改为“城关派出所”，“国务院扶贫版”改为“国务院扶贫办”），正文中不提示，简称和全称混写的（“发改委员会”）建议“发改委”或“发展和改革委员会”；差的字与前后组成词语或是其他部门的简称用字的（“市税务局”“市民宗局”“市文广局”“机关党委”），以及简称首字不同的（“市城建局”“学工处”），不提示。',
    en: 'A unit name that looks wrong: not in the configured registry (or its aliases; suggesting a registered name it looks misspelt from, never another unit: not 区民政局 for 区教育局), or — without a registry — one or two characters off a unit used more often in the document (each such unit offered, 区名政局 → 区财政局 or 区民政局; a name that names no unit, （区委组织布）, one character off a unit written once too), or another way of abbreviating it; a short name written once, one character inside it off a unit used more often, where that character makes a word in the unit’s name and none in this one (财正部 beside 财政部, 人明银行 beside 人民银行; not 财务部); in an annotation, a unit’s ending typed as its homophone where the document writes the right name elsewhere (县级是 beside 县级市, 督查出 beside 督查处; never in body text); a unit written only twice, once one character off (three characters or more: 党正办 beside 党政办, 人明银行 beside 人民银行, 市厂监管总局 beside 市场监管总局; not a short name joining two bodies’ first characters, 组宣部), where that character makes a word in the other writing and none in this one; a four-character short name of a department only where it is written once and its stem names no department (市民正局 beside 市民政局; not 市民宗局 or 市税务局, other departments); sibling units named by their place or field (城东/城南街道办事处, 交警/特警大队) are fine. A unit written once with no other writing in the document is also flagged where its ending is one character off the standard name of a common Party or government body, mass organisation or school or hospital office, or of a ministry or a 总局 (财政局, 卫健委, 宣传部, 市场监管局, 教导处, 农业农村部, 市场监管总局 …; not a 总局’s 分局), the fix keeping its place (市财正局 → 市财政局, 区卫建委 → 区卫健委, 民证部 → 民政部; 区委宣传不 and 教导外 are read as units in a bracket that says their role), in an annotation, a unit written once whose last character is a slip of an ending that makes it end like a grassroots body or an office on a fixed list (派出所, 司法所, 卫生院, 办事处, 扶贫办, 服务中心 …: 城关派出听 → 城关派出所, 国务院扶贫版 → 国务院扶贫办; never in body text), and a committee’s short name with the full one’s ending (发改委员会) gets 发改委 or 发展和改革委员会; not where the differing character makes a word or another department’s stem (市税务局, 市民宗局, 市文广局, 机关党委) or is a short name’s first (市城建局, 学工处).',
  },
  fixable: true,
  inputs: 'annotations',
  check(doc, ctx) {
    const registry = ctx.config.units;
    const aliases = ctx.config.aliases;
    if (registry.length) {
      for (const a of doc.annotations) for (const u of a.units) if (!u.collective) checkRegistry(u, registry, aliases, ctx);
      return;
    }
    const counts = new Map<string, number>();
    for (const a of doc.annotations)
      for (const u of a.units) {
        if (!u.collective) counts.set(u.name, (counts.get(u.name) ?? 0) + 1);
        // `各区、县级市`: its levels are names a level typed alone (`各区、县级是`) is compared with.
        else for (const level of levelsAfterFirst(u.name)) counts.set(level, (counts.get(level) ?? 0) + 1);
      }
    const names = NameTally.of(counts).answers();
    if (names.size === 0) return;
    for (const a of doc.annotations) {
      for (const u of a.units) {
        if (u.collective) continue;
        const answer = names.get(u.name);
        if (answer?.twin) reportTwin(u, answer.nearest!, ctx);
        else if (answer?.nearest) reportNearMiss(u, answer.nearest, ctx, answer.once, answer.also);
        else if (answer?.usual) reportOtherWriting(u, answer.usual, ctx);
        else if (answer?.standard) reportStandardSlip(u, answer.standard, answer.mixed === true, ctx);
      }
    }
  },
};

/**
 * What GW207 works out per distinct unit name without a registry — the closest better-known name
 * (one or two characters off, `nearest`), else the usual writing of the same unit (`usual`) — is a
 * function of the document's tally of names alone. Typing that leaves the tally as it was (most
 * keystrokes, also inside an annotation) reuses the last tally's answers instead of comparing every
 * name with every more-used one again (0.17 of 2.1 ms per re-analysis of the 100k plan). One tally is
 * kept, for whichever document was analysed last; another document's tally simply replaces it.
 */
class NameTally {
  private static last: NameTally | undefined;
  #answers: Map<string, NameAnswer> | undefined;
  private constructor(private readonly counts: ReadonlyMap<string, number>) {}

  static of(counts: ReadonlyMap<string, number>): NameTally {
    const last = NameTally.last;
    if (last && sameTally(last.counts, counts)) return last;
    return (NameTally.last = new NameTally(counts));
  }

  /** The names that have an answer, with it (most documents: none). */
  answers(): ReadonlyMap<string, NameAnswer> {
    if (this.#answers) return this.#answers;
    const answers = new Map<string, NameAnswer>();
    for (const name of this.counts.keys()) {
      // A department's short name of four characters with a slip in its stem (`市民正局`), written once.
      const once = this.counts.get(name) === 1;
      // A short unit's ending mistyped (`医务课` for `医务科`), written once: read as a unit only where
      // its bracket says its role (annotations.ts secondPass).
      let nearest = moreUsed(name, this.counts, isNearMiss);
      let related: ((name: string, other: string) => boolean) | null = nearest ? isNearMiss : null;
      if (!nearest && once) {
        nearest = moreUsed(name, this.counts, isStemSlip);
        if (nearest) related = isStemSlip;
        else if ((nearest = moreUsed(name, this.counts, isEndingSlip))) related = isEndingSlip;
        else if ((nearest = moreUsed(name, this.counts, isWordSlip))) related = isWordSlip;
      }
      // A name that is no unit's (`区委组织布`, read as one only for being near a unit's name) is a
      // slip of that unit written as often, once: the only unit-like name one character away.
      let seen = false;
      if (!nearest && once && !isUnitLike(name)) {
        nearest = oneSlipOff(name, this.counts);
        seen = nearest !== null;
      }
      const usual = nearest ? null : moreUsed(name, this.counts, sameUnitWritten);
      // Other units as near and as well attested (`区名政局` between `区财政局` and `区民政局`): offered too.
      const also = nearest && related ? alsoUsed(name, nearest, this.counts, related) : null;
      if (nearest || usual) answers.set(name, { nearest, usual, ...(seen ? { once: true } : {}), ...(also ? { also } : {}) });
      else if (once && (nearest = onceTwin(name, this.counts))) answers.set(name, { nearest, usual: null, twin: true });
      else if (once) {
        // No other writing in the document: a common body's standard name, one character off
        // (`市财正局` for 市财政局, `（区委宣传不牵头）` for 区委宣传部). Written once, as slips are: a
        // name the document repeats is its own writing (`国管局`, not a slip of 城管局).
        const slips = standardSlips(name);
        const standard = slips.length ? confirmedStandard(slips) : null;
        // Not where another unit of the document is as near (`区委组织布` beside 区委组织办 too): which one is meant is not told.
        if (standard && !nearOther(name, standard.fixes, this.counts)) answers.set(name, { nearest: null, usual: null, standard: standard.fixes, ...(standard.mixed ? { mixed: true } : {}) });
        else if (!standard) {
          // A grassroots body's or an office's ending mistyped (`城关派出听`, `国务院扶贫版`), by a fixed
          // list of endings (units.ts endingWordSlips), not by what the segmenter was taught.
          const fixes = endingWordSlips(name);
          if (fixes.length && !nearOther(name, fixes, this.counts)) answers.set(name, { nearest: null, usual: null, standard: fixes });
        }
      }
    }
    return (this.#answers = answers);
  }
}

/** GW207's answer for a name: the closest better-known name, else the usual writing; `once` where the closest is written only once too. */
interface NameAnswer {
  nearest: string | null;
  usual: string | null;
  once?: true;
  /** Other names `nearest`'s test ties to the name, each used at least twice and more often than it (fixes after the preferred one). */
  also?: string[];
  /** Without either: the name with a common body's standard name for its slipped ending (`市财政局` for `市财正局`). */
  standard?: string[];
  /** `standard` mends a committee's short name written with the full one's ending (`发改委员会`). */
  mixed?: true;
  /** `nearest` is written once too, and the character that differs makes a word there and none here (onceTwin). */
  twin?: true;
}

/**
 * The one other name written once (as `name` is) that `name` slips from by one character inside
 * it (not the first, the level or the field; not one that makes another body or writing: `总`/`分`,
 * `和`/`与`, numbers), where that character makes a dictionary word with a neighbour in the other
 * name and none in this one (`人明银行` beside `人民银行`, `市厂监管总局` beside `市场监管总局`,
 * `税物总局` beside `税务总局`, `党正办` beside `党政办`): a unit the document names twice, once
 * mistyped. Judged as isNearMiss (five characters or more) or isWordSlip (three or four) judge a slip of a unit
 * written more often; two names that both make words there (`交通运输局` / `交通运管局`) or
 * neither are left alone, as are other bodies (isNearMiss's and isWordSlip's exclusions).
 */
function onceTwin(name: string, counts: ReadonlyMap<string, number>): string | null {
  const n = name.length;
  // Of three characters only a slip inside a two-character word (`党正办` beside `党政办`, `财正部`
  // beside `财政部`): isWordSlip leaves out a short name's stem of one character after a level
  // (`市编办` / `市台办`) and a department's stem (`外专局` / `外汇局`), other bodies.
  if (n < 3) return null;
  let found: string | null = null;
  for (const [other, k] of counts) {
    if (k !== 1 || other.length !== n || other === name) continue;
    let at = -1;
    let i = 0;
    for (; i < n; i++) {
      if (name.charCodeAt(i) === other.charCodeAt(i)) continue;
      if (at >= 0) break;
      at = i;
    }
    if (i < n || at <= 0) continue;
    if (MEANINGFUL.test(name.charAt(at)) || MEANINGFUL.test(other.charAt(at))) continue;
    const related = n >= 5 ? isNearMiss(name, other) && inWord(other, at) && !inWord(name, at) : isWordSlip(name, other);
    if (!related) continue;
    if (found) return null;
    found = other;
  }
  return found;
}

/** Whether the character at `at` of `text` makes a dictionary word with the one before or after it. */
function inWord(text: string, at: number): boolean {
  if (at > 0 && dictionaryWords(text.slice(at - 1, at + 1))?.length === 1) return true;
  return at + 1 < text.length && dictionaryWords(text.slice(at, at + 2))?.length === 1;
}

/**
 * A short name (three or four characters: `财正部`, `商物部`, `人明银行`) one character off a unit
 * the document writes more often (`财政部`, `商务部`, `人民银行`), inside it (not the first, which
 * names the field or the place, nor the ending, isEndingSlip's), where the character makes a word
 * with a neighbour in that unit's name (`财政`) and none in this one (`财正`, `正部`): a slip, not
 * another unit (`财务部` beside 财政部: `财务` is a word; `民宗局` beside 民政局, `科信局` beside
 * 科技局: departments' stems; `组宣部` beside 组织部: 组织部 and 宣传部 joined, joinsTwoBodies). isNearMiss leaves such short names out; a local department's
 * four-character name (`市民正局`) is isStemSlip's.
 */
function isWordSlip(name: string, known: string): boolean {
  const n = name.length;
  if (n < 3 || n > 4 || known.length !== n || name === known) return false;
  // After a level the rest is a department's short name (`市民正局`: isStemSlip's), or a stem of one
  // character naming the body (`市编办` beside 市台办, `市侨办`): other bodies.
  if (/^[省市县区州盟旗]$/.test(name.charAt(0))) return false;
  let at = -1;
  for (let i = 0; i < n; i++) {
    if (name.charCodeAt(i) === known.charCodeAt(i)) continue;
    if (at >= 0) return false;
    at = i;
  }
  if (at <= 0 || at === n - 1 || !/^[\u4e00-\u9fff]+$/.test(name)) return false;
  if (isDepartmentStem(name.slice(0, 2)) || isDepartmentStem(name.slice(at - 1, at + 1))) return false;
  // Two bodies' first characters and their ending (`组宣部`: 组织部 and 宣传部): another body.
  if (joinsTwoBodies(name)) return false;
  return isUnitLike(known) && inWord(known, at) && !inWord(name, at);
}

/** Whether a unit-like name of the document other than `fixes` is one character off `name`. */
function nearOther(name: string, fixes: readonly string[], counts: ReadonlyMap<string, number>): boolean {
  for (const other of counts.keys()) {
    if (other === name || Math.abs(other.length - name.length) > 1 || fixes.includes(other)) continue;
    if (editDistance(name, other, 1) === 1 && isUnitLike(other)) return true;
  }
  return false;
}

/**
 * The fixes of the standard-name slips (units.ts standardSlips) the segmenter confirms, or null:
 * the character replaced stands alone among the dictionary's words of the name's stem (`财|正`,
 * `卫|建`, `市场|监|官`; the ending among the whole tail's, `宣传|不`), not inside a word of
 * its own (`财税局`, `市场监督局`: other bodies, or not confidently a slip), nor making another
 * department's stem (`市民宗局`, `市文广局`).
 */
function confirmedStandard(slips: readonly StandardSlip[]): { fixes: string[]; mixed: boolean } | null {
  let out: string[] | null = null;
  let mixed = false;
  for (const { fix, tail, at } of slips) {
    // A committee's short name with the full one's ending (`发改委员会`): no character to confirm.
    if (at < 0) {
      (out ??= []).push(fix);
      mixed = true;
      continue;
    }
    const ending = at === tail.length - 1;
    const text = ending ? tail : tail.slice(0, -1);
    if (!ending && text.length === 2 && isDepartmentStem(text)) continue;
    const tokens = dictionaryWords(text);
    if (!tokens) return null;
    let k = 0;
    let alone = false;
    for (const t of tokens) {
      if (at >= k && at < k + t.length) {
        // A word the segmenter was taught (a document's unit names, this slip among them) says
        // nothing: then the character must make no word with either neighbour (`导外`, `建没`).
        alone = t.length === 1 || (isUserWord(t) && !inWord(text, at));
        break;
      }
      k += t.length;
    }
    if (alone) (out ??= []).push(fix);
  }
  return out && { fixes: out, mixed };
}

/** The names besides `best` that moreUsed could have answered for `name` (used at least twice, more often than it, and `related`), most used first; null if none. */
function alsoUsed(name: string, best: string, counts: ReadonlyMap<string, number>, related: (name: string, other: string) => boolean): string[] | null {
  const mine = counts.get(name) ?? 0;
  const out: string[] = [];
  for (const [other, n] of counts) if (other !== best && n >= 2 && n > mine && related(name, other)) out.push(other);
  return out.length ? out.sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0)) : null;
}

/**
 * The one unit-like name of `counts` one character off `name` (a character replaced, dropped or
 * added), if there is exactly one: what a name that is no unit's (`区委组织布`) slips from.
 */
function oneSlipOff(name: string, counts: ReadonlyMap<string, number>): string | null {
  let found: string | null = null;
  for (const other of counts.keys()) {
    if (other === name || Math.abs(other.length - name.length) > 1 || other.length < 4 || editDistance(name, other, 1) !== 1 || !isNearMiss(name, other) || !isUnitLike(other)) continue;
    if (found) return null;
    found = other;
  }
  return found;
}

function sameTally(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean {
  if (a.size !== b.size) return false;
  for (const [name, n] of b) if (a.get(name) !== n) return false;
  return true;
}

/* ---------------------------------------------------------------- GW208 */

/**
 * Characters whose absence or presence makes another body or another accepted writing, never a
 * slip: `发展和改革委` / `发展改革委`, `供销合作总社` / `供销合作社`, `分局`, numbers of a series.
 */
const MEANINGFUL = /[和与及暨总分、第〇零一二三四五六七八九十百两0-9]/;

/** The names the document's annotations use at least twice: those body text is compared with. */
interface KnownUnits {
  key: string;
  names: string[];
  /** Each name's two halves (a slip leaves one of them written intact). */
  halves: Array<[string, string]>;
}
let lastKnown: KnownUnits = { key: '', names: [], halves: [] };

/** The same object while the set of names is the same: the per-line cache's owner. */
function knownUnits(counts: ReadonlyMap<string, number>): KnownUnits {
  const names: string[] = [];
  for (const [name, n] of counts) if (n >= 2 && name.length >= 4 && /^[\u4e00-\u9fff]+$/.test(name)) names.push(name);
  names.sort();
  const key = names.join('、');
  if (key !== lastKnown.key) lastKnown = { key, names, halves: names.map((name) => [name.slice(0, name.length >> 1), name.slice(name.length >> 1)]) };
  return lastKnown;
}

/** A candidate slip on a line, in columns: `at`, its text `word`, the name it misspells, where they differ. */
interface TextSlip {
  at: number;
  word: string;
  name: string;
  /** The differing character's index in the word (a substitution) or -1 (a dropped character). */
  changed: number;
}

/**
 * The places of a line where a known name is written with one slip, judged by the text alone
 * (the segmenter confirms them when reported): the last character a look-alike that is no unit's
 * ending (`党委组织布`), or, in a name of six characters or more that still looks like a unit, a
 * character inside dropped or replaced (`市人力资源和社保障局`). Never the first character (the
 * level: `省发展改革委` / `市发展改革委`, `市场监管局` of `市市场监管局`). Windows are found from
 * either half of the name written intact: a slip leaves one of them.
 */
function textSlips(t: string, l: { contentStart: number; contentEnd: number }, known: KnownUnits): TextSlip[] {
  // Allocates nothing for a line without a slip (nearly all of them): this runs on every line of a cold analysis.
  let out: TextSlip[] = NONE as never[];
  const from = l.contentStart;
  const to = l.contentEnd;
  const { names, halves } = known;
  for (let k = 0; k < names.length; k++) {
    const name = names[k];
    const n = name.length;
    const head = halves[k][0];
    const tail = halves[k][1];
    for (let p = t.indexOf(head, from); p >= 0 && p < to; p = t.indexOf(head, p + 1)) {
      out = withSlip(out, slipAt(t, p, p + n - 1, name, from, to));
      out = withSlip(out, slipAt(t, p, p + n, name, from, to));
    }
    for (let q = t.indexOf(tail, from); q >= 0 && q < to; q = t.indexOf(tail, q + 1)) {
      const e = q + tail.length;
      out = withSlip(out, slipAt(t, e - n + 1, e, name, from, to));
      out = withSlip(out, slipAt(t, e - n, e, name, from, to));
    }
  }
  if (out.length > 1) out.sort((x, y) => x.at - y.at);
  return out;
}

/** `out` with `slip` added (a fresh array for the first), unless it is none or there already. */
function withSlip(out: TextSlip[], slip: TextSlip | null): TextSlip[] {
  if (!slip || out.some((o) => o.at === slip.at && o.word.length === slip.word.length && o.name === slip.name)) return out;
  return out.length === 0 ? [slip] : (out.push(slip), out);
}

/** The slip of `name` written as `t`'s columns `s` to `e`, if they are one. Compares in place: the word is sliced only for a slip. */
function slipAt(t: string, s: number, e: number, name: string, from: number, to: number): TextSlip | null {
  if (s < from || e > to) return null;
  const n = name.length;
  const length = e - s;
  // Not where the name itself is written around it (`党委组织部署`, a window inside `党委组织部`).
  const near = t.indexOf(name, Math.max(0, s - n));
  if (near >= 0 && near <= e) return null;
  let i = 0;
  while (i < length && t.charCodeAt(s + i) === name.charCodeAt(i)) i++;
  if (i === 0 || i === length) return null;
  // The level dropped (`市场监管局` of `市市场监管局`) is a body of the places below, or the name said short.
  if (length < n && sameChars(t, s, name, 1, length)) return null;
  let changed: number;
  if (length === n) {
    if (!sameChars(t, s + i + 1, name, i + 1, n - i - 1)) return null;
    changed = i;
  } else {
    if (!sameChars(t, s + i, name, i + 1, length - i)) return null;
    changed = -1;
  }
  if (MEANINGFUL.test(name.charAt(i)) || MEANINGFUL.test(t.charAt(s + i))) return null;
  const word = t.slice(s, e);
  if (!isNearMiss(word, name)) return null;
  if (i === n - 1) {
    // The ending: replaced by a look-alike that leaves no unit (`党委组织布`).
    if (changed < 0 || isUnitLike(word) || !(ENDING_SLIPS[name.charAt(i)] ?? '').includes(word.charAt(i))) return null;
  } else if (n < 6 || !isUnitLike(word)) return null;
  return { at: s, word, name, changed };
}

/** Whether `t` from column `at` holds `length` characters of `name` from its index `k`. */
function sameChars(t: string, at: number, name: string, k: number, length: number): boolean {
  for (let j = 0; j < length; j++) if (t.charCodeAt(at + j) !== name.charCodeAt(k + j)) return false;
  return true;
}

/**
 * Whether the segmenter reads the slip as one: the word ends on a word boundary (`社保障局|备案`,
 * not `区委巡察全覆盖`) and a replaced character stands alone (`党委组织|布|牵头`), not inside a word
 * of its own (`县人民法院` beside `县人民医院`, `特警支队` beside `交警支队`: other units).
 */
function confirmed(t: string, slip: TextSlip): boolean {
  const end = slip.at + slip.word.length;
  const s = sentenceAround(t, slip.at, end);
  const tokens = segment(s.text);
  if (!tokens) return false;
  const changedAt = slip.changed < 0 ? -1 : slip.at + slip.changed;
  let k = s.start;
  let ends = false;
  let alone = changedAt < 0;
  for (const token of tokens) {
    const next = k + token.length;
    if (next === end) ends = true;
    // Alone, or the slip itself as one word (a name some other document taught the segmenter).
    if (changedAt >= k && changedAt < next) alone = token.length === 1 || (k === slip.at && next === end);
    k = next;
  }
  return ends && alone;
}

/** The last counts made (unitCounts) and what they were counted over: each annotation by what it says (sayingOf), in order. */
let lastCounts: { collectives: readonly string[]; sayings: readonly object[]; counts: ReadonlyMap<string, number> } | null = null;

/**
 * How often each unit is named in the document's annotations (collectives left out). An edit
 * changes a few annotations: the counts are the last ones, less the names of the annotations
 * between the common head and tail of the two lists, plus those of the new ones there. Each count
 * used to make the units (ranges and all) of every annotation, most of them otherwise never read:
 * 2 % of a keystroke's re-analysis, and more of its garbage.
 */
function unitCounts(doc: GongwenDocument, config: Config): ReadonlyMap<string, number> {
  const collectives = config.collectives;
  const sayings = sayingsOf(doc.annotations);
  const prev = lastCounts?.collectives === collectives ? lastCounts : null;
  // The very same list: every annotation says what it said (most edits).
  if (prev && prev.sayings === sayings) return prev.counts;
  let counts: ReadonlyMap<string, number>;
  if (prev) {
    const old = prev.sayings;
    const n = sayings.length;
    const m = old.length;
    const from = commonHead(sayings, old);
    const tail = commonTail(sayings, old, from);
    if (from === n && n === m) {
      lastCounts = { collectives, sayings, counts: prev.counts };
      return prev.counts;
    }
    const changed = new Map(prev.counts);
    for (let k = from; k < m - tail; k++) countNames(changed, old[k], collectives, -1);
    for (let k = from; k < n - tail; k++) countNames(changed, sayings[k], collectives, 1);
    counts = changed;
    // The same tally (a name retyped as it was): the same object, so textContext is unchanged at once.
    if (sameTally(prev.counts, counts)) counts = prev.counts;
  } else {
    const all = new Map<string, number>();
    for (const said of sayings) countNames(all, said, collectives, 1);
    counts = all;
  }
  lastCounts = { collectives, sayings, counts };
  return counts;
}

/** Whether each name is a collective, under the collectives configured (a few dozen names a document). */
const COLLECTIVE_NAMES = new WeakMap<readonly string[], Map<string, boolean>>();

/**
 * Add `by` to the count of each specific unit that `said` names: a saying is an annotation's parse
 * (ParsedUnits) or the annotation itself (sayingOf); both list their units' names in `units`.
 */
function countNames(counts: Map<string, number>, said: object, collectives: readonly string[], by: 1 | -1): void {
  let known = COLLECTIVE_NAMES.get(collectives);
  // Bounded: names of documents long closed fall out.
  if (!known || known.size > 4096) COLLECTIVE_NAMES.set(collectives, (known = new Map()));
  for (const { name } of (said as { units: ReadonlyArray<{ name: string }> }).units) {
    let collective = known.get(name);
    if (collective === undefined) known.set(name, (collective = isCollective(name, collectives)));
    if (collective) continue;
    const c = (counts.get(name) ?? 0) + by;
    if (c) counts.set(name, c);
    else counts.delete(name);
  }
}

/** The known names and every name the annotations use, as one object while they are the same. */
interface TextContext {
  key: string;
  known: KnownUnits;
  named: Set<string>;
}
let lastContext: TextContext = { key: '', known: lastKnown, named: new Set() };

/** The counts lastContext was made of: while unitCounts gives the very same object, so is it. */
let lastContextCounts: ReadonlyMap<string, number> | null = null;

function textContext(doc: GongwenDocument, config: Config): TextContext {
  const counts = unitCounts(doc, config);
  if (counts === lastContextCounts) return lastContext;
  lastContextCounts = counts;
  const known = knownUnits(counts);
  const named = [...counts.keys()].sort();
  const key = known.key + '|' + named.join('、');
  if (key !== lastContext.key || known !== lastContext.known) lastContext = { key, known, named: new Set(named) };
  return lastContext;
}

const unitNameInText: Rule = {
  id: 'GW208',
  name: 'unit-name-in-text',
  family: 'units',
  defaultSeverity: 'warning',
  description: {
    zh: '正文中的单位名称疑似笔误（未配置单位名录时）：与本文责任单位标注中多次使用的名称相比，末字写成音近形近的字（“由党委组织布牵头”），或长名称中间漏写、错写一个字（“报市人力资源和社保障局备案”）。级别不同（“省发展改革委”）、另一种规范写法（“市人力资源社会保障局”“发展和改革委员会”）、同类的其他单位（“县人民法院”与“县人民医院”，“城东分局”）和正文中的一般用语（“党委组织不到位”）不受影响。',
    en: 'A slip in a unit named in body text (without a registry), against a name the annotations use at least twice: its last character a look- or sound-alike (由党委组织布牵头), or one character dropped or replaced inside a long name (市人力资源和社保障局). Another level (省发展改革委), another accepted writing (市人力资源社会保障局), other units of a kind (县人民法院 beside 县人民医院) and running text (党委组织不到位) are fine.',
  },
  fixable: true,
  inputs: 'lines',
  context: (doc, ctx) => {
    ctx.derived(teachSegmenter);
    return [ctx.derived(textContext), segmenterEpoch()];
  },
  check(doc, ctx) {
    if (ctx.config.units.length) return;
    const { known, named } = ctx.derived(textContext);
    if (!known.names.length) return;
    ctx.derived(teachSegmenter);
    const lines = doc.source.lines;
    for (let i = ctx.lines.from; i < ctx.lines.to; i++) {
      const l = lines[i];
      if (!isAnalysedText(l)) continue;
      // Not cached per line: a rule on lines is run only on the lines an edit changed, or on every
      // line when the names it compares with change (then a cache would miss anyway).
      for (const slip of textSlips(l.text, l, known)) {
        // A name the annotations use is another unit, unless they use it once and it is a slip
        // there too: GW207 flags it in the annotation (`（区住房和城乡建没局牵头）`), this rule
        // in running text (`由区住房和城乡建没局会同……`), outside brackets and labels.
        if (named.has(slip.word) && (known.names.includes(slip.word) || !isNearMiss(slip.word, slip.name) || (inBracketOrLabel(l.text, l.contentStart, slip.at) || inUnitCell(l.text, slip.at, slip.word.length)))) continue;
        if (!confirmed(l.text, slip)) continue;
        const range = { start: { line: i, character: slip.at }, end: { line: i, character: slip.at + slip.word.length } };
        reportNearMiss({ name: slip.word, range }, slip.name, ctx);
      }
    }
  },
};

/** Whether column `at` of a line lies inside a bracket, or after a label's colon (`责任单位：`), where annotations name units. */
function inBracketOrLabel(text: string, from: number, at: number): boolean {
  let depth = 0;
  for (let k = from; k < at; k++) {
    const c = text.charCodeAt(k);
    if (c === 0xff08 /* （ */ || c === 0x28 /* ( */ || c === 0x3014 /* 〔 */) depth++;
    else if ((c === 0xff09 /* ） */ || c === 0x29 /* ) */ || c === 0x3015 /* 〕 */) && depth > 0) depth--;
    else if (c === 0xff1a /* ： */ || c === 0x3a /* : */) return true;
  }
  return depth > 0;
}

/**
 * Whether the word at column `at` (of `length`) fills a table's cell, alone or as one of a list of
 * units (`| 市发展改委 |`, `\t市发展改委、市财政局\t`): a unit cell, whose names are the row's
 * annotation (GW207's), not running text.
 */
function inUnitCell(text: string, at: number, length: number): boolean {
  let left = at - 1;
  while (left >= 0 && !CELL_EDGE.test(text.charAt(left))) left--;
  let right = at + length;
  while (right < text.length && !CELL_EDGE.test(text.charAt(right))) right++;
  if (left < 0 && right >= text.length) return false;
  const word = text.slice(at, at + length);
  return text
    .slice(left + 1, right)
    .split('、')
    .some((item) => item.trim() === word);
}

const CELL_EDGE = /[|｜\t]/;

/** Client command that adds a unit name to the workspace's `.gongwenrc.json`. */
export const ADD_TO_REGISTRY = 'gongwen.addUnitToRegistry';

function replaceFix(ctx: RuleContext, u: Pick<UnitRef, 'range'>, name: string, preferred: boolean): Fix {
  return { title: ctx.msg(`改为“${name}”`, `Change to "${name}"`), edits: [{ range: u.range, newText: name }], safe: false, preferred };
}

function checkRegistry(u: UnitRef, registry: string[], aliases: Record<string, string>, ctx: RuleContext) {
  if (registry.includes(u.name)) return;
  const full = aliases[u.name];
  if (full) {
    ctx.report({
      range: u.range,
      severity: 'info',
      message: ctx.msg(`“${u.name}”是简称，名录中的全称为“${full}”。`, `"${u.name}" is an alias of "${full}".`),
      fixes: [replaceFix(ctx, u, full, true)],
    });
    return;
  }
  const near = registry
    .map((r) => ({ r, d: editDistance(u.name, r, 2) }))
    // Not another unit one or two characters away (`区教育局` is no slip of a registered `区民政局`).
    .filter((x) => x.d <= 2 && !namesOtherUnit(u.name, x.r))
    .sort((a, b) => a.d - b.d)
    .slice(0, 3);
  ctx.report({
    range: u.range,
    message: near.length
      ? ctx.msg(`“${u.name}”不在单位名录中，是否为“${near[0].r}”？`, `"${u.name}" is not in the registry; did you mean "${near[0].r}"?`)
      : ctx.msg(`“${u.name}”不在单位名录中。`, `"${u.name}" is not in the unit registry.`),
    fixes: [
      ...near.map((x, i) => replaceFix(ctx, u, x.r, i === 0)),
      {
        title: ctx.msg(`将“${u.name}”添加到单位名录`, `Add "${u.name}" to the unit registry`),
        edits: [],
        safe: false,
        command: { id: ADD_TO_REGISTRY, args: [u.name] },
      },
    ],
  });
}

/**
 * The unit used most, at least twice and more often than `name`, that `related` ties to it: a
 * name `name` is a near miss of (units.ts isNearMiss), or another writing of the same unit.
 */
function moreUsed(name: string, counts: ReadonlyMap<string, number>, related: (name: string, other: string) => boolean): string | null {
  const mine = counts.get(name) ?? 0;
  let best: string | null = null;
  for (const [other, n] of counts) {
    if (n >= 2 && n > mine && (!best || n > (counts.get(best) ?? 0)) && related(name, other)) best = other;
  }
  return best;
}

/**
 * sameUnitWritten, where the short name keeps the long one's first word (`市人社局` of
 * `市人力资源社会保障局`, `县政府` of `县人民政府`): a name without it (`市数据局` beside
 * `市大数据管理局`) is the body renamed, listed beside its old name while the reform goes on.
 */
const NESTED = /[（(〔［\[]/;

function sameStemWritten(a: string, b: string): boolean {
  // Most pairs of one list are told apart by their first or last character, or their lengths, at once.
  if (!NESTED.test(a) && !NESTED.test(b) && (a.charCodeAt(0) !== b.charCodeAt(0) || a.charCodeAt(a.length - 1) !== b.charCodeAt(b.length - 1) || Math.abs(a.length - b.length) < 2)) return false;
  if (!sameUnitWritten(a, b)) return false;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  const stem = long.slice(1).replace(/^人?民/, '');
  return short.charAt(1) === stem.charAt(0) || short.charAt(1) === long.charAt(1);
}

/** `name` abbreviates `other`, or `other` abbreviates `name` (units.ts isAbbreviation). */
const sameUnitWritten = (name: string, other: string): boolean => isAbbreviation(name, other) || isAbbreviation(other, name);

function reportOtherWriting(u: UnitRef, usual: string, ctx: RuleContext) {
  ctx.report({
    range: u.range,
    severity: 'info',
    message: ctx.msg(`“${u.name}”与本文多处使用的“${usual}”似为同一单位的不同写法，请统一。`, `"${u.name}" looks like another way of writing "${usual}", used elsewhere; write it one way.`),
    fixes: [replaceFix(ctx, u, usual, true)],
  });
}

function reportStandardSlip(u: UnitRef, fixes: readonly string[], mixed: boolean, ctx: RuleContext) {
  const zh = fixes.map((n) => `“${n}”`).join('或');
  const en = fixes.map((n) => `"${n}"`).join(' or ');
  ctx.report({
    range: u.range,
    message: mixed
      ? ctx.msg(`“${u.name}”混用了简称和全称，应为${zh}。`, `"${u.name}" mixes the short name and the full one; write ${en}.`)
      : ctx.msg(`“${u.name}”与常见机构名称${zh}仅差一个字，是否写错？`, `"${u.name}" is one character off the usual name ${en}; a typo?`),
    fixes: fixes.map((n, i) => replaceFix(ctx, u, n, i === 0)),
  });
}

function reportNearMiss(u: Pick<UnitRef, 'name' | 'range'>, best: string, ctx: RuleContext, once = false, also: readonly string[] = []) {
  const zh = [best, ...also].map((n) => `“${n}”`).join('或');
  const en = [best, ...also].map((n) => `"${n}"`).join(' or ');
  ctx.report({
    range: u.range,
    message: once
      ? ctx.msg(`“${u.name}”不是单位名称，与本文使用的“${best}”仅差一个字，是否写错？`, `"${u.name}" names no unit and is one character off "${best}", used elsewhere; a typo?`)
      : ctx.msg(`“${u.name}”与本文多处使用的${zh}仅差一两个字，是否写错？`, `"${u.name}" is one or two characters off ${en}, used elsewhere; a typo?`),
    fixes: [replaceFix(ctx, u, best, true), ...also.map((n) => replaceFix(ctx, u, n, false))],
  });
}

/** A unit written once, one character off another written once, where that character makes a word there and none here (onceTwin). */
function reportTwin(u: Pick<UnitRef, 'name' | 'range'>, other: string, ctx: RuleContext) {
  ctx.report({
    range: u.range,
    message: ctx.msg(`“${u.name}”与本文另一处使用的“${other}”仅差一个字，是否写错？`, `"${u.name}" is one character off "${other}", used elsewhere in the document; a typo?`),
    fixes: [replaceFix(ctx, u, other, true)],
  });
}

export const unitsRules: Rule[] = [taskWithoutUnits, noLead, collectiveLead, duplicateUnit, separators, brackets, unitName, unitNameInText];
