# frozen_string_literal: true

require "securerandom"

class SafeInvitationsController < ApplicationController
  def create
    code = SecureRandom.urlsafe_base64(24)
    current_team.invitations.create!(email: params[:email], code: code)
    head :created
  end
end
