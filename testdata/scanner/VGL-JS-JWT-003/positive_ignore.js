const jwt = require("jsonwebtoken");

function check(token, key) {
  return jwt.verify(token, key, { algorithms: ["HS256"], ignoreExpiration: true }); // vigil:expect VGL-JS-JWT-003
}
module.exports = check;
