class DomainsController < ApplicationController
  def whois
    domain = params[:domain].presence || "example.com"
    output = `whois #{domain}` # LABEL: CWE-78
    render plain: output
  end
end
