const express = require("express");
const { findTickets } = require("./repo");

const router = express.Router();

router.post("/tickets/search", async (req, res) => {
  const filters = new Map();
  filters.set("status", req.body.status);
  filters.set("owner", req.body.owner);
  res.json(await findTickets(filters));
});

module.exports = router;
