const opts = { keepAlive: false, rejectUnauthorized: process.env.NODE_ENV !== "test" };
module.exports = opts;
