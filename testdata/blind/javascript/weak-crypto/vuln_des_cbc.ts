import { createCipheriv, randomBytes } from 'node:crypto';

const LEGACY_KEY = Buffer.from(process.env.LEGACY_KEY ?? '', 'hex').subarray(0, 8);

export function legacyToken(user: string): string {
  const iv = randomBytes(8);
  const cipher = createCipheriv('des-cbc', LEGACY_KEY, iv); // LABEL: CWE-327
  const body = Buffer.concat([cipher.update(user, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, body]).toString('hex');
}
