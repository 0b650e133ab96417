# frozen_string_literal: true

require "net/ldap"

class DirectoryController < ApplicationController
  def lookup
    ldap = Net::LDAP.new(host: "ldap.corp.example", port: 636, encryption: :simple_tls)
    ldap.auth "cn=reader,dc=corp,dc=example", ENV.fetch("LDAP_READER_PASSWORD")
    filter = "(&(objectClass=person)(uid=#{params[:uid]}))"
    entries = ldap.search(base: "ou=people,dc=corp,dc=example", filter: filter, attributes: %w[cn mail]) # LABEL: CWE-90
    render json: entries.to_a.map { |e| { cn: e[:cn].first, mail: e[:mail].first } }
  end
end
