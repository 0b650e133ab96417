const rand = Math.random;

function randomDigits(n: number): string {
  let out = "";
  for (let i = 0; i < n; i++) out += Math.floor(rand() * 10); // vigil:expect VGL-JS-RAND-001
  return out;
}

export function sendResetCode(mailer: { send(to: string, body: string): void }, email: string) {
  const code = randomDigits(6);
  mailer.send(email, `Your password reset code: ${code}`);
  return code;
}
