const axios = require('axios');
const express = require('express');

class FeedImporter {
  constructor(client = axios.create({ timeout: 5000 })) {
    this.http = client;
  }

  async load(url) {
    const res = await this.http.get(url); // vigil:expect VGL-JS-SSRF-001
    return res.data;
  }
}

const app = express();
app.use(express.json());
app.post('/feeds', async (req, res) => {
  res.json(await new FeedImporter().load(req.body.source.url));
});
