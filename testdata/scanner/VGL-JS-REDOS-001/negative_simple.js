const EMAIL = /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i;
module.exports = (s) => EMAIL.test(s);
