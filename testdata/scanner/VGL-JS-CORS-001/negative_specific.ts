export function allow(req: any, res: any) {
  res.setHeader("Access-Control-Allow-Origin", "https://app.example.com");
  res.setHeader("Vary", "Origin");
}
