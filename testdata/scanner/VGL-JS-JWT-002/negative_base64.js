function decode(s) {
  return Buffer.from(s, "base64").toString();
}
module.exports = decode;
