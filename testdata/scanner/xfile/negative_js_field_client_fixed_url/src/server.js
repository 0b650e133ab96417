const express = require("express");
const FeedImporter = require("./feedImporter");

const app = express();
app.use(express.json());

app.post("/feeds", async (req, res) => {
  const items = await new FeedImporter().load("https://feeds.example.com/v1/" + encodeURIComponent(req.body.name));
  res.json(items);
});
