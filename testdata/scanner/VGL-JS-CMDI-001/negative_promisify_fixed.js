// Promisified exec with a fixed command, and a promisified local helper: no shell gets request data.
const { promisify } = require('util');
const { exec } = require('child_process');

const run = promisify(exec);
function wait(ms, cb) { setTimeout(() => cb(null, ms), ms); }
const sleep = promisify(wait);

async function status(req, res) {
  await sleep(Number(req.query.delay) || 10);
  const { stdout } = await run('git rev-parse HEAD');
  res.json({ rev: stdout.trim(), who: req.query.user });
}

module.exports = { status };
