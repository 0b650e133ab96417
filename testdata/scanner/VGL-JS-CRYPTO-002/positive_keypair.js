const { generateKeyPairSync } = require("crypto");

const { publicKey, privateKey } = generateKeyPairSync("rsa", {
  modulusLength: 1024, // vigil:expect VGL-JS-CRYPTO-002
});
module.exports = { publicKey, privateKey };
