/**
 * Unit names: what looks like an organisation, what is a collective, how close two names are.
 * Shared by the annotation parser, the unit rules, completion and the ledger.
 */
import { DEFAULT_COLLECTIVES } from './config';
import { simplified } from './script';
import standardData from './data/standard-units.json';
import reformsData from './data/reforms.json';

/**
 * Endings of organisation names (部, 委, 局, 办公室, 人民政府 …); a court's divisions (`立案庭`,
 * `民一庭`, `审判监督庭`, `各审判业务庭`, `人民法庭`), but not a 家庭, nor a hearing (`开庭`, `出庭`);
 * an enterprise's discipline body (`各子公司纪检组织`); a school by its number (`市一中`, `县二小`,
 * not a plenum's `二十届三中`) or as a university's (`附中`, `附小`); not a field ending in 社会 (`政协社会和法制委`
 * is one committee, its `社会` no unit of its own), nor a thing set running (`上线运行`, `试运行`: a deadline's predicate, `2025年6月30日前上线运行`);
 * a bank's branches (`营业网点`, `各网点`), a ward's nursing unit (`护理单元`), a county's medical groups (`各医共体`), its
 * village schools (`各村小`, `各完小`, `各教学点`), a school's grades (`高一年级`, `七年级`, `毕业年级`, `各年级`,
 * `各班级`) and the parties a 统战部 works with (`各民主党派`).
 */
const UNIT_END =
  /(部|委|局|办|厅|处|室|院|(?<!社)会|中心|政府|单位|部门|公司|组|队|所|(?<!运)行|署|台|社|科|党委|党组|纪委|监委|银行|集团|基金|街道|乡镇|镇|乡|村|区|县|市|省|州|盟|旗|机关|机构|站|馆|校|大学|团|联|工会|妇联|团委|人大|政协|专班|小组|城市|企业|法院|检察院|海关|总局|分局|支队|大队|中队|防指|园区|开发区|管委会|协会|学会|联合会|办事处|指挥部|集团公司|各地|地方|军区|战区|分行|支行|医院|中学|小学|幼儿园|监狱|林场|农场|厂|报社|电视台|出版社|研究院|研究所|实验室|基地|合作社|委员会|领导小组|工作组|联席会议|中央|科协|侨联|台联|文联|社联|残联|红十字会|[党团]组织|工会组织|社会组织|群团组织|纪检(?:监察)?组织|国企|央企|总支|车间|矿井|网格|民兵[连营]|镇街|街镇|[车工机电]务段|法庭|(?<=[\u4e00-\u9fff]{2})(?<![家门前后开出休闭到退当天中宫洞公黄内外])庭|(?<=[\u4e00-\u9fff](?<![届之其第])[一二三四五六七八九十]{1,2})[中小]|附[中小]|(?:营业|服务|银行|金融)网点|护理单元|教学点|[村完]小|医共体|医联体|民主党派|(?<=[高初][一二三]|^[一二三四五六七八九]|毕业)年级|(?<=^各)(?:年级|班级|网点))$/;

/**
 * Endings that make a unit only after a name of two characters or more: a 股 of a county
 * department (`基础教育股`, not `A股`), an enterprise's short name (`洛阳移动`, `洛阳石化`), an
 * airport or a port (`洛阳机场`, not `香港`).
 */
const NAMED_END = /^[\u4e00-\u9fff]{2,8}(?:股|股室|移动|联通|电信|铁塔|石化|石油|邮政|烟草|机场|港|矿)$/;

/**
 * A university's department (`机械设计系`, `中文系`, `车辆工程系`) and its collectives (`各系`, `各院系`): a 系
 * after a field's name of two characters or more, or after 各; not a word ending in 系 (`体系`, `关系`,
 * `联系`, `水系`, `银河系`, `坐标系`, `色系`).
 */
const FACULTY_END = /^(?:各|[\u4e00-\u9fff]{2,10})(?<![体关联派水星谱维干直旁嫡世父母语根品菌山河阳色标照音族书])系$/;

/** People by their post whose name ends as a unit's does (`驻村干部`, `团干部`): not units (annotations.ts ROLE). */
const POST_END = /干部$/;

/**
 * Who goes with or answers for an activity in person, said with a verb that ends as a unit's name
 * does (`支部书记带队`, `县委书记领办`, `市领导包联`, `县级领导包乡`): a note on people, not a unit.
 */
const PERSON_VERB_END = /(?:带队|领队|领办|包联|包保|包村|包乡|包镇|包片)$/;

/**
 * A room or a floor, where a notice holds its meeting (`市委党校三楼报告厅`, `县政府常务会议室`,
 * `市应急局二楼指挥中心`): a place whose last word ends as a unit's (室, 厅, 中心) does.
 */
const ROOM = /(?:会议室|报告厅|会议厅|多功能厅|演播厅|接待室|礼堂)$|[0-9０-９一二三四五六七八九十][楼层](?![村镇乡])/;

/** Words that alone name no unit, only a kind of one (`（单位）`, `（企业）`): a gloss, not an annotation. */
const GENERIC_NOUN = /^(?:单位|部门|科室|处室|股室|机构|企业|组织|社会组织|地方|基地|行业|园区|学校|医院|机关)$/;

