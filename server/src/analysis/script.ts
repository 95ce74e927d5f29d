/**
 * Traditional script read as simplified, for matching only. Documents copied from Hong Kong or
 * Taiwan write `牽頭單位：`, `（市數據局負責）`, `總體要求`; the parser's words and the shapes of
 * unit names are simplified. `simplified` maps one UTF-16 unit to one, so an offset found in the
 * folded text points at the same place in the text as written, and names and deadlines are still
 * shown as the drafter wrote them.
 *
 * The table is OpenCC's character table (opencc-js `TSCharacters`), its one-character entries in
 * the Basic Multilingual Plane; phrases and characters outside it are left as written.
 */
import TS_CHARACTERS from 'opencc-js/dict/TSCharacters';

let table: Uint16Array | null = null;

/** Code unit → its simplified code unit, 0 where it has none; built on first use. */
function foldTable(): Uint16Array {
  if (table) return table;
  const t = new Uint16Array(0x10000);
  for (const entry of TS_CHARACTERS.split('|')) {
    const space = entry.indexOf(' ');
    const from = entry.slice(0, space);
    const to = entry.slice(space + 1);
    if (from.length === 1 && to.length === 1) t[from.charCodeAt(0)] = to.charCodeAt(0);
  }
  return (table = t);
}

/** A Han character (CJK unified ideographs, extension A, compatibility ideographs). */
export const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

let readTable: Uint16Array | null = null;

/** foldTable, and full-width figures and slashes made ASCII (`２０２５．９／３０`): dates are read in either. */
function readingTable(): Uint16Array {
  if (readTable) return readTable;
  const t = foldTable().slice();
  for (let d = 0; d <= 9; d++) t[0xff10 + d] = 0x30 + d;
  t[0xff0f] = 0x2f; // ／
  return (readTable = t);
}

/** `s` with its traditional characters made simplified, the same length; `s` itself when it has none. */
export function simplified(s: string): string {
  return folded(s, foldTable());
}

/**
 * `s` as the parser reads it: simplified, and with full-width figures and slashes as ASCII
 * (`２０２５．９．３０前完成`), the same length, so that what is read is still taken as written.
 * For matching only: a fix never writes this text.
 */
export function readable(s: string): string {
  return folded(s, readingTable());
}

function folded(s: string, t: Uint16Array): string {
  let k = 0;
  while (k < s.length && t[s.charCodeAt(k)] === 0) k++;
  if (k === s.length) return s;
  // By chunks: String.fromCharCode takes its codes as arguments, and a line may be a megabyte.
  let out = s.slice(0, k);
  const codes: number[] = [];
  for (let i = k; i < s.length; i++) {
    const c = s.charCodeAt(i);
    codes.push(t[c] || c);
    if (codes.length === CHUNK || i === s.length - 1) {
      out += String.fromCharCode(...codes);
      codes.length = 0;
    }
  }
  return out;
}

const CHUNK = 4096;

/*
 * Which script a character belongs to, for telling a simplified document from a traditional one
 * and finding traditional characters in a simplified text (GW404). A character of GB2312, the
 * simplified standard, is never traditional-only, even where OpenCC folds it (`乾坤`, `於`
 * as a surname, `後`): only those outside it are. A simplified-only character is one OpenCC folds
 * traditional characters to, that is not itself folded (`数` from `數`, `办` from `辦`).
 */
const TRADITIONAL = 1;
const SIMPLIFIED = 2;
let classes: Uint8Array | null = null;

function classTable(): Uint8Array {
  if (classes) return classes;
  const fold = foldTable();
  const inGb2312 = gb2312();
  const c = new Uint8Array(0x10000); // 0: neither
  for (let code = 0; code < 0x10000; code++) {
    const to = fold[code];
    if (to === 0 || to === code) continue;
    if (inGb2312 && !inGb2312[code]) c[code] = TRADITIONAL;
    if (fold[to] === 0) c[to] = SIMPLIFIED;
  }
  return (classes = c);
}

/**
 * The Chinese characters of GB2312 (rows 16–87), marked by code unit; null where the runtime's
 * TextDecoder has no GB18030 (a Node without full ICU), and then no character counts as
 * traditional-only: a check that cannot tell stays silent.
 */
function gb2312(): Uint8Array | null {
  const bytes = new Uint8Array(2 * 72 * 94);
  let k = 0;
  for (let hi = 0xb0; hi <= 0xf7; hi++) {
    for (let lo = 0xa1; lo <= 0xfe; lo++) {
      bytes[k++] = hi;
      bytes[k++] = lo;
    }
  }
  let text: string;
  try {
    text = new TextDecoder('gb18030').decode(bytes);
  } catch {
    return null;
  }
  const set = new Uint8Array(0x10000);
  for (let i = 0; i < text.length; i++) set[text.charCodeAt(i)] = 1;
  return set;
}

/** Counts of traditional-only and simplified-only characters in [from, to) of a text. */
export function scriptCounts(text: string, from: number, to: number): { traditional: number; simplified: number } {
  const c = classTable();
  let traditional = 0;
  let simplified = 0;
  for (let i = from; i < to; i++) {
    const k = c[text.charCodeAt(i)];
    if (k === TRADITIONAL) traditional++;
    else if (k === SIMPLIFIED) simplified++;
  }
  return { traditional, simplified };
}

/** Whether the code unit is a traditional-only character (outside GB2312, folded by OpenCC). */
export function isTraditionalOnly(code: number): boolean {
  return classTable()[code] === TRADITIONAL;
}
