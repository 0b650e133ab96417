const express = require("express");
const mysql = require("mysql2");

const app = express();
const pool = mysql.createPool({ host: "db", user: "app", database: "shop" });

app.get("/products", (req, res) => {
  let category = req.query.category;
  category = category || "all";
  const sql = "SELECT id, title FROM products WHERE category = '" + category + "'";
  pool.query(sql, (err, rows) => {  // LABEL: CWE-89
    if (err) return res.status(500).end();
    res.json(rows);
  });
});

app.listen(3000);
