function notifyParent(token) {
  window.parent.postMessage({ token }, "*"); // vigil:expect VGL-JS-POSTMSG-002
}
module.exports = notifyParent;
