const crypto = require('crypto');

const KEY = Buffer.from(process.env.EXPORT_KEY, 'hex');

function sealExportToken(payload) {
  const iv = crypto.randomBytes(8);
  const cipher = crypto.createCipheriv('des-cbc', KEY.subarray(0, 8), iv); // LABEL: CWE-327
  const body = Buffer.concat([cipher.update(JSON.stringify(payload), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, body]).toString('base64url');
}

module.exports = { sealExportToken };
