require "sinatra"

enable :sessions

before do
  forwarded = request.env["HTTP_X_FORWARDED_USER"]
  session[:user] = forwarded if forwarded && !forwarded.empty? # LABEL: CWE-501
end

get "/me" do
  "signed in as #{Rack::Utils.escape_html(session[:user].to_s)}"
end
