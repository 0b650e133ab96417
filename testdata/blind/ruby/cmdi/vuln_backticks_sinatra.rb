require "sinatra"

get "/whois" do
  domain = params[:domain]
  content_type "text/plain"
  `whois #{domain}` # LABEL: CWE-78
end
