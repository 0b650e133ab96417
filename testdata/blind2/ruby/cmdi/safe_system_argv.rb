require "sinatra"

set :bind, "127.0.0.1"

post "/repos/clone" do
  url = params["url"]
  dir = "/srv/mirrors/#{Time.now.to_i}"
  ok = system("git", "clone", "--depth", "1", "--", url, dir)
  halt 500, "clone failed" unless ok
  "cloned into #{File.basename(dir)}"
end
