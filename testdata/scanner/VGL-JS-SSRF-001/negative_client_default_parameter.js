const axios = require('axios');
const express = require('express');

class FeedImporter {
  constructor(client = axios.create({ timeout: 5000 })) {
    this.http = client;
  }

  // the request only chooses the query parameter of a fixed URL
  async load(topic) {
    const res = await this.http.get('https://feeds.example.com/v1/items', { params: { topic } });
    return res.data;
  }
}

const app = express();
app.use(express.json());
app.post('/feeds', async (req, res) => {
  res.json(await new FeedImporter().load(req.body.topic));
});
