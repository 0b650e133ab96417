function renderGreeting() {
  const name = new URLSearchParams(location.search).get("name");
  document.getElementById("greet").innerHTML = "Welcome, " + name; // LABEL: CWE-79
}

function renderCount(n) {
  document.getElementById("count").textContent = String(n);
}

window.addEventListener("message", (event) => { // LABEL: CWE-346
  renderCount(event.data.count);
});

function compute(formula) {
  return eval(formula); // LABEL: CWE-95
}

module.exports = { renderGreeting, renderCount, compute };
