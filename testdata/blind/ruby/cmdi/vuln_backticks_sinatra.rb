require "sinatra"

set :logging, true

before do
  headers "X-Content-Type-Options" => "nosniff"
end

get "/whois" do
  domain = params[:domain]
  content_type "text/plain"
  `whois #{domain}` # LABEL: CWE-78
end
