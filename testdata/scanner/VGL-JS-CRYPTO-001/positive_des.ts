import { createCipheriv } from "crypto";

export function encrypt(key: Buffer, iv: Buffer, data: string) {
  const c = createCipheriv("des-ede3-cbc", key, iv); // vigil:expect VGL-JS-CRYPTO-001
  const e = createCipheriv("aes-128-ecb", key, null); // vigil:expect VGL-JS-CRYPTO-001
  return [c.update(data), e.update(data)];
}
