// A bound method is a function, not a string of code.
class Job {
  start() {
    this.timer = setInterval(this.saveRevision.bind(this), 5 * 60 * 1000);
    setTimeout(this.flush.bind(this, true), 1000);
  }
}
module.exports = Job;
