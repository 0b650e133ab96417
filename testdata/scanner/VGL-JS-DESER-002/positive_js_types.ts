import yaml from 'js-yaml';
import jsTypes from 'js-yaml-js-types';

const UNSAFE = yaml.DEFAULT_SCHEMA.extend(jsTypes);

export function parseConfig(text: string) {
  return yaml.load(text, { schema: yaml.DEFAULT_SCHEMA.extend(require('js-yaml-js-types')) }); // vigil:expect VGL-JS-DESER-002
}

export { UNSAFE };
