const express = require('express');
const path = require('path');

const app = express();
app.set('view engine', 'ejs');
app.set('views', path.join(__dirname, 'views'));

app.get('/search', (req, res) => {
  // views/search.ejs prints the query with <%= q %>, which EJS escapes.
  res.render('search', { q: String(req.query.q || '') });
});

module.exports = app;
