const express = require("express");
const FeedImporter = require("./feedImporter");

const app = express();
app.use(express.json());

app.post("/feeds", async (req, res) => {
  const items = await new FeedImporter().load(req.body.source.url); // vigil:source
  res.json(items);
});
