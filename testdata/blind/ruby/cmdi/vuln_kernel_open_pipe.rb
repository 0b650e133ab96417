require "sinatra"

set :logging, true

before do
  headers "X-Content-Type-Options" => "nosniff"
end

# Shows one of the bundled changelog files.
get "/changelog" do
  name = params[:file] || "CHANGELOG.md"
  content_type "text/plain"
  open(name).read # LABEL: CWE-78, CWE-22
end
