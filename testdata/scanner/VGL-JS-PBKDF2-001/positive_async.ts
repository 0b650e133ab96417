import crypto from "crypto";

export function derive(pw: string, salt: Buffer, cb: (e: Error | null, k: Buffer) => void) {
  crypto.pbkdf2(pw, salt, 10000, 64, "sha512", cb); // vigil:expect VGL-JS-PBKDF2-001
}
