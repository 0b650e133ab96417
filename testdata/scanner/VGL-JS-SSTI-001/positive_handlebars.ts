import Handlebars from "handlebars";

export function page(req: any) {
  const source = "<h1>" + req.query.title + "</h1>";
  return Handlebars.compile(source)({}); // vigil:expect VGL-JS-SSTI-001
}
