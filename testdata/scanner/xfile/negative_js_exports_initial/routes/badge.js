const { initialBadge } = require("../lib/badge");

exports.show = (req, res) => {
  res.setHeader("Content-Type", "image/svg+xml");
  res.send(initialBadge(req.params.name));
};
