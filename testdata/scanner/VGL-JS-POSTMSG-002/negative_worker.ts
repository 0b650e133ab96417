export function send(worker: Worker, data: unknown) {
  worker.postMessage(data);
}
