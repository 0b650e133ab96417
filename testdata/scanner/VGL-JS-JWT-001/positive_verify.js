const jwt = require("jsonwebtoken");

function check(token, key) {
  return jwt.verify(token, key, { algorithms: ["HS256", "none"] }); // vigil:expect VGL-JS-JWT-001
}
module.exports = check;
