const express = require("express");

const app = express();
app.use(express.urlencoded({ extended: false }));

app.post("/login", (req, res) => {
  const returnTo = String(req.body.returnTo || "");
  const local = returnTo.startsWith("/") && !returnTo.startsWith("//") && !returnTo.includes("\\");
  res.redirect(local ? returnTo : "/home");
});

app.listen(3000);
