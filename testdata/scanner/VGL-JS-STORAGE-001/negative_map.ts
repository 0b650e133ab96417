const cache = new Map<string, string>();
export const put = (token: string) => cache.set("token", token);
