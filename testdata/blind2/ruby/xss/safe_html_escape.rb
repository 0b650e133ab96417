require "sinatra"
require "erb"

set :bind, "127.0.0.1"

get "/unsubscribe" do
  email = params["email"]
  email = "your address" if email.nil? || email.empty?
  "<html><body><p>#{ERB::Util.html_escape(email)} has been removed from our list.</p></body></html>"
end
