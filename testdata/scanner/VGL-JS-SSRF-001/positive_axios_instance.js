const axios = require("axios");

const http = axios.create({ timeout: 5000 });

async function preview(req, res) {
  const resp = await http.get(req.query.url); // vigil:expect VGL-JS-SSRF-001
  res.send(String(resp.status));
}
module.exports = preview;
