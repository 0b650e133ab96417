const express = require("express");
const store = require("../lib/store");

const router = express.Router();

router.get("/users", (req, res) => {
  const name = req.query.name; // vigil:source
  store.findUser(name, (err, rows) => res.json(rows));
});

module.exports = router;
