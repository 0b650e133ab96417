const express = require("express");
const { Pool } = require("pg");
const app = express();
const pool = new Pool();

app.get("/user", async (req, res) => {
  const { rows } = await pool.query("SELECT * FROM users WHERE id = $1", [req.query.id]);
  res.json(rows);
});
