class DirectoryController < ApplicationController
  # Filter.eq does not escape: uid=* matches every entry
  def search
    filter = Net::LDAP::Filter.eq('uid', params[:uid]) # vigil:expect VGL-RUBY-XPATH-001
    ldap.search(base: 'dc=example,dc=com', filter: filter)
  end

  def login
    user = params.require(:session)[:login]
    f = ::Net::LDAP::Filter.eq("sAMAccountName", user) & Net::LDAP::Filter.ne("status", params[:status]) # vigil:expect VGL-RUBY-XPATH-001
    ldap.bind_as(filter: f, password: params[:session][:password])
  end
end
