// Posting to this very window (a macrotask trick): the receiver is the
// sender, so no other origin can read the message.
function schedule(token) {
  _global.postMessage(token, "*");
  window.postMessage({ type: "tick" }, "*");
  self.postMessage(token, "*");
}
module.exports = schedule;
