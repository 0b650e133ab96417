const User = require("./models/user");

async function login(req, res) {
  const user = await User.findOne({ username: req.body.username, password: req.body.password }); // vigil:expect VGL-JS-NOSQLI-001
  res.json({ ok: !!user });
}
module.exports = login;
