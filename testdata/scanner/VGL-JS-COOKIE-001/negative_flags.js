function login(req, res, sid) {
  res.cookie("sid", sid, { httpOnly: true, secure: true, sameSite: "lax" });
}
module.exports = login;
