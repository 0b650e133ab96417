const https = require("https");
const fs = require("fs");

const agent = new https.Agent({ ca: fs.readFileSync("ca.pem"), rejectUnauthorized: true });
module.exports = agent;
