const ejs = require('ejs');
const express = require('express');

const app = express();

// only escaped output (<%= %>); the one raw tag prints a fixed string
const PROFILE = `<section class="profile">
  <h2><%= name %></h2>
  <div class="bio"><%= bio %></div>
  <%- footer %>
</section>`;

app.get('/profile', (req, res) => {
  const { name, bio } = req.query;
  const html = ejs.render(PROFILE, { name, bio, footer: '<hr>' });
  res.send(html);
});
