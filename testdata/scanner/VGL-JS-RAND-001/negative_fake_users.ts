async function createRandomFakeUsers(count: number) {
  function randomString(length: number) {
    const chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    let text = "";
    for (let i = 0; i < length; i++) text += chars.charAt(Math.floor(Math.random() * chars.length));
    return text;
  }
  return Array.from({ length: count }, () => ({ email: `${randomString(5)}@example.test`, password: randomString(8) }));
}

export { createRandomFakeUsers };
