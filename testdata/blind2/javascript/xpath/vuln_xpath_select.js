const express = require("express");
const fs = require("fs");
const xpath = require("xpath");
const { DOMParser } = require("@xmldom/xmldom");

const app = express();
const doc = new DOMParser().parseFromString(fs.readFileSync("users.xml", "utf8"), "text/xml");

app.get("/users/lookup", (req, res) => {
  const login = req.query.login;
  const nodes = xpath.select("//user[login/text()='" + login + "']/email/text()", doc);  // LABEL: CWE-643
  res.json(nodes.map(String));
});

app.listen(3000);
