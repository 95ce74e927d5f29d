// Deterministic synthetic plans for the benchmark: a cover 通知 and an attached plan with four
// levels of numbering, responsible-unit annotations in several forms, inline enumerations and a
// few deliberate mistakes. Vocabulary is synthetic (no corpus sentences).
export function mulberry32(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CN = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const cn = (n) => (n <= 10 ? CN[n] : n < 20 ? `十${CN[n - 10]}` : `${CN[Math.floor(n / 10)]}十${CN[n % 10]}`);
const VERBS = ['健全', '完善', '推进', '加强', '落实', '深化', '优化', '规范', '强化', '统筹'];
const OBJECTS = ['工作机制', '管理制度', '数据共享', '监督检查', '队伍建设', '风险防控', '信息公开', '服务体系', '考核评价', '宣传引导'];
const FILLER = ['要坚持问题导向，', '明确责任分工，', '定期调度进展，', '及时总结经验，', '确保取得实效，', '形成工作合力，', '提高工作质量，'];
const UNITS = ['办公室', '财务处', '人事处', '审计处', '规划处', '法规处', '信息中心', '督查室', '政策研究室', '业务指导处'];

export function generatePlan(targetChars, seed = 42) {
  const rnd = mulberry32(seed);
  const pick = (a) => a[Math.floor(rnd() * a.length)];
  // Now and then a word-level slip (布署, a doubled 进一步), so the word checks have work to do.
  const slip = () => (rnd() < 0.01 ? '认真布署，' : rnd() < 0.01 ? '进一步进一步' : '');
  const sentence = () => `${pick(VERBS)}${pick(OBJECTS)}。${slip()}${Array.from({ length: 2 + Math.floor(rnd() * 4) }, () => pick(FILLER)).join('')}${pick(VERBS)}${pick(OBJECTS)}。`;
  const units = () => {
    const a = pick(UNITS);
    let b = pick(UNITS);
    if (b === a) b = UNITS[(UNITS.indexOf(a) + 1) % UNITS.length];
    switch (Math.floor(rnd() * 4)) {
      case 0: return `（${a}、${b}）`;
      case 1: return `（${a}牵头，${b}配合）`;
      case 2: return `（牵头单位：${a}；配合单位：${b}）`;
      default: return `（${a}、${b}负责；2027年底前完成）`;
    }
  };
  const out = [
    '某某市某某局文件', '某局发〔2026〕8号', '关于印发《某某工作三年行动实施方案》的通知', '各区有关部门，局机关各处室：',
    '　　现将《某某工作三年行动实施方案》印发给你们，请认真贯彻执行。', '　　　　　　　　某某市某某局', '　　　　　　　　2026年3月5日',
    '某某工作三年行动实施方案', '　　为做好某某工作，制定本方案。', '　　一、总体要求', '　　（一）指导思想', `　　${sentence()}`,
  ];
  let size = out.join('\n').length;
  let top = 1;
  // Sections of three （一）…（三） fill 91 top-level sections at 100k characters. A longer plan
  // gets longer sections, not more of them: a real plan has at most a few dozen 一、 and no
  // marker past 九十九、 (the 1M plan once ran on into 十十、, which is no marker at all).
  const parts = Math.max(3, Math.ceil((3 * targetChars) / 100_000));
  while (size < targetChars) {
    top++;
    const section = [`　　${cn(top)}、${pick(VERBS)}${pick(OBJECTS)}`, `　　${sentence()}一是${pick(VERBS)}${pick(OBJECTS)}；二是${pick(VERBS)}${pick(OBJECTS)}；三是${pick(VERBS)}${pick(OBJECTS)}。`];
    for (let p = 1; p <= parts; p++) {
      section.push(`　　（${cn(p)}）${pick(VERBS)}${pick(OBJECTS)}`);
      for (let t = 1; t <= 4; t++) {
        // A deliberate mistake now and then: a skipped number, a 1、, a task without units.
        const num = rnd() < 0.02 ? t + 1 : t;
        const marker = rnd() < 0.02 ? `${num}、` : `${num}.`;
        const tail = rnd() < 0.03 ? '' : units();
        section.push(`　　${marker}${sentence()}${tail}`);
        if (t === 2) section.push(`　　（1）${sentence()}`, `　　（2）${sentence()}`);
      }
    }
    const chunk = section.join('\n');
    out.push(chunk);
    size += chunk.length + 1;
  }
  return out.join('\n') + '\n';
}
