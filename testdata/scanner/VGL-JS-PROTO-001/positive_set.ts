import _ from "lodash";

export function update(req: any, res: any, doc: object) {
  _.set(doc, req.body.path, req.body.value); // vigil:expect VGL-JS-PROTO-001
  res.json(doc);
}
