import jwt from "jsonwebtoken";

export function isAdmin(token: string): boolean {
  const payload = jwt.decode(token) as { role?: string }; // vigil:expect VGL-JS-JWT-002
  return payload?.role === "admin";
}
