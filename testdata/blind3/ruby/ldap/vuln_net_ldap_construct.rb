require "net/ldap"

class DirectorySearch
  def initialize(ldap = Net::LDAP.new(host: "ldap.corp.example", port: 636, encryption: :simple_tls))
    @ldap = ldap
  end

  def by_manager(manager)
    filter = Net::LDAP::Filter.construct("(&(objectClass=person)(manager=uid=#{manager},ou=people,dc=corp,dc=example))")
    @ldap.search(base: "ou=people,dc=corp,dc=example", filter: filter, attributes: %w[cn mail]) # LABEL: CWE-90
  end
end

class ReportsToController < ApplicationController
  def index
    entries = DirectorySearch.new.by_manager(params[:manager])
    render json: Array(entries).map { |e| e[:cn].first }
  end
end
