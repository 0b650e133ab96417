const { exec } = require("child_process");

function ping(req, res) {
  const host = req.body.host;
  exec(`ping -c 1 ${host}`, (err, out) => res.send(out)); // vigil:expect VGL-JS-CMDI-001
}
module.exports = ping;
