import crypto from "crypto";

const ITERATIONS = 310000;
export const derive = (pw: string, salt: Buffer) => crypto.pbkdf2Sync(pw, salt, ITERATIONS, 32, "sha256");
