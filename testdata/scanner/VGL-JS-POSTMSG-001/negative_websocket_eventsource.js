// Messages on a WebSocket, an EventSource, a worker or a MessagePort come from
// the endpoint this code opened: there is no sender window whose origin could differ.
const ws = new WebSocket("wss://api.example.com/feed");
ws.addEventListener("message", (event) => {
  render(JSON.parse(event.data));
});

const s = new EventSource("/events");
s.addEventListener("message", function (e) {
  update(e.data);
});

class Feed {
  connect() {
    this.socket = new WebSocket(this.url);
    this.socket.addEventListener("message", (e) => this.onData(e.data));
    this.eventSource.addEventListener("message", (e) => this.onData(e.data));
    worker.addEventListener("message", (e) => this.onResult(e.data));
    channel.port1.addEventListener("message", (e) => this.onPort(e.data));
  }
}
