// Runs synchronously in <head> so the page paints in the saved theme (no
// flash). Kept in sync with src/theme.ts (storage key and class name).
(function () {
  var theme = null;
  try {
    theme = window.localStorage.getItem('vigil-theme');
  } catch (e) {
    theme = null;
  }
  if (theme !== 'dark' && theme !== 'light') {
    theme = window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }
  document.documentElement.classList.toggle('dark', theme === 'dark');
  document.documentElement.style.colorScheme = theme;
})();
