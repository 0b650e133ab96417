const axios = require('axios');

class FeedImporter {
  constructor(client = axios.create({ timeout: 8000 })) {
    this.http = client;
  }

  async load(url, format = 'json') {
    const response = await this.http.get(url, { responseType: 'text' }); // LABEL: CWE-918
    if (format === 'json') {
      return JSON.parse(response.data).items || [];
    }
    return response.data.split('\n').filter(Boolean);
  }
}

module.exports = { FeedImporter };
