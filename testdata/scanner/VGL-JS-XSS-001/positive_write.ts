import http from "http";

export function handler(req: any, res: any) {
  const q = req.query.q;
  const html = `<p>Results for ${q}</p>`;
  res.write(html); // vigil:expect VGL-JS-XSS-001
  res.end();
}
