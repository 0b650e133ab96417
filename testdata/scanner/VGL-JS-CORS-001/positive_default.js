const express = require("express");
const cors = require("cors");
const app = express();

app.use(cors()); // vigil:expect VGL-JS-CORS-001
