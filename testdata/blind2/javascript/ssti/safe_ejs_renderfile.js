const express = require("express");
const ejs = require("ejs");
const path = require("path");

const app = express();
app.use(express.json());

app.post("/emails/preview", async (req, res) => {
  const { user } = req.body;
  const html = await ejs.renderFile(path.join(__dirname, "views", "welcome.ejs"), { user });
  res.send(html);
});

app.listen(3000);
