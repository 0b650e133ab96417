function shufflePlaylist(tracks) {
  return [...tracks].sort(() => Math.random() - 0.5);
}

function pickServer(servers) {
  return servers[Math.floor(Math.random() * servers.length)];
}

function retryWithBackoff(fn, attempt) {
  setTimeout(fn, 2 ** attempt * 100 + Math.random() * 100);
}

module.exports = { shufflePlaylist, pickServer, retryWithBackoff };
