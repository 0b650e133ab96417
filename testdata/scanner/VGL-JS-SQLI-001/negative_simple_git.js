// simple-git's raw() runs git with an argument array: not SQL (argument
// injection into git is another class, CWE-88).
const simpleGit = require("simple-git");
const git = simpleGit();

async function log(req, res) {
  const out = await git.raw(["log", "--oneline", req.query.branch]);
  const repo = simpleGit(req.body.dir);
  await repo.raw("rev-parse", req.query.ref);
  res.json({ out });
}
module.exports = log;
