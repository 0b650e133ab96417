require "sinatra/base"
require "shellwords"
require "json"

class DomainChecks < Sinatra::Base
  RECORD_TYPES = %w[A AAAA MX TXT NS].freeze

  helpers do
    def lookup(record_type, name)
      halt 400 unless RECORD_TYPES.include?(record_type)
      output = `dig +short #{record_type} #{Shellwords.escape(name)}`
      $?.success? ? output.split("\n") : []
    end
  end

  get "/domains/:name/:type" do
    content_type :json
    { domain: params[:name], records: lookup(params[:type].upcase, params[:name]) }.to_json
  end
end
