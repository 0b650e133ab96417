const session = require("express-session");

const mw = session({
  secret: process.env.SESSION_SECRET,
  cookie: { secure: false, maxAge: 3600000 }, // vigil:expect VGL-JS-COOKIE-002
});
module.exports = mw;
