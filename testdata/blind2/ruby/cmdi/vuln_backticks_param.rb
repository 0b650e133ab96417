class DomainsController < ApplicationController
  before_action :authenticate_user!

  def whois
    domain = params[:domain].presence || "example.com"
    output = `whois #{domain}` # LABEL: CWE-78
    Rails.logger.info("whois lookup by #{current_user.id}")
    render plain: output
  end
end
