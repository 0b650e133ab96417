const { exec } = require("child_process");

class Archiver {
  run(dir) {
    const safe = String(dir).replace(/[^a-z0-9]/gi, "");
    exec("tar czf /tmp/out.tgz " + JSON.stringify(parseInt(safe, 10)));
  }
}

module.exports = { Archiver };
