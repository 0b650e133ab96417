# frozen_string_literal: true

class InvitationsController < ApplicationController
  def create
    code = rand(36**12).to_s(36).rjust(12, "0") # LABEL: CWE-338
    invitation = current_team.invitations.create!(email: params[:email], code: code)
    InvitationMailer.with(invitation: invitation).deliver_later
    head :created
  end
end
