/**
 * Bytes → text for the CLI: UTF-8 (with or without BOM), else GB18030 (which covers GBK and
 * GB2312) when it decodes cleanly; binary input (NUL bytes) is refused.
 */
export type Decoded =
  | { kind: 'text'; text: string; bom: boolean; encoding: 'utf-8' | 'gb18030' }
  | { kind: 'binary' }
  | { kind: 'unknown' };

export function decodeInput(bytes: Uint8Array): Decoded {
  if (bytes.includes(0)) return { kind: 'binary' };
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { kind: 'text', text, bom, encoding: 'utf-8' };
  } catch {
    // not UTF-8: try the Chinese national encodings
  }
  try {
    const text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    return { kind: 'text', text, bom: false, encoding: 'gb18030' };
  } catch {
    return { kind: 'unknown' };
  }
}
