function search(req, res, names) {
  const re = new RegExp(req.query.q, "i"); // vigil:expect VGL-JS-REGEX-001
  res.json(names.filter((n) => re.test(n)));
}
module.exports = search;
