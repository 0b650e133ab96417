export function newSession(userId: string) {
  return {
    userId,
    sessionId: Math.floor(Math.random() * 1e12).toString(16), // vigil:expect VGL-JS-RAND-001
  };
}
