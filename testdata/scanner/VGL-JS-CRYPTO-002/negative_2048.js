const { generateKeyPairSync } = require("crypto");

const pair = generateKeyPairSync("rsa", { modulusLength: 2048 });
module.exports = pair;
