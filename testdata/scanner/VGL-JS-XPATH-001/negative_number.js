const xpath = require('xpath');

function nth(req, res, doc) {
  const n = Number(req.query.n);
  res.json(xpath.select('//book[' + n + ']', doc).length);
}
module.exports = nth;
