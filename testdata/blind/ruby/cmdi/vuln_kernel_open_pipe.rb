require "sinatra"

# Shows one of the bundled changelog files.
get "/changelog" do
  name = params[:file] || "CHANGELOG.md"
  content_type "text/plain"
  open(name).read # LABEL: CWE-78, CWE-22
end
