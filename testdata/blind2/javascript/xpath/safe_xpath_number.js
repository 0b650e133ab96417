const express = require("express");
const fs = require("fs");
const xpath = require("xpath");
const { DOMParser } = require("@xmldom/xmldom");

const app = express();
const doc = new DOMParser().parseFromString(fs.readFileSync("users.xml", "utf8"), "text/xml");

app.get("/users/:n", (req, res) => {
  const n = Number.parseInt(req.params.n, 10);
  if (!Number.isInteger(n) || n < 1) return res.sendStatus(400);
  const nodes = xpath.select(`//user[${n}]/email/text()`, doc);
  res.json(nodes.map(String));
});

app.listen(3000);
