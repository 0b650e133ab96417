const { execFile } = require("child_process");

function ping(req, res) {
  execFile("ping", ["-c", "1", req.body.host], (err, out) => res.send(String(out)));
}
module.exports = ping;
