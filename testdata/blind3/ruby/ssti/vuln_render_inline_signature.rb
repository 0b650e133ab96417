class SignaturesController < ApplicationController
  before_action :authenticate_user!

  def preview
    signature = current_user.build_signature(body: params[:signature_body])
    render inline: signature.body, locals: { user: current_user } # LABEL: CWE-1336
  end

  def update
    current_user.create_signature!(body: params[:signature_body])
    redirect_to settings_path
  end
end
