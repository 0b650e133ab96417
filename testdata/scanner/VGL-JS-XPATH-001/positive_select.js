const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');

function login(req, res, xml) {
  const doc = new DOMParser().parseFromString(xml);
  const q = "//user[name='" + req.body.name + "' and pass='" + req.body.pass + "']";
  const nodes = xpath.select(q, doc); // vigil:expect VGL-JS-XPATH-001
  res.json(nodes.length > 0);
}
module.exports = login;
