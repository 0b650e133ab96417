function jitter() {
  const delay = Math.random() * 100;
  return delay;
}
module.exports = jitter;
