class InvitesController < ApplicationController
  def create
    code = rand(36**8).to_s(36).rjust(8, '0') # vigil:expect VGL-RUBY-RAND-001
    Invite.create! email: params[:email], code: code
    redirect_to invites_path
  end
end
