class PreviewController < ApplicationController
  def show
    send_data params[:html], type: "text/html", disposition: "inline" # vigil:expect VGL-RUBY-XSS-001
  end
end
