const options = { bits: 1024, label: "buffer size" };
module.exports = options;
