require 'nokogiri'

class ImportsController < ApplicationController
  def create
    doc = Nokogiri::XML(request.body.read) do |config|
      config.strict.noent # vigil:expect VGL-RUBY-XXE-001
    end
    render plain: doc.root.name
  end
end
