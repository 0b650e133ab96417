const express = require("express");

const app = express();

app.post("/theme", (req, res) => {
  const theme = req.query.dark === "1" ? "dark" : "light";
  res.cookie("theme", theme, { maxAge: 31536000000, sameSite: "lax", secure: true });
  res.json({ theme });
});

app.listen(3000);
