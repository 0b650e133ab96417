require "sinatra"

get "/logs" do
  source = params["source"]
  source = "/var/log/app/app.log" if source.to_s.empty?
  content = open(source) { |f| f.read } # LABEL: CWE-78, CWE-22
  content_type :text
  content
end
