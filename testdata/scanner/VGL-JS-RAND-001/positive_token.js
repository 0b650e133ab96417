function newResetToken() {
  const token = Math.random().toString(36).slice(2); // vigil:expect VGL-JS-RAND-001
  return token;
}
module.exports = newResetToken;
