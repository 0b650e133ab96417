// A preference cookie carries no session, token or identity.
function prefs(req, res) {
  res.cookie("theme", "dark");
  res.cookie("lang", req.query.lang, { maxAge: 86400000 });
}
module.exports = prefs;
