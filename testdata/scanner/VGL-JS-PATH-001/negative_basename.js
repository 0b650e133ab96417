const fs = require("fs");
const path = require("path");

function download(req, res) {
  const file = path.join(__dirname, "uploads", path.basename(req.params.name));
  fs.readFile(file, (err, data) => res.end(data));
}
module.exports = download;
