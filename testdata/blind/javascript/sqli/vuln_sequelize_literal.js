const express = require('express');
const { Sequelize, QueryTypes } = require('sequelize');

const sequelize = new Sequelize(process.env.DATABASE_URL);
const app = express();
app.use(express.json());

app.post('/reports/by-status', async (req, res) => {
  const filters = [];
  for (const status of req.body.statuses || []) {
    filters.push(`'${status}'`);
  }
  const where = filters.length ? `status IN (${filters.join(',')})` : '1=1';
  const rows = await sequelize.query(`SELECT id, title FROM reports WHERE ${where}`, { type: QueryTypes.SELECT }); // LABEL: CWE-89
  res.json(rows);
});

module.exports = app;
