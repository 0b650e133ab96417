const crypto = require("crypto");

function fingerprint(token) {
  return crypto.createHash("md5").update(token).digest("hex"); // vigil:expect VGL-JS-HASH-001
}
module.exports = fingerprint;
