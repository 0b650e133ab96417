class UsersController < ApplicationController
  def show
    doc = Nokogiri::XML(File.read('users.xml'))
    node = doc.xpath("//user[name='#{params[:name]}']") # vigil:expect VGL-RUBY-XPATH-001
    render plain: node.text
  end
end
