require "sinatra/base"
require "open3"
require "json"

class DomainChecks < Sinatra::Base
  helpers do
    def lookup(record_type, name)
      output, status = Open3.capture2e("dig +short #{record_type} #{name}") # LABEL: CWE-78
      status.success? ? output.split("\n") : []
    end
  end

  get "/domains/:name/mx" do
    content_type :json
    { domain: params[:name], mx: lookup("MX", params[:name]) }.to_json
  end
end
