const express = require("express");
const cookieParser = require("cookie-parser");

const app = express();
app.use(cookieParser());

app.get("/prefs", (req, res) => {
  const raw = Buffer.from(req.cookies.prefs || "e30=", "base64").toString();
  const prefs = JSON.parse(raw);
  res.json({ theme: String(prefs.theme || "light") });
});

app.listen(3000);
