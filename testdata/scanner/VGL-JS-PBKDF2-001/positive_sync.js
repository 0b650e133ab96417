const crypto = require("crypto");

function derive(password, salt) {
  return crypto.pbkdf2Sync(password, salt, 1000, 32, "sha256"); // vigil:expect VGL-JS-PBKDF2-001
}
module.exports = derive;
