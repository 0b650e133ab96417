import { exec } from "child_process";

export function listDir(dir: string): void {
  exec(`ls ${dir}`); // vigil:expect VGL-JS-CMDI-001
}
