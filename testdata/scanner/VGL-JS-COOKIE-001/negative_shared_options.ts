const base = { httpOnly: true, secure: true };

export function login(res: any, sid: string) {
  res.cookie("sid", sid, { ...base, sameSite: "strict" });
}