/**
 * Words that never occur in an organisation name (verbs and function words of running text), and
 * a note that sends something to a unit (`联系方式报领导小组办公室`, `结果报送市政府`; not a paper's
 * name: `日报社`, `晚报`, `电报局`), or when (`值班表于4月28日前报局办公室`); a note on whom a point concerns (`涉及市市场监管局`), on a rule's reach
 * (`原则上不离开本县`), on how to get somewhere (`可乘坐12路公交车至园区站`) or on how many (`不少于3个县〔市、区〕`).
 */
const NOT_IN_UNIT = /[的是了在将把被或]|括号|按照|根据|通过|进行|开展|加强|推进|完善|建立|健全|落实|提高|确保|实施|以上|以下|[0-9０-９]年|[0-9０-９]月[0-9０-９]|试行|简称|联系方式|联系电话|报送|(?<![日晚学画年情快周月党海公简电])报(?=[省市县区州乡镇各有关本上局办])|涉及|原则上|乘坐|搭乘|不少于|不低于|不超过|不多于|至少|[0-9０-９]+个/;

/**
 * A count of people (`各1人参加评分小组`, `每区1—2名`): a note on who attends, never part of a name,
 * also where it opens with 各 as a collective does.
 */
const HEADCOUNT = /[0-9０-９]+(?:[—－~～至到-][0-9０-９]+)?[人名]/;

/**
 * `各…`, `有关…`, and the members of a body (`市直各单位`, `局属有关单位`, `集团所属各单位`), of an organ's
 * own offices (`机关各科室`, `局机关各处室`, `集团总部各部门`) or of a place's government (`市有关执法部门`,
 * `县政府相关部门`).
 */
const COLLECTIVE_START = /^(各|有关|相关|其他|其它|所属|全市|全省|全区|全县|[\u4e00-\u9fff]{0,4}[直属级](?:各|有关|相关)|[\u4e00-\u9fff]{0,3}(?:机关|总部)(?:各|有关|相关)|[省市县区州乡镇](?:委|政府)?(?:各|有关|相关))/;

/** `各有关部门`, `市直各单位`, a configured collective; in either script (`各有關部門`). */
export function isCollective(name: string, extra: readonly string[] = []): boolean {
  if (extra.includes(name)) return true;
  const plain = simplified(name);
  return COLLECTIVE_START.test(plain) || DEFAULT_COLLECTIVES.includes(plain) || extra.includes(plain);
}

/**
 * A collective of the places below (`各县（市、区）人民政府`, `各乡镇（街道）`, `各地`, `各级党委和政府`),
 * or of the bodies below an organisation (`各二级单位`, `各学院`, `各系`, `各子公司`, a bank's `各支行` and `各营业网点`,
 * a school's `各年级`, a county's `各完小` and `各教学点`, its `各中小学`, `各幼儿园`, `各医院`, `各医疗卫生机构`, `各医共体`):
 * each of them does the task in its own area, so
 * they may lead it, where `各有关部门` may not.
 */
export function isLocalities(name: string): boolean {
  return LOCALITIES.test(simplified(stripNested(name)));
}

const LOCALITIES = /^各(?:[省市县区州乡镇村盟旗地级]|设区|街道|开发区|园区|高新区|新区|功能区|管委会|(?:二级|基层|所属)(?:单位|企业)$|(?:二级)?(?:学院|院系|分院)|(?:系|完小|村小|教学点|年级|班级|(?:营业)?网点|支行|护理单元|医共体|中小学校?|[中小]学|学校|幼儿园|院校|高校|医院|卫生院|医疗(?:卫生)?机构)$|[子分]公司|二级党组织|基层党组织)/;

