const express = require('express');
const axios = require('axios');

const app = express();
const ALLOWED_HOSTS = new Set(['images.example.com', 'cdn.example.com']);

app.get('/image-proxy', async (req, res) => {
  let url;
  try {
    url = new URL(String(req.query.src));
  } catch (e) {
    return res.status(400).end();
  }
  if (url.protocol !== 'https:' || !ALLOWED_HOSTS.has(url.hostname) || url.port !== '') {
    return res.status(403).end();
  }
  const upstream = await axios.get(url.href, { responseType: 'arraybuffer', maxRedirects: 0 });
  res.type(upstream.headers['content-type'] || 'application/octet-stream').send(upstream.data);
});

module.exports = app;
