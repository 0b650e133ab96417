class StaffController < ApplicationController
  def index
    @people = StaffLookup.new.by_team(params[:team])
  end
end
