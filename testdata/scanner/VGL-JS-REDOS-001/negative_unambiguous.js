// Separators pin each iteration: linear, whatever the input.
const SEMVER = /^v?\d+(\.\d+)*(-[a-z0-9]+)?$/;
const HOST = new RegExp("^([a-z0-9]+\\.)+[a-z]{2,}$");
const WORDS = /^(\w+ )*\w+$/;
module.exports = { SEMVER, HOST, WORDS };
