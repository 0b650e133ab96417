const crypto = require("crypto");

function hashPassword(password) {
  return crypto.createHash("sha256").update(password).digest("hex"); // vigil:expect VGL-JS-HASH-002
}
module.exports = hashPassword;
