class ImportsController < ApplicationController
  def create
    config = YAML.unsafe_load(params[:config]) # vigil:expect VGL-RUBY-DESER-001
    doc = YAML.load(request.body.read) # vigil:expect VGL-RUBY-DESER-001
    render json: { keys: config.keys + doc.keys }
  end
end
