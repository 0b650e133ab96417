require "open3"

class PreviewsController < ApplicationController
  # What a template compiled from request data renders, or a command
  # printed, is that work's result: template injection (VGL-RUBY-SSTI-001)
  # and command injection are those handlers' findings, not also XSS.
  def preview
    render html: ERB.new(params[:template]).result(binding).html_safe
  end

  def ping
    out, _status = Open3.capture2("ping", "-c", "1", params[:host])
    render html: "<pre>#{ERB::Util.h(out)}</pre>".html_safe
  end
end
