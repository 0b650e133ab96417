require 'net/ldap'
class DirController < ApplicationController
  def find
    f = Net::LDAP::Filter.from_rfc2254("(uid=#{params[:u]})") # vigil:expect VGL-RUBY-XPATH-001
    Net::LDAP.new.search(filter: f)
  end
end
