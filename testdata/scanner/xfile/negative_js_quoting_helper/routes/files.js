const { listDir } = require("./shell");

module.exports = (req, res) => {
  listDir(req.query.dir);
  res.end();
};
