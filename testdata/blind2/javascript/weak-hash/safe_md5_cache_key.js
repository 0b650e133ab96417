const crypto = require("crypto");

const cache = new Map();

function cacheKey(url, lang) {
  return crypto.createHash("md5").update(url + "|" + lang).digest("hex");
}

async function cachedFetch(url, lang) {
  const key = cacheKey(url, lang);
  if (!cache.has(key)) cache.set(key, await fetch(url, { headers: { "Accept-Language": lang } }).then((r) => r.text()));
  return cache.get(key);
}

module.exports = { cachedFetch };
