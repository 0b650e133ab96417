import { createHash } from "crypto";

export const check = (user: { pwd: string }, stored: string) => createHash("md5").update(user.pwd).digest("hex") === stored; // vigil:expect VGL-JS-HASH-002
