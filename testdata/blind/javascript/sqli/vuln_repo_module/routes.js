const express = require('express');
const cookieParser = require('cookie-parser');
const repo = require('./articles-repo');

const router = express.Router();
router.use(cookieParser());

router.get('/articles', async (req, res) => {
  const author = req.cookies.lastAuthor || 'anonymous';
  res.json(await repo.byAuthor(author));
});

module.exports = router;
