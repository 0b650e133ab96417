function renderUser(user) {
  const el = document.getElementById("profile");
  el.textContent = `${user.name}: ${user.bio}`;
  el.innerHTML = "<b>" + "static" + "</b>";
}
