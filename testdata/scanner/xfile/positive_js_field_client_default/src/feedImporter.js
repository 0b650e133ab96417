const axios = require("axios");

class FeedImporter {
  constructor(client = axios.create({ timeout: 5000 })) {
    this.http = client;
  }

  async load(url) {
    const res = await this.http.get(url); // vigil:expect VGL-JS-SSRF-001
    return res.data;
  }
}

module.exports = FeedImporter;
