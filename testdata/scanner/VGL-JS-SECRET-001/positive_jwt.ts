import jwt from "jsonwebtoken";

export const issue = (sub: string) => jwt.sign({ sub }, "s3cr3t-signing-key", { expiresIn: "1h" }); // vigil:expect VGL-JS-SECRET-001
