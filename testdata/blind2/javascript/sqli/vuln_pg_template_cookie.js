const express = require("express");
const cookieParser = require("cookie-parser");
const { Pool } = require("pg");

const app = express();
app.use(cookieParser());
const db = new Pool();

app.get("/me/orders", async (req, res) => {
  const account = req.cookies.account;
  const { rows } = await db.query(`SELECT * FROM orders WHERE account_id = '${account}' ORDER BY created_at`);  // LABEL: CWE-89
  res.json(rows);
});

module.exports = app;
