const crypto = require('crypto');

const KEY = Buffer.from(process.env.EXPORT_KEY, 'hex');

function sealExportToken(payload) {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', KEY, iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(payload), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
}

module.exports = { sealExportToken };
