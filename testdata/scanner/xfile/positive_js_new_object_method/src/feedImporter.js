const { exec } = require("child_process");

class FeedImporter {
  fetch(url) {
    exec("curl -s " + url); // vigil:expect VGL-JS-CMDI-001
  }
}

module.exports = FeedImporter;
