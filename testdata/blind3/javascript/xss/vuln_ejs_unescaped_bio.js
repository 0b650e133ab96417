const express = require('express');
const ejs = require('ejs');
const { Users } = require('./models');

const app = express();

const PROFILE = `
<section class="profile">
  <h2><%= user.displayName %></h2>
  <div class="bio"><%- bio %></div>
</section>`;

app.get('/u/:handle', async (req, res) => {
  const user = await Users.findByHandle(req.params.handle);
  if (!user) return res.status(404).send('not found');
  const bio = req.query.preview ? req.query.preview : user.bio;
  const html = ejs.render(PROFILE, { user, bio });
  res.send(html); // LABEL: CWE-79
});

app.listen(3000);
