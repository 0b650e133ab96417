import { execSync } from "child_process";

export const checkout = (branch: string) => execSync("git checkout " + branch); // vigil:expect VGL-JS-CMDI-002
