function onError(err, req, res, next) {
  console.error(err.stack);
  res.status(500).send("Internal error");
}
module.exports = onError;
