const ejs = require('ejs');
const express = require('express');

const app = express();

const CARD = '<div class="card"><h3><%= title %></h3><div class="body"><%- body %></div></div>';
const renderCard = ejs.compile(CARD);

app.get('/card', (req, res) => {
  res.send(renderCard({ title: req.query.title, body: req.query.body })); // vigil:expect VGL-JS-XSS-001
});
