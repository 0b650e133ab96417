const { exec } = require("child_process");

function thumbnail(file) {
  exec(`convert ${file} -resize 64x64 thumb.png`); // vigil:expect VGL-JS-CMDI-002
}
module.exports = thumbnail;
