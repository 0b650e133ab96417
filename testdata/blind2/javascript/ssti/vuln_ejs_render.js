const express = require("express");
const ejs = require("ejs");

const app = express();
app.use(express.json());

app.post("/emails/preview", (req, res) => {
  const { template, user } = req.body;
  const html = ejs.render(template, { user });  // LABEL: CWE-1336
  res.send(html);
});

app.listen(3000);
