// Short random ids: 10 base62 characters (~59 bits), small enough to fit several into a
// 32-character Mini Program code scene.
import { randomBytes } from 'node:crypto'

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'

export function newId(length = 10): string {
  // 248 is the largest multiple of 62 below 256: rejecting bytes above it keeps ids uniform.
  let id = ''
  while (id.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte < 248 && id.length < length) id += ALPHABET[byte % 62]
    }
  }
  return id
}
