const express = require('express');
const { FeedImporter } = require('./feedImporter');

const router = express.Router();
const importer = new FeedImporter();

router.post('/feeds/import', express.json(), async (req, res) => {
  const { source } = req.body;
  try {
    const items = await importer.load(source.url, source.format);
    res.json({ imported: items.length });
  } catch (err) {
    res.status(502).json({ error: 'fetch failed' });
  }
});

module.exports = router;
