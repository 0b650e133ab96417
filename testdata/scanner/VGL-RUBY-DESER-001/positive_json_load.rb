require 'json'
class ImportController < ApplicationController
  def create
    obj = JSON.load(params[:data]) # vigil:expect VGL-RUBY-DESER-001
    render plain: obj.to_s
  end
end
