export const form = {
  password: "",
  apiKey: "<your-api-key>",
  secret: "changeme",
};
