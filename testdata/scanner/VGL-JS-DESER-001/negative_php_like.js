const phpUnserialize = require("locutus/php/var/unserialize");

module.exports = (s) => phpUnserialize(s);
