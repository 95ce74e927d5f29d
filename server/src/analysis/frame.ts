/**
 * Recognisers for the lines of a 公文's frame (GB/T 9704): 版头, 发文字号, 标题, 主送机关, 落款,
 * 成文日期, 附注, 附件说明, 抄送, 印发. Each works on one line's content; structure.ts decides which
 * lines are asked (a title is only looked for near the top of a part, etc.).
 */
import { DateValue } from './model';
import { parseChinese, parseChineseDigits } from './numerals';

export const RE_DOC_NUMBER =
  /^[（(]?([\u4e00-\u9fffA-Za-z]{1,20})\s*([〔\[【(（［{｛﹝〘])\s*([0-9０-９]{2,4})\s*([〕\]】)）］}｝﹞〙])\s*(第?)\s*([0-9０-９]{1,5}|[XxＸ×]{1,3})\s*号[）)]?$/;

// The statutory types (条例 Art. 8) and what plans, reports and speeches issued under a 通知 are called
// (`……任务分工`, `……责任分解`, `……目标责任书`, `……工作台账`, `……讲话提纲`, `……分解表`, `……分工表`, `……任务表`; a 考核's
// `……考核评分表`), a speech's or a 民主生活会's text (`……党课讲稿`, `……个人对照检查材料`, `……检视剖析材料`, `……交流发言材料`), and a set of
// policies issued as one (`……若干政策`, `……政策措施`), not a sentence about a policy; a policy's
// 解读 and 问答 (`《……若干措施》政策解读`), an official's 答记者问 on it (`……负责人就《……》答记者问`),
// a 督查室's 督办单 and 交办单, a model's 先进事迹 (`——记……同志先进事迹`), a 简报 under another name (`工作动态`,
// `信息快报`, `专报`, `要情`), an open letter (`致全市中小学生家长的一封信`, `……公开信`, `慰问信`, `感谢信`, `……告知书`)
// and a village's 村规民约.
const DOC_TYPES =
  '(?:解读|问答|答记者问|答记者提问|督办单|交办单|催办单|分工|分解|责任书|承诺书|台账|纲要|提纲|讲话稿|讲稿|(?:检查|剖析|发言|汇报|事迹|交流|述职)材料|事迹|发言稿|发言|致辞|总结|汇报|名单|名录|一览表|分解表|分工表|任务表|评分表|考核表|测评表|评价表|倡议书|公开信|一封信|慰问信|感谢信|告知书|村规民约|公约|守则|须知|通知|通报|意见|决定|决议|命令|令|公报|公告|通告|公示|报告|请示|批复|议案|函|纪要|方案|办法|规定|条例|细则|要点|规划|计划|规则|章程|制度|讲话|措施|清单|指引|指南|准则|标准|安排|实施意见|指导意见|预案|机制|打算|思路|简报|动态|快报|专报|要情|若干政策|政策措施)';
