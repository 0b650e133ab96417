const express = require('express');
const cookieParser = require('cookie-parser');

const app = express();
app.use(cookieParser(process.env.COOKIE_SECRET));

function parseCart(raw) {
  const data = JSON.parse(Buffer.from(raw, 'base64').toString('utf8'));
  if (!Array.isArray(data.items)) return { items: [] };
  return {
    items: data.items
      .filter((i) => typeof i.sku === 'string' && Number.isInteger(i.qty))
      .map((i) => ({ sku: i.sku, qty: i.qty })),
  };
}

app.get('/cart', (req, res) => {
  let cart = { items: [] };
  if (req.signedCookies.cart) {
    try {
      cart = parseCart(req.signedCookies.cart);
    } catch {
      cart = { items: [] };
    }
  }
  res.render('cart', { cart });
});

module.exports = app;
