const crypto = require("crypto");
const jwt = require("jsonwebtoken");
const session = require("express-session");

const sessionMiddleware = session({
  secret: "correct-horse-battery", // LABEL: CWE-798
  cookie: { secure: true, httpOnly: true },
});

function hashPassword(password, salt) {
  return crypto.scryptSync(password, salt, 64).toString("hex");
}

function legacyHash(password) {
  return crypto.createHash("md5").update(password).digest("hex"); // LABEL: CWE-328, CWE-916
}

function makeApiToken() {
  const token = Math.random().toString(36).substring(2); // LABEL: CWE-338
  return token;
}

function verify(token) {
  return jwt.verify(token, process.env.JWT_PUBLIC_KEY, { algorithms: ["RS256"] });
}

module.exports = { sessionMiddleware, hashPassword, legacyHash, makeApiToken, verify };
