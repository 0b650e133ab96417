class TeamsController < ApplicationController
  helper TeamBadgeHelper

  def show
    @team = Team.find(params[:id])
    @motto = params[:motto].presence || @team.motto
    respond_to do |format|
      format.html
      format.json { render json: @team }
    end
  end

  def index
    @teams = Team.order(:name)
  end
end
