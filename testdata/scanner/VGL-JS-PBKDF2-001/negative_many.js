const crypto = require("crypto");

function derive(password, salt) {
  return crypto.pbkdf2Sync(password, salt, 600000, 32, "sha256");
}
module.exports = derive;
