require "shellwords"

class DomainsController < ApplicationController
  def whois
    domain = params[:domain].presence || "example.com"
    output = `whois #{Shellwords.escape(domain)}`
    render plain: output
  end
end
