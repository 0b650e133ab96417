export function makeFilter(req: any) {
  const body = "return item." + req.query.field + " > 0";
  return new Function("item", body); // vigil:expect VGL-JS-CODEI-001
}
