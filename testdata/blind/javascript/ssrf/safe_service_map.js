const express = require('express');
const axios = require('axios');

const app = express();
const SERVICES = {
  billing: 'http://billing.internal:8080',
  search: 'http://search.internal:9200',
};

app.get('/admin/health/:service', async (req, res) => {
  if (!Object.prototype.hasOwnProperty.call(SERVICES, req.params.service)) {
    return res.status(404).end();
  }
  const base = SERVICES[req.params.service];
  const response = await axios.get(`${base}/health`, { timeout: 3000 });
  res.json({ status: response.status });
});

module.exports = app;
