require 'json'
require 'oj'
class ImportController < ApplicationController
  def create
    a = JSON.parse(params[:data])
    b = Oj.load(request.body.read, mode: :strict)
    render json: { a: a, b: b }
  end
end
