const User = require("./models/user");

async function login(req, res) {
  const user = await User.findOne({ username: String(req.body.username) });
  res.json({ ok: !!user });
}
module.exports = login;
