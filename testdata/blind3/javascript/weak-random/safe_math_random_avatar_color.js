const express = require('express');
const crypto = require('crypto');

const app = express();
const PALETTE = ['#f94144', '#f3722c', '#f9c74f', '#90be6d', '#577590'];

app.post('/teams', express.json(), (req, res) => {
  const team = {
    id: crypto.randomUUID(),
    name: req.body.name,
    color: PALETTE[Math.floor(Math.random() * PALETTE.length)],
  };
  res.status(201).json(team);
});

app.listen(3000);
