require "sinatra/base"
require "json"
require_relative "lib/pipeline_loader"

class PipelinesApp < Sinatra::Base
  post "/pipelines/import" do
    request.body.rewind
    loader = PipelineLoader.new(request.body.read)
    pipeline = loader.load
    status 201
    content_type :json
    { name: pipeline["name"], stages: pipeline.fetch("stages", []).size }.to_json
  end
end
