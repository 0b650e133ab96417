require "net/ldap"

class DirectoryController < ApplicationController
  def search
    ldap = Net::LDAP.new(host: "ldap.corp.example", port: 389)
    filter = Net::LDAP::Filter.equals("objectClass", "person") & Net::LDAP::Filter.equals("mail", params[:mail].to_s)
    entries = ldap.search(base: "dc=corp,dc=example", filter: filter, attributes: %w[cn])
    render json: (entries || []).map { |e| e[:cn].first }
  end
end
