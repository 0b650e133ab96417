const params = new URLSearchParams(window.location.search);
document.getElementById("greeting").textContent = "Hello " + params.get("name");
document.getElementById("title").innerHTML = "<b>Welcome</b>";
