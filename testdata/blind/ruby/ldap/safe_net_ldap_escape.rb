# frozen_string_literal: true

require "net/ldap"

class SafeDirectoryController < ApplicationController
  def lookup
    ldap = Net::LDAP.new(host: "ldap.corp.example", port: 636, encryption: :simple_tls)
    uid = Net::LDAP::Filter.escape(params[:uid].to_s)
    filter = Net::LDAP::Filter.construct("(&(objectClass=person)(uid=#{uid}))")
    entries = ldap.search(base: "ou=people,dc=corp,dc=example", filter: filter, attributes: %w[cn])
    render json: entries.to_a.map { |e| e[:cn].first }
  end
end
