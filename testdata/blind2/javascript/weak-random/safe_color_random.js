const PALETTE = ["#e6194b", "#3cb44b", "#ffe119", "#4363d8", "#f58231"];

export function avatarColor() {
  return PALETTE[Math.floor(Math.random() * PALETTE.length)];
}

export function placeholder(initials) {
  const el = document.createElement("span");
  el.style.background = avatarColor();
  el.textContent = initials;
  return el;
}
