const tls = require("tls");

const socket = tls.connect({ host: "legacy", port: 443, secureProtocol: "TLSv1_method" }); // vigil:expect VGL-JS-TLS-003
module.exports = socket;
