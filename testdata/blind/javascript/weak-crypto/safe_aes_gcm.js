const crypto = require('crypto');

const KEY = Buffer.from(process.env.CARD_KEY, 'hex');

function encryptCardNumber(number) {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', KEY, iv);
  const body = Buffer.concat([cipher.update(number, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
}

module.exports = { encryptCardNumber };
