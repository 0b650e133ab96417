document.addEventListener("DOMContentLoaded", () => {
  const tab = decodeURIComponent(window.location.hash.slice(1));
  const heading = document.getElementById("tab-title");
  heading.textContent = "Viewing " + tab;
});
