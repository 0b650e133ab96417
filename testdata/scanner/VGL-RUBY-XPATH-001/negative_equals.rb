class DirectoryController < ApplicationController
  # Filter.equals, begins and contains escape the value (`*` is literal)
  def search
    filter = Net::LDAP::Filter.equals('uid', params[:uid])
    ldap.search(base: 'dc=example,dc=com', filter: filter)
  end

  def prefix
    filter = Net::LDAP::Filter.begins('cn', params[:q]) & Net::LDAP::Filter.eq('objectClass', 'person')
    ldap.search(base: 'dc=example,dc=com', filter: filter)
  end

  # the attribute is chosen by the request, but only among fixed names
  def by_attr
    attr = %w[uid mail].include?(params[:attr]) ? params[:attr] : 'uid'
    ldap.search(filter: Net::LDAP::Filter.eq(attr, 'x'))
  end
end
