// An HTTPS server that asks for no client certificate: rejectUnauthorized
// only concerns client certificates, which it never requests.
const fs = require("fs");
const options = {
  key: fs.readFileSync("server.key"),
  cert: fs.readFileSync("server.crt"),
  requestCert: false,
  rejectUnauthorized: false,
};
module.exports = require("https").createServer(options);
