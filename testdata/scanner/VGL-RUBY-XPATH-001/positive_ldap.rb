class DirectoryController < ApplicationController
  def search
    filter = Net::LDAP::Filter.construct("(uid=#{params[:uid]})") # vigil:expect VGL-RUBY-XPATH-001
    ldap.search(base: 'dc=example,dc=com', filter: filter)
  end
end
