const { User } = require('./models');

// Sequelize's Model.update(values, options): the first argument holds the
// new column values, not a filter (an operator there is not interpreted)
async function rename(req, res) {
  await User.update({ name: req.body.name }, { where: { id: req.user.id } });
  res.sendStatus(204);
}

module.exports = { rename };

// the same through the models index (db.User): still column values
const db = require('./models');

async function retitle(req, res) {
  await db.User.update({ title: req.body.title }, { where: { id: req.user.id } });
  res.sendStatus(204);
}

module.exports.retitle = retitle;
