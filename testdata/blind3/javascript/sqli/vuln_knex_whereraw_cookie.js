const express = require('express');
const cookieParser = require('cookie-parser');
const knex = require('knex')({ client: 'pg', connection: process.env.DATABASE_URL });

const app = express();
app.use(cookieParser());

app.get('/stores/nearby', async (req, res) => {
  const region = req.cookies.region;
  const city = req.query.city;
  const stores = await knex('stores').select('id', 'name', 'city').where('city', city).whereRaw(`region_code = '${region}'`); // LABEL: CWE-89
  res.json({ region, stores });
});

app.get('/stores/count', async (req, res) => {
  const [{ count }] = await knex('stores').count('id as count');
  res.json({ count });
});

app.listen(3000);
