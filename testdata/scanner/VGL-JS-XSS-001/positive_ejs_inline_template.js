const ejs = require('ejs');
const express = require('express');

const app = express();

const PROFILE = `<section class="profile">
  <h2><%= name %></h2>
  <div class="bio"><%- bio %></div>
</section>`;

app.get('/profile', (req, res) => {
  const { name, bio } = req.query;
  const html = ejs.render(PROFILE, { name, bio });
  res.send(html); // vigil:expect VGL-JS-XSS-001
});
