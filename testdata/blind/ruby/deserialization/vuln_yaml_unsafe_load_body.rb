require "sinatra"
require "yaml"

before "/pipelines/*" do
  halt 401 unless request.env["HTTP_AUTHORIZATION"] == "Bearer #{ENV.fetch("CLI_TOKEN")}"
end

# Imports a pipeline definition that the CLI uploads as YAML.
post "/pipelines/import" do
  definition = YAML.unsafe_load(request.body.read) # LABEL: CWE-502
  halt 422, "missing stages" unless definition.respond_to?(:[]) && definition["stages"]
  "imported #{definition['stages'].size} stages"
end
