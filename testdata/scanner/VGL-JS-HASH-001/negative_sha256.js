const crypto = require("crypto");

function fingerprint(token) {
  return crypto.createHash("sha256").update(token).digest("hex");
}
module.exports = fingerprint;
