// The flags travel in a variable or come from configuration: nothing says they are missing.
function login(req, res, sid, options) {
  res.cookie("sid", sid, options);
  res.cookie("sid2", sid, config.cookieOptions);
  res.cookie("sid3", sid, { httpOnly: cfg.httpOnly, secure: cfg.secure, sameSite: "lax" });
}
module.exports = login;
