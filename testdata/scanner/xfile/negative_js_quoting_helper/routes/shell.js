const { exec } = require("child_process");

function listDir(dir) {
  const safe = parseInt(dir, 10);
  exec("ls /srv/data/" + safe);
}

module.exports = { listDir };
