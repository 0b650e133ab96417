const express = require("express");
const mysql = require("mysql2");
const app = express();
const db = mysql.createConnection({ host: "localhost" });

app.get("/user", (req, res) => {
  const id = req.query.id;
  db.query("SELECT * FROM users WHERE id = " + id, (err, rows) => { // vigil:expect VGL-JS-SQLI-001
    res.json(rows);
  });
});
