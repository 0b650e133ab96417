const libxmljs = require("libxmljs");

function parse(xml) {
  return libxmljs.parseXml(xml, { noent: true }); // vigil:expect VGL-JS-XXE-001
}
module.exports = parse;
