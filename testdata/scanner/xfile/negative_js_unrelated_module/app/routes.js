const { search } = require("./search");

module.exports = (req, res) => {
  search(req.query.term, (err, rows) => res.json(rows));
};
