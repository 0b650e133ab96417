# frozen_string_literal: true

class OauthReturnsController < ApplicationController
  skip_before_action :verify_authenticity_token, only: :show

  def show
    target = params[:redirect_uri].to_s
    target = root_url unless target.include?("app.example.com")
    redirect_to target, allow_other_host: true # LABEL: CWE-601
  end
end
