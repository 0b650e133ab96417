const crypto = require("crypto");

// webhook signatures and stored tokens, with keys written in the code
function signPayload(body) {
  return crypto.createHmac("sha256", "c1f4e7a9b2d5086e3f1a").update(body).digest("hex"); // vigil:expect VGL-JS-SECRET-001
}

function seal(token, iv) {
  const cipher = crypto.createCipheriv("aes-256-cbc", "9Fk2Lq7Xv0Rt3Wz8Nb4Mc6Hd1Js5Gp0", iv); // vigil:expect VGL-JS-SECRET-001
  return Buffer.concat([cipher.update(token, "utf8"), cipher.final()]).toString("base64");
}

module.exports = { signPayload, seal };
