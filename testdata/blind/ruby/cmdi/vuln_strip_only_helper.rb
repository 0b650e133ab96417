# frozen_string_literal: true

module Shellish
  # Cleans up a value before it goes on a command line.
  def self.clean(value)
    value.to_s.strip.squeeze(" ")
  end
end

class Admin::CertificatesController < Admin::BaseController
  def check
    domain = Shellish.clean(params[:domain])
    output = `echo | openssl s_client -connect #{domain}:443 -servername #{domain} 2>/dev/null | openssl x509 -noout -dates` # LABEL: CWE-78
    render plain: output
  end
end
