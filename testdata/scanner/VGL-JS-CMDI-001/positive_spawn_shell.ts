import * as cp from "child_process";

export function convert(req: any) {
  const name = req.query.file;
  return cp.spawnSync("convert " + name + " out.png", { shell: true }); // vigil:expect VGL-JS-CMDI-001
}
