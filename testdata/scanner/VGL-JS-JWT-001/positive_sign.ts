import jwt from "jsonwebtoken";

export const issue = (sub: string) => jwt.sign({ sub }, "", { algorithm: "none" }); // vigil:expect VGL-JS-JWT-001
