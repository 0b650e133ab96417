const xpath = require('xpath');

function titles(req, res, doc) {
  const nodes = xpath.select('//book/title/text()', doc);
  res.json(nodes.map(String).filter((t) => t.includes(req.query.q)));
}
module.exports = titles;
