import { createCipheriv, randomBytes } from 'node:crypto';

// Legacy names are listed only to refuse them with a helpful message.
const REFUSED = new Set(['des-cbc', 'aes-256-ecb', 'rc4']);
const ALGORITHM = 'chacha20-poly1305';

export function seal(key: Buffer, plaintext: string, requested = ALGORITHM): Buffer {
  if (REFUSED.has(requested)) {
    throw new Error(`cipher ${requested} is not allowed`);
  }
  const nonce = randomBytes(12);
  const cipher = createCipheriv(ALGORITHM, key, nonce, { authTagLength: 16 });
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return Buffer.concat([nonce, cipher.getAuthTag(), body]);
}
