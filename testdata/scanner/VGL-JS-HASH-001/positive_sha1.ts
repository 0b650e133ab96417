import { createHash } from "crypto";

export const sign = (data: string) => createHash("sha1").update(data).digest("base64"); // vigil:expect VGL-JS-HASH-001
