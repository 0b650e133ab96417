const API = process.env.API_URL_FIXED || "https://api.example.com";

async function health() {
  return fetch("https://status.example.com/health");
}
module.exports = { health, API };
