require "sinatra"
require "shellwords"

set :logging, true

before do
  headers "X-Content-Type-Options" => "nosniff"
end

get "/whois" do
  domain = params[:domain].to_s
  content_type "text/plain"
  `whois -- #{Shellwords.escape(domain)}`
end
