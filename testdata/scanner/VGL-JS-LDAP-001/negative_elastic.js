const { Client } = require('@elastic/elasticsearch');
const client = new Client({ node: 'http://localhost:9200' });

async function search(req, res) {
  const out = await client.search({ index: 'docs', query: { match: { title: req.query.q } } });
  res.json(out);
}
module.exports = search;
