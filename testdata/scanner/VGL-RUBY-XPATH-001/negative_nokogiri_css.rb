class DirectoryController < ApplicationController
  # a CSS query by a fixed selector; the name is compared in Ruby
  def show
    doc = Nokogiri::XML(File.read("users.xml"))
    user = doc.search("user").find { |u| u["name"] == params[:name] }
    render plain: user.to_s
  end
end
