class GamesController < ApplicationController
  def roll
    value = roll_die
    Rails.logger.info("roll by #{current_user.id} in session #{session.id}")
    render json: { value: value }
  end

  private

  def roll_die
    rand(1..6)
  end
end
