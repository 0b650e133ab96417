const express = require("express");
const cp = require("child_process");

const app = express();

app.get("/dns", (req, res) => {
  const domain = req.get("X-Lookup") || "example.com";
  cp.exec("dig +short " + domain, (err, stdout) => {  // LABEL: CWE-78
    res.type("text").send(err ? "error" : stdout);
  });
});

app.listen(3000);
