/**
 * What a heading's title says of its section: aims and principles (no tasks there), how the work is
 * arranged (保障措施 …), where and when an event is held. Asked of every heading on every analysis
 * (the numbering's votes, carry.ts's Skeleton, which items need units), so each heading's answers
 * are worked out once, as bits kept with it (structure.ts titleFacts): a title is fixed when its
 * heading is made, and a heading taken over by the next version keeps them.
 */
import { EVENT } from './annotations';
import { Heading } from './model';
import { simplified } from './script';
import { titleFacts } from './structure';

/** Sections on how the work is arranged (`保障措施`, `组织实施`, `工作要求`), by their title. */
export const ARRANGEMENT_SECTION = /保障措施|保障机制|组织保障|工作保障|组织实施|实施保障|工作要求|有关要求|组织领导|实施步骤|进度安排/;

/** Sections that state aims and principles, never tasks (tasks.ts; by their simplified title). */
export const NON_TASK_TITLE =
  /总体要求|指导思想|基本原则|工作原则|主要原则|工作目标|主要目标|总体目标|发展目标|试点目标|目标任务|重要意义|适用范围|总体思路|工作思路|基本要求|试点范围|编制依据|工作背景|基本情况|^其他事项$|^其他$/;

/**
 * Sections of a notice that say where and when an event is held (`二、活动地点`, `二、培训时间和地点`,
 * `一、会议时间`): a bracket there gives a place's other name (`市体育中心（市全民健身中心）。`), not units.
 */
const PLACE_SECTION = new RegExp(`^(?:(?:${EVENT})?(?:时间|日期)[和及与、]?)?(?:${EVENT})?(?:地点|地址)$|^(?:${EVENT})(?:时间|日期)$`);

/**
 * Sections on how the work is arranged (ARRANGEMENT_SECTION), and items of the kind (加强组织领导,
 * 强化督导考核): often one of their items names units and the other does not need to (tasks.ts).
 */
const ARRANGEMENT = new RegExp(`${ARRANGEMENT_SECTION.source}|保障|工作步骤|时间安排|步骤安排|工作机制|督促检查|督导|考核|宣传`);

/** The longest title read as a section's name (`其他`, `其他事项`, `活动安排`), not a task's sentence. */
export const SECTION_TITLE = 8;

const AIMS = 1;
const ARRANGEMENTS = 2;
const PLACE = 4;
const ARRANGEMENT_LIKE = 8;

function sectionFacts(title: string): number {
  const plain = simplified(title);
  let facts = (NON_TASK_TITLE.test(plain) ? AIMS : 0) | (ARRANGEMENT_SECTION.test(title) ? ARRANGEMENTS : 0) | (ARRANGEMENT.test(plain) ? ARRANGEMENT_LIKE : 0);
  // Such a title names a place (地点, 地址) or a time (时间, 日期), and is short.
  if (title.length <= SECTION_TITLE + 2 && PLACE_SECTION.test(plain.replace(/[。：:；;\s\u3000]+$/, ''))) facts |= PLACE;
  return facts;
}

const has = (h: Heading, bit: number): boolean => (titleFacts(h, sectionFacts) & bit) !== 0;

/** Whether `h` heads a section of aims and principles; part of carry.ts's Skeleton. */
export const isAimsSection = (h: Heading): boolean => has(h, AIMS);

/** Whether `h` heads a section on how the work is arranged; part of carry.ts's Skeleton. */
export const isArrangementSection = (h: Heading): boolean => has(h, ARRANGEMENTS);

/** Whether `h` heads a section that says where or when an event is held. */
export const isPlaceSection = (h: Heading): boolean => has(h, PLACE);

/** Whether `h`'s title names an arrangement or an item of the kind (ARRANGEMENT; tasks.ts weighs its length). */
export const namesArrangement = (h: Heading): boolean => has(h, ARRANGEMENT_LIKE);
