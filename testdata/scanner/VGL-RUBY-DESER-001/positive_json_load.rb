require 'json'
class ImportController < ApplicationController
  def create
    obj = JSON.load(params[:data])
    render plain: obj.to_s
  end
end
