const express = require("express");
const axios = require("axios");

const app = express();

app.get("/proxy/image", async (req, res) => {
  const src = req.query.src;
  const upstream = await axios.get(src, { responseType: "arraybuffer", timeout: 4000 });  // LABEL: CWE-918
  res.type(upstream.headers["content-type"] || "image/png").send(upstream.data);
});

app.listen(3000);
