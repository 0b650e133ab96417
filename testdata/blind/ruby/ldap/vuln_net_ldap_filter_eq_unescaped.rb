require "sinatra"
require "net/ldap"

# Staff login against the company directory.
post "/login" do
  ldap = Net::LDAP.new(host: "ldap.example.com", port: 389)
  filter = Net::LDAP::Filter.eq("uid", params[:username].to_s)
  result = ldap.bind_as(base: "ou=people,dc=example,dc=com", filter: filter, password: params[:password].to_s) # LABEL: CWE-90
  result ? "welcome" : halt(401, "denied")
end
