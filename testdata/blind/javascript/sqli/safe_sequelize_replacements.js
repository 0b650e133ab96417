const express = require('express');
const { Sequelize, QueryTypes } = require('sequelize');

const sequelize = new Sequelize(process.env.DATABASE_URL);
const app = express();
app.use(express.json());

app.post('/reports/by-status', async (req, res) => {
  const statuses = Array.isArray(req.body.statuses) ? req.body.statuses.map(String) : [];
  const rows = await sequelize.query('SELECT id, title FROM reports WHERE status IN (:statuses)', {
    replacements: { statuses: statuses.length ? statuses : [''] },
    type: QueryTypes.SELECT,
  });
  res.json(rows);
});

module.exports = app;
