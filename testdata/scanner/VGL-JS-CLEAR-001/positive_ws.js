const socket = new WebSocket("ws://chat.example.org/stream"); // vigil:expect VGL-JS-CLEAR-001
module.exports = socket;
