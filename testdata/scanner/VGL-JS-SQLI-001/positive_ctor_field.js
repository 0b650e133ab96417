const express = require("express");
const mysql = require("mysql");

const db = mysql.createConnection({ host: "localhost" });
const app = express();

class SearchQuery {
  constructor(term, order) {
    this.term = term;
    this.order = order || "name";
  }

  run(cb) {
    db.query("SELECT * FROM books WHERE title LIKE ? ORDER BY " + this.order, ["%" + this.term + "%"], cb); // vigil:expect VGL-JS-SQLI-001
  }
}

app.get("/books", (req, res) => {
  const q = new SearchQuery(req.query.q, req.query.order);
  q.run((err, rows) => res.json(rows));
});
