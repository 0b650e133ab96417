class SessionsController < ApplicationController
  ALLOWED_HOSTS = %w[app.example.com admin.example.com].freeze

  # the URL is parsed into a variable, and its host compared exactly
  def return_to
    target = params[:return_to]
    uri = URI.parse(target)
    if uri.host == "app.example.com"
      redirect_to target, allow_other_host: true
    else
      redirect_to root_path
    end
  end

  # the parsed host is kept in a variable and checked against an allow-list
  def continue
    url = params[:next]
    host = URI(url).host
    return head(:bad_request) unless ALLOWED_HOSTS.include?(host)
    redirect_to url, allow_other_host: true
  end
end
