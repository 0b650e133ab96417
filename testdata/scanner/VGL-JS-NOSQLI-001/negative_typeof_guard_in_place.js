const express = require('express');

const app = express();

// the body field is checked to be a string where it is read, and the
// request is refused otherwise: no operator object can reach the filter
app.post('/reviews/edit', async (req, res) => {
  if (typeof req.body.id !== 'string') {
    res.status(400).send();
    return;
  }
  const review = await db.collection('reviews').findOne({ _id: req.body.id });
  res.json(review);
});

module.exports = app;
