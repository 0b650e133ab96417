const _ = require("lodash");

function saveSettings(req, res) {
  const settings = _.merge({}, { theme: "light" }, _.pick(req.body, ["theme", "lang"]));
  res.json(settings);
}
module.exports = saveSettings;
