const session = require("express-session");

module.exports = session({ secret: "keyboard cat", resave: false }); // vigil:expect VGL-JS-SECRET-001
