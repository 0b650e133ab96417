const { exec } = require('child_process');
const path = require('path');

class Transcoder {
  constructor(options) {
    this.outDir = options.outDir;
  }

  convert(input, format) {
    const output = path.join(this.outDir, `${path.basename(input)}.${format}`);
    return new Promise((resolve, reject) => {
      exec(`ffmpeg -y -i ${input} -f ${format} ${output}`, (err) => { // LABEL: CWE-78
        if (err) reject(err);
        else resolve(output);
      });
    });
  }
}

module.exports = { Transcoder };
