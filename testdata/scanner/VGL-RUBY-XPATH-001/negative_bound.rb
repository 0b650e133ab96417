class UsersController < ApplicationController
  def show
    doc = Nokogiri::XML(File.read('users.xml'))
    node = doc.xpath("//user[name=$n]", nil, n: 'admin')
    render plain: node.text
  end
end
