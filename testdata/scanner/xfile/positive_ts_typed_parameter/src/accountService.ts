import { execSync } from "child_process";

export class AccountService {
  archive(name: string) {
    return execSync("tar czf /srv/archive/acct.tgz /srv/accounts/" + name); // vigil:expect VGL-JS-CMDI-001
  }
}
