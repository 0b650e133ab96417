const axios = require('axios');
const cheerio = require('cheerio');

const ALLOWED_HOSTS = new Set(['www.youtube.com', 'vimeo.com', 'github.com', 'docs.example.com']);

async function linkPreview(req, res) {
  let target;
  try {
    target = new URL(req.query.url);
  } catch {
    return res.status(400).json({ error: 'invalid url' });
  }
  if (target.protocol !== 'https:' || !ALLOWED_HOSTS.has(target.hostname)) {
    return res.status(400).json({ error: 'host not supported' });
  }
  const response = await axios.get(target.href, { timeout: 4000, maxRedirects: 0, maxContentLength: 512 * 1024 });
  const $ = cheerio.load(response.data);
  res.json({
    title: $('meta[property="og:title"]').attr('content') || $('title').text(),
    image: $('meta[property="og:image"]').attr('content') || null,
  });
}

module.exports = { linkPreview };
