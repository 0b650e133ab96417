const yaml = require('js-yaml');
const express = require('express');
const app = express();
app.use(express.text());

app.post('/pipeline', (req, res) => {
  const spec = yaml.load(req.body, { schema: yaml.DEFAULT_FULL_SCHEMA }); // vigil:expect VGL-JS-DESER-002
  res.json({ steps: spec.steps.length });
});

function loadAllDocs(text) {
  return yaml.loadAll(text, null, { schema: yaml.FULL_SCHEMA }); // vigil:expect VGL-JS-DESER-002
}

module.exports = { app, loadAllDocs };
