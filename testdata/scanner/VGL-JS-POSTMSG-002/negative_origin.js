function notifyParent(token) {
  window.parent.postMessage({ token }, "https://app.example.com");
}
module.exports = notifyParent;