/** A title's end: a document type, maybe after `》`, maybe with a span of years or 试行 in brackets (either width). */
const RE_TITLE_END = new RegExp(`${DOC_TYPES}(?:》)?(?:（[^（）]{1,12}）|\\([^()]{1,12}\\))?$`);
const RE_DATE_ARABIC = /^([0-9]{4})\s*年\s*([0-9]{1,2})\s*月\s*([0-9]{1,2})\s*([日号])$/;
/** `2025.4.18`, `2025-04-18`, `2025/4/18`: a date in figures only, as school and company papers write it. */
const RE_DATE_FIGURES = /^([0-9]{4})([.．\-－/／])([0-9]{1,2})\2([0-9]{1,2})$/;
const RE_DATE_CN = /^([〇零○Ｏ一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日$/;

export function isBanner(content: string): boolean {
  return /^[\u4e00-\u9fff（）、XＸ×]{2,30}文件$/.test(content);
}

export function isDocNumber(content: string): boolean {
  return RE_DOC_NUMBER.test(docNumberPart(content).replace(/[\s\u3000]+/g, ''));
}

/** `签发人：曾庆华` after the number on its line (a 请示's or 报告's 版头): what follows the number. */
const SIGNER = /[\s\u3000]+签发人[：:][\s\u3000]*[^\s\u3000].*$/;

/** A 发文字号 line without the 签发人 written beside the number. */
export function docNumberPart(content: string): string {
  return content.replace(SIGNER, '');
}

/** A short title set out with spaces between its characters (`督 办 单`, `通  知`, `会 议 纪 要`). */
const SPACED_OUT = /^[\u4e00-\u9fff](?:[ \t\u3000]+[\u4e00-\u9fff]){1,7}$/;
const GAPS = /[ \t\u3000]+/g;

export function spacedOut(content: string): boolean {
  return SPACED_OUT.test(content);
}

/** The line as a title reads, its characters run together when it is spaced out. */
function titleText(content: string): string {
  return SPACED_OUT.test(content) ? content.replace(GAPS, '') : content;
}

/** A 解读 or 问答 named first (`政策解读：《……》`, `一图读懂｜……`), its subject after the colon or bar. */
const RE_TITLE_LEAD = /^(?:政策解读|权威解读|图文解读|图解|一图读懂|政策问答)[：:｜|丨][^：:。；！？]{4,}$/;

/** A title line: `关于……的通知`, or the last line of a wrapped title ending in a document type. */
export function looksLikeTitleStart(content: string): boolean {
  const t = titleText(content);
  return t.length <= 80 && !/[。；！？]$/.test(t) && (/^(中共)?[\u4e00-\u9fffXＸ×]{0,30}关于/.test(t) || RE_TITLE_END.test(t) || RE_TITLE_LEAD.test(t));
}

/**
 * A draft's status in brackets on the line under its title (`（征求意见稿）`, `（送审稿）`, `（讨论稿）`, `（草案）`,
 * `（试行）`, `（2025年修订征求意见稿）`): the title's last words, as when written on its line.
 */
const DRAFT_STATUS = /^[（(](?:[0-9０-９]{4}年)?(?:修订|修改)?(?:征求意见稿|送审稿|讨论稿|审议稿|草案|草案稿|代拟稿|初稿|修订稿|修改稿|试行|暂行|草稿)[）)]$/;

export function isDraftStatus(content: string): boolean {
  return DRAFT_STATUS.test(content);
}

export function endsLikeTitle(content: string): boolean {
  const t = titleText(content);
  return RE_TITLE_END.test(t) && !/[。；，]$/.test(t);
}

/**
 * The serial number under the title of a 纪要, 简报 or 令 in place of a 发文字号: `第12期`,
 * `〔2024〕第15次`, `2024年第3期`, `第15期（总第128期）`, `第12号`.
 */
const SERIAL = /^(?:[〔［\[【(（]?[0-9]{4}[〕］\]】)）]?年?)?(?:总)?第[ \u3000]*[0-9０-９一二三四五六七八九十百〇零]{1,5}[ \u3000]*[期次号](?:[（(]总第[0-9０-９]{1,5}期[）)])?$/;

export function isSerial(content: string): boolean {
  return SERIAL.test(content);
}

/** `宁安市人民政府办公室      2024年6月12日`: the issuer and the date on one line, spaced apart (a 纪要's or 简报's head). */
const ISSUED = /^([^\s\u3000]{2,30})[ \t\u3000]{2,}([^\s\u3000].{5,20})$/;

/** Where the date starts in an issuer-and-date line, or -1. */
export function issuedDateAt(content: string): number {
  const m = ISSUED.exec(content);
  if (!m || !isSignature(m[1]) || !isDateLine(m[2])) return -1;
  return content.length - m[2].length;
}

/**
 * The date in brackets under a title (题注): `（2024年3月5日）`, `（2024年3月5日市第十六届人民代表大会
 * 第三次会议通过）`. Its span in the line, and whether it is the only date there (an amended
 * regulation's `（2010年……通过　2024年……修正）` was not made on its first date).
 */
const BRACKET_DATE =
  /^[（(][ \u3000]*([0-9]{4}[ \u3000]*年[ \u3000]*[0-9]{1,2}[ \u3000]*月[ \u3000]*[0-9]{1,2}[ \u3000]*[日号]|[〇零○Ｏ一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日|[0-9]{4}([.．\-－/／])[0-9]{1,2}\2[0-9]{1,2})([^（）()。；]{0,80})[）)]$/;
const YEAR = /[0-9]{4}[ \u3000]*年|[〇零○Ｏ一二三四五六七八九]{4}年/;

export function bracketDate(content: string): { at: number; end: number; only: boolean } | null {
  const m = BRACKET_DATE.exec(content);
  if (!m || !isDateLine(m[1])) return null;
  const at = content.indexOf(m[1]);
  return { at, end: at + m[1].length, only: !YEAR.test(m[3]) };
}

/** A 纪要's list of those present (`出席：`, `列席：`, `请假：`, `记录：`), in its head or at its end. */
const ATTENDEES = /^(?:出席|列席|缺席|请假|记录|主持|参加|参会)(?:人员|人|领导|单位)?[：:][ \u3000]*[^\s\u3000]/;

export function isAttendees(content: string): boolean {
  return ATTENDEES.test(content);
}

/** 主送机关: a list of organisations ending in `：` (an intro sentence `……规定如下：` is not). */
export function isRecipients(content: string): boolean {
  return (
    /[：:]$/.test(content) &&
    content.length <= 300 &&
    !/[。！？]|如下|的|通知|为了?|现将|根据/.test(content) &&
    !isSalutation(content)
  );
}

export function isSalutation(content: string): boolean {
  return /^(同志们|各位代表|各位委员|各位领导|同志们、朋友们|女士们、先生们)[，,、]?[^：:]{0,10}[：:]$/.test(content);
}

export function parseDate(content: string): DateValue | null {
  const t = content.replace(/[\s\u3000]+/g, '');
  let m = RE_DATE_ARABIC.exec(t);
  if (m) return m[4] === '号' ? { year: +m[1], month: +m[2], day: +m[3], chinese: false, informal: true } : { year: +m[1], month: +m[2], day: +m[3], chinese: false };
  m = RE_DATE_FIGURES.exec(t);
  if (m) return { year: +m[1], month: +m[3], day: +m[4], chinese: false, informal: true };
  m = RE_DATE_CN.exec(t);
  if (m) {
    const year = parseChineseDigits(m[1]);
    const month = parseChinese(m[2]);
    const day = parseChinese(m[3]);
    if ([year, month, day].every(Number.isFinite)) return { year, month, day, chinese: true };
  }
  return null;
}

export function isDateLine(content: string): boolean {
  const d = parseDate(content);
  return (!!d && d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= 31) || PLACEHOLDER_DATE.test(content.replace(/[\s\u3000]+/g, ''));
}

/** A template's date still to be filled in (`2025年X月X日`, `XXXX年XX月XX日`): a date line, with no date to check. */
const PLACEHOLDER_DATE = /^(?=.*[XxＸ×])(?:[0-9]{2,4}|20[0-9]?)?[XxＸ×]{0,4}年(?:[0-9]{1,2}|[XxＸ×]{1,2})月(?:[0-9]{1,2}|[XxＸ×]{1,2})日$/;

/** 落款: a short organisation name without sentence punctuation. */
export function isSignature(content: string): boolean {
  return content.length >= 2 && content.length <= 40 && !/[。，；：:！？、]/.test(content) && /[\u4e00-\u9fff]/.test(content);
}

/** 附注 (GB/T 9704 7.3.7): `（此件公开发布）`, `（联系人：张三，电话：12345678）`. */
export function isNote(content: string): boolean {
  return /^[（(](?:此件[^（）()]{1,20}|联系人[：:][^（）()]{1,60})[）)]$/.test(content);
}

/** The label of an 附件说明 on a line of its own (`附件：`), its items on the lines below. */
export function isAttachmentLabel(content: string): boolean {
  return /^附\s*件[：:]$/.test(content);
}

/** 附件说明: `附件：1. 名称`, `附件：名称`, `附件1.名称` (the label alone, `附件1`, starts an attached part instead). */
export function isAttachments(content: string): boolean {
  return /^附件(?:[：:]|[0-9０-９]{1,2}[.．、：:]?)\s*[^\s.．、：:]/.test(content);
}

/** 抄送, or a 纪要's 分送. */
export function isCc(content: string): boolean {
  return /^(?:抄送|分送)[：:]/.test(content);
}

const PRINTED_DATE = /(?:[0-9]{4}\s*年\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)[\s\u3000]*印发$/;

export function isPrinted(content: string): boolean {
  // The date right before 印发: not a sentence of a hard-wrapped copy (`现将《……2024年……方案》印发` | `给你们`).
  return PRINTED_DATE.test(content) && content.length <= 80;
}

/** What a document calls itself (`本办法`, `本实施方案`, `本通知`). */
const SELF = '本(?:实施|暂行|试行|工作)?(?:办法|方案|规定|细则|意见|通知|规则|制度|要点|计划|规划|准则|条例|措施|指引|决定|公告|通告|标准|清单)';
/**
 * A paragraph that closes the document rather than its last item: `特此通知。`, `此复。`, `以上意见，请遵照执行。`,
 * `妥否，请批示。`, a speech's `同志们，让我们……`, `本办法自印发之日起施行。`, `本方案由市发展改革委负责解释。`, `本办法未尽事宜……`, and one
 * that tells the recipients what to make of the whole text (`各单位要根据本实施办法，结合实际制定具体措施。`,
 * `各地要认真贯彻落实本意见精神。`).
 */
const DOCUMENT_CLOSING = new RegExp(
  '^(?:特此(?:通知|通报|函告|函复|批复|公告|通告|报告|请示|证明|说明)|此复|此函|同志们[，,！!]|(?:妥否|当否)[，,]|以上[^。；！？]{0,40}?[，,](?:请|妥否|当否|如无不妥)|' +
    `${SELF}(?:自|从[^。；]{0,20}起|由[^。；]{0,40}解释|未尽|所称|有效期|的解释|解释权|中(?:所称|涉及))|` +
    `[^。；！？]{0,40}?(?:根据|按照|依照|依据|参照|对照|贯彻(?:落实|执行)?|落实|执行)${SELF}[^。；！？]{0,40}?(?:制定|细化|出台|精神))`,
);
/**
 * A notice's request to its recipients (`请各区、各部门于2月20日前将……报送……`, `请认真贯彻执行。`) or its
 * contact (`联系人：`): the document's when it follows a run-in item (`三、加强应急值守。严格执行……`), but
 * an item on a line of its own may well ask as much in its own paragraphs.
 */
const REQUEST = /^(?:请(?:各|你们|你单位|有关|认真|遵照|结合|按照|及时|于)|联系人|联系电话|联系方式)/;

/**
 * Whether a paragraph after a list's last item is the document's closing: `request` when the item
 * is run in (its text on its line), so that a request counts too.
 */
export function isDocumentClosing(content: string, request: boolean): boolean {
  return DOCUMENT_CLOSING.test(content) || (request && REQUEST.test(content));
}

/**
 * A web page's header line above the document it shows: where it comes from and when it was put up
 * (`来源：市农业农村局　发布时间：2026-03-18`, `发布日期：…`, `浏览次数：…`), or where it stands on the site
 * (`首页 > 政务公开 > 政策文件`, `当前位置：…`).
 */
const PAGE_HEADER = /^(?:来源|信息来源|文章来源|发布时间|发布日期|发布机构|更新时间|时间|日期|作者|编辑|责任编辑|浏览次数|阅读次数|点击数|访问量|字号|当前位置|您(?:现在)?的位置|所在位置)[：:]|^首页[ \u3000]*[>＞»›/]|[ \u3000][>＞»›][ \u3000]/;

export function isPageHeader(content: string): boolean {
  return PAGE_HEADER.test(content);
}
