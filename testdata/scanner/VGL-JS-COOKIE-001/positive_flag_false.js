function login(req, res, sid) {
  res.cookie("sid", sid, { httpOnly: false, secure: true }); // vigil:expect VGL-JS-COOKIE-001
}
module.exports = login;
