const crypto = require('crypto');

class ExportEncryptor {
  constructor(keyHex) {
    this.key = Buffer.from(keyHex, 'hex');
  }

  encrypt(json) {
    const cipher = crypto.createCipheriv('aes-128-ecb', this.key, null); // LABEL: CWE-327
    return Buffer.concat([cipher.update(JSON.stringify(json), 'utf8'), cipher.final()]).toString('base64');
  }

  decrypt(b64) {
    const decipher = crypto.createDecipheriv('aes-128-ecb', this.key, null);
    const out = Buffer.concat([decipher.update(Buffer.from(b64, 'base64')), decipher.final()]);
    return JSON.parse(out.toString('utf8'));
  }
}

module.exports = { ExportEncryptor };
