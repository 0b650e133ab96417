export function reply(win: Window, data: unknown) {
  win.postMessage(data, '*'); // vigil:expect VGL-JS-POSTMSG-002
}
