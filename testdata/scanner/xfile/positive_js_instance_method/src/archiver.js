const { exec } = require("child_process");

class Archiver {
  run(dir) {
    exec("tar czf /tmp/out.tgz " + dir); // vigil:expect VGL-JS-CMDI-001
  }
}

module.exports = { Archiver };
