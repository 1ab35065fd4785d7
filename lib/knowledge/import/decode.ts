/**
 * Bytes → text for knowledge files. Chinese spreadsheets (Excel, WPS) still
 * save CSV as GBK, so: strip a UTF-8 BOM, accept the bytes if they are valid
 * UTF-8, otherwise decode as GBK (GB18030 superset in WHATWG encoding).
 * Valid UTF-8 that is really GBK is vanishingly rare for real Chinese text,
 * since GBK's lead/trail byte pairs almost never form UTF-8 sequences.
 */
export function decodeKnowledgeBytes(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'gbk' } {
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gbk').decode(body), encoding: 'gbk' };
  }
}
