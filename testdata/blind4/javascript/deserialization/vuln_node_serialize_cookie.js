const express = require('express');
const cookieParser = require('cookie-parser');
const serialize = require('node-serialize');

const app = express();
app.use(cookieParser());

app.get('/cart', (req, res) => {
  let cart = { items: [] };
  if (req.cookies.cart) {
    const json = Buffer.from(req.cookies.cart, 'base64').toString('utf8');
    cart = serialize.unserialize(json); // LABEL: CWE-502
  }
  res.render('cart', { cart });
});

module.exports = app;
