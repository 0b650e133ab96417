const jwt = require("jsonwebtoken");

function currentUser(token, key) {
  jwt.verify(token, key, { algorithms: ["HS256"] });
  return jwt.decode(token, { complete: true }).header.kid;
}
module.exports = currentUser;
