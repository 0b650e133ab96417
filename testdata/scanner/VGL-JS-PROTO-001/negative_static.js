const _ = require("lodash");

const config = _.merge({}, require("./defaults.json"), { debug: false });
module.exports = config;
