const _ = require("lodash");

function search(req, res, names) {
  const re = new RegExp(_.escapeRegExp(req.query.q), "i");
  res.json(names.filter((n) => re.test(n)));
}
module.exports = search;
