require "sinatra"
require "yaml"

before "/pipelines/*" do
  halt 401 unless request.env["HTTP_AUTHORIZATION"] == "Bearer #{ENV.fetch("CLI_TOKEN")}"
end

post "/pipelines/import" do
  definition = YAML.safe_load(request.body.read, permitted_classes: [], aliases: false)
  halt 422, "missing stages" unless definition.is_a?(Hash) && definition["stages"].is_a?(Array)
  "imported #{definition['stages'].size} stages"
end
