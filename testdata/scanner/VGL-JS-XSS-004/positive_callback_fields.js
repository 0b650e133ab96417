// JSON fields of a response are raw data: the page must escape them.
function showUser(box) {
  $.get("/api/user", function (data) {
    box.innerHTML = "<b>" + data.name + "</b>"; // vigil:expect VGL-JS-XSS-004
  });
}

// Other callbacks' parameters are values of unknown origin.
function render(items, list) {
  items.forEach(function (item) {
    list.innerHTML += "<li>" + item + "</li>"; // vigil:expect VGL-JS-XSS-004
  });
}

function onMessage(panel) {
  window.addEventListener("message", function (html) {
    panel.innerHTML = "<div>" + html + "</div>"; // vigil:expect VGL-JS-XSS-004
  });
}
