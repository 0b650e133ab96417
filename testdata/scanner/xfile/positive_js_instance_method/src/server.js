const express = require("express");
const { Archiver } = require("./archiver");

const app = express();

app.post("/archive", (req, res) => {
  const dir = req.body.dir; // vigil:source
  const a = new Archiver();
  a.run(dir);
  res.send("queued");
});
