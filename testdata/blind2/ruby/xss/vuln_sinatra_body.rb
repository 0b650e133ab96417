require "sinatra"

get "/unsubscribe" do
  email = params["email"]
  email = "your address" if email.nil? || email.empty?
  "<html><body><p>#{email} has been removed from our list.</p></body></html>" # LABEL: CWE-79
end
