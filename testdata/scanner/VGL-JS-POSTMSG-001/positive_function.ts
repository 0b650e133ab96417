window.addEventListener("message", function (e: MessageEvent) { // vigil:expect VGL-JS-POSTMSG-001
  localStorage.setItem("theme", e.data);
});
