// Markdown previews rendered by the app's own endpoint: the server renders
// and sanitises the HTML, the page inserts the fragment as it came.
function previewRender(plainText, preview, $editArea) {
  $.post($editArea.data("url"), { mode: "gfm", text: plainText }, function (data) {
    preview.innerHTML = '<div class="markdown">' + data + "</div>";
  });
}

function loadComments(list) {
  jQuery.get("/comments/fragment", (html) => {
    list.insertAdjacentHTML("beforeend", `<section class="comments">${html}</section>`);
  });
}
