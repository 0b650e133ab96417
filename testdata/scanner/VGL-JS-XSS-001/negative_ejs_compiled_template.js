const ejs = require('ejs');
const express = require('express');

const app = express();

const CARD = '<div class="card"><h3><%= title %></h3><div class="body"><%- body %></div></div>';
const renderCard = ejs.compile(CARD);

// the title is escaped; the raw body is the application's own markup
app.get('/card', (req, res) => {
  res.send(renderCard({ title: req.query.title, body: '<p>Welcome</p>' }));
});
