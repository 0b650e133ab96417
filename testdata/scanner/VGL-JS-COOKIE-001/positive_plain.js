function login(req, res, sid) {
  res.cookie("sid", sid); // vigil:expect VGL-JS-COOKIE-001
  res.end();
}
module.exports = login;
