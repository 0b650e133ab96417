require 'oj'
class ImportController < ApplicationController
  def create
    obj = Oj.load(request.body.read, mode: :object)
    render plain: obj.inspect
  end
end
