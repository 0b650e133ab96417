const helmet = require("helmet");

module.exports = helmet({ contentSecurityPolicy: { directives: { defaultSrc: ["'self'"] } } });
