// Uses js-yaml 3.x, whose full schema can build JavaScript functions.
const express = require('express');
const yaml = require('js-yaml');

const app = express();
app.use(express.text({ type: ['application/yaml', 'text/yaml'] }));

app.post('/pipelines', (req, res) => {
  const pipeline = yaml.load(req.body, { schema: yaml.DEFAULT_FULL_SCHEMA }); // LABEL: CWE-502
  res.json({ stages: (pipeline.stages || []).length });
});

module.exports = app;
