const express = require('express');
const path = require('path');

const app = express();
app.set('view engine', 'ejs');
app.set('views', path.join(__dirname, 'views'));

app.get('/events/:id', async (req, res) => {
  const event = await app.locals.events.find(req.params.id);
  res.render('event', { event, note: req.query.note || '' });
});

module.exports = app;
