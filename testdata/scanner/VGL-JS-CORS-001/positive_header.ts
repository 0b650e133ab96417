export function allowAll(req: any, res: any, next: () => void) {
  res.setHeader("Access-Control-Allow-Origin", "*"); // vigil:expect VGL-JS-CORS-001
  next();
}
