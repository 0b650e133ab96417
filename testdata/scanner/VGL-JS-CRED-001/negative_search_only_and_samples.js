// Algolia DocSearch keys are search-only and public by design; the rest
// are names and sample values.
const docsearch = {
  appId: "BH4D9OD16A",
  apiKey: "4b1b1a0f2d5d4c1a9e0b7c6d5e4f3a2b",
  indexName: "express",
};
const headerName = { apiKey: "X-Api-Key" };
const password = "your-password-here";
const secret = "secret_key";
module.exports = { docsearch, headerName, password, secret };
