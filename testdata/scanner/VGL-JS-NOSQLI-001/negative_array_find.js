function pick(req, res, items) {
  const item = items.find((x) => x.id === req.params.id);
  res.json(item);
}
module.exports = pick;
