process.env.DEBUG = "0";
