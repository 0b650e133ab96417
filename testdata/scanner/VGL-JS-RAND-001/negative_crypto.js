const crypto = require("crypto");

function newResetToken() {
  const token = crypto.randomBytes(32).toString("hex");
  return token;
}
module.exports = newResetToken;
