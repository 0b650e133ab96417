const express = require('express');
const libxmljs = require('libxmljs2');

const app = express();
app.use(express.text({ type: ['application/xml', 'text/xml'] }));

class SitemapReader {
  read(xml) {
    const doc = libxmljs.parseXml(xml, { noent: true, nocdata: true }); // LABEL: CWE-611
    return doc
      .find('//*[local-name()="loc"]')
      .map((node) => node.text());
  }
}

app.post('/seo/sitemap', (req, res) => {
  const urls = new SitemapReader().read(req.body);
  res.json({ count: urls.length, urls });
});

app.listen(3000);
