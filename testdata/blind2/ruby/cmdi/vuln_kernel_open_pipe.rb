require "sinatra"

set :bind, "127.0.0.1"

get "/logs" do
  source = params["source"]
  source = "/var/log/app/app.log" if source.to_s.empty?
  content = open(source) { |f| f.read } # LABEL: CWE-78, CWE-22
  content_type :text
  content.lines.last(200).join
end
