const express = require('express');
const http = require('http');

const app = express();

app.get('/status', (req, res) => {
  const options = { host: req.get('X-Backend-Host'), port: 80, path: '/status', timeout: 3000 };
  http.get(options, (upstream) => { // LABEL: CWE-918
    let body = '';
    upstream.on('data', (chunk) => (body += chunk));
    upstream.on('end', () => res.type('text/plain').send(body));
  }).on('error', () => res.status(502).end());
});

module.exports = app;
