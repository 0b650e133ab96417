const ejs = require('ejs');

async function previewFooter(req, res) {
  const footer = req.body.footer || '<p>&copy; <%= year %> <%= shop %></p>';
  const html = ejs.render(footer, { year: new Date().getFullYear(), shop: req.session.shopName }); // LABEL: CWE-1336
  res.json({ html });
}

module.exports = { previewFooter };
