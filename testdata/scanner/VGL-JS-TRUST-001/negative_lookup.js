const express = require('express');
const app = express();

app.post('/login', async (req, res) => {
  const user = await User.findOne({ email: req.body.email });
  req.session.userId = user.id;
  res.sendStatus(204);
});
