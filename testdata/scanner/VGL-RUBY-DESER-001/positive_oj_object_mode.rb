require 'oj'
class ImportController < ApplicationController
  def create
    obj = Oj.load(request.body.read, mode: :object) # vigil:expect VGL-RUBY-DESER-001
    render plain: obj.inspect
  end
end
