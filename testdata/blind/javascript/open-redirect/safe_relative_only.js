const express = require('express');

const app = express();

function localPath(target) {
  if (typeof target !== 'string' || !target.startsWith('/') || target.startsWith('//') || target.includes('\\') || /[\x00-\x1f\x7f]/.test(target)) {
    return '/';
  }
  return target;
}

app.post('/login', (req, res) => {
  res.redirect(localPath(req.query.next));
});

module.exports = app;
