const opts = { cache: { secure: false } };
module.exports = opts;
