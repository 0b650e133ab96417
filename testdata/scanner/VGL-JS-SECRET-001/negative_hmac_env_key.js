const crypto = require("crypto");

const key = Buffer.from(process.env.TOKEN_KEY, "hex");

// the algorithm is a literal; the key comes from the environment
function signPayload(body) {
  return crypto.createHmac("sha256", process.env.WEBHOOK_SECRET).update(body).digest("hex");
}

function seal(token, iv) {
  const cipher = crypto.createCipheriv("aes-256-gcm", key, iv);
  return Buffer.concat([cipher.update(token, "utf8"), cipher.final()]);
}

// a digest is no keyed MAC
const etag = (body) => crypto.createHash("sha256").update(body).digest("hex");

module.exports = { signPayload, seal, etag };
