import { createCipheriv, randomBytes } from "crypto";

export const seal = (key: Buffer, data: Buffer) => createCipheriv("chacha20-poly1305", key, randomBytes(12), { authTagLength: 16 }).update(data);
