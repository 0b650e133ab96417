const ejs = require("ejs");

function preview(req, res) {
  const html = ejs.render(req.body.template, { user: req.user }); // vigil:expect VGL-JS-SSTI-001
  res.send(html);
}
module.exports = preview;
