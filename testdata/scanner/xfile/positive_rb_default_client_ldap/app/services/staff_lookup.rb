require "net/ldap"

class StaffLookup
  def initialize(conn = Net::LDAP.new(host: "ldap.internal", port: 389))
    @conn = conn
  end

  def by_team(team)
    filter = Net::LDAP::Filter.construct("(department=#{team})") # vigil:expect VGL-RUBY-XPATH-001
    @conn.search(base: "ou=people,dc=corp", filter: filter)
  end
end
