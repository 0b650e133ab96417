require "sinatra"

post "/repos/clone" do
  url = params["url"]
  dir = "/srv/mirrors/#{Time.now.to_i}"
  ok = system("git clone --depth 1 #{url} #{dir}") # LABEL: CWE-78
  ok ? "cloned" : halt(500, "clone failed")
end
