const https = require("https");
const axios = require("axios");

const insecureAgent = new https.Agent({ rejectUnauthorized: false }); // LABEL: CWE-295

async function preview(req, res) {
  const r = await axios.get(req.query.url); // LABEL: CWE-918
  res.json({ status: r.status });
}

async function weather(req, res) {
  const r = await axios.get("https://api.weather.example/now", { params: { city: req.query.city } });
  res.json(r.data);
}

module.exports = { insecureAgent, preview, weather };
