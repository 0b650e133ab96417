const crypto = require('crypto');
const express = require('express');
const cache = require('./cache');
const search = require('./search');

const app = express();

app.get('/search', async (req, res) => {
  const params = { q: String(req.query.q || ''), page: Number(req.query.page) || 1 };
  const key = 'search:' + crypto.createHash('sha1').update(JSON.stringify(params)).digest('hex');
  let result = await cache.get(key);
  if (!result) {
    result = await search.run(params);
    await cache.set(key, result, 60);
  }
  res.json(result);
});

module.exports = app;
