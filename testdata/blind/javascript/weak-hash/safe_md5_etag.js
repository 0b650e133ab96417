const express = require('express');
const crypto = require('crypto');
const fs = require('fs');

const app = express();
const logo = fs.readFileSync(__dirname + '/public/logo.png');
const etag = '"' + crypto.createHash('md5').update(logo).digest('hex') + '"';

app.get('/logo.png', (req, res) => {
  if (req.headers['if-none-match'] === etag) return res.status(304).end();
  res.set('ETag', etag).type('png').send(logo);
});

module.exports = app;
