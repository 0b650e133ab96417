const express = require('express');
const app = express();

app.get('/page', (req, res) => {
  req.session.pageSize = parseInt(req.query.size, 10);
  res.sendStatus(204);
});
