import { createHash } from 'node:crypto';

/** git's blob id of some bytes (what `git hash-object` prints without filters). */
export function blobId(bytes: Uint8Array): string {
  return createHash('sha1').update(`blob ${bytes.byteLength}\0`).update(bytes).digest('hex');
}
