class DirectoryController < ApplicationController
  def search
    filter = Net::LDAP::Filter.eq('uid', params[:uid])
    ldap.search(base: 'dc=example,dc=com', filter: filter)
  end
end
