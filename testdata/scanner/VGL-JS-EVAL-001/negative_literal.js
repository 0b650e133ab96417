const two = eval("1 + 1");
setTimeout(() => console.log(two), 100);
