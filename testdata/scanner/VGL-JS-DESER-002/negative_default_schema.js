const yaml = require('js-yaml');

function parse(text) {
  const doc = yaml.load(text);
  const strict = yaml.load(text, { schema: yaml.JSON_SCHEMA });
  const old = yaml.safeLoad(text, { schema: yaml.DEFAULT_SAFE_SCHEMA });
  return [doc, strict, old];
}

module.exports = { parse };
