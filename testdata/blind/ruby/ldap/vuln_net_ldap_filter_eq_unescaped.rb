require "sinatra"
require "net/ldap"

# Filter.eq keeps "*" as a wildcard: "uid=*" matches every entry.
post "/login" do
  ldap = Net::LDAP.new(host: "ldap.example.com", port: 389)
  filter = Net::LDAP::Filter.eq("uid", params[:username].to_s)
  result = ldap.bind_as(base: "ou=people,dc=example,dc=com", filter: filter, password: params[:password].to_s) # LABEL: CWE-90
  result ? "welcome" : halt(401, "denied")
end
