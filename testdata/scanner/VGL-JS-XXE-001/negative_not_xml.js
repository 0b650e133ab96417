const opts = { noent: true };
module.exports = opts;
