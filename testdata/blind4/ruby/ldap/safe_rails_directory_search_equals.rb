require "net/ldap"

class DirectoryController < ApplicationController
  class PeopleSearch
    BASE = "ou=people,dc=corp,dc=example".freeze

    def initialize(ldap, email)
      @ldap = ldap
      @email = email
    end

    def results
      filter = Net::LDAP::Filter.eq("objectClass", "person") & Net::LDAP::Filter.equals("mail", @email)
      @ldap.search(base: BASE, filter: filter, attributes: %w[cn mail title])
    end
  end

  def index
    email = params[:email].to_s
    return render(json: []) if email.empty?

    entries = PeopleSearch.new(Rails.application.config.x.ldap, email).results || []
    render json: entries.map { |e| { name: e.cn.first, mail: e.mail.first, title: e[:title].first } }
  end
end
