const child_process = require("child_process");
const re = /v(\d+)/;

function version(s) {
  const prefix = "v";
  return re.exec(prefix + s);
}
module.exports = { version, child_process };
