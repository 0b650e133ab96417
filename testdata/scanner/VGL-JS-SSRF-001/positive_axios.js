const axios = require("axios");

async function preview(req, res) {
  const target = req.query.url;
  const resp = await axios.get(target); // vigil:expect VGL-JS-SSRF-001
  res.send(resp.status);
}
module.exports = preview;
