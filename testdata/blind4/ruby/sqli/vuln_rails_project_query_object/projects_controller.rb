class ProjectsController < ApplicationController
  before_action :authenticate_user!

  def index
    query = ProjectSearch.new(current_account.projects, search_params)
    @projects = query.results
  end

  private

  def search_params
    params.permit(:owner_id, :tag, :archived)
  end
end
