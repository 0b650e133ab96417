class SessionsController < ApplicationController
  # a suffix check lets evil-example.com through
  def return_to
    target = params[:return_to]
    uri = URI.parse(target)
    if uri.host.end_with?("example.com")
      redirect_to target, allow_other_host: true # vigil:expect VGL-RUBY-REDIRECT-001
    end
  end

  # the host of another URL is checked, not the one redirected to
  def continue
    url = params[:next]
    host = URI(params[:fallback]).host
    return head(:bad_request) unless %w[app.example.com].include?(host)
    redirect_to url, allow_other_host: true # vigil:expect VGL-RUBY-REDIRECT-001
  end
end
