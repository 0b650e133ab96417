const axios = require('axios');
const cheerio = require('cheerio');

async function linkPreview(req, res) {
  const target = req.query.url;
  if (!target) {
    return res.status(400).json({ error: 'url required' });
  }
  const response = await axios.get(target, { timeout: 4000, maxContentLength: 512 * 1024 }); // LABEL: CWE-918
  const $ = cheerio.load(response.data);
  res.json({
    title: $('meta[property="og:title"]').attr('content') || $('title').text(),
    image: $('meta[property="og:image"]').attr('content') || null,
  });
}

module.exports = { linkPreview };
