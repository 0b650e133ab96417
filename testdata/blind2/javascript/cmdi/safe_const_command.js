const express = require("express");
const { exec } = require("child_process");

const app = express();
const ALLOW_CUSTOM = false;

app.get("/status", (req, res) => {
  let cmd = "uptime";
  if (ALLOW_CUSTOM) {
    cmd = req.query.cmd;
  }
  exec(cmd, (err, stdout) => res.send(stdout));
});

app.listen(3000);
