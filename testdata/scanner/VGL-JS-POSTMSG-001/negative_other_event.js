window.addEventListener("resize", () => {
  console.log(window.innerWidth);
});
