require "sinatra/base"
require "json"
require "yaml"

class PipelineLoader
  def initialize(source)
    @source = source
  end

  def load
    doc = YAML.safe_load(@source, permitted_classes: [Date], aliases: false)
    raise ArgumentError, "pipeline must be a mapping" unless doc.is_a?(Hash)

    doc
  end
end

class PipelinesApp < Sinatra::Base
  post "/pipelines/import" do
    request.body.rewind
    pipeline = PipelineLoader.new(request.body.read).load
    status 201
    content_type :json
    { name: pipeline["name"], stages: pipeline.fetch("stages", []).size }.to_json
  end
end
