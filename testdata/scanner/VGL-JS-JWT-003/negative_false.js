const opts = { ignoreExpiration: false, algorithms: ["RS256"] };
module.exports = opts;
