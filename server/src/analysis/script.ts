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

/** `s` with its traditional characters made simplified, the same length; `s` itself when it has none. */
export function simplified(s: string): string {
  const t = foldTable();
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
