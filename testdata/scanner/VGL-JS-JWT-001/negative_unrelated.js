const config = { algorithm: "none", compression: "gzip" };
module.exports = config;
