const DIGITS = "0123456789";

export function generateOtp(length = 6): string {
  return Array.from({ length }, () => DIGITS[Math.floor(Math.random() * DIGITS.length)]).join(""); // vigil:expect VGL-JS-RAND-001
}
