const crypto = require("crypto");
const express = require("express");

const app = express();
app.use(express.json());
const users = new Map();

app.post("/signup", (req, res) => {
  const { email, password } = req.body;
  const hash = crypto.createHash("sha1").update(password).digest("hex");  // LABEL: CWE-328, CWE-916
  users.set(email, hash);
  res.sendStatus(201);
});

app.listen(3000);
