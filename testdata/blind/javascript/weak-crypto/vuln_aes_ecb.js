const crypto = require('crypto');

const KEY = Buffer.from(process.env.CARD_KEY, 'hex');

function encryptCardNumber(number) {
  const cipher = crypto.createCipheriv('aes-256-ecb', KEY, null); // LABEL: CWE-327
  return Buffer.concat([cipher.update(number, 'utf8'), cipher.final()]).toString('base64');
}

module.exports = { encryptCardNumber };
