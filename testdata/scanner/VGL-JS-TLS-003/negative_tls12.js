const https = require("https");

const server = https.createServer({ minVersion: "TLSv1.2" });
module.exports = server;
