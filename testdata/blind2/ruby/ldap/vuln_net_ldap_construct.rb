require "net/ldap"

class DirectoryController < ApplicationController
  def search
    ldap = Net::LDAP.new(host: "ldap.corp.example", port: 389)
    filter = Net::LDAP::Filter.construct("(&(objectClass=person)(mail=#{params[:mail]}))")
    entries = ldap.search(base: "dc=corp,dc=example", filter: filter, attributes: %w[cn]) # LABEL: CWE-90
    render json: (entries || []).map { |e| e[:cn].first }
  end
end
