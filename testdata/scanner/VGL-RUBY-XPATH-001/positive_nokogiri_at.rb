class DirectoryController < ApplicationController
  def show
    doc = Nokogiri::XML(File.read("users.xml"))
    render plain: doc.at("//user[@name='#{params[:name]}']").to_s # vigil:expect VGL-RUBY-XPATH-001
  end
end
