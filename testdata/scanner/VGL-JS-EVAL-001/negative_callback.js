function tick() {}
setTimeout(tick, 1000);
setInterval(function () { tick(); }, 500);
