const express = require('express');
const knex = require('knex')({ client: 'pg', connection: process.env.DATABASE_URL });

const app = express();
app.use(express.json());

app.post('/reports/revenue', async (req, res) => {
  const { from, to, currency } = req.body;
  const result = await knex.raw(
    'SELECT date_trunc(\'day\', paid_at) AS day, sum(amount) AS total FROM payments ' +
      'WHERE paid_at BETWEEN ? AND ? AND currency = ? GROUP BY 1 ORDER BY 1',
    [from, to, currency || 'EUR'],
  );
  res.json(result.rows);
});

app.listen(3000);
