const crypto = require("crypto");

const IV = Buffer.alloc(8, 0);

function encryptToken(plain, key) {
  const cipher = crypto.createCipheriv("des-ede3-cbc", key, IV);  // LABEL: CWE-327
  return Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]).toString("base64");
}

function decryptToken(sealed, key) {
  const decipher = crypto.createDecipheriv("des-ede3-cbc", key, IV);  // LABEL: CWE-327
  return Buffer.concat([decipher.update(sealed, "base64"), decipher.final()]).toString("utf8");
}

module.exports = { encryptToken, decryptToken };
