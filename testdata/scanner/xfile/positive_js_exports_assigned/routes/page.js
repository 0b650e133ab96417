const page = require("../lib/page");

exports.hello = (req, res) => {
  const name = req.query.name; // vigil:source
  page.greet(res, name);
};
