// ETags and cache keys; HMAC-SHA1 (webhook verification) is not broken.
const crypto = require("crypto");

function etag(body) {
  return '"' + crypto.createHash("md5").update(body).digest("hex") + '"';
}

const cacheKey = (url) => crypto.createHash("sha1").update(url).digest("hex");

function hmacOf(key, payload) {
  return crypto.createHmac("sha1", key).update(payload).digest("hex");
}

module.exports = { etag, cacheKey, hmacOf };
