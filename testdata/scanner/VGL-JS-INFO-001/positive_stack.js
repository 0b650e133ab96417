function onError(err, req, res, next) {
  res.status(500).send(err.stack); // vigil:expect VGL-JS-INFO-001
}
module.exports = onError;
