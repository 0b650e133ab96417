export function Nav() {
  return <a href="/home" target="_self">home</a>;
}
