const express = require('express');

const router = express.Router();
const PALETTE = ['#f94144', '#f3722c', '#f9c74f', '#90be6d', '#43aa8b', '#577590'];

// New members get a random placeholder colour until they upload a picture.
router.post('/members', async (req, res) => {
  const colour = PALETTE[Math.floor(Math.random() * PALETTE.length)];
  const member = await req.app.locals.members.create({ name: req.body.name, avatarColour: colour });
  res.status(201).json(member);
});

module.exports = router;
