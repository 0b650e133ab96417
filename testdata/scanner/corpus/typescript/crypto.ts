import { createCipheriv, createHash, generateKeyPairSync, randomBytes } from "crypto";

export function encryptLegacy(key: Buffer, data: string) {
  const cipher = createCipheriv("des-ede3-cbc", key, randomBytes(8)); // LABEL: CWE-327
  return cipher.update(data, "utf8", "hex") + cipher.final("hex");
}

export function encrypt(key: Buffer, data: string) {
  const iv = randomBytes(12);
  const c = createCipheriv("aes-256-gcm", key, iv);
  return Buffer.concat([iv, c.update(data), c.final(), c.getAuthTag()]);
}

export const weakPair = generateKeyPairSync("rsa", { modulusLength: 1024 }); // LABEL: CWE-326

export const digest = (s: string) => createHash("sha256").update(s).digest("hex");
