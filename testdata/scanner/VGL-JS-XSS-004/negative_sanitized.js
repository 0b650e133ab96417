import DOMPurify from "dompurify";

function renderUser(el, user) {
  el.innerHTML = DOMPurify.sanitize(`<h2>${user.name}</h2>`);
}
