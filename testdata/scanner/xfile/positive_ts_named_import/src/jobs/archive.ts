import { exec } from "child_process";

export function compress(dir: string): void {
  const cmd = `tar czf /tmp/out.tgz ${dir}`;
  exec(cmd); // vigil:expect VGL-JS-CMDI-001
}
