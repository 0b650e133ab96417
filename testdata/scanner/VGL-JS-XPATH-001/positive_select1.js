const xpath = require('xpath');

function title(req, res, doc) {
  res.send(String(xpath.select1(`//book[@id='${req.params.id}']/title/text()`, doc))); // vigil:expect VGL-JS-XPATH-001
}
module.exports = title;
