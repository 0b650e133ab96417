const yaml = require('js-yaml');
const jsTypes = require('js-yaml-js-types');
const express = require('express');

const app = express();
const RICH_SCHEMA = yaml.DEFAULT_SCHEMA.extend(jsTypes.all);

app.post('/import', express.text(), (req, res) => {
  const doc = yaml.load(req.body, { schema: RICH_SCHEMA }); // vigil:expect VGL-JS-DESER-002
  res.json(doc);
});
