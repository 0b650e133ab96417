import { exec } from "child_process";

export function pack(dir: string): void {
  exec(`tar czf /tmp/out.tgz ${dir}`); // vigil:expect VGL-JS-CMDI-001
}
