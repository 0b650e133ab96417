require "sinatra"

set :logging, true

before do
  headers "X-Content-Type-Options" => "nosniff"
end

DOCS_ROOT = File.expand_path("docs", __dir__)

get "/docs/*" do
  page = params["splat"].first
  content_type "text/markdown"
  File.read(File.join(DOCS_ROOT, page)) # LABEL: CWE-22
end
