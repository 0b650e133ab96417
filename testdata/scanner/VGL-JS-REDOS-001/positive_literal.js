const EMAIL = /^([a-zA-Z0-9]+)*@example\.com$/; // vigil:expect VGL-JS-REDOS-001
module.exports = (s) => EMAIL.test(s);
