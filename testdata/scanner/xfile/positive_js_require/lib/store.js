const mysql = require("mysql");

const db = mysql.createConnection({ host: "localhost" });

function findUser(name, done) {
  const sql = "SELECT * FROM users WHERE name = '" + name + "'";
  db.query(sql, done); // vigil:expect VGL-JS-SQLI-001
}

module.exports = { findUser };
