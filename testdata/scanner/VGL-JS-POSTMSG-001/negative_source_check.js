// A setImmediate polyfill: only messages this window posted to itself count.
const token = "axios@" + Math.random();
_global.addEventListener("message", ({ source, data }) => {
  if (source === _global && data === token) {
    callbacks.length && callbacks.shift()();
  }
}, false);
window.addEventListener("message", (event) => {
  if (event.source !== window) return;
  handle(event.data);
});
