const mysql = require('mysql2/promise');

const pool = mysql.createPool({ uri: process.env.MYSQL_URL, connectionLimit: 10 });

const SORTS = {
  last_name: 'last_name, first_name',
  email: 'email',
  newest: 'created_at DESC',
};

module.exports = async function listCustomers(req, res) {
  const sort = SORTS[req.query.sort] || SORTS.last_name;
  const page = Number.parseInt(req.query.page, 10) || 0;
  const [rows] = await pool.query(`SELECT id, first_name, last_name, email FROM customers ORDER BY ${sort} LIMIT 50 OFFSET ${page * 50}`);
  res.json(rows);
};
