const express = require('express');
const ejs = require('ejs');

const app = express();

const TEMPLATE = `
<ul class="results">
  <% items.forEach(function (item) { %>
    <li><%= item %></li>
  <% }) %>
</ul>
<p>You searched for <%= term %></p>`;

app.get('/search', (req, res) => {
  const term = req.query.q || '';
  const items = ['apples', 'pears', 'plums'].filter((i) => i.includes(term));
  res.send(ejs.render(TEMPLATE, { term, items }));
});

app.listen(3000);
