const fs = require("fs");
const path = require("path");

function download(req, res) {
  const file = path.join(__dirname, "uploads", req.params.name);
  fs.readFile(file, (err, data) => res.end(data)); // vigil:expect VGL-JS-PATH-001
}
module.exports = download;
