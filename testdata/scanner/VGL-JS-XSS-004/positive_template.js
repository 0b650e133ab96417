function renderUser(user) {
  const el = document.getElementById("profile");
  el.innerHTML = `<h2>${user.name}</h2><p>${user.bio}</p>`; // vigil:expect VGL-JS-XSS-004
}
