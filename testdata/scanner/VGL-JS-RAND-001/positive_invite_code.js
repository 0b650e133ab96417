function makeInviteCode() {
  return Math.random().toString(36).slice(2, 10); // vigil:expect VGL-JS-RAND-001
}

module.exports = { makeInviteCode };
