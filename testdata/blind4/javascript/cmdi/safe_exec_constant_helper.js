const { exec } = require('child_process');

function diskUsageCommand() {
  return 'df -h --output=target,pcent /srv /var/lib/postgresql';
}

module.exports = function diskUsage(req, res) {
  const verbose = req.query.verbose === '1';
  exec(diskUsageCommand(), (err, stdout) => {
    if (err) {
      return res.status(500).send('df failed');
    }
    const lines = stdout.trim().split('\n');
    res.type('text/plain').send(verbose ? stdout : lines.slice(1).join('\n'));
  });
};
