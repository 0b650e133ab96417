const express = require("express");
const { Pool } = require("pg");

const app = express();
const db = new Pool();

app.get("/events", async (req, res) => {
  const limit = parseInt(req.query.limit, 10);
  const n = Number.isNaN(limit) ? 50 : Math.min(limit, 500);
  const { rows } = await db.query(`SELECT * FROM events ORDER BY ts DESC LIMIT ${n}`);
  res.json(rows);
});

module.exports = app;
