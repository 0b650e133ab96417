const express = require('express');
const yaml = require('js-yaml');

const app = express();
app.use(express.text({ type: ['application/yaml', 'text/yaml'] }));

app.post('/pipelines', (req, res) => {
  const pipeline = yaml.load(req.body, { schema: yaml.JSON_SCHEMA });
  res.json({ stages: (pipeline.stages || []).length });
});

module.exports = app;
