const https = require("https");

const agent = new https.Agent({ rejectUnauthorized: false }); // vigil:expect VGL-JS-TLS-001
module.exports = agent;