/** Looks like the name of a unit (or a collective of units), in either script (`市數據局`). */
export function isUnitLike(name: string): boolean {
  const bare = simplified(stripNested(name));
  if (bare.length < 2 || bare.length > 40) return false;
  if (!/^[\u4e00-\u9fffA-Za-z0-9“”"]+$/.test(bare)) return false;
  if (GENERIC_NOUN.test(bare) || POST_END.test(bare) || PERSON_VERB_END.test(bare) || HEADCOUNT.test(bare) || ROOM.test(bare)) return false;
  if (COLLECTIVE_START.test(bare) && (UNIT_END.test(bare) || FACULTY_END.test(bare))) return true;
  if (NOT_IN_UNIT.test(bare)) return false;
  return UNIT_END.test(bare) || NAMED_END.test(bare) || FACULTY_END.test(bare);
}

/** `各县（市、区）政府` → `各县政府`, `市府办〔市数据局〕` → `市府办` (for shape checks only). */
export function stripNested(name: string): string {
  return name.replace(/[（(〔［\[][^（）()〔〕［］\[\]]*[）)〕］\]]/g, '');
}

/** A name that starts with its administrative level. */
export const LEVEL = /^[省市县区州乡镇村盟旗]/;

/** Levenshtein distance, bounded: returns max+1 as soon as it is exceeded. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}

/**
 * A likely misspelling of `known`. Real units of one administration often differ by one
 * character (市教育局 / 市体育局, 财务处 / 财务部), so a name that still looks like a unit must be
 * long (≥ 5) and one edit away; a name that no longer looks like a unit (党委组织布) may be two.
 */
export function isNearMiss(name: string, known: string): boolean {
  if (name === known || name.length < 3 || known.length < 3) return false;
  // `区应急局局长`, `市住建局副局长`: a person's post at a unit (`许亮（区应急局局长）`), not a unit.
  if (isPostAtUnit(name)) return false;
  if (otherOffices(name, known) || otherNumbers(name, known)) return false;
  // Different units of one family (财务处 / 财务部, 一处 / 二处) differ in the last character,
  // and the same office at another level (市委组织部 / 县委组织部, 省财政厅 …) in the first.
  if (name.slice(0, -1) === known.slice(0, -1) && isUnitLike(name)) return false;
  if (name.slice(1) === known.slice(1) && LEVEL.test(name) && LEVEL.test(known)) return false;
  if (otherPlaces(name, known)) return false;
  const d = editDistance(name, known, 2);
  if (!isUnitLike(name)) return d <= 2 && known.length >= 4;
  return d === 1 && name.length >= 5;
}

/** A post held at a unit, at a name's end (`局长`, `副主任`, `大队长`, `党组书记`); not 委员, which may be a 委员会 cut short. */
const POST_AFTER_UNIT = /(?:党组|党委|党工委)?(?:常务)?副?(?:局长|主任|部长|书记|处长|科长|所长|站长|院长|校长|行长|厅长|主席|秘书长|总经理|经理|董事长|组长|[大中支]?队长|政委|指挥长)$/;

/** A person's post at a unit (`区应急局局长`, `市消防救援支队支队长`): the unit's name, then the post. */
export function isPostAtUnit(name: string): boolean {
  const m = POST_AFTER_UNIT.exec(name);
  return m !== null && m.index >= 2 && isUnitLike(name.slice(0, m.index));
}

/**
 * The two-character stems of a local department's short name (`市民政局`, `县发改委`, `省商务厅`):
 * the fields governments are organised by, as their bodies abbreviate them, past and present.
 * Read by isStemSlip: a stem outside it is no department's.
 */
const DEPARTMENT_STEMS = new Set(
  (
    '公安 国安 安全 民政 司法 财政 人社 人劳 劳动 人事 住建 建设 城建 规划 规建 规资 国土 自然 自规 ' +
    '环保 生态 环境 交通 交运 运输 水利 水务 农业 农村 农机 农经 林业 林草 畜牧 牧业 渔业 水产 海洋 ' +
    '商务 商贸 经贸 外贸 外经 文旅 文广 文体 文化 旅游 广电 新闻 出版 版权 卫健 卫计 卫生 计生 退役 ' +
    '应急 安监 审计 统计 国资 市监 工商 质监 质检 食药 药监 医保 税务 国税 地税 邮政 烟草 气象 地震 ' +
    '粮食 粮储 物价 信访 档案 机要 保密 城管 执法 综执 园林 绿化 市政 房管 房产 住房 人防 民宗 民族 ' +
    '宗教 侨务 外事 外侨 台务 扶贫 乡村 体育 教育 教体 教工 科技 工信 经信 经济 发改 计划 数据 政数 ' +
    '信息 机关 金融 口岸 招商 投促 供销 政务 审批 行政 工业 能源 电力 铁路 港航 航道 公路 运管 路政 ' +
    '消防 编制 政法 网信 财经 改革 营商 医疗 社保 就业 老龄 史志 方志 会展 物流 移民 旅发 文物 ' +
    '城乡 规建 轻工 纺织 电子 冶金 建材 煤炭 石化 商业 物资 监察 人口 科学 保障 ' +
    // 老干部局, 乡村振兴局, 海事局, 住房保障局, 市场监管局, 行政审批局, 农业农村局, 资源规划局,
    // 科技工业局, 商务投资促进局, 教育科技局, 科技信息局, 城管执法局, 地方金融监管局, 海洋与渔业局,
    // 机关事务局: each one character off a stem above (老龄, 乡村, 海洋, 住房 …) and no slip of it.
    '老干 乡振 海事 住保 市场 行审 农农 资规 科工 商投 教科 科信 城执 地金 海渔 机事 ' +
    // 文广新局 (文化广电新闻出版局), 文体广新局: former names, before the 2018 reform.
    '广新'
  ).split(' '),
);

/**
 * A slip inside the stem of a local department's four-character short name (`市民正局` for
 * `市民政局`, `县财正局`; a 局, 厅 or 委): the same level and ending, one character of the stem
 * replaced, where `known`'s stem is a department's (DEPARTMENT_STEMS) and `name`'s is none. Two
 * departments one character apart (`市商务局` / `市税务局`, `市民政局` / `市民宗局`) are both
 * known, and no slip.
 * (isNearMiss leaves out names of four characters: most are other units.)
 */
export function isStemSlip(name: string, known: string): boolean {
  if (name.length !== 4 || known.length !== 4 || name === known) return false;
  if (name.charAt(0) !== known.charAt(0) || name.charAt(3) !== known.charAt(3)) return false;
  // A 局, 厅 or 委: an 办 is as often an office set up for one task (`市留交办`, `市创建办`), named
  // as it pleases.
  if (!/^[省市县区州盟旗]$/.test(name.charAt(0)) || !/^[局委厅]$/.test(name.charAt(3))) return false;
  const stem = name.slice(1, 3);
  const knownStem = known.slice(1, 3);
  if ((stem.charAt(0) === knownStem.charAt(0)) === (stem.charAt(1) === knownStem.charAt(1))) return false;
  return DEPARTMENT_STEMS.has(knownStem) && !DEPARTMENT_STEMS.has(stem) && /^[\u4e00-\u9fff]{2}$/.test(stem);
}

/**
 * Look- and sound-alikes of the characters that end unit names, as they are mistyped with a
 * pinyin input method or misread (`党委组织布`, `市数据居`). Only content characters: a function
 * word after a unit's stem (`党委组织不到位`, `市财政将`) is running text.
 */
export const ENDING_SLIPS: Record<string, string> = {
  部: '布步簿埠',
  委: '萎伟',
  局: '居据剧聚',
  办: '半伴扮板',
  厅: '听汀亭',
  处: '触储楚外',
  室: '式试示视饰',
  院: '远愿怨圆员园苑',
  会: '汇绘荟惠',
  组: '阻祖租',
  队: '兑堆',
  所: '锁索琐',
  署: '暑薯曙',
  社: '设射舍',
  科: '课颗棵',
  站: '占战沾',
  馆: '管观官',
  校: '较效',
  心: '新信芯欣',
};

/**
 * Homophones of unit endings a pinyin input method gives (`县级是` for 县级市, `办公事`, `市委为`,
 * `督查出`, `巡逻对`) that are function words or common in running text: read only inside an
 * annotation, as the slip of a name the document writes elsewhere with the right ending
 * (isEndingSlip), never in body text (`督查出问题`) nor against a standard name alone.
 */
const ENDING_HOMOPHONES: Record<string, string> = {
  市: '是事式试',
  室: '是事',
  委: '为未位',
  处: '出',
  队: '对',
  办: '版',
};

/** Every character ENDING_SLIPS or ENDING_HOMOPHONES gives as a slip: what a name must end with to be one (most names are told at once). */
const SLIPPED_ENDINGS = new Set(Object.values(ENDING_SLIPS).join('') + Object.values(ENDING_HOMOPHONES).join(''));

/**
 * A short unit's name (`医务科`, `教导处`, `党政办`) with its ending mistyped as a look- or
 * sound-alike (ENDING_SLIPS: `医务课`, `教导触`, `党政半`; ENDING_HOMOPHONES: `县级是` beside
 * `县级市`), leaving no unit's name. isNearMiss
 * leaves out names of three characters (one character makes another unit: `财务处` / `财务科`);
 * a slip of the ending that names no unit is still one. Not `党支书` beside `党支部`: a person.
 */
export function isEndingSlip(name: string, known: string): boolean {
  const n = name.length;
  if (n < 3 || n !== known.length || name === known || !SLIPPED_ENDINGS.has(name.charAt(n - 1))) return false;
  for (let i = 0; i < n - 1; i++) if (name.charCodeAt(i) !== known.charCodeAt(i)) return false;
  const ending = known.charAt(n - 1);
  const written = name.charAt(n - 1);
  return ((ENDING_SLIPS[ending] ?? '').includes(written) || (ENDING_HOMOPHONES[ending] ?? '').includes(written)) && !isUnitLike(name) && isUnitLike(known);
}

/**
 * Words that end the names of grassroots bodies and of offices not in STANDARD_NAMES (`派出所`,
 * `扶贫办`, `办事处`, `卫生院`): a fixed list, so that a name whose ending is mistyped
 * (`城关派出听`, `国务院扶贫版`) is told by its text alone, whatever the segmenter has been taught.
 */
const ENDING_WORDS: readonly string[] = [
  '派出所', '司法所', '财政所', '税务所', '国土所', '供电所', '卫生所', '市场监管所', '自然资源所',
  '文化站', '林业站', '农技站', '兽医站', '水利站', '农业服务站', '畜牧兽医站', '计生站',
  '卫生院', '卫生室', '检察室', '人民法庭', '办事处', '街道办', '扶贫办', '党政办', '综治办', '党建办',
  '服务中心', '便民服务中心', '综治中心', '执法大队', '执法中队', '综合执法队', '交警大队', '治安大队', '刑警大队', '消防站',
];
const ENDING_WORD_SET = new Set(ENDING_WORDS);
const ENDING_WORD_LENGTHS = [...new Set(ENDING_WORDS.map((w) => w.length))];
/** Slips of an ending the ENDING_WORDS reading takes besides ENDING_SLIPS and ENDING_HOMOPHONES (`派出听` for 派出所). */
const ENDING_WORD_EXTRA: Record<string, string> = { 所: '听' };
/** The endings whose slips are known (the keys of ENDING_SLIPS, ENDING_HOMOPHONES, ENDING_WORD_EXTRA). */
const ENDINGS_WITH_SLIPS: readonly string[] = [...new Set(Object.keys(ENDING_SLIPS).concat(Object.keys(ENDING_HOMOPHONES), Object.keys(ENDING_WORD_EXTRA)))];

/**
 * The names `name` stands for where its last character is a slip (ENDING_SLIPS,
 * ENDING_HOMOPHONES) of an ending that makes it end with one of ENDING_WORDS (`城关派出听` →
 * `城关派出所`, `国务院扶贫版` → `国务院扶贫办`); none where the name as written is a unit's
 * (`城关派出所`), and only where one ending does (`派出听`: 所, not 厅). Read only in annotations.
 */
export function endingWordSlips(name: string): string[] {
  const n = name.length;
  if (n < 3 || !/^[\u4e00-\u9fff]+$/.test(name)) return [];
  const written = name.charAt(n - 1);
  let out: string[] | null = null;
  for (const ending of ENDINGS_WITH_SLIPS) {
    if (!((ENDING_SLIPS[ending] ?? '') + (ENDING_HOMOPHONES[ending] ?? '') + (ENDING_WORD_EXTRA[ending] ?? '')).includes(written)) continue;
    const fix = name.slice(0, n - 1) + ending;
    if (ENDING_WORD_LENGTHS.some((L) => L <= n && ENDING_WORD_SET.has(fix.slice(n - L)))) (out ??= []).push(fix);
  }
  return out && out.length === 1 && !isUnitLike(name) ? out : [];
}

/**
 * The standard names of common Party and government bodies and of a school's or a hospital's
 * offices, without their place (`财政局`, `卫健委`, `宣传部`, `教导处`; data/standard-units.json),
 * and the local bodies reforms created (reforms.json's successors: `生态环境局`, `应急管理局`):
 * what a unit written only once is compared with, where the document has no other writing of it.
 */
const STANDARD_NAMES: readonly string[] = [
  ...new Set([
    ...(standardData as { names: string[] }).names,
    ...(reformsData as { reforms: Array<{ local?: boolean; successors: string[] }> }).reforms.flatMap((r) => (r.local ? r.successors : [])),
  ]),
].filter((n) => /^[\u4e00-\u9fff]{2,12}$/.test(n));
/** The lengths STANDARD_NAMES come in: the tails of a name compared with them. */
const STANDARD_LENGTHS = [...new Set(STANDARD_NAMES.map((n) => n.length))].sort((a, b) => a - b);
const STANDARD_SET = new Set(STANDARD_NAMES);

/** A standard name a unit's name ends with, one character off (standardSlips). */
export interface StandardSlip {
  /** The name as it should be: its place kept, the standard name after it (`市财正局` → `市财政局`). */
  fix: string;
  /** The tail of the name that slips (`财正局`) and the index of the character replaced in it; -1 for a committee's mixed name (`发改委员会`). */
  tail: string;
  at: number;
}

const NO_SLIPS: readonly StandardSlip[] = Object.freeze([]);
/** Answers per name, bounded: a document has a few dozen unit names, and most keystrokes keep them. */
const STANDARD_SLIPS = new Map<string, readonly StandardSlip[]>();

/**
 * The standard names (STANDARD_NAMES) `name` ends with but for one character, by the text alone:
 * `市财正局` (财政局), `区卫建委` (卫健委), `市场监官局` (市场监管局), and its ending replaced
 * so that it names no unit (`区委宣传不` for 区委宣传部, `教导外` for 教导处). What stands before
 * is a place, a level or a body (`区委`, `某某小学`), kept in the fix. None where the name ends
 * with a standard name itself (`区委宣传部`, `市政府办公室`), where the ending is replaced by
 * another unit's (`教务科` beside 教务处, `办公厅` beside 办公室: other units), or where the
 * first character is (`团委` / `党委`, `妇联` / `侨联`; `区卫建委` is 区卫健委, not 区住建委:
 * stemMaySlip). GW207 confirms each
 * with the segmenter (the character replaced stands alone, no word of another body: `市税务局`).
 */
export function standardSlips(name: string): readonly StandardSlip[] {
  const hit = STANDARD_SLIPS.get(name);
  if (hit) return hit;
  const found = findStandardSlips(name);
  if (STANDARD_SLIPS.size >= 4096) STANDARD_SLIPS.clear();
  STANDARD_SLIPS.set(name, found);
  return found;
}

const HAN_NAME = /^[\u4e00-\u9fff]{2,24}$/;
/** Characters whose replacement makes another body or another accepted writing (`总局` / `分局`, `和` / `与`), never a slip. */
const OTHER_BODY_CHAR = /[和与及暨总分]/;

function findStandardSlips(name: string): readonly StandardSlip[] {
  const n = name.length;
  if (!HAN_NAME.test(name)) return NO_SLIPS;
  for (const L of STANDARD_LENGTHS) if (L <= n && STANDARD_SET.has(name.slice(n - L))) return NO_SLIPS;
  if (PARTY_BODY_END.test(name)) return NO_SLIPS;
  let out: StandardSlip[] | null = null;
  let unitLike: boolean | undefined;
  for (const s of STANDARD_NAMES) {
    const L = s.length;
    if (L > n) continue;
    const off = n - L;
    let at = -1;
    let i = 0;
    for (; i < L; i++) {
      if (name.charCodeAt(off + i) === s.charCodeAt(i)) continue;
      if (at >= 0) break;
      at = i;
    }
    if (i < L || at < 0) continue;
    // `税务分局` beside 税务总局, `发展与改革委员会` beside 发展和改革委员会: another body, another writing.
    if (OTHER_BODY_CHAR.test(s.charAt(at)) || OTHER_BODY_CHAR.test(name.charAt(off + at))) continue;
    // The character written makes a department's stem with its neighbour (`交通运管局`: 运管, a
    // 运输管理局; `县文广新局`: 文化广电新闻出版局, before 2018): another body, or its former name.
    const p = off + at;
    if ((p > 0 && DEPARTMENT_STEMS.has(name.slice(p - 1, p + 1))) || DEPARTMENT_STEMS.has(name.slice(p, p + 2))) continue;
    const prefix = name.slice(0, off);
    if (!placePrefix(prefix)) continue;
    if (at === L - 1) {
      // The ending replaced: a slip only where the name is left naming no unit (`宣传不`, not
      // `宣传科`), by a content character (`市财政将`, read into a bracket, is a sentence's start).
      if ((unitLike ??= isUnitLike(name)) || RUNNING_ON.test(name.charAt(n - 1)) || (L === 2 && !prefix)) continue;
    } else if (!stemMaySlip(s, at)) continue;
    const fix = prefix + s;
    if (out?.some((o) => o.fix === fix)) continue;
    (out ??= []).push({ fix, tail: name.slice(off), at });
  }
  return out ?? mixedCommittee(name);
}

/**
 * A committee's short name written with the full name's ending (`发改委员会`, `卫健委员会`): the
 * short name, or the full one (`发展和改革委员会`); not where the whole is a name too (`政法委员会`).
 */
function mixedCommittee(name: string): readonly StandardSlip[] {
  if (!name.endsWith('委员会')) return NO_SLIPS;
  const head = name.slice(0, -2);
  for (const s of STANDARD_NAMES) {
    if (s.length < 3 || !s.endsWith('委') || !head.endsWith(s)) continue;
    const prefix = head.slice(0, head.length - s.length);
    if (!placePrefix(prefix)) continue;
    const full = COMMITTEE_FULL[s];
    return [{ fix: prefix + s, tail: name.slice(prefix.length), at: -1 }, ...(full ? [{ fix: prefix + full, tail: name.slice(prefix.length), at: -1 }] : [])];
  }
  return NO_SLIPS;
}

/** The full names of the committees whose short names end in 委 (mixedCommittee's second fix). */
const COMMITTEE_FULL: Record<string, string> = { 发改委: '发展和改革委员会', 卫健委: '卫生健康委员会', 住建委: '住房和城乡建设委员会', 国资委: '国有资产监督管理委员会' };

/** A body's own party committee or management committee (`机关党委`, `园区管委会`): never a slip of another name (机关工委). */
const PARTY_BODY_END = /(?:党委|党组|党工委|管委会)$/;

/** Function words that go on a sentence after a body's stem (`市财政将……`, `宣传也……`): never a slipped ending. */
const RUNNING_ON = /[将也都还要需应和与及等的是在已均可并再又就亦为由对把被]/;

/**
 * Whether a character of standard name `s`'s stem (index `at`) may be a slip. A government
 * department's (a 局, 委 or 厅): in a short name (`财政局`, `卫健委`) only the stem's second
 * character, the first naming the field (`市城建局`, `县教体局`: other bodies, as the
 * abbreviations of internal offices are, `学工处`, `职教科`, `医教科`, never compared); in a
 * longer stem any but the first (`市场监官局`); so a ministry's short name (`民证部` for 民政部).
 * Any other kind of body only by a stem of four characters or more (`政务服务中心`, `政府办公室`).
 */
function stemMaySlip(s: string, at: number): boolean {
  const L = s.length;
  // Nor ever the first: what stands before it may be a place's or a body's (`各保监局`, not a slip of 银保监局).
  if (at === 0) return false;
  if (/[局委厅会]$/.test(s)) return L === 3 ? at === 1 : L >= 4;
  // A ministry's name (`民政部`, `教育部`: `民证部`, `教有部`) as a department's: a Party body's or a
  // hospital's office (`组织部`: `组宣部`, a 组织宣传部) is another body's short name as often.
  if (L === 3 && s.charAt(2) === '部' && !OFFICE_DEPARTMENTS.has(s)) return at === 1;
  return L >= 5;
}

/**
 * A three-character short name made of two bodies' first characters and their common ending
 * (`组宣部`: 组织部 and 宣传部; `组人部`): each character starts a standard name with that ending
 * (STANDARD_NAMES). Another body, never a slip of the one its first character starts (组织部).
 */
export function joinsTwoBodies(name: string): boolean {
  if (name.length !== 3) return false;
  const end = name.charAt(2);
  const starts = (c: string) => STANDARD_NAMES.some((s) => s.length >= 3 && s.charAt(0) === c && s.charAt(s.length - 1) === end);
  return starts(name.charAt(0)) && starts(name.charAt(1));
}

/** The three-character standard names ending in 部 that are no ministry's (stemMaySlip). */
const OFFICE_DEPARTMENTS = new Set(['组织部', '宣传部', '统战部', '护理部']);

/** Before a standard name: nothing, a level (`市`, `区`), or a body or place (`区委`, `城关镇`, `某某小学`). */
function placePrefix(prefix: string): boolean {
  return prefix === '' || /[省市县区州盟旗镇乡]$/.test(prefix) || isUnitLike(prefix);
}

/** Whether a two-character stem is a department's (`民宗`, `税务`): a stem slip making one names another body. */
export function isDepartmentStem(stem: string): boolean {
  return DEPARTMENT_STEMS.has(stem) || OTHER_BODY_STEMS.has(stem);
}

/**
 * Stems of bodies one character off a common department's and not in the segmenter's dictionary:
 * `市公管局` (公共资源交易管理局, beside 公安局), `市民防局` (民政局), `市医管局` (医院管理局, 医保局),
 * `市住管局` (住建局), `市城规局` (城管局), `市数管局` (数据局), `市财金局` (财政局), `外专局`
 * (外国专家局, beside the standard 外汇局).
 */
const OTHER_BODY_STEMS = new Set(['公管', '民防', '医管', '住管', '城规', '数管', '财金', '公资', '医改', '城投', '外专']);

/**
 * Two units, never a slip of one another, as a registry's suggestions must tell them (GW207 with
 * `units`): departments of one level (`区教育局` / `区民政局`: both stems are departments', isStemSlip),
 * the same office at another level (`市委组织部` / `县委组织部`), sibling units named by their place
 * or field (`城东街道办事处` / `城南街道办事处`), offices of different bodies (`党委办公室` /
 * `纪委办公室`), units of a numbered series (`第一巡察组` / `第二巡察组`).
 */
export function namesOtherUnit(name: string, known: string): boolean {
  if (name === known) return false;
  if (otherOffices(name, known) || otherNumbers(name, known) || otherPlaces(name, known)) return true;
  if (name.slice(1) === known.slice(1) && LEVEL.test(name) && LEVEL.test(known)) return true;
  return otherDepartments(name, known);
}

/** Two local departments of one level and ending whose stems are both departments' (`区教育局` / `区民政局`, `市商务局` / `市税务局`). */
function otherDepartments(a: string, b: string): boolean {
  if (a.length !== 4 || b.length !== 4 || a.charAt(0) !== b.charAt(0) || a.charAt(3) !== b.charAt(3)) return false;
  if (!/^[省市县区州盟旗]$/.test(a.charAt(0)) || !/^[局委厅]$/.test(a.charAt(3))) return false;
  return a.slice(1, 3) !== b.slice(1, 3) && DEPARTMENT_STEMS.has(a.slice(1, 3)) && DEPARTMENT_STEMS.has(b.slice(1, 3));
}

/**
 * Kinds of unit that a place or a body has one of per area or per field, named by it: what stands
 * right before them is a proper name (`城东街道`, `城关镇`, `东湖区`, `城关派出所`).
 */
const PLACE_KIND = /^(?:街道|镇|乡|村|社区|片区|区|县|旗|派出所|中心校|卫生院|法庭|检察室|供电所|财政所|司法所|税务所|边境派出所)/;
/** Kinds whose proper name may be two characters of a field (`交警大队` / `特警大队`, `城东分局`). */
const FIELD_KIND = /^(?:大队|中队|支队|分局|分院|分行|支行|分公司|营业部|分理处|项目部)/;

/**
 * Sibling units named by their place or field, one character apart in that name (`城东街道办事处`
 * / `城南街道办事处`, `城关镇人民政府` / `城东镇人民政府`, `东湖区人民政府` / `西湖区人民政府`,
 * `交警大队` / `特警大队`, `城东分局` / `城西分局`): the character replaced stands right before, or
 * one character before, a kind of unit each place or field has. A slip in a
 * department's own words (`区住房和城乡建没局`) is none of these.
 */
function otherPlaces(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let p = 0;
  while (p < a.length && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  if (p === a.length || a.slice(p + 1) !== b.slice(p + 1)) return false;
  const rest = a.slice(p + 1);
  // The name's first character or its second (`东湖区` / `西湖区`, `城东街道` / `城南街道`).
  return PLACE_KIND.test(rest) || PLACE_KIND.test(rest.slice(1)) || FIELD_KIND.test(rest) || FIELD_KIND.test(rest.slice(1));
}

/** Kinds of office that many bodies of one place have, each its own (`党委办公室`, `纪委办公室`). */
const OFFICE_KINDS = ['办公室', '工作部', '工作处', '办事处', '工作委员会'];

/**
 * Offices of one kind belonging to different bodies: `党委办公室` / `纪委办公室` / `团委办公室`,
 * `市政府办公室` / `市政协办公室`, `区委办公室` / `区委农村工作领导小组办公室`, `党群工作部` /
 * `党委工作部`. They end alike and differ in whose office it is, where a short owner (`党委`,
 * `纪委`) is a body's whole name: one character or a dropped middle make another body. Owners
 * are still compared where they are long enough to be misspelt (`县农业农林` / `县农业农村`).
 */
function otherOffices(a: string, b: string): boolean {
  const kind = OFFICE_KINDS.find((k) => a.endsWith(k) && b.endsWith(k));
  if (!kind) return false;
  const ownerA = a.slice(0, -kind.length);
  const ownerB = b.slice(0, -kind.length);
  if (ownerA === ownerB) return false;
  if (Math.min(ownerA.length, ownerB.length) < 4) return true;
  return editDistance(ownerA, ownerB, 1) > 1 && !isAbbreviation(ownerA, ownerB) && !isAbbreviation(ownerB, ownerA);
}

/** A number or ordinal in a name (`第一`, `二`, `3`, `甲`): what tells numbered units apart. */
const NUMBER = /第?[〇零一二三四五六七八九十百两0-9０-９]+|[甲乙丙丁戊己庚辛壬癸]/g;
const HAS_NUMBER = /[〇零一二三四五六七八九十百两0-9０-９甲乙丙丁戊己庚辛壬癸]/;

/**
 * Units told apart by a number (`第一监督检查室` / `第二监督检查室`, `第三巡察组` / `第一巡察组`,
 * `市第一人民医院` / `市第二人民医院` / `市人民医院`): the same name but for its numbers is
 * another unit of a numbered series, not a misspelling or another writing.
 */
function otherNumbers(a: string, b: string): boolean {
  if (!HAS_NUMBER.test(a) && !HAS_NUMBER.test(b)) return false;
  return a.replace(NUMBER, '') === b.replace(NUMBER, '');
}

/**
 * A 人大's 专门委员会 and its 常委会's 工作委员会 of one field are two bodies (`法制委员会` /
 * `法制工作委员会`, `社会建设委员会` / `社会建设工作委员会`), where `党建部` / `党建工作部` is one.
 */
function otherCommittees(short: string, long: string): boolean {
  return long.endsWith('工作委员会') && short.endsWith('委员会') && !short.endsWith('工作委员会');
}

/**
 * `short` reads as an abbreviation of `long`: both look like units, start and end with the same
 * character, and `short`'s characters occur in `long` in order, at least two fewer of them
 * (`市人社局` / `市人力资源和社会保障局`, `市住建局` / `市住房和城乡建设局`, `市交通局` /
 * `市交通运输局`). Names that end differently (`市委` / `市委办公室`) are other units, and so are:
 * - a place's general body and another body of the place ending alike (`村委会` / `村务监督委员会`,
 *   `居委会` / `居务监督委员会`): the short name keeps nothing of the long one's own words before
 *   its ending (委员会, 部, 局 …) — unless those words are the formal 人民 / 民 that short names
 *   leave out (`县政府` / `县人民政府`, `村委会` / `村民委员会`);
 * - departments of one organisation where one name is the other with a piece left out (`综合部` /
 *   `综合治理部`, `总务科` / `总务后勤科`, `安保部` / `安全环保部`): an organisation has both. Only a
 *   body named with its place (`市交通局`) has one office per field, so that its shorter name is it;
 * - names whose bracketed notes differ (`集团党委（党委办公室具体承办）`): they are compared bare.
 */
export function isAbbreviation(short: string, long: string): boolean {
  if (BRACKET.test(short) || BRACKET.test(long)) {
    short = stripNested(short);
    long = stripNested(long);
  }
  if (short.length < 3 || long.length < short.length + 2) return false;
  if (otherOffices(short, long) || otherNumbers(short, long) || otherCommittees(short, long)) return false;
  if (short.charCodeAt(0) !== long.charCodeAt(0) || short.charCodeAt(short.length - 1) !== long.charCodeAt(long.length - 1)) return false;
  // Where the first of short's middle characters lies in long, at its earliest.
  let first = -1;
  let j = 1;
  for (let i = 1; i < short.length - 1; i++) {
    const c = short.charCodeAt(i);
    while (j < long.length - 1 && long.charCodeAt(j) !== c) j++;
    if (j >= long.length - 1) return false;
    if (first < 0) first = j;
    j++;
  }
  if (!isUnitLike(short) || !isUnitLike(long)) return false;
  const ending = UNIT_END.exec(long);
  if (ending && first >= ending.index && !PEOPLE.test(long.slice(1, ending.index))) return false;
  if (!LEVEL.test(short) && onePieceLeftOut(short, long)) return false;
  return true;
}

const BRACKET = /[（(〔［\[]/;
const PEOPLE = /^人?民$/;

/**
 * `long` is `short` with one run of characters inserted (`综合部` / `综合治理部`), other than a
 * word that only says it is an office (`党建部` / `党建工作部`, `综合部` / `综合管理部`).
 */
function onePieceLeftOut(short: string, long: string): boolean {
  let p = 0;
  while (p < short.length && short.charCodeAt(p) === long.charCodeAt(p)) p++;
  let s = 0;
  while (s < short.length - p && short.charCodeAt(short.length - 1 - s) === long.charCodeAt(long.length - 1 - s)) s++;
  return p + s >= short.length && !OFFICE_WORD.test(long.slice(p, long.length - (short.length - p)));
}

const OFFICE_WORD = /^(?:工作|管理|事务)$/;

/**
 * The kind of body a unit is, as lists of units group them with a comma (`中央组织部、中央宣传部，
 * 国家发展改革委、财政部`, `市中级人民法院、市人民检察院，市司法局`): a party body, a 人大 or 政协
 * body, a court or procuratorate, a mass organisation, an enterprise, else a government body.
 */
export type UnitKind = 'party' | 'congress' | 'judicial' | 'mass' | 'enterprise' | 'government';

const MASS_BODY = /^(?:团[省市县区州旗]委|共青团)|(?:总工会|工会|妇联|妇女联合会|科协|侨联|文联|残联|工商联|红十字会|团委)$/;
const JUDICIAL_BODY = /(?:法院|检察院)$/;
const CONGRESS_BODY = /人大|政协/;
const PARTY_BODY = /^(?:中共|中央(?!广播|财经|民族|美术|音乐|戏剧)|党委|党组|[\u4e00-\u9fff]{0,6}?[省市县区州旗盟]委(?!员会)(?=[\u4e00-\u9fff])|[\u4e00-\u9fff]{0,6}?(?:纪委|监委|党工委|机关工委))/;
const ENTERPRISE_BODY = /(?:公司|集团|银行|分行|支行)$/;
const CENTRAL_BANK = /人民银行|人行/;

export function unitKind(name: string): UnitKind {
  const bare = simplified(stripNested(name));
  if (MASS_BODY.test(bare)) return 'mass';
  if (CONGRESS_BODY.test(bare)) return 'congress';
  if (JUDICIAL_BODY.test(bare)) return 'judicial';
  if (PARTY_BODY.test(bare)) return 'party';
  // 人民银行 (中国人民银行, 人民银行某某中心支行) is the central bank, a government body.
  if (ENTERPRISE_BODY.test(bare) && !CENTRAL_BANK.test(bare)) return 'enterprise';
  return 'government';
}
