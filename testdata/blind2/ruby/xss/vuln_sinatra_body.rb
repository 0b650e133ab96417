require "sinatra"

set :bind, "127.0.0.1"
set :show_exceptions, false

get "/unsubscribe" do
  email = params["email"]
  email = "your address" if email.nil? || email.empty?
  "<html><body><p>#{email} has been removed from our list.</p></body></html>" # LABEL: CWE-79
end
