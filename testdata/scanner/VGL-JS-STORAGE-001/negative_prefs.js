function saveTheme(theme) {
  localStorage.setItem("theme", theme);
}
module.exports = saveTheme;
