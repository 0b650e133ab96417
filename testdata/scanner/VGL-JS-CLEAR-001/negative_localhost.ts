export const load = () => fetch("http://localhost:3000/api/health");
