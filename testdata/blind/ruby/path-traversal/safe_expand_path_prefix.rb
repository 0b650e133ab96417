require "sinatra"

DOCS_ROOT = File.expand_path("docs", __dir__)

get "/docs/*" do
  requested = File.expand_path(params["splat"].first, DOCS_ROOT)
  halt 403 unless requested.start_with?(DOCS_ROOT + File::SEPARATOR)
  halt 404 unless File.file?(requested)
  content_type "text/markdown"
  File.read(requested)
end
