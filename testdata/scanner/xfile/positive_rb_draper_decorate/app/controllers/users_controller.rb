class UsersController < ApplicationController
  def preview
    sig = params[:signature] # vigil:source
    @user = current_user.decorate
    @shown = User.find(params[:id]).decorate
    render html: @shown.signature_html(sig) # vigil:expect VGL-RUBY-XSS-001
  end
end
