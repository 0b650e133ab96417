const socket = new WebSocket("wss://chat.example.org/stream");
module.exports = socket;
