const express = require('express');
const ejs = require('ejs');

const app = express();
app.use(express.json());

const SAMPLE_ORDER = { id: 1042, total: '59.90', items: ['Mug', 'Poster'] };

app.post('/admin/email-templates/preview', (req, res) => {
  const { subject, template } = req.body;
  const source = template || '<p>Order <%= order.id %> confirmed.</p>';
  const html = ejs.render(source, { order: SAMPLE_ORDER }); // LABEL: CWE-1336
  res.json({ subject, html });
});

app.get('/admin/email-templates', (req, res) => {
  res.json([{ name: 'order-confirmation' }]);
});

app.listen(3000);
