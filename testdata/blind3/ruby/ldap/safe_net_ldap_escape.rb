require "net/ldap"

class DirectorySearch
  def initialize(ldap = Net::LDAP.new(host: "ldap.corp.example", port: 636, encryption: :simple_tls))
    @ldap = ldap
  end

  def by_manager(manager)
    safe = Net::LDAP::Filter.escape(manager.to_s)
    filter = Net::LDAP::Filter.construct("(&(objectClass=person)(manager=uid=#{safe},ou=people,dc=corp,dc=example))")
    @ldap.search(base: "ou=people,dc=corp,dc=example", filter: filter, attributes: %w[cn mail])
  end
end

class ReportsToController < ApplicationController
  def index
    render json: Array(DirectorySearch.new.by_manager(params[:manager])).map { |e| e[:cn].first }
  end
end
