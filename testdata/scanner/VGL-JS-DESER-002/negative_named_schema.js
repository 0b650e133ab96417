const yaml = require('js-yaml');
const express = require('express');

const app = express();
const schema = yaml.CORE_SCHEMA;

app.post('/import', express.text(), (req, res) => {
  const doc = yaml.load(req.body, { schema });
  res.json(doc);
});
