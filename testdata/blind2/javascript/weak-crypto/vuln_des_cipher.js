const crypto = require("crypto");

function encryptToken(plain, key) {
  const cipher = crypto.createCipheriv("des-ede3-cbc", key, Buffer.alloc(8, 0));  // LABEL: CWE-327
  return Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]).toString("base64");
}

module.exports = { encryptToken };
