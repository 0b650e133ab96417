window.addEventListener("message", (event) => { // vigil:expect VGL-JS-POSTMSG-001
  document.getElementById("out").textContent = event.data.text;
});
