const express = require("express");
const FeedImporter = require("./feedImporter");

const app = express();

app.post("/feeds", (req, res) => {
  const url = req.body.url; // vigil:source
  new FeedImporter().fetch(url);
  res.send("queued");
});
