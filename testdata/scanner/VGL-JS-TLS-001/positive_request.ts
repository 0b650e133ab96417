import request from "request";

request({ url: "https://internal", strictSSL: false }, () => {}); // vigil:expect VGL-JS-TLS-001
