const mysql = require('mysql2/promise');

const pool = mysql.createPool({ uri: process.env.MYSQL_URL, connectionLimit: 10 });

module.exports = async function listCustomers(req, res) {
  let sort = req.query.sort;
  if (!sort) {
    sort = 'last_name';
  }
  const page = Number.parseInt(req.query.page, 10) || 0;
  const [rows] = await pool.query(`SELECT id, first_name, last_name, email FROM customers ORDER BY ${sort} LIMIT 50 OFFSET ${page * 50}`); // LABEL: CWE-89
  res.json(rows);
};
