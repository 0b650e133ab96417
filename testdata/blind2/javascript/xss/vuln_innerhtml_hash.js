function showTab(name) {
  document.querySelectorAll(".tab").forEach((el) => {
    el.hidden = el.dataset.tab !== name;
  });
}

document.addEventListener("DOMContentLoaded", () => {
  const tab = decodeURIComponent(window.location.hash.slice(1)) || "overview";
  const heading = document.getElementById("tab-title");
  heading.innerHTML = "Viewing " + tab;  // LABEL: CWE-79
  showTab(tab);
});
