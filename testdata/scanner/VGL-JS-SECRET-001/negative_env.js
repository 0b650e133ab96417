const session = require("express-session");
const jwt = require("jsonwebtoken");

module.exports = session({ secret: process.env.SESSION_SECRET, resave: false });
module.exports.issue = (sub) => jwt.sign({ sub }, process.env.JWT_KEY, { expiresIn: "1h" });
