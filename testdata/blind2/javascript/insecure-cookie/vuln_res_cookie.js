const express = require("express");
const crypto = require("crypto");

const app = express();

app.post("/login", (req, res) => {
  const sid = crypto.randomBytes(24).toString("hex");
  res.cookie("session_id", sid, { maxAge: 86400000, sameSite: "lax" });  // LABEL: CWE-614, CWE-1004
  res.json({ ok: true });
});

app.listen(3000);
