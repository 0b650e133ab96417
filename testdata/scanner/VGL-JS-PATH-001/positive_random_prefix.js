// A random prefix does not make the client's file name safe: "x/../../app.js"
// still climbs out of the upload folder.
const express = require("express");
const fs = require("fs");
const path = require("path");
const { v4: uuidv4 } = require("uuid");

const app = express();
const UPLOADS = path.join(__dirname, "uploads");

app.post("/attachment", (req, res) => {
  const name = uuidv4() + "-" + req.body.filename;
  fs.writeFileSync(path.join(UPLOADS, name), req.body.data); // vigil:expect VGL-JS-PATH-001
  const dir = req.body.folder;
  fs.mkdir(path.join(UPLOADS, dir, uuidv4() + path.extname(req.body.filename)), () => {}); // vigil:expect VGL-JS-PATH-001
  res.json({ name });
});
