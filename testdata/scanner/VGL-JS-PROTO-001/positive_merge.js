const _ = require("lodash");

const defaults = { theme: "light" };

function saveSettings(req, res) {
  const settings = _.merge({}, defaults, req.body); // vigil:expect VGL-JS-PROTO-001
  res.json(settings);
}
module.exports = saveSettings;
