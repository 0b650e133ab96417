const express = require("express");
const session = require("express-session");

const app = express();
app.use(express.json());
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: { secure: true, httpOnly: true } }));

app.post("/checkout/discount", (req, res) => {
  req.session.discount = req.body.discount;  // LABEL: CWE-501
  res.json({ applied: true });
});

app.listen(3000);
