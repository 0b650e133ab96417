class NoticesController < ApplicationController
  before_action :authenticate_user!

  def preview
    parts = []
    parts << "<h3>Notice</h3>"
    parts << "<div>#{params[:message]}</div>"
    render html: parts.join.html_safe # LABEL: CWE-79
  end
end
