const https = require('https');

function fetchFeed(req, res) {
  const feed = new URL(req.query.feed);
  const request = https.get(feed, { timeout: 5000 }, (upstream) => { // LABEL: CWE-918
    res.status(upstream.statusCode || 502);
    res.set('Content-Type', 'application/xml');
    upstream.pipe(res);
  });
  request.on('error', () => res.status(502).end());
}

module.exports = { fetchFeed };
