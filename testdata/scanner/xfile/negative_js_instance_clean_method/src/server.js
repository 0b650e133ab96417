const express = require("express");
const { Archiver } = require("./archiver");

const app = express();

app.post("/archive", (req, res) => {
  const a = new Archiver();
  a.run(req.body.dir);
  res.send("queued");
});
