// The whole match of a regex that starts with "#" starts with "#" (anchored
// or not), and $() reads text that does not start with "<" as a selector.
$(window).on("hashchange", function () {
  var m = window.location.hash.match(/^#diff-.+$/);
  if (m) {
    $(m[0]).addClass("active");
  }
});

function focusLine() {
  const found = /#L\d+/.exec(location.hash);
  if (found) {
    $(found[0]).addClass("selected");
  }
}

function openTab() {
  const tab = location.hash.match(/^#tab-[\w-]+$/);
  const sel = tab[0];
  $(sel).show();
}
