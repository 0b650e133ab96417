export function remember(res: any, token: string) {
  res.cookie("remember_me", token, { httpOnly: true, maxAge: 86400000 }); // vigil:expect VGL-JS-COOKIE-001
}
