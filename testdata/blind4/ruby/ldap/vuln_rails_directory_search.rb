require "net/ldap"

class DirectoryController < ApplicationController
  class PeopleSearch
    BASE = "ou=people,dc=corp,dc=example".freeze

    def initialize(ldap, email)
      @ldap = ldap
      @email = email
    end

    def results
      @ldap.search(base: BASE, filter: Net::LDAP::Filter.construct("(&(objectClass=person)(mail=#{@email}))"), attributes: %w[cn mail title]) # LABEL: CWE-90
    end
  end

  def index
    email = params[:email].to_s
    email = "*" if email.empty?
    entries = PeopleSearch.new(Rails.application.config.x.ldap, email).results || []
    render json: entries.map { |e| { name: e.cn.first, mail: e.mail.first, title: e[:title].first } }
  end
end
