/**
 * Bytes → text for the CLI: UTF-16 with its BOM (Notepad's "Unicode"), UTF-8 (with or without
 * BOM), else GB18030 (which covers GBK and GB2312) when it decodes cleanly; binary input (NUL
 * bytes) is refused.
 */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';
export type Decoded =
  | { kind: 'text'; text: string; bom: boolean; encoding: Encoding }
  | { kind: 'binary' }
  | { kind: 'unknown' };

export function decodeInput(bytes: Uint8Array): Decoded {
  const utf16 = bytes.length >= 2 && bytes.length % 2 === 0 ? (bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null) : null;
  if (utf16) {
    try {
      const text = new TextDecoder(utf16, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(2));
      if (!text.includes('\0')) return { kind: 'text', text, bom: true, encoding: utf16 };
    } catch {
      // not UTF-16 after all: read on
    }
  }
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

/**
 * `text` as bytes in the encoding it was read in, BOM included; null for GB18030, which Node
 * decodes but cannot encode (a fix is then printed, not written over the file).
 */
export function encodeOutput(text: string, encoding: Encoding, bom: boolean): Buffer | null {
  if (encoding === 'gb18030') return null;
  if (encoding === 'utf-8') return Buffer.from((bom ? '\ufeff' : '') + text, 'utf8');
  const le = Buffer.from('\ufeff' + text, 'utf16le');
  return encoding === 'utf-16le' ? le : le.swap16();
}
