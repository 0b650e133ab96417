const axios = require("axios");

const http = axios.create({ timeout: 5000 });

async function preview(req, res) {
  const resp = await http.get("https://status.example.com/api/v1/summary", {
    params: { component: req.query.component },
  });
  res.send(String(resp.status));
}
module.exports = preview;
