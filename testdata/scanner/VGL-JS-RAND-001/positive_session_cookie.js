const sessions = new Map();

function createSession(res, user) {
  const id = Math.random().toString(36).substring(2); // vigil:expect VGL-JS-RAND-001
  sessions.set(id, user);
  res.cookie("sid", id, { httpOnly: true, secure: true });
}

module.exports = { createSession };
