const { execSync } = require("child_process");

function version(req, res) {
  const out = execSync("git rev-parse HEAD").toString();
  const re = /(\d+)/;
  const m = re.exec(req.query.v);
  res.json({ out, m });
}
module.exports = version;
