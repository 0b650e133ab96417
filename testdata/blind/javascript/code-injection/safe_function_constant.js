const express = require('express');

const app = express();
// Built once from a constant: feature detection for an optional chaining polyfill.
const supportsOptionalChaining = (() => {
  try {
    new Function('return ({a: 1})?.a')();
    return true;
  } catch (e) {
    return false;
  }
})();

app.get('/runtime', (req, res) => {
  setTimeout(() => console.log('runtime probed by', req.ip), 0);
  res.json({ optionalChaining: supportsOptionalChaining, node: process.version });
});

module.exports = app;
