import { isUtf8 } from 'node:buffer';
import type { Finding } from './diagnostic.ts';

export interface Decoded {
  /** Text without the BOM, or null when the bytes are not text. */
  text: string | null;
  hadBom: boolean;
  findings: Finding[];
}

const BOM = [0xef, 0xbb, 0xbf];

/** Line and column (1-based, columns in characters) of a byte offset in valid UTF-8 up to that offset. */
function positionOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let column = 1;
  for (let i = 0; i < offset; i++) {
    const b = bytes[i]!;
    if (b === 0x0a) {
      line++;
      column = 1;
    } else if ((b & 0xc0) !== 0x80) {
      column++; // count characters, not continuation bytes
    }
  }
  return { line, column };
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need = 0;
    let min = 0;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      return i;
    }
    if (i + need >= bytes.length) return i;
    let cp = b & (0xff >> (need + 2));
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** Bytes to text, with a finding (never an exception) for binary or non-UTF-8 content and a BOM. */
export function decodeArtifact(bytes: Uint8Array): Decoded {
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const at = positionOfByte(bytes, nul);
    return {
      text: null,
      hadBom: false,
      findings: [{ ...at, rule: 'binary', message: 'file contains a NUL byte: this is not a text file', hint: 'artifacts are UTF-8 Markdown; move binary files out of the experiments tree or out of .metadata/' }],
    };
  }
  if (!isUtf8(bytes)) {
    const bad = firstInvalidUtf8(bytes);
    const at = positionOfByte(bytes, Math.max(bad, 0));
    const byte = bytes[bad];
    return {
      text: null,
      hadBom: false,
      findings: [{
        ...at,
        rule: 'encoding',
        message: `file is not valid UTF-8 (byte 0x${(byte ?? 0).toString(16).padStart(2, '0')} at offset ${bad})`,
        hint: 're-save the file as UTF-8, e.g. iconv -f latin1 -t utf-8 FILE > FILE.new && mv FILE.new FILE',
      }],
    };
  }
  const hadBom = bytes.length >= 3 && bytes[0] === BOM[0] && bytes[1] === BOM[1] && bytes[2] === BOM[2];
  const text = Buffer.from(bytes.buffer, bytes.byteOffset + (hadBom ? 3 : 0), bytes.byteLength - (hadBom ? 3 : 0)).toString('utf8');
  const findings: Finding[] = [];
  if (hadBom) {
    findings.push({ line: 1, column: 1, rule: 'bom', message: 'file starts with a UTF-8 byte order mark', hint: 'save the file as UTF-8 without BOM' });
  }
  return { text, hadBom, findings };
}
