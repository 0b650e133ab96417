require "sinatra"
require "shellwords"

get "/whois" do
  domain = params[:domain].to_s
  content_type "text/plain"
  `whois #{Shellwords.escape(domain)}`
end
