import DOMPurify from "dompurify";

const html = decodeURIComponent(location.hash.slice(1));
document.querySelector("#preview").innerHTML = DOMPurify.sanitize(html);
