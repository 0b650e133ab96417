const libxmljs = require('libxmljs2');

async function importSitemap(req, res) {
  const xml = req.body.toString('utf8');
  const doc = libxmljs.parseXml(xml, { noent: false, nonet: true, dtdload: false });
  const urls = doc.find('//*[local-name()="loc"]').map((n) => n.text());
  await req.app.locals.crawler.enqueue(urls);
  res.json({ queued: urls.length });
}

module.exports = { importSitemap };
