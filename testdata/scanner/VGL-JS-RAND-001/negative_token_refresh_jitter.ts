export async function refreshAccessToken(client: { refresh(): Promise<string> }) {
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      return await client.refresh();
    } catch {
      const delay = 2 ** attempt * 100 + Math.random() * 100;
      await new Promise((r) => setTimeout(r, delay));
    }
  }
  throw new Error("token refresh failed");
}
