/**
 * An OLE compound file (CFB) is not a zip: Excel writes a password-protected .xlsx as one (the real workbook
 * encrypted inside, beside an `EncryptionInfo` stream), and an Excel 97–2003 .xls is one too. The two are told
 * apart by that stream's name, which the compound file's directory holds in UTF-16.
 */
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function isCompoundFile(bytes: Uint8Array): boolean {
  return bytes.length >= CFB_MAGIC.length && CFB_MAGIC.every((b, i) => bytes[i] === b);
}

/** The UTF-16LE bytes of a stream name, as a CFB directory entry stores it. */
const utf16le = (text: string) => Uint8Array.from([...text].flatMap((c) => [c.charCodeAt(0), 0]));

const ENCRYPTION_INFO = utf16le('EncryptionInfo');

/**
 * Whether the compound file holds an `EncryptionInfo` stream. The directory may sit anywhere in the file, so the
 * name is looked for everywhere: one pass over at most 50 MB, cheaper than walking the sector chains.
 */
export function hasEncryptionInfo(bytes: Uint8Array): boolean {
  const first = ENCRYPTION_INFO[0]!;
  const last = bytes.length - ENCRYPTION_INFO.length;
  for (let at = bytes.indexOf(first); at >= 0 && at <= last; at = bytes.indexOf(first, at + 1)) {
    let i = 1;
    while (i < ENCRYPTION_INFO.length && bytes[at + i] === ENCRYPTION_INFO[i]) i++;
    if (i === ENCRYPTION_INFO.length) return true;
  }
  return false;
}
