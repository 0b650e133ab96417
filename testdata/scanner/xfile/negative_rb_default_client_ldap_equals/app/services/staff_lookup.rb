require "net/ldap"

class StaffLookup
  def initialize(conn = Net::LDAP.new(host: "ldap.internal", port: 389))
    @conn = conn
  end

  def by_team(team)
    filter = Net::LDAP::Filter.equals("department", team)
    @conn.search(base: "ou=people,dc=corp", filter: filter)
  end
end
