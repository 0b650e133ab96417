const crypto = require("crypto");

function encrypt(text, password) {
  const cipher = crypto.createCipher("aes-256-cbc", password); // vigil:expect VGL-JS-CRYPTO-001
  return cipher.update(text, "utf8", "hex") + cipher.final("hex");
}
module.exports = encrypt;
