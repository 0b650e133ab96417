require "sinatra"
require "net/ldap"

post "/login" do
  ldap = Net::LDAP.new(host: "ldap.example.com", port: 389)
  # Filter.equals escapes the value, so "*" and parentheses are literal.
  filter = Net::LDAP::Filter.equals("uid", params[:username].to_s)
  result = ldap.bind_as(base: "ou=people,dc=example,dc=com", filter: filter, password: params[:password].to_s)
  result ? "welcome" : halt(401, "denied")
end
