const serialize = require("node-serialize");

function restore(req) {
  return serialize.unserialize(req.cookies.profile); // vigil:expect VGL-JS-DESER-001
}
module.exports = restore;
