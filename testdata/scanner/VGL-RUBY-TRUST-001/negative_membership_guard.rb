class TeamsController < ApplicationController
  # A membership check with an early exit verifies the team before it is kept.
  def switch
    team_id = params[:team_id]
    return head(:forbidden) unless Membership.member?(current_user.id, team_id)
    session[:team_id] = team_id
    head :no_content
  end
end
