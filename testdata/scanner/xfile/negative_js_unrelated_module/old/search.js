const mysql = require("mysql");

const db = mysql.createConnection({});

function search(term, done) {
  db.query("SELECT * FROM docs WHERE title LIKE '%" + term + "%'", done);
}

module.exports = { search };
