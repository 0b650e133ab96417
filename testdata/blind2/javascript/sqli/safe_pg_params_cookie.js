const express = require("express");
const cookieParser = require("cookie-parser");
const { Pool } = require("pg");

const app = express();
app.use(cookieParser());
const db = new Pool();

app.get("/me/orders", async (req, res) => {
  const account = req.cookies.account;
  const { rows } = await db.query("SELECT * FROM orders WHERE account_id = $1 ORDER BY created_at", [account]);
  res.json(rows);
});

module.exports = app;
