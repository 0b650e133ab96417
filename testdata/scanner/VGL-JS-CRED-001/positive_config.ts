export const config = {
  host: "smtp.example.org",
  apiKey: "sk_live_51HkVzT2eZvKYlo2C", // vigil:expect VGL-JS-CRED-001
};
