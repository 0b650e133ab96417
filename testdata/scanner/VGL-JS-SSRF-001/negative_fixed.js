const axios = require("axios");

async function weather(req, res) {
  const resp = await axios.get("https://api.weather.example/v1", { params: { city: req.query.city } });
  res.json(resp.data);
}
module.exports = weather;
