export function remember(jwt: string) {
  window.sessionStorage.setItem("authJwt", jwt); // vigil:expect VGL-JS-STORAGE-001
}
