const express = require("express");

const app = express();
app.use(express.urlencoded({ extended: false }));

app.post("/login", (req, res) => {
  const returnTo = req.body.returnTo;
  // session handling happens in passport middleware
  res.redirect(returnTo || "/home");  // LABEL: CWE-601
});

app.listen(3000);
