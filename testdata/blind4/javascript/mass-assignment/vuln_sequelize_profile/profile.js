const express = require('express');
const { Member } = require('./models');

const router = express.Router();

router.patch('/me', async (req, res) => {
  const member = await Member.findByPk(req.user.id);
  if (!member) {
    return res.sendStatus(404);
  }
  await member.update(req.body); // LABEL: CWE-915
  res.json(member);
});

module.exports = router;
