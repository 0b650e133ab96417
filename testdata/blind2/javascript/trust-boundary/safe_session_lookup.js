const express = require("express");
const session = require("express-session");

const app = express();
app.use(express.json());
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: { secure: true, httpOnly: true } }));
const CODES = { SPRING10: 10, VIP20: 20 };

app.post("/checkout/discount", (req, res) => {
  const pct = CODES[String(req.body.code)];
  if (!pct) return res.status(400).json({ applied: false });
  req.session.discount = pct;
  res.json({ applied: true });
});

app.listen(3000);
