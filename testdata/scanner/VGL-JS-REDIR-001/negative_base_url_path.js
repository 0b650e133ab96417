// Redirects that drop a trailing slash: the site's own base URL, then the
// request's path (which always starts with "/") and its query string.
const config = require("./config");

module.exports = function stripSlash(req, res, next) {
  if (req.method === "GET" && req.path.endsWith("/") && req.path.length > 1) {
    const query = req.url.slice(req.path.length);
    const urlPath = req.path.slice(0, -1);
    return res.redirect(301, config.serverURL + urlPath + query);
  }
  next();
};
