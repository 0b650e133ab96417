const express = require("express");
const { execFile } = require("child_process");

const app = express();

app.get("/dns", (req, res) => {
  const domain = req.get("X-Lookup") || "example.com";
  execFile("dig", ["+short", "--", domain], (err, stdout) => {
    res.type("text").send(err ? "error" : stdout);
  });
});

app.listen(3000);
