const { execFile, exec } = require("child_process");

function thumbnail(file) {
  execFile("convert", [file, "-resize", "64x64", "thumb.png"]);
  exec("make build");
}
module.exports = thumbnail;
